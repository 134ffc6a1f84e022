// The question sets scored in-process with the rules of ../shared/eval/score.py (scripts/eval-questions.ts):
// only an "answered" status is an answer; its top answer must name the expected speaker and hold one of
// the evidence strings; no-match questions must not be answered; no answer may name a wrong speaker.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { loadEngine } from "../../src/index.js";
import { loadSpeakers, readRows, scoreRows } from "../../scripts/eval-questions.js";

const sets = [
  join(PROJECT_ROOT, "tests/fixtures/eval/heldout-questions.jsonl"),
  join(PROJECT_ROOT, "tests/fixtures/eval/heldout-2.jsonl"),
  join(PROJECT_ROOT, "tests/fixtures/eval/heldout-3.jsonl"),
  join(PROJECT_ROOT, "../shared/eval/dev-questions.jsonl"),
].filter(existsSync);

describe.each(sets)("question set %s", (file) => {
  it("answers at least 95% right, never answers a no-match question and names no wrong speaker", () => {
    const s = scoreRows(loadEngine(), readRows(file), loadSpeakers());
    const misses = s.misses.join("\n");
    expect(s.abstained, misses).toBe(s.nomatch);
    expect(s.misattributed, misses).toBe(0);
    expect(s.right / s.answerable, misses).toBeGreaterThanOrEqual(0.95);
  });
});
