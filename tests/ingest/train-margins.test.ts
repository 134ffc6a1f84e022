// The margin the English trainer picks for one group of attributions (scripts/train-ingest.ts): PolNeAR's right and
// wrong speakers weigh it, the invented articles bound it from both sides.
import { describe, expect, it } from "vitest";
import { groupMargin } from "../../scripts/train-ingest.js";

const polnear = (p: number, right: boolean, n = 1) => Array.from({ length: n }, () => ({ p, right, fixture: false }));
const fixture = (p: number, right: boolean) => ({ p, right, fixture: true });

describe("groupMargin", () => {
  it("keeps the most PolNeAR right speakers less cost × wrong ones", () => {
    const rows = [...polnear(0.55, false, 3), ...polnear(0.6, true, 2), ...polnear(0.9, true, 10)];
    expect(groupMargin(rows, 2).margin).toBe(0.575);
  });

  it("stays under the lowest speaker an invented article expects", () => {
    const rows = [...polnear(0.85, false, 5), ...polnear(0.95, true, 10), fixture(0.8, true)];
    expect(groupMargin(rows, 5).margin).toBeLessThan(0.8);
  });

  it("stays above every speaker an invented article calls wrong, though PolNeAR alone would keep it", () => {
    const rows = [...polnear(0.6, true, 20), ...polnear(0.9, true, 10), fixture(0.7, false), fixture(0.95, true)];
    const { margin, crossed } = groupMargin(rows, 1);
    expect(margin).toBeGreaterThan(0.7);
    expect(margin).toBeLessThan(0.95);
    expect(crossed).toBe(false);
  });

  it("a gap narrower than the steps gets its middle; crossed bounds keep the expected speakers", () => {
    expect(groupMargin([fixture(0.81, false), fixture(0.84, true)], 1).margin).toBeCloseTo(0.825, 3);
    const crossed = groupMargin([fixture(0.9, false), fixture(0.8, true)], 1);
    expect(crossed).toEqual({ margin: 0.795, crossed: true });
  });
});
