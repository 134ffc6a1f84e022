// Where a word or name occurs in an article, read once per form and looked up by binary search: the
// stages that ask "where was X last named before here?" for every mention and every candidate asked
// `lastIndexOf` of the whole text each time, which is mentions × candidates × length on a long article.

export class Occurrences {
  private readonly starts = new Map<string, number[]>();
  private readonly counts = new Map<string, number>();
  /** How many times the text was scanned for a form (a test counts them: one per distinct form). */
  scans = 0;

  constructor(readonly text: string) {}

  /** Every offset where `form` starts, overlapping ones included, in order. */
  private startsOf(form: string): number[] {
    let list = this.starts.get(form);
    if (list) return list;
    this.scans++;
    list = [];
    if (form) for (let at = this.text.indexOf(form); at >= 0; at = this.text.indexOf(form, at + 1)) list.push(at);
    this.starts.set(form, list);
    return list;
  }

  /** `text.lastIndexOf(form, pos)`: the last start at or before `pos`, or -1. */
  lastAtOrBefore(form: string, pos: number): number {
    const list = this.startsOf(form);
    const i = firstAbove(list, Math.max(0, pos));
    return i > 0 ? list[i - 1] : -1;
  }

  /** `text.indexOf(form, from)`: the first start at or after `from`, or -1. */
  firstAtOrAfter(form: string, from: number): number {
    const list = this.startsOf(form);
    const i = firstAbove(list, from - 1);
    return i < list.length ? list[i] : -1;
  }

  /** `text.split(form).length - 1`: how many times `form` occurs without overlap. */
  count(form: string): number {
    let n = this.counts.get(form);
    if (n !== undefined) return n;
    n = 0;
    let end = -1;
    for (const at of this.startsOf(form)) {
      if (at < end) continue;
      n++;
      end = at + form.length;
    }
    this.counts.set(form, n);
    return n;
  }
}

/** The index of the first element of the sorted `list` greater than `value` (list.length when none). */
function firstAbove(list: number[], value: number): number {
  let lo = 0;
  for (let hi = list.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
