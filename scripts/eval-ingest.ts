// `npm run eval:ingest`: runs the extractor on the curated seed article and on the ingest test
// fixtures, and prints precision and recall of (speaker, quote span) pairs per article and overall
// (how pairs match: src/ingest/evaluate.ts). `--verbose` lists the misses and the wrong pairs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitLines } from "../src/corpus/load.js";
import type { CorpusFile } from "../src/corpus/schema.js";
import { extractArticle } from "../src/ingest/extract.js";
import { expectedFromCurated, scoreAttributions, type ExpectedAttribution } from "../src/ingest/evaluate.js";
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT } from "../src/paths.js";

interface Case {
  name: string;
  text: string;
  lang: "ar" | "en";
  expected: ExpectedAttribution[];
}

function cases(): Case[] {
  const out: Case[] = [];
  const seed = join(DEFAULT_CORPUS_DIR, "article-000.json");
  if (existsSync(seed)) {
    const curated = JSON.parse(readFileSync(seed, "utf8")) as CorpusFile;
    const text = readFileSync(join(DEFAULT_CORPUS_DIR, curated.article.file), "utf8");
    out.push({ name: "article-000 (seed)", text, lang: curated.article.lang, expected: expectedFromCurated(curated) });
  } else console.error(`seed article not found: ${seed}`);
  const dir = join(PROJECT_ROOT, "tests", "fixtures", "ingest");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".expected.json")).sort()) {
    const name = f.replace(/\.expected\.json$/, "");
    const exp = JSON.parse(readFileSync(join(dir, f), "utf8")) as { lang: "ar" | "en"; attributions: ExpectedAttribution[] };
    out.push({ name, text: readFileSync(join(dir, `${name}.txt`), "utf8"), lang: exp.lang, expected: exp.attributions });
  }
  return out;
}

const fmt = (x: number) => x.toFixed(3);
const row = (name: string, lang: string, pred: number, gold: number, p: number, r: number) =>
  `${name.padEnd(28)} ${lang.padEnd(4)} ${String(pred).padStart(5)} ${String(gold).padStart(5)}  ${fmt(p).padStart(9)}  ${fmt(r).padStart(6)}`;
const verbose = process.argv.includes("--verbose");
const total = { predicted: 0, expected: 0, truePredicted: 0, recalled: 0 };
console.log(`${"article".padEnd(28)} lang  pred  gold  precision  recall`);
for (const c of cases()) {
  const draft = extractArticle(c.text, { id: "eval", lang: c.lang, file: "eval.txt" });
  const s = scoreAttributions(draft, splitLines(c.text), c.expected);
  total.predicted += s.predicted;
  total.expected += s.expected;
  total.truePredicted += s.truePredicted;
  total.recalled += s.recalled;
  console.log(row(c.name, c.lang, s.predicted, s.expected, s.precision, s.recall));
  if (verbose) {
    for (const m of s.misses) console.log(`   missed  p${m.paragraph} ${m.speaker[0]}: ${m.text.slice(0, 70)}`);
    for (const w of s.wrong) console.log(`   wrong   p${w.paragraph} ${w.speaker}: ${w.text.slice(0, 70)}`);
  }
}
const p = total.predicted ? total.truePredicted / total.predicted : 1;
const r = total.expected ? total.recalled / total.expected : 1;
console.log(row("overall", "", total.predicted, total.expected, p, r));
