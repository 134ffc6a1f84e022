// `npm run eval:real -- <folder> [--verbose|--misses]`: our own annotated real articles, kept outside
// the repository. The folder holds NAME.txt files and gold.jsonl, one statement a line:
//   {"article": "NAME", "text": "<the attributed content, verbatim>", "speaker": ["accepted", "names"],
//    "speakerEn": "…", "kind": "person|organization|…", "type": "direct|partial|indirect", "cue": "قال"}
// A draft speaker is right when one of its names equals one of the accepted names after normalization
// (src/ingest/text.ts nameKey). Same measures as eval:polnear (src/ingest/measure.ts).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { GoldStatement, GoldType } from "../src/ingest/measure.js";
import { detectLanguage } from "../src/ingest/language.js";
import { nameKey } from "../src/ingest/text.js";
import { measure, printResult, type GoldArticle } from "./measure-run.js";

interface Line { article: string; text: string; speaker: string[]; speakerEn?: string; kind?: string; type?: GoldType; cue?: string }

export function readRealSet(folder: string): { articles: GoldArticle[]; problems: string[] } {
  const rows = readFileSync(join(folder, "gold.jsonl"), "utf8").split(/\r?\n/).filter((l) => l.trim());
  const articles = new Map<string, GoldArticle>();
  const problems: string[] = [];
  rows.forEach((raw, n) => {
    let l: Line;
    try {
      l = JSON.parse(raw) as Line;
    } catch {
      problems.push(`gold.jsonl line ${n + 1}: not JSON`);
      return;
    }
    const name = String(l.article ?? "").replace(/\.txt$/, "");
    const textPath = join(folder, `${name}.txt`);
    if (!name || !existsSync(textPath)) {
      problems.push(`gold.jsonl line ${n + 1}: no article file ${name}.txt`);
      return;
    }
    let a = articles.get(name);
    if (!a) {
      const text = readFileSync(textPath, "utf8").replace(/^\uFEFF/, "");
      articles.set(name, (a = { name, textPath, text, lang: detectLanguage(text), gold: [] }));
    }
    const at = a.text.indexOf(l.text);
    if (!l.text || at < 0) {
      problems.push(`gold.jsonl line ${n + 1}: text not found word for word in ${name}.txt`);
      return;
    }
    // "a ministry spokesman" and "Ministry spokesman" name the same unnamed speaker: an English article is no part of it.
    const key = (x: string) => nameKey(x).replace(/^(?:a|an|the) /, "");
    const accepted = new Set((l.speaker ?? []).map(key).filter(Boolean));
    const g: GoldStatement = {
      article: name, spans: [[at, at + l.text.length]], text: l.text, speaker: l.speakerEn ?? l.speaker?.[0] ?? "?",
      accepts: (forms) => forms.some((f) => accepted.has(key(f))),
      cue: (l.cue ?? "(none)").trim() || "(none)", type: l.type ?? "indirect",
    };
    a.gold.push(g);
  });
  return { articles: [...articles.values()], problems };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join("scripts", "eval-real.js"))) {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith("--"));
  if (!folder || !existsSync(join(folder, "gold.jsonl"))) {
    console.error("usage: npm run eval:real -- <folder with NAME.txt files and gold.jsonl> [--verbose|--misses]");
    process.exit(2);
  }
  const { articles, problems } = readRealSet(resolve(folder));
  for (const p of problems) console.log(`skipped: ${p}`);
  const result = measure(articles, { verbose: args.includes("--verbose"), misses: args.includes("--misses") });
  printResult(`real set ${folder}`, articles.length, result);
}
