// The question sets scored in-process with the rules of ../shared/eval/score.py: the top answer must
// name the expected speaker and hold one of the evidence strings; no-match questions must abstain.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { loadEngine } from "../../src/index.js";

interface Row { id: string; q: string; cat: string; expect: "answer" | "no_match"; speaker: string | null; evidence: string[] | null }

const speakers = JSON.parse(readFileSync(join(PROJECT_ROOT, "tests/fixtures/eval/speakers.json"), "utf8")) as Record<string, string[]>;

/** score.py's norm(). */
function norm(s: string | null | undefined): string {
  if (!s) return "";
  return s
    .normalize("NFKD")
    .split("")
    .filter((c) => !/\p{M}/u.test(c) || (c >= "\u0600" && c <= "\u06ff"))
    .join("")
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه").replace(/ؤ/g, "و").replace(/ئ/g, "ي")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function score(file: string) {
  const engine = loadEngine();
  const rows = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const misses: string[] = [];
  let answerable = 0, right = 0, nomatch = 0, abstained = 0;
  for (const r of rows) {
    const a = engine.ask(r.q);
    if (r.expect === "no_match") {
      nomatch++;
      if (a.status === "no_match") abstained++;
      else misses.push(`${r.id} should abstain: ${r.q} -> ${a.answers[0].speaker?.name}`);
      continue;
    }
    answerable++;
    const top = a.answers[0];
    const hay = norm(`${top?.text ?? ""} ${top?.context ?? ""}`);
    const evidence = !!top && (r.evidence ?? []).some((e) => hay.includes(norm(e)));
    const name = norm(`${top?.speaker?.name ?? ""} ${top?.speaker?.nameAr ?? ""}`);
    const speaker = r.speaker === null || (top?.speaker ? speakers[r.speaker].some((k) => name.includes(norm(k))) : r.speaker.endsWith("_or_none"));
    if (evidence && speaker) right++;
    else misses.push(`${r.id} ${r.q} -> ${a.status} ${top?.speaker?.name ?? "-"}`);
  }
  return { accuracy: right / answerable, abstention: abstained / nomatch, misses };
}

const sets = [
  join(PROJECT_ROOT, "tests/fixtures/eval/heldout-questions.jsonl"),
  join(PROJECT_ROOT, "tests/fixtures/eval/heldout-2.jsonl"),
  join(PROJECT_ROOT, "tests/fixtures/eval/heldout-3.jsonl"),
  join(PROJECT_ROOT, "../shared/eval/dev-questions.jsonl"),
].filter(existsSync);

describe.each(sets)("question set %s", (file) => {
  it("answers at least 95% right and abstains on every no-match question", () => {
    const { accuracy, abstention, misses } = score(file);
    expect(abstention, misses.join("\n")).toBe(1);
    expect(accuracy, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
