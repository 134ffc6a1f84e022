// The search's pruning (MaxScore over terms, and a term's weaker lists only adding to records already
// met once a record met first there cannot reach the bar) must find exactly the records a plain scan
// finds at or over the bar, with the same weights and term counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPostings, MATCH_WEIGHT, RecordSubset, SearchIndex, type IndexedRecord, type QueryTerm } from "../../src/engine/search-index.js";

const KEYS = Array.from({ length: 12 }, (_, i) => `k${i}`);
const keyIds = fc.uniqueArray(fc.nat(KEYS.length - 1), { maxLength: 5 });
const record = fc.record({ own: keyIds, topics: keyIds, sentence: keyIds });
const term = fc.record({
  keys: fc.uniqueArray(fc.constantFrom(...KEYS, "unknown"), { minLength: 1, maxLength: 2 }),
  related: fc.array(fc.record({ key: fc.constantFrom(...KEYS), weight: fc.constantFrom(0.5, 0.8, 1) }), { maxLength: 2 }),
});

/** Every record's weight by the definition: per term, its best match weight over the lists that hold the record. */
function plainScan(records: IndexedRecord[], terms: QueryTerm[], weights: number[], order: number[], minWeight: number) {
  const out: { doc: number; weight: number; terms: number }[] = [];
  records.forEach((r, doc) => {
    const primary = new Set([...r.ownKeys, ...r.topicKeys].map((id) => KEYS[id]));
    const secondary = new Set([...r.secondaryKeys].map((id) => KEYS[id]).filter((k) => !primary.has(k)));
    let weight = 0;
    let count = 0;
    for (const i of order) {
      const t = terms[i];
      const exact = t.keys.filter((k) => KEYS.includes(k));
      let best = 0;
      const take = (k: string, scale: number) => {
        if (primary.has(k)) best = Math.max(best, MATCH_WEIGHT.primary * scale);
        else if (secondary.has(k)) best = Math.max(best, MATCH_WEIGHT.secondary * scale);
      };
      for (const k of exact) take(k, 1);
      for (const r of t.related ?? []) if (!exact.includes(r.key)) take(r.key, r.weight);
      if (best > 0) {
        weight += weights[i] * best;
        count++;
      }
    }
    if (weight >= minWeight) out.push({ doc, weight, terms: count });
  });
  return out;
}

describe("the search index's pruning", () => {
  it("finds every record at or over the bar, and no other", () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(term, fc.constantFrom(0.5, 1, 1.7, 2.3, 3)), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(0, 0.3, 1, 1.5, 2.5, 4),
        (rows, asked, minWeight) => {
          const records: IndexedRecord[] = rows.map((r) => ({ ownKeys: Int32Array.from(r.own), topicKeys: Int32Array.from(r.topics), secondaryKeys: Int32Array.from(r.sentence) }));
          const index = new SearchIndex(KEYS, buildPostings(KEYS.length, records));
          const terms = asked.map(([t]) => t);
          const weights = asked.map(([, w]) => w);
          const hits = index.search(terms, weights, minWeight);
          const byDoc = new Map(hits.map((h) => [h.doc, h]));
          // The search sums in its own term order; compare with a tolerance, and leave records within it of the bar out.
          const want = plainScan(records, terms, weights, terms.map((_, i) => i), minWeight - 1e-6);
          for (const w of want) {
            if (Math.abs(w.weight - minWeight) < 1e-6) continue;
            const h = byDoc.get(w.doc);
            expect(h, `record ${w.doc}`).toBeDefined();
            expect(h!.weight).toBeCloseTo(w.weight, 6); // match weights are kept as 32-bit floats
            expect(h!.terms).toBe(w.terms);
          }
          const wanted = new Set(want.map((w) => w.doc));
          for (const h of hits) expect(wanted.has(h.doc), `record ${h.doc}`).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  // A related key's match weight (0.8) is kept as a 32-bit float, a hair over 0.8: the bounds must use
  // the very value the sum adds, or a record whose sum lands a hair over the bar is pruned (found by CI).
  it("keeps a record whose sum lands a hair over the bar through a related key's 32-bit weight", () => {
    const records: IndexedRecord[] = [
      { ownKeys: Int32Array.from([]), topicKeys: Int32Array.from([9, 3]), secondaryKeys: Int32Array.from([]) },
      { ownKeys: Int32Array.from([8]), topicKeys: Int32Array.from([]), secondaryKeys: Int32Array.from([]) },
    ];
    const index = new SearchIndex(KEYS, buildPostings(KEYS.length, records));
    const terms: QueryTerm[] = [{ keys: ["k8"] }, { keys: ["k3"] }, { keys: ["unknown"], related: [{ key: "k9", weight: 0.8 }] }, { keys: ["k9", "k0"] }];
    const weights = [0.5, 2.3, 0.5, 1];
    const all = index.search(terms, weights, 1.5).filter((h) => h.weight >= 3.7);
    expect(all.map((h) => h.doc)).toEqual([0]);
    expect(index.search(terms, weights, 3.7).map((h) => [h.doc, h.weight])).toEqual(all.map((h) => [h.doc, h.weight]));
  });

  // What the terms left can add is a running difference: rounded a hair under the bar, it must not stop
  // the scan that meets a record the next term alone lifts to the bar exactly.
  it("meets a record that the last term alone lifts to the bar exactly", () => {
    const records: IndexedRecord[] = [
      { ownKeys: Int32Array.from([]), topicKeys: Int32Array.from([]), secondaryKeys: Int32Array.from([5]) },
      { ownKeys: Int32Array.from([]), topicKeys: Int32Array.from([3]), secondaryKeys: Int32Array.from([]) },
      { ownKeys: Int32Array.from([]), topicKeys: Int32Array.from([]), secondaryKeys: Int32Array.from([3]) },
      { ownKeys: Int32Array.from([]), topicKeys: Int32Array.from([]), secondaryKeys: Int32Array.from([]) },
    ];
    const index = new SearchIndex(KEYS, buildPostings(KEYS.length, records));
    const terms: QueryTerm[] = [{ keys: ["k3", "k0"] }, { keys: ["unknown"], related: [{ key: "k5", weight: 0.8 }] }];
    expect(index.search(terms, [1, 1.7], 1).map((h) => [h.doc, h.weight])).toEqual([[1, 1]]);
  });

  // scoreRecords searches first with a higher bar, then lower (its probe), and who-said searches the
  // quotes only: both rely on these giving the very hits of the one search, to the last bit.
  it("finds, over a higher bar or among some records, the same hits with the same weights as over the lower bar among all", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(record, fc.boolean()), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(term, fc.constantFrom(0.5, 1, 1.7, 2.3, 3)), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(0, 0.3, 1, 1.5),
        fc.constantFrom(0, 0.4, 1, 2.2),
        (rows, asked, minWeight, raise) => {
          const records: IndexedRecord[] = rows.map(([r]) => ({ ownKeys: Int32Array.from(r.own), topicKeys: Int32Array.from(r.topics), secondaryKeys: Int32Array.from(r.sentence) }));
          const index = new SearchIndex(KEYS, buildPostings(KEYS.length, records));
          const terms = asked.map(([t]) => t);
          const weights = asked.map(([, w]) => w);
          const key = (hits: { doc: number; weight: number; terms: number }[]) => hits.map((h) => `${h.doc}:${h.weight}:${h.terms}`).sort();
          const all = index.search(terms, weights, minWeight);
          expect(key(index.search(terms, weights, minWeight + raise))).toEqual(key(all.filter((h) => h.weight >= minWeight + raise)));
          const member = Uint8Array.from(rows, ([, m]) => (m ? 1 : 0));
          const subset = new RecordSubset(member);
          for (let round = 0; round < 2; round++) {
            expect(key(index.search(terms, weights, minWeight, undefined, undefined, subset))).toEqual(key(all.filter((h) => member[h.doc] === 1)));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
