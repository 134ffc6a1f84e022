// Pooled draft questions: for each article folder (*.txt with questions-ar.jsonl / questions-en.jsonl, as
// eval:unseen reads them), ingests the articles once into a copy of the built-in corpus and asks the
// questions in the articles' own language (an "en-" folder: questions-en; otherwise questions-ar), or in
// both with --both. Prints one line per set and the pooled total, judged as eval:unseen judges a row.
// --verbose lists the wrong answers (misattributions and wrong facts); --rows FILE writes one JSON row per
// question with its status, label and what the answer bar weighed (for fitting and analysis).
// Usage: npm run eval:drafts -- [--both] [--verbose] [--rows rows.jsonl] <folder> …
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { DEFAULT_CORPUS_DIR, loadEngine, type StatusDecision } from "../src/index.js";
import { ingestFile } from "../src/ingest/ingest.js";
import { holdsEvidence, kindOf, namesSpeaker, type Question } from "./eval-unseen.js";

interface Line {
  set: string;
  right: number;
  total: number;
  mis: number;
  wrongFacts: number;
  suggested: number;
}

const letterOf = (folder: string) => /-([A-Z])\/?$/.exec(folder)?.[1] ?? "?";

function evalSet(folder: string, langs: string[], verbose: boolean, rows: unknown[]): Line[] {
  const corpus = mkdtempSync(join(tmpdir(), "qb-drafts-"));
  try {
    cpSync(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    for (const f of readdirSync(folder).filter((f) => f.endsWith(".txt")).sort()) ingestFile(join(folder, f), { corpusDir: corpus });
    const engine = loadEngine(corpus);
    const lines: Line[] = [];
    for (const lang of langs) {
      const file = join(folder, `questions-${lang}.jsonl`);
      if (!existsSync(file)) continue;
      const set = `${basename(folder)}/q-${lang}`;
      const line: Line = { set, right: 0, total: 0, mis: 0, wrongFacts: 0, suggested: 0 };
      const qs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Question);
      qs.forEach((r, n) => {
        const decisions: StatusDecision[] = [];
        const a = engine.ask(r.q, { explain: (d) => decisions.push(d) });
        const top = a.answers[0];
        const kind = kindOf(r);
        const answered = a.status === "answered" && !!top;
        const holds = kind === "fact" ? !!top && holdsEvidence(r.evidence!, top) : kind === "said" ? !!top && namesSpeaker(r.speaker!, top) : false;
        const ok = kind === "trap" ? !answered : answered && holds;
        line.total++;
        if (ok) line.right++;
        if (a.status === "suggested") line.suggested++;
        const mis = answered && kind !== "fact" && !holds;
        const wrongFact = answered && kind === "fact" && !holds;
        if (mis) line.mis++;
        if (wrongFact) line.wrongFacts++;
        if (verbose && (mis || wrongFact)) {
          const s = top?.speaker;
          const want = kind === "said" ? r.speaker!.join(" | ") : kind === "fact" ? `fact: ${r.evidence!.join(" | ")}` : "no match";
          console.log(`  ${mis ? "MISATTRIBUTED" : "WRONG FACT"} ${set} ${r.article}: ${r.q} -> ${s ? `${s.name} / ${s.nameAr ?? "-"}` : "(no speaker)"} «${top.text.slice(0, 90)}» (want ${want})`);
        }
        rows.push({
          set, letter: letterOf(folder), id: `${r.article}#${n}`, q: r.q, kind, status: a.status,
          label: top ? (holds ? "right" : "wrong") : null, speaker: top?.speaker?.name ?? null, text: top?.text.slice(0, 120) ?? null,
          input: decisions.length === 1 ? decisions[0].input : null, ruled: decisions.length === 1 ? decisions[0].ruled : null,
        });
      });
      lines.push(line);
    }
    return lines;
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const rowsAt = args.indexOf("--rows");
  const rowsFile = rowsAt >= 0 ? args[rowsAt + 1] : undefined;
  const folders = args.filter((a, i) => !a.startsWith("--") && (rowsAt < 0 || i !== rowsAt + 1)).map((f) => resolve(f));
  if (!folders.length) {
    console.error("usage: npm run eval:drafts -- [--both] [--verbose] [--rows rows.jsonl] <folder with *.txt and questions-*.jsonl> …");
    process.exit(2);
  }
  const verbose = args.includes("--verbose");
  const rows: unknown[] = [];
  const all: Line[] = [];
  for (const folder of folders) {
    const langs = args.includes("--both") ? ["ar", "en"] : [basename(folder).startsWith("en-") ? "en" : "ar"];
    for (const line of evalSet(folder, langs, verbose, rows)) {
      all.push(line);
      console.log(`${line.set.padEnd(12)} right ${String(line.right).padStart(3)}/${line.total}  misattributed ${line.mis}  wrong facts ${line.wrongFacts}  suggested ${line.suggested}`);
    }
  }
  const sum = (k: keyof Omit<Line, "set">) => all.reduce((a, l) => a + l[k], 0);
  console.log(`POOLED       right ${sum("right")}/${sum("total")}  misattributed ${sum("mis")}  wrong facts ${sum("wrongFacts")}  suggested ${sum("suggested")}`);
  if (rowsFile) writeFileSync(rowsFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
}

main();
