// Ingests every article of a folder into a copy of the built-in corpus, then asks the folder's
// questions.jsonl and prints how many answers are right. A row is one of three kinds:
// - a statement question ({article, q, speaker: [accepted names]}): right when answered with one of the names;
// - a fact question ({speaker: null, evidence: [strings]}): right when answered with a record whose text or
//   sentence holds one of the evidence strings (the real sets' writers mark fact questions so);
// - a trap ({speaker: null} and no evidence): right when not answered.
// Usage: npm run eval:unseen -- <folder> [--verbose]
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DEFAULT_CORPUS_DIR, loadEngine } from "../src/index.js";
import { ingestFile } from "../src/ingest/ingest.js";
import { normalize } from "../src/normalize/index.js";
import type { Answer, AnswerItem } from "../src/types.js";

export interface Question { article: string; q: string; speaker: string[] | null; evidence?: string[] | null }

type Kind = "said" | "fact" | "trap";

export interface UnseenResult {
  right: number;
  total: number;
  misses: string[];
  /** Right and total by kind of question. */
  byKind: Record<Kind, { right: number; total: number }>;
  /** Answered with a wrong speaker, or answered on a trap. */
  misattributed: number;
  /** A fact question answered with a record that does not hold the fact. */
  wrongFacts: number;
}

export const kindOf = (r: Question): Kind => (r.speaker !== null ? "said" : r.evidence?.length ? "fact" : "trap");

/** The answer item holds one of the fact's evidence strings, in its text, English rendering or sentence. */
export function holdsEvidence(evidence: string[], item: AnswerItem): boolean {
  const hay = ` ${normalize(`${item.text} ${item.textEn ?? ""} ${item.context ?? ""}`)} `;
  return evidence.some((e) => normalize(e).trim() !== "" && hay.includes(normalize(e)));
}

/** The answer item's speaker is one of the accepted names. */
export function namesSpeaker(names: string[], item: AnswerItem): boolean {
  const s = item.speaker;
  // "the source" is the speaker named "Source": an English article opens no name (as in the ingest scorer).
  return !!s && names.some((name) => normalize(`${s.name} ${s.nameAr ?? ""}`).includes(normalize(name).replace(/^(?:the|a|an) /, "")));
}

/** Whether an answer is right for its row, and whether it states something wrong. */
function judge(r: Question, a: Answer): { ok: boolean; misattributed: boolean; wrongFact: boolean } {
  const top = a.answers[0];
  const answered = a.status === "answered" && !!top;
  const kind = kindOf(r);
  if (kind === "trap") return { ok: !answered, misattributed: answered, wrongFact: false };
  if (kind === "fact") {
    const holds = answered && holdsEvidence(r.evidence!, top);
    return { ok: holds, misattributed: false, wrongFact: answered && !holds };
  }
  // Only an "answered" status states a speaker; a suggestion is not an answer.
  const named = answered && namesSpeaker(r.speaker!, top);
  return { ok: named, misattributed: answered && !named, wrongFact: false };
}

export function evalUnseen(folder: string, verbose = false): UnseenResult {
  const corpus = mkdtempSync(join(tmpdir(), "qb-unseen-"));
  try {
    cpSync(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    for (const f of readdirSync(folder).filter((f) => f.endsWith(".txt")).sort()) ingestFile(join(folder, f), { corpusDir: corpus });
    const engine = loadEngine(corpus);
    const rows = readFileSync(join(folder, "questions.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Question);
    const misses: string[] = [];
    const byKind: UnseenResult["byKind"] = { said: { right: 0, total: 0 }, fact: { right: 0, total: 0 }, trap: { right: 0, total: 0 } };
    let right = 0;
    let misattributed = 0;
    let wrongFacts = 0;
    for (const r of rows) {
      const a = engine.ask(r.q);
      const s = a.answers[0]?.speaker;
      const verdict = judge(r, a);
      const kind = kindOf(r);
      byKind[kind].total++;
      if (verdict.misattributed) misattributed++;
      if (verdict.wrongFact) wrongFacts++;
      if (verdict.ok) {
        right++;
        byKind[kind].right++;
        continue;
      }
      const want = kind === "said" ? r.speaker!.join(" | ") : kind === "fact" ? `fact: ${r.evidence!.join(" | ")}` : "no match";
      const got = kind === "fact" && a.answers[0] ? ` «${a.answers[0].text.slice(0, 80)}»` : "";
      misses.push(`${r.article}: ${r.q} -> ${a.status} ${s ? `${s.name} / ${s.nameAr ?? "-"}` : ""}${got} (want ${want})`);
    }
    if (verbose) for (const m of misses) console.log(`  miss ${m}`);
    return { right, total: rows.length, misses, byKind, misattributed, wrongFacts };
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join("scripts", "eval-unseen.js"))) {
  const folder = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!folder) {
    console.error("usage: npm run eval:unseen -- <folder with *.txt and questions.jsonl> [--verbose]");
    process.exit(2);
  }
  const { right, total, byKind, misattributed, wrongFacts } = evalUnseen(resolve(folder), process.argv.includes("--verbose"));
  const part = (k: Kind) => `${byKind[k].right}/${byKind[k].total}`;
  console.log(
    `right speaker (or fact, or no match where due): ${right}/${total} = ${(right / total).toFixed(3)} ` +
      `(said ${part("said")}, facts ${part("fact")}, traps ${part("trap")}; misattributed ${misattributed}, wrong facts ${wrongFacts})`,
  );
}
