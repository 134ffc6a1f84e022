// Candidate generation: an inverted index from search keys (normalized, stemmed words) to records,
// with IDF weights and fuzzy expansion of misspelled keys (edit distance 1, looked up among the keys
// of the same length ±1 that share the first or the last letter). It finds and weighs the records a
// question's words occur in; the engine decides.
import { hasArabic } from "../normalize/arabic.js";

/** What the index needs of a record: the key ids it says itself, and those of the sentence around it. */
export interface IndexedRecord {
  /** Key ids of what the record says (its text and translation); may overlap the topics. */
  ownKeys: Int32Array;
  /** Key ids of its curated topics. */
  topicKeys: Int32Array;
  /** Key ids of its surroundings (the sentence around it): weaker evidence. */
  secondaryKeys: Int32Array;
}

/**
 * The inverted index as flat arrays, built once per corpus and kept in its snapshot: key k's records
 * are `primary[primaryStart[k] .. primaryStart[k + 1])` (records that say it) and the same in
 * `secondary` (records whose sentence says it), each list sorted. A key is filed once per record: the
 * first field that holds it decides primary or secondary.
 */
export interface Postings {
  primaryStart: Int32Array;
  primary: Int32Array;
  secondaryStart: Int32Array;
  secondary: Int32Array;
  /** Distinct primary keys per record (for how much of a record a question covers). */
  docKeyCount: Uint16Array;
  /**
   * A snapshot's `primary` and `secondary`, read from its file as their lists are first used (each page
   * range-checked as it is read, each list checked ascending on first use: postingList); absent: in memory.
   */
  pages?: { primary: PostingPages; secondary: PostingPages };
}

/** Makes the bytes [from, to) of a posting buffer present (FilePages in stored-records.ts). */
export interface PostingPages {
  need(from: number, to: number): void;
}

/**
 * Key `id`'s posting list, primary or secondary. Read from a snapshot's file, it is checked strictly
 * ascending (its records were checked in range as its pages were read): a damaged file is an error,
 * never a wrong membership test.
 */
export function postingList(postings: Postings, secondary: boolean, id: number): Int32Array {
  const start = secondary ? postings.secondaryStart : postings.primaryStart;
  const all = secondary ? postings.secondary : postings.primary;
  const pages = secondary ? postings.pages?.secondary : postings.pages?.primary;
  const from = start[id];
  const to = start[id + 1];
  if (pages) {
    pages.need(from * 4, to * 4);
    for (let i = from + 1; i < to; i++) if (!(all[i] > all[i - 1])) throw new Error("corpus snapshot: damaged since it was checked");
  }
  return all.subarray(from, to);
}

/** The postings of some records over `keyCount` keys: two passes, counting then filling arrays of exactly that size. */
export function buildPostings(keyCount: number, records: readonly IndexedRecord[]): Postings {
  const docKeyCount = new Uint16Array(records.length);
  const primaryStart = new Int32Array(keyCount + 1);
  const secondaryStart = new Int32Array(keyCount + 1);
  const filed = new Int32Array(keyCount);
  // Filled in record order, so that every posting list is sorted (membership by binary search).
  let primary = new Int32Array(0);
  let secondary = new Int32Array(0);
  const primaryAt = new Int32Array(keyCount);
  const secondaryAt = new Int32Array(keyCount);
  const visit = (fill: boolean) => {
    filed.fill(-1);
    for (let doc = 0; doc < records.length; doc++) {
      const r = records[doc];
      let own = 0;
      for (const field of [r.ownKeys, r.topicKeys]) {
        for (let j = 0; j < field.length; j++) {
          const id = field[j];
          if (filed[id] === doc) continue;
          filed[id] = doc;
          own++;
          if (fill) primary[primaryAt[id]++] = doc;
          else primaryStart[id + 1]++;
        }
      }
      docKeyCount[doc] = Math.min(own, 65535);
      const sentence = r.secondaryKeys;
      for (let j = 0; j < sentence.length; j++) {
        const id = sentence[j];
        if (filed[id] === doc) continue;
        filed[id] = doc;
        if (fill) secondary[secondaryAt[id]++] = doc;
        else secondaryStart[id + 1]++;
      }
    }
  };
  visit(false);
  for (let k = 0; k < keyCount; k++) {
    primaryStart[k + 1] += primaryStart[k];
    secondaryStart[k + 1] += secondaryStart[k];
  }
  primary = new Int32Array(primaryStart[keyCount]);
  secondary = new Int32Array(secondaryStart[keyCount]);
  primaryAt.set(primaryStart.subarray(0, keyCount));
  secondaryAt.set(secondaryStart.subarray(0, keyCount));
  visit(true);
  return { primaryStart, primary, secondaryStart, secondary, docKeyCount };
}

export interface QueryTerm {
  keys: string[];
  /** Keys of other words for the same thing (data/concepts.txt), each counting for less. */
  related?: { key: string; weight: number }[];
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
  !/^\d+$/.test(k) && k.length >= (hasArabic(k) ? MIN_FUZZY_LENGTH.arabic : MIN_FUZZY_LENGTH.latin);
const UNSEEN_WEIGHT = 0.6;
const FUZZY_CACHE_LIMIT = 10_000;

/** The fuzzy buckets a key of this length is filed under, or looked up in. */
const bucketsOf = (k: string, length = k.length) => [`^${k[0]}${length}`, `$${k[k.length - 1]}${length}`];

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

const size = (lists: { all: number }[]) => lists.reduce((n, l) => n + l.all, 0);

/** Whether a sorted posting list holds a record. */
function contains(postings: Int32Array, doc: number): boolean {
  let lo = 0;
  let hi = postings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = postings[mid];
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Some of the records (a who-said question reads quotes only), with each key's posting lists cut to
 * them on first use: a frequent word's lists are walked without the records the question passes over.
 */
export class RecordSubset {
  private readonly lists: (Int32Array | undefined)[] = [];

  /** `member[doc]` is 1 for the records of the subset. */
  constructor(readonly member: Uint8Array) {}

  /** `full` (key `id`'s list, primary or secondary) cut to the subset. */
  cut(full: Int32Array, id: number, secondary: boolean): Int32Array {
    const at = 2 * id + (secondary ? 1 : 0);
    let list = this.lists[at];
    if (!list) {
      let n = 0;
      for (let j = 0; j < full.length; j++) n += this.member[full[j]];
      list = new Int32Array(n);
      n = 0;
      for (let j = 0; j < full.length; j++) if (this.member[full[j]] !== 0) list[n++] = full[j];
      this.lists[at] = list;
    }
    return list;
  }
}

export class SearchIndex {
  readonly size: number;
  private readonly keyIds = new Map<string, number>();
  private readonly postings: Postings;
  /** Each key's posting lists, made on first use: views into the two buffers (making all of them was a tenth of a start at 100k). */
  private readonly primary: (Int32Array | undefined)[];
  private readonly secondary: (Int32Array | undefined)[];
  private readonly df: Int32Array;
  /** Fuzzy-eligible key ids by bucket (bucketsOf), filed on the first fuzzy lookup. */
  private filedBuckets: Map<string, number[]> | undefined = undefined;
  private readonly fuzzyCache = new Map<string, string[]>();
  /** Distinct primary keys per record (for how much of a record a question covers). */
  readonly docKeyCount: Uint16Array;
  // Per-query scratch space, reused so that a query allocates little.
  private readonly acc: Float64Array;
  private readonly termCount: Uint16Array;
  private readonly seen: Int32Array;
  private readonly termStamp: Int32Array;
  private readonly termBest: Float32Array;
  /** Records a `within` search may touch: those stamped with its run's stamp. */
  private readonly allowed: Int32Array;
  private readonly touchedList: Int32Array;
  private readonly termList: Int32Array;
  private stamp = 0;

  /** `keys[id]` is the key with that id; the postings refer to keys by id. */
  constructor(private readonly keys: string[], postings: Postings) {
    const records = postings.docKeyCount.length;
    this.size = records;
    this.docKeyCount = postings.docKeyCount;
    keys.forEach((k, id) => this.keyIds.set(k, id));
    this.postings = postings;
    this.primary = new Array<Int32Array | undefined>(keys.length);
    this.secondary = new Array<Int32Array | undefined>(keys.length);
    const { primaryStart, secondaryStart } = postings;
    this.df = new Int32Array(keys.length);
    for (let id = 0; id < keys.length; id++) this.df[id] = primaryStart[id + 1] - primaryStart[id] + secondaryStart[id + 1] - secondaryStart[id];
    this.acc = new Float64Array(records);
    this.termCount = new Uint16Array(records);
    this.seen = new Int32Array(records);
    this.termStamp = new Int32Array(records);
    this.termBest = new Float32Array(records);
    this.allowed = new Int32Array(records);
    this.touchedList = new Int32Array(records);
    this.termList = new Int32Array(records);
  }

  private primaryOf(id: number): Int32Array {
    return (this.primary[id] ??= postingList(this.postings, false, id));
  }

  private secondaryOf(id: number): Int32Array {
    return (this.secondary[id] ??= postingList(this.postings, true, id));
  }

  private get buckets(): Map<string, number[]> {
    if (!this.filedBuckets) {
      const buckets = new Map<string, number[]>();
      this.keys.forEach((k, id) => {
        if (!fuzzyEligible(k)) return;
        for (const b of bucketsOf(k)) {
          const list = buckets.get(b);
          if (list) list.push(id);
          else buckets.set(b, [id]);
        }
      });
      this.filedBuckets = buckets;
    }
    return this.filedBuckets;
  }

  /** Whether record `doc` is filed under key `id` as saying it (its own words or topics): its primary postings. */
  saysKey(id: number, doc: number): boolean {
    return contains(this.primaryOf(id), doc);
  }

  /** The id of a key, or -1 when no record holds it. */
  idOf(key: string): number {
    return this.keyIds.get(key) ?? -1;
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

  /** Known keys within one edit of `key` (not `key` itself); memoized, as one question asks several times. */
  fuzzy(key: string): string[] {
    let out = this.fuzzyCache.get(key);
    if (!out) {
      if (this.fuzzyCache.size >= FUZZY_CACHE_LIMIT) this.fuzzyCache.clear();
      out = this.findFuzzy(key);
      this.fuzzyCache.set(key, out);
    }
    return out;
  }

  private findFuzzy(key: string): string[] {
    if (!fuzzyEligible(key)) return [];
    const found = new Set<number>();
    for (let length = key.length - 1; length <= key.length + 1; length++) {
      for (const b of bucketsOf(key, length)) for (const id of this.buckets.get(b) ?? []) found.add(id);
    }
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
    let pool = known.length ? known : term.keys.flatMap((k) => this.fuzzy(k));
    // A word the corpus only says otherwise (in other words, in the other language) weighs as those words do.
    if (!pool.length) pool = (term.related ?? []).map((r) => r.key).filter((k) => this.has(k));
    if (!pool.length) return UNSEEN_WEIGHT * this.idf("\u0000unseen");
    // The commonest form weighs: "لداعش" is rare as written, but it is the common word داعش.
    return Math.min(...pool.map((k) => this.idf(k)));
  }

  /**
   * Scores every record holding at least one of the terms. `weights[i]` is the weight of terms[i].
   * Returns the records whose weighted match sum reaches `minWeight`, unsorted.
   *
   * `checkpoint` is called before each term's postings are walked (see budget.ts). `within` (sorted
   * record numbers): only those records are searched, each looked up in the postings when that is
   * cheaper than walking them (a speaker's quotes among a frequent word's postings). `only`: records
   * outside it are passed over, as if no posting held them (a who-said question reads quotes only).
   */
  search(terms: QueryTerm[], weights: number[], minWeight = 0, checkpoint: () => void = () => {}, within?: Int32Array, only?: RecordSubset): Hit[] {
    const runStamp = ++this.stamp;
    if (within) for (let j = 0; j < within.length; j++) this.allowed[within[j]] = runStamp;
    // Each list with the length of the whole list (`all`): the terms are taken in the same order with
    // or without `only`, so that the weights are summed in the same order.
    const listOf = (id: number, secondary: boolean) => {
      const full = secondary ? this.secondaryOf(id) : this.primaryOf(id);
      return { postings: only ? only.cut(full, id, secondary) : full, all: full.length };
    };
    const lists = terms.map((term) => {
      const exact = term.keys.filter((k) => this.has(k));
      // Misspellings are looked for only for words the corpus does not have as written.
      const fuzzy = exact.length ? [] : [...new Set(term.keys.flatMap((k) => this.fuzzy(k)))];
      // Match weights are rounded here to the 32-bit floats termBest keeps, so that the bounds below
      // are the very values the sums add (0.8 is stored a hair over 0.8).
      const ids = (keys: string[], p: number, s: number) =>
        keys.map((k) => this.keyIds.get(k)!).flatMap((id) => [
          { ...listOf(id, false), m: Math.fround(p) },
          { ...listOf(id, true), m: Math.fround(s) },
        ]);
      const related = (term.related ?? []).filter((r) => this.has(r.key) && !exact.includes(r.key));
      return [
        ...ids(exact, MATCH_WEIGHT.primary, MATCH_WEIGHT.secondary),
        ...ids(fuzzy, MATCH_WEIGHT.primaryFuzzy, MATCH_WEIGHT.secondaryFuzzy),
        ...related.flatMap((r) => ids([r.key], MATCH_WEIGHT.primary * r.weight, MATCH_WEIGHT.secondary * r.weight)),
      ];
    });
    const { acc, termCount, seen, termStamp: stamps, termBest, allowed } = this;
    // The records found so far (`touched[0..found)`), and those the running term matched.
    const touched = this.touchedList;
    let found = 0;
    const termTouched = this.termList;
    // Rarest terms first. Once the terms left cannot lift a record no term has touched yet to
    // `minWeight`, they only update the records already found (by binary search), never scan; and
    // only those found records that the terms left can still lift to `minWeight` (MaxScore).
    const order = terms.map((_, i) => i).sort((a, b) => size(lists[a]) - size(lists[b]));
    // What a term can add to a record: its weight times its strongest list's match weight (its upper
    // bound); and per list, what a record first met in that list can get from it and the lists after it.
    const strongestFrom = lists.map((l) => {
      const most = new Float64Array(l.length + 1);
      for (let k = l.length - 1; k >= 0; k--) most[k] = Math.max(most[k + 1], l[k].m);
      return most;
    });
    let left = order.reduce((sum, i) => sum + weights[i] * strongestFrom[i][0], 0);
    // Slack for the rounding of sums: a record is passed over only when it falls short by more.
    const slack = 1e-9 * (1 + Math.abs(minWeight));
    for (const i of order) {
      checkpoint();
      const termStamp = ++this.stamp;
      let matched = 0;
      const note = (d: number, m: number) => {
        if (stamps[d] !== termStamp) {
          stamps[d] = termStamp;
          termBest[d] = m;
          termTouched[matched++] = d;
        } else if (termBest[d] < m) termBest[d] = m;
      };
      if (left < minWeight - slack && found) {
        // Records that cannot reach `minWeight` even with every term left are dropped for good.
        let kept = 0;
        for (let j = 0; j < found; j++) {
          const d = touched[j];
          if (acc[d] + left < minWeight - slack) continue;
          touched[kept++] = d;
          for (const { postings, m } of lists[i]) if (contains(postings, d)) note(d, m);
        }
        found = kept;
      } else if (within) {
        for (const { postings, m } of lists[i]) {
          if (within.length * Math.log2(postings.length + 1) < postings.length) {
            for (let j = 0; j < within.length; j++) if (contains(postings, within[j])) note(within[j], m);
          } else {
            for (let j = 0; j < postings.length; j++) if (allowed[postings[j]] === runStamp) note(postings[j], m);
          }
        }
      } else {
        const after = left - weights[i] * strongestFrom[i][0];
        lists[i].forEach(({ postings, m }, k) => {
          if (weights[i] * strongestFrom[i][k] + after >= minWeight - slack) {
            for (let j = 0; j < postings.length; j++) {
              const d = postings[j];
              if (stamps[d] !== termStamp) {
                stamps[d] = termStamp;
                termBest[d] = m;
                termTouched[matched++] = d;
              } else if (termBest[d] < m) termBest[d] = m;
            }
            return;
          }
          // A record met first here cannot reach minWeight: this list only adds to those already met,
          // by this term's lists before it or by the terms before it, each looked up when that is cheaper.
          const met = matched;
          if ((found + met) * Math.log2(postings.length + 1) < postings.length) {
            for (let j = 0; j < met; j++) if (contains(postings, termTouched[j])) note(termTouched[j], m);
            for (let j = 0; j < found; j++) if (contains(postings, touched[j])) note(touched[j], m);
          } else {
            for (let j = 0; j < postings.length; j++) {
              const d = postings[j];
              if (stamps[d] === termStamp || seen[d] === runStamp) note(d, m);
            }
          }
        });
      }
      left -= weights[i] * strongestFrom[i][0];
      for (let j = 0; j < matched; j++) {
        const d = termTouched[j];
        if (seen[d] !== runStamp) {
          seen[d] = runStamp;
          acc[d] = 0;
          termCount[d] = 0;
          touched[found++] = d;
        }
        acc[d] += weights[i] * termBest[d];
        termCount[d]++;
      }
    }
    const hits: Hit[] = [];
    for (let j = 0; j < found; j++) {
      const doc = touched[j];
      if (acc[doc] >= minWeight) hits.push({ doc, weight: acc[doc], terms: termCount[doc] });
    }
    return hits;
  }

}
