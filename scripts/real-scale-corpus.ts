// Builds a corpus of real news at archive scale, for `npm run bench -- --corpus DIR` and answer-diff:
// the PolNeAR train and dev articles (never test) ingested in this process with the library's own
// ingest, then replicated with perturbed wording until the corpus holds about --quotes quotes, as
// issue 15's independent measure did (8.8k real quotes → ~106k). Each replica of an article is the
// article re-ingested after three perturbations, so that its words and speakers are those of news but
// its records are not copies:
//   - speakers swapped across articles: each name the draft attributed a quote to is replaced, in the
//     text, by the name of a speaker of another article (full name and surname);
//   - sentences shuffled within each paragraph;
//   - words substituted: about one content word in six is replaced by a word drawn from the corpus
//     vocabulary by its frequency (so the vocabulary stays Zipfian, as news is).
// PolNeAR is third-party text: the output folder must be outside the repository.
// --quotes counts attributed quotes (those the engine answers from).
// Usage: node dist/scripts/real-scale-corpus.js <polnear-dir> <out-dir> [--quotes 100000] [--seed 15]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ingestFile, type IngestResult } from "../src/index.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { createRng } from "../bench/generate.js";

const SPLITS = ["train", "dev"] as const;
const SUBSTITUTE_SHARE = 1 / 6;
const MAX_ROUNDS = 100;

type Rng = () => number;

interface Source {
  name: string;
  text: string;
  speakers: string[];
}

function articleFiles(polnear: string): { name: string; path: string }[] {
  return SPLITS.flatMap((split) => {
    const dir = join(polnear, "data", split, "text");
    return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ name: f.replace(/\.txt$/, ""), path: join(dir, f) }));
  });
}

const WORD = /[A-Za-z][a-z]{3,}/g;
const isLower = (w: string) => w === w.toLowerCase();

/** Lower-case words of four letters or more with their counts: what substitution draws from. */
function vocabulary(texts: string[]): { words: string[]; cumulative: Float64Array } {
  const counts = new Map<string, number>();
  for (const t of texts) for (const m of t.matchAll(WORD)) if (isLower(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const words = [...counts.keys()].sort();
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  words.forEach((w, i) => (cumulative[i] = sum += counts.get(w)!));
  return { words, cumulative };
}

function drawWord(v: { words: string[]; cumulative: Float64Array }, rng: Rng): string {
  const x = rng() * v.cumulative[v.cumulative.length - 1];
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo];
}

function shuffle<T>(xs: T[], rng: Rng): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The article with its speakers renamed, its sentences shuffled and some of its words substituted. */
function perturb(source: Source, others: string[], v: ReturnType<typeof vocabulary>, rng: Rng): string {
  let text = source.text;
  // Longest names first, so that "Hillary Clinton" is renamed before "Clinton".
  const names = [...new Set(source.speakers.filter((n) => /^[A-Z]/.test(n)))];
  const renames = new Map<string, string>();
  for (const name of names) {
    const other = others[Math.floor(rng() * others.length)];
    renames.set(name, other);
    const last = name.split(" ").at(-1)!;
    const otherLast = other.split(" ").at(-1)!;
    if (last !== name && last.length >= 3 && !renames.has(last)) renames.set(last, otherLast);
  }
  const keys = [...renames.keys()].sort((a, b) => b.length - a.length);
  if (keys.length) {
    const pattern = new RegExp(`\\b(?:${keys.map(escape).join("|")})\\b`, "g");
    text = text.replace(pattern, (m) => renames.get(m) ?? m);
  }
  return text
    .split("\n")
    .map((line) => {
      const sentences = line.match(/[^.!?]+(?:[.!?]+["”’]?\s*|$)/g) ?? [line];
      const shuffled = sentences.length > 1 ? shuffle(sentences.map((s) => s.trim()).filter(Boolean), rng).join(" ") : line;
      return shuffled.replace(WORD, (w) => (isLower(w) && rng() < SUBSTITUTE_SHARE ? drawWord(v, rng) : w));
    })
    .join("\n");
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { quotes: { type: "string", default: "100000" }, seed: { type: "string", default: "15" } },
  });
  const [polnear, outArg] = positionals;
  if (!polnear || !outArg) {
    console.error("usage: real-scale-corpus <polnear-dir> <out-dir> [--quotes 100000] [--seed 15]");
    process.exit(2);
  }
  const out = resolve(outArg);
  if (!relative(PROJECT_ROOT, out).startsWith("..")) {
    console.error(`${out}: PolNeAR is third-party text: write the corpus outside the repository`);
    process.exit(2);
  }
  if (existsSync(out) && readdirSync(out).length) {
    console.error(`${out}: not empty; remove it or name another folder`);
    process.exit(2);
  }
  const target = Number(values.quotes);
  const rng = createRng(Number(values.seed));
  mkdirSync(out, { recursive: true });
  const staging = join(out, ".perturbed");
  mkdirSync(staging, { recursive: true });

  const started = performance.now();
  const files = articleFiles(resolve(polnear));
  const sources: Source[] = [];
  let quotes = 0;
  let facts = 0;
  const count = (r: IngestResult) => {
    // Quotes with a speaker: the loader leaves a draft's speakerless quotes out, unanswered.
    quotes += r.data.quotes.filter((q) => q.speaker !== null).length;
    facts += r.data.facts.length;
  };
  for (const f of files) {
    try {
      const r = ingestFile(f.path, { corpusDir: out });
      count(r);
      const speakers = r.data.speakers.filter((s) => r.data.quotes.some((q) => q.speaker === s.id)).map((s) => s.name);
      sources.push({ name: r.id, text: readFileSync(f.path, "utf8"), speakers });
    } catch (e) {
      console.error(`${f.name}: ${(e as Error).message}`);
    }
  }
  const realQuotes = quotes;
  console.error(`real: ${sources.length} articles, ${quotes} quotes, ${facts} facts (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const v = vocabulary(sources.map((s) => s.text));
  const allSpeakers = [...new Set(sources.flatMap((s) => s.speakers))].filter((n) => /^[A-Z]/.test(n));
  let articles = sources.length;
  for (let round = 1; quotes < target && round <= MAX_ROUNDS; round++) {
    for (const s of sources) {
      if (quotes >= target) break;
      const others = allSpeakers.filter((n) => !s.speakers.includes(n));
      const path = join(staging, `${s.name}-r${round}.txt`);
      writeFileSync(path, perturb(s, others, v, rng));
      try {
        count(ingestFile(path, { corpusDir: out, id: `${s.name}-r${round}`.slice(0, 120) }));
        articles++;
      } catch (e) {
        console.error(`${s.name} round ${round}: ${(e as Error).message}`);
      }
      rmSync(path);
    }
    console.error(`round ${round}: ${articles} articles, ${quotes} quotes, ${facts} facts (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  rmSync(staging, { recursive: true, force: true });
  console.log(JSON.stringify({ out, realQuotes, articles, quotes, facts, seconds: Math.round((performance.now() - started) / 1000) }));
}

main();
