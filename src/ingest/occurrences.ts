// Where a word or name occurs in an article, read once per form and looked up by binary search: the
// stages that ask "where was X last named before here?" for every mention and every candidate asked
// `lastIndexOf` of the whole text each time, which is mentions × candidates × length on a long article.

export class Occurrences {
  private readonly starts = new Map<string, number[]>();
  private readonly counts = new Map<string, number>();
  /** How many times the text was scanned for a form (a test counts them: one per distinct form). */
  scans = 0;

  constructor(readonly text: string) {}

  /**
   * Finds every form not yet looked for in one pass over the text (an Aho-Corasick automaton): an article
   * that names a different person on every line has as many forms as lines, and a scan of the whole text
   * per form made its ingest grow with people × length. Same starts as `startsOf` finds one form at a time.
   */
  prime(forms: Iterable<string>): void {
    const wanted = [...new Set([...forms].filter((f) => f && !this.starts.has(f)))];
    if (!wanted.length) return;
    this.scans++;
    for (const [form, list] of allStarts(this.text, wanted)) this.starts.set(form, list);
  }

  /** Every offset where `form` starts, overlapping ones included, in order. */
  startsOf(form: string): readonly number[] {
    let list: number[] | undefined = this.starts.get(form);
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
export function firstAbove(list: readonly number[], value: number): number {
  let lo = 0;
  for (let hi = list.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every start of each of `forms` in `text`, overlapping ones included, in order, in one pass. */
function allStarts(text: string, forms: string[]): Map<string, number[]> {
  // The trie, by UTF-16 unit (as indexOf matches): node 0 is the root, `next` holds each node's edges and
  // `ends` the forms that end at a node.
  const next: Map<string, number>[] = [new Map()];
  const ends: number[][] = [[]];
  forms.forEach((form, f) => {
    let node = 0;
    for (let k = 0; k < form.length; k++) {
      let to = next[node].get(form[k]);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        ends.push([]);
        next[node].set(form[k], to);
      }
      node = to;
    }
    ends[node].push(f);
  });
  // Failure links breadth first, and for each node the nearest node on its failure chain where a form ends.
  const fail = new Int32Array(next.length);
  const endLink = new Int32Array(next.length);
  const queue: number[] = [...next[0].values()];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    for (const [c, to] of next[node]) {
      let f = fail[node];
      while (f > 0 && !next[f].has(c)) f = fail[f];
      const link = next[f].get(c) ?? 0;
      fail[to] = link;
      endLink[to] = ends[link].length ? link : endLink[link];
      queue.push(to);
    }
  }
  const lists = forms.map((): number[] => []);
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    while (node > 0 && !next[node].has(c)) node = fail[node];
    node = next[node].get(c) ?? 0;
    for (let n = node; n > 0; n = endLink[n]) for (const f of ends[n]) lists[f].push(i + 1 - forms[f].length);
  }
  return new Map(forms.map((f, k) => [f, lists[k]]));
}
