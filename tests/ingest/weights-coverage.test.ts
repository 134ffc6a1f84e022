// The committed English weights (src/ingest/data/weights-en.json) must know every feature the extractor emits: a
// feature added to scoring.ts without a retrain (`npm run train:ingest -- <PolNeAR>`) scores as weight 0, silently.
// The trainer writes every feature it saw, zero weights included, and it trains on these fixtures, so after a
// retrain this holds; it fails when the extractor has changed since.
import { describe, expect, it } from "vitest";
import WEIGHTS from "../../src/ingest/data/weights-en.json" with { type: "json" };
import { extractDetailed } from "../../src/ingest/extract.js";
import { FIXTURE_NAMES, fixture } from "./helpers.js";

describe("English weights cover the extractor's features", () => {
  it("every feature of every speaker drafted on the English fixtures (margin 0) has a committed weight", () => {
    const known = new Set(Object.keys(WEIGHTS.weights));
    const missing = new Set<string>();
    for (const name of FIXTURE_NAMES) {
      const f = fixture(name);
      if (f.lang !== "en") continue;
      const { features } = extractDetailed(f.text, { id: "t", lang: "en", file: "t.en.txt" }, 0);
      for (const x of features.flat()) if (!known.has(x)) missing.add(x);
    }
    expect([...missing].sort(), "retrain: npm run train:ingest -- <PolNeAR folder>").toEqual([]);
  });
});
