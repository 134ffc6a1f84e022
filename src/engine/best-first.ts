// The hits of a counting ranking in the order it scores them: best bound first, then record order. They
// are sorted a band of bounds at a time, as the ranking reaches the band: a ranking mostly stops within
// its first bands, and sorting the tens of thousands of hits a question of common words has was a
// tenth of its time at 100,000 quotes.
import type { Hit } from "./search-index.js";

export interface Pending {
  hit: Hit;
  /** The bound the hits are ordered by. */
  most: number;
  /** A looser bound of the same hit (see scoreRecords). */
  loose: number;
}

/** Bands per unit of bound; bounds reach 1.1 with bonuses, and Infinity (a record that may hold a quoted phrase) has its own band. */
const BANDS_PER_UNIT = 64;
const FINITE_BANDS = 128;

const bandOf = (most: number) => (most === Infinity ? FINITE_BANDS : Math.max(0, Math.min(FINITE_BANDS - 1, Math.floor(most * BANDS_PER_UNIT))));
const bestFirst = (a: Pending, b: Pending) => b.most - a.most || a.hit.doc - b.hit.doc;

export class BestFirst {
  /** The hits in order so far; `bands[b]` those of band b not yet ordered. */
  private readonly ordered: Pending[] = [];
  private readonly bands: Pending[][] = [];
  private band = FINITE_BANDS;

  /** `all`: the hits in any order; unsorted, `at` gives them in that order. */
  constructor(readonly all: Pending[], sorted: boolean) {
    if (!sorted) {
      this.ordered = all;
      this.band = -1;
      return;
    }
    for (let b = 0; b <= FINITE_BANDS; b++) this.bands.push([]);
    for (const p of all) this.bands[bandOf(p.most)].push(p);
  }

  get length(): number {
    return this.all.length;
  }

  /** The i-th hit in order (i < length). */
  at(i: number): Pending {
    while (this.ordered.length <= i) {
      const band = this.bands[this.band--];
      band.sort(bestFirst);
      for (const p of band) this.ordered.push(p);
    }
    return this.ordered[i];
  }
}
