// Ingests every article of a folder into a copy of the built-in corpus, then asks the folder's
// questions.jsonl ({article, q, speaker: [accepted names] | null}) and prints how many answers name
// the right speaker (null: the right answer is no match). Usage: npm run eval:unseen -- <folder> [--verbose]
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DEFAULT_CORPUS_DIR, loadEngine } from "../src/index.js";
import { ingestFile } from "../src/ingest/ingest.js";
import { normalize } from "../src/normalize/index.js";

interface Question { article: string; q: string; speaker: string[] | null }

export function evalUnseen(folder: string, verbose = false): { right: number; total: number; misses: string[] } {
  const corpus = mkdtempSync(join(tmpdir(), "qb-unseen-"));
  try {
    cpSync(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    for (const f of readdirSync(folder).filter((f) => f.endsWith(".txt")).sort()) ingestFile(join(folder, f), { corpusDir: corpus });
    const engine = loadEngine(corpus);
    const rows = readFileSync(join(folder, "questions.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Question);
    const misses: string[] = [];
    let right = 0;
    for (const r of rows) {
      const a = engine.ask(r.q);
      const s = a.answers[0]?.speaker;
      // Only an "answered" status states a speaker; a suggestion is not an answer.
      const ok = r.speaker === null
        ? a.status !== "answered"
        : a.status === "answered" && !!s && r.speaker.some((name) => normalize(`${s.name} ${s.nameAr ?? ""}`).includes(normalize(name)));
      if (ok) right++;
      else misses.push(`${r.article}: ${r.q} -> ${a.status} ${s ? `${s.name} / ${s.nameAr ?? "-"}` : ""} (want ${r.speaker?.join(" | ") ?? "no match"})`);
    }
    if (verbose) for (const m of misses) console.log(`  miss ${m}`);
    return { right, total: rows.length, misses };
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
  const { right, total } = evalUnseen(resolve(folder), process.argv.includes("--verbose"));
  console.log(`right speaker (or no match where due): ${right}/${total} = ${(right / total).toFixed(3)}`);
}
