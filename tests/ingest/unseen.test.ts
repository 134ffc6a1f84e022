// Ingest-then-ask on the articles written blind to the extractor (each set was blind once; later
// rounds tuned on it): guards against regressions. The right speaker, or no match for "read also".
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { evalUnseen } from "../../scripts/eval-unseen.js";

const root = join(PROJECT_ROOT, "tests", "fixtures");
const sets = readdirSync(root).filter((d) => /^unseen(-\d+)?$/.test(d) && existsSync(join(root, d, "questions.jsonl")));

describe.each(sets)("articles in tests/fixtures/%s", (set) => {
  it("ingested, then asked who said each statement: at least 95% name the right speaker", () => {
    const { right, total, misses } = evalUnseen(join(root, set));
    expect(right / total, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
