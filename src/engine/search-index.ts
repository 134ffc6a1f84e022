// Candidate generation: an inverted index from search keys (normalized, stemmed words) to records,
// with IDF weights and fuzzy expansion of misspelled keys through a symmetric-delete table (edit
// distance 1). It finds and weighs the records a question's words occur in; the engine decides.

export interface IndexedFields {
  /** Keys of what the record says (its text, translation, curated topics). */
  primary: Iterable<string>;
  /** Keys of its surroundings (the sentence around it): weaker evidence. */
  secondary: Iterable<string>;
}

export interface QueryTerm {
  keys: string[];
}

/** How much a term found in a record counts, by where and how it was found. */
export const MATCH_WEIGHT = { primary: 1, primaryFuzzy: 0.75, secondary: 0.4, secondaryFuzzy: 0.3 } as const;

export interface Hit {
  doc: number;
  /** Sum over matched terms of (term weight × match weight). */
  weight: number;
  /** How many query terms matched the record at all. */
  terms: number;
}

// Shorter keys are left exact: one letter changes a short word into another word, in Arabic above all
// (roots have three letters: الإرادة and الأكراد are one edit apart).
const MIN_FUZZY_LENGTH = { latin: 5, arabic: 6 };
const fuzzyEligible = (k: string) =>
  !/^\d+$/.test(k) && k.length >= (/[\u0600-\u06FF]/.test(k) ? MIN_FUZZY_LENGTH.arabic : MIN_FUZZY_LENGTH.latin);
const UNSEEN_WEIGHT = 0.6;

function deletes(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, stopping early past 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class SearchIndex {
  readonly size: number;
  private readonly keyIds = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly primary: Int32Array[] = [];
  private readonly secondary: Int32Array[] = [];
  private readonly df: Int32Array;
  private readonly deleteTable = new Map<string, number[]>();
  /** Distinct primary keys per record (for how much of a record a question covers). */
  readonly docKeyCount: Uint16Array;
  // Per-query scratch space, reused so that a query allocates little.
  private readonly acc: Float64Array;
  private readonly termCount: Uint16Array;
  private readonly seen: Int32Array;
  private readonly termStamp: Int32Array;
  private readonly termBest: Float32Array;
  private stamp = 0;

  constructor(docs: IndexedFields[]) {
    this.size = docs.length;
    const prim: number[][] = [];
    const sec: number[][] = [];
    this.docKeyCount = new Uint16Array(docs.length);
    const idOf = (k: string) => {
      let id = this.keyIds.get(k);
      if (id === undefined) {
        id = this.keys.length;
        this.keyIds.set(k, id);
        this.keys.push(k);
        prim.push([]);
        sec.push([]);
      }
      return id;
    };
    docs.forEach((d, doc) => {
      const p = new Set<string>(d.primary);
      for (const k of p) prim[idOf(k)].push(doc);
      for (const k of new Set(d.secondary)) if (!p.has(k)) sec[idOf(k)].push(doc);
      this.docKeyCount[doc] = Math.min(p.size, 65535);
    });
    this.df = new Int32Array(this.keys.length);
    for (let id = 0; id < this.keys.length; id++) {
      this.primary.push(Int32Array.from(prim[id]));
      this.secondary.push(Int32Array.from(sec[id]));
      this.df[id] = prim[id].length + sec[id].length;
      const k = this.keys[id];
      if (fuzzyEligible(k)) for (const d of [k, ...deletes(k)]) this.addDelete(d, id);
    }
    this.acc = new Float64Array(docs.length);
    this.termCount = new Uint16Array(docs.length);
    this.seen = new Int32Array(docs.length);
    this.termStamp = new Int32Array(docs.length);
    this.termBest = new Float32Array(docs.length);
  }

  private addDelete(variant: string, id: number): void {
    const list = this.deleteTable.get(variant);
    if (list) list.push(id);
    else this.deleteTable.set(variant, [id]);
  }

  has(key: string): boolean {
    return this.keyIds.has(key);
  }

  /** Inverse document frequency; a key no record holds weighs as much as one only one record holds. */
  idf(key: string): number {
    const id = this.keyIds.get(key);
    const df = id === undefined ? 1 : Math.max(this.df[id], 1);
    return Math.log(1 + this.size / df);
  }

  /** Known keys within one edit of `key` (not `key` itself). */
  fuzzy(key: string): string[] {
    if (!fuzzyEligible(key)) return [];
    const found = new Set<number>();
    for (const v of [key, ...deletes(key)]) for (const id of this.deleteTable.get(v) ?? []) found.add(id);
    const out: string[] = [];
    for (const id of found) {
      const k = this.keys[id];
      if (k !== key && withinOneEdit(k, key)) out.push(k);
    }
    return out;
  }

  /**
   * The weight of a query term: that of its commonest known key. A word no record holds counts less than
   * a rare known one: it is as likely a paraphrase as a sign of another topic.
   */
  termWeight(term: QueryTerm): number {
    const known = term.keys.filter((k) => this.has(k));
    const pool = known.length ? known : term.keys.flatMap((k) => this.fuzzy(k));
    if (!pool.length) return UNSEEN_WEIGHT * this.idf("\u0000unseen");
    // The commonest form weighs: "لداعش" is rare as written, but it is the common word داعش.
    return Math.min(...pool.map((k) => this.idf(k)));
  }

  /**
   * Scores every record holding at least one of the terms. `weights[i]` is the weight of terms[i].
   * Returns the records with their weighted match sums, unsorted.
   */
  search(terms: QueryTerm[], weights: number[]): Hit[] {
    const touched: number[] = [];
    const runStamp = ++this.stamp;
    terms.forEach((term, i) => {
      const termStamp = ++this.stamp;
      const termTouched: number[] = [];
      const visit = (postings: Int32Array, m: number) => {
        for (let j = 0; j < postings.length; j++) {
          const d = postings[j];
          if (this.termStamp[d] !== termStamp) {
            this.termStamp[d] = termStamp;
            this.termBest[d] = m;
            termTouched.push(d);
          } else if (this.termBest[d] < m) this.termBest[d] = m;
        }
      };
      const exact = new Set(term.keys.filter((k) => this.has(k)));
      const fuzzy = new Set(term.keys.flatMap((k) => this.fuzzy(k)).filter((k) => !exact.has(k)));
      for (const [keys, p, s] of [
        [exact, MATCH_WEIGHT.primary, MATCH_WEIGHT.secondary],
        [fuzzy, MATCH_WEIGHT.primaryFuzzy, MATCH_WEIGHT.secondaryFuzzy],
      ] as const) {
        for (const k of keys) {
          const id = this.keyIds.get(k)!;
          visit(this.primary[id], p);
          visit(this.secondary[id], s);
        }
      }
      for (const d of termTouched) {
        if (this.seen[d] !== runStamp) {
          this.seen[d] = runStamp;
          this.acc[d] = 0;
          this.termCount[d] = 0;
          touched.push(d);
        }
        this.acc[d] += weights[i] * this.termBest[d];
        this.termCount[d]++;
      }
    });
    return touched.map((doc) => ({ doc, weight: this.acc[doc], terms: this.termCount[doc] }));
  }
}
