// The words of records' raw texts as the quote-mark prefilter reads them (plainWords), read once per
// text on first use and kept as ids: a quote-marked question of common words touches thousands of
// records, and scanning each one's text again for every question was most of its time.
import { plainWords } from "./spelling.js";

export class RecordWords {
  private readonly ids = new Map<string, number>();
  /** Text t's word ids, sorted: `pool[start[t] .. start[t] + length[t])`; start -1 until read. */
  private readonly start: Int32Array;
  private readonly length: Int32Array;
  private pool = new Int32Array(1 << 16);
  private used = 0;

  /** `text(t)` is text number t (of `count`); the texts never change. */
  constructor(count: number, private readonly text: (t: number) => string) {
    this.start = new Int32Array(count).fill(-1);
    this.length = new Int32Array(count);
  }

  /** Whether text t holds the word (lowercase ASCII letters) as one of its plainWords. */
  holds(t: number, word: string): boolean {
    if (this.start[t] < 0) this.read(t);
    const id = this.ids.get(word);
    if (id === undefined) return false;
    let lo = this.start[t];
    let hi = lo + this.length[t] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.pool[mid];
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  private read(t: number): void {
    const words = plainWords(this.text(t));
    const list = Int32Array.from(words, (w) => {
      let id = this.ids.get(w);
      if (id === undefined) this.ids.set(w, (id = this.ids.size));
      return id;
    }).sort();
    if (this.used + list.length > this.pool.length) {
      const grown = new Int32Array(Math.max(this.pool.length * 2, this.used + list.length));
      grown.set(this.pool.subarray(0, this.used));
      this.pool = grown;
    }
    this.pool.set(list, this.used);
    this.start[t] = this.used;
    this.length[t] = list.length;
    this.used += list.length;
  }
}
