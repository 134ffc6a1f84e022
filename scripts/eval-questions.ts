// Scores question sets with the rules of ../shared/eval/score.py, in process: the top answer of an
// "answered" status must name the expected speaker and hold one of the evidence strings; "suggested"
// and "no_match" are not answers; a no-match question must not be answered; a misattribution is an
// answered question whose speaker is wrong, or any answer to a no-match question.
// Usage: npm run eval:questions -- <file.jsonl> … [--verbose]
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { contextOf, loadEngine, type Answer, type ConversationContext, type Engine } from "../src/index.js";
import { PROJECT_ROOT } from "../src/paths.js";

export interface QuestionRow {
  id: string;
  q: string;
  cat: string;
  expect: "answer" | "no_match";
  speaker: string | null;
  evidence: string[] | null;
  /** Two-turn rows: the question(s) asked before `q` in the same conversation. */
  context?: string[];
}

export interface SetScore {
  answerable: number;
  right: number;
  nomatch: number;
  abstained: number;
  misattributed: number;
  suggested: number;
  misses: string[];
}

/** score.py's norm(). */
export function norm(s: string | null | undefined): string {
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

export function readRows(file: string): QuestionRow[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as QuestionRow);
}

/** The answer to a row's question. */
export function askRow(engine: Engine, row: QuestionRow): Answer {
  let context: ConversationContext | undefined;
  for (const earlier of row.context ?? []) context = contextOf(engine.ask(earlier, { context }));
  return engine.ask(row.q, { context });
}

export function scoreRows(engine: Engine, rows: QuestionRow[], speakers: Record<string, string[]>): SetScore {
  const s: SetScore = { answerable: 0, right: 0, nomatch: 0, abstained: 0, misattributed: 0, suggested: 0, misses: [] };
  for (const r of rows) {
    const a = askRow(engine, r);
    const top = a.answers[0];
    const answered = a.status === "answered" && !!top;
    if (a.status === "suggested") s.suggested++;
    const shown = `${r.id} ${r.q} -> ${a.status} ${top?.speaker?.name ?? "-"}`;
    if (r.expect === "no_match") {
      s.nomatch++;
      if (answered) {
        s.misattributed++;
        s.misses.push(`${shown} (should not be answered)`);
      } else s.abstained++;
      continue;
    }
    s.answerable++;
    if (!answered) {
      s.misses.push(shown);
      continue;
    }
    const hay = norm(`${top.text} ${top.context}`);
    const evidence = (r.evidence ?? []).some((e) => hay.includes(norm(e)));
    const name = norm(`${top.speaker?.name ?? ""} ${top.speaker?.nameAr ?? ""}`);
    const speakerOk =
      r.speaker === null || (top.speaker ? speakers[r.speaker].some((k) => name.includes(norm(k))) : r.speaker.endsWith("_or_none"));
    if (!speakerOk) s.misattributed++;
    if (evidence && speakerOk) s.right++;
    else s.misses.push(`${shown}${speakerOk ? "" : " (wrong speaker)"}`);
  }
  return s;
}

export function loadSpeakers(file = join(PROJECT_ROOT, "tests/fixtures/eval/speakers.json")): Record<string, string[]> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join("scripts", "eval-questions.js"))) {
  const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!files.length) {
    console.error("usage: npm run eval:questions -- <questions.jsonl> … [--verbose]");
    process.exit(2);
  }
  const engine = loadEngine();
  const speakers = loadSpeakers();
  for (const f of files) {
    const s = scoreRows(engine, readRows(resolve(f)), speakers);
    if (process.argv.includes("--verbose")) for (const m of s.misses) console.log(`  miss ${m}`);
    console.log(
      `${f}: answerable ${s.right}/${s.answerable}; abstained ${s.abstained}/${s.nomatch}; misattributed ${s.misattributed}; suggested ${s.suggested}`,
    );
  }
}
