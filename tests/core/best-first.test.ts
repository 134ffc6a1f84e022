// The hits of a counting ranking, sorted a band of bounds at a time: the order must be that of one
// sort of all of them (best bound first, then record order).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BestFirst, type Pending } from "../../src/engine/best-first.js";

const BOUNDS = [Infinity, 1.1, 1, 0.9999, 0.75, 0.6, 0.49, 0.4875, 0.35, 0.2, 0.0001];

describe("hits best first", () => {
  it("come in the order of one sort, read through or in part", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...BOUNDS), fc.double({ min: 0, max: 1.2, noNaN: true })), fc.nat(50)), { maxLength: 60 }), fc.nat(), (raw, cut) => {
        const all: Pending[] = raw.map(([most, doc]) => ({ hit: { doc, weight: 1, terms: 1 }, most, loose: most }));
        const sorted = [...all].sort((a, b) => b.most - a.most || a.hit.doc - b.hit.doc);
        const list = new BestFirst(all, true);
        const n = all.length ? cut % (all.length + 1) : 0;
        const read = Array.from({ length: n }, (_, i) => list.at(i));
        expect(read.map((p) => [p.most, p.hit.doc])).toEqual(sorted.slice(0, n).map((p) => [p.most, p.hit.doc]));
      }),
      { numRuns: 2000 },
    );
  });

  it("keep their own order unsorted", () => {
    const all: Pending[] = [0.2, 0.9, 0.5].map((most, doc) => ({ hit: { doc, weight: 1, terms: 1 }, most, loose: most }));
    const list = new BestFirst(all, false);
    expect([0, 1, 2].map((i) => list.at(i).most)).toEqual([0.2, 0.9, 0.5]);
  });
});
