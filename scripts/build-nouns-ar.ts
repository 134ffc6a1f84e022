// `npm run build:nouns-ar -- <real set folder> [<real set folder> …]`: rebuilds src/ingest/data/common-words-ar.json,
// the frequent Arabic words that never end a person's name (the name-extent stage, src/ingest/ar/extent.ts).
// Vocabulary: the repo's own Arabic articles (corpus/*.ar.txt, tests/fixtures/ingest/*.txt) and the real sets'
// articles (NAME.txt + gold.jsonl, kept outside the repository). A word is kept when it is written in at least
// MIN_ARTICLES articles (so that no article's own words leave this script, only the shared vocabulary) and nothing
// says it can be a name: not in the name table, no word of any annotated speaker, never right after a given name,
// a name particle (بن، أبو، عبد) or a title of address, or before الله/الدين (where a name stands), not definite (ال-words are weighed by
// surnameLike). Only the word list is written.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { COMPOUND_SECONDS, HONORIFICS } from "../src/ingest/ar/names.js";
import { NAME_LINKS, ROLE_HEADS } from "../src/ingest/lexicon-ar.js";
import { normAr } from "../src/ingest/text.js";
import { isKnownName } from "../src/ingest/transliterate.js";
import { PROJECT_ROOT } from "../src/paths.js";

const MIN_ARTICLES = 3;

const wordsOf = (text: string) => (normAr(text).match(/[\u0621-\u064A]+/g) ?? []);

function articleTexts(folders: string[]): { texts: string[]; speakers: string[] } {
  const texts: string[] = [];
  const speakers: string[] = [];
  for (const folder of folders) {
    for (const f of readdirSync(folder).filter((x) => /\.txt$/.test(x)).sort()) texts.push(readFileSync(join(folder, f), "utf8"));
    for (const line of readFileSync(join(folder, "gold.jsonl"), "utf8").split(/\r?\n/).filter((l) => l.trim())) {
      const row = JSON.parse(line) as { speaker?: string[] };
      speakers.push(...(row.speaker ?? []));
    }
  }
  const seed = join(PROJECT_ROOT, "corpus");
  for (const f of readdirSync(seed).filter((x) => x.endsWith(".ar.txt"))) texts.push(readFileSync(join(seed, f), "utf8"));
  const fixtures = join(PROJECT_ROOT, "tests", "fixtures", "ingest");
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith(".expected.json"))) {
    const exp = JSON.parse(readFileSync(join(fixtures, f), "utf8")) as { lang: string; attributions: { speaker: string[] }[] };
    if (exp.lang !== "ar") continue;
    texts.push(readFileSync(join(fixtures, f.replace(/\.expected\.json$/, ".txt")), "utf8"));
    for (const a of exp.attributions) speakers.push(...a.speaker);
  }
  return { texts, speakers };
}

export function commonWords(texts: string[], speakers: string[]): string[] {
  const inArticles = new Map<string, number>();
  const namePlaces = new Set<string>();
  const speakerWords = new Set(speakers.flatMap(wordsOf));
  for (const text of texts) {
    const words = wordsOf(text);
    for (const w of new Set(words)) inArticles.set(w, (inArticles.get(w) ?? 0) + 1);
    words.forEach((w, i) => {
      const before = words[i - 1];
      if (before && (isKnownName(before) || NAME_LINKS.has(before) || HONORIFICS.has(before) || ROLE_HEADS.has(before))) namePlaces.add(w);
      // "دفع الله"، "عطا الله": the first half of a compound name.
      if (COMPOUND_SECONDS.has(words[i + 1] ?? "")) namePlaces.add(w);
    });
  }
  const bare = (w: string) => (/^[وف]/.test(w) && w.length >= 5 ? w.slice(1) : w);
  return [...inArticles]
    .filter(([w, k]) => k >= MIN_ARTICLES && w.length >= 3)
    .map(([w]) => w)
    .filter((w) => !/^(?:[وفبلك]?ال|لل)/.test(w) && !NAME_LINKS.has(w))
    .filter((w) => !isKnownName(w) && !isKnownName(bare(w)) && !speakerWords.has(w) && !speakerWords.has(bare(w)) && !namePlaces.has(w) && !namePlaces.has(bare(w)))
    .sort();
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join("scripts", "build-nouns-ar.js"))) {
  const folders = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!folders.length || folders.some((f) => !existsSync(join(f, "gold.jsonl")))) {
    console.error("usage: npm run build:nouns-ar -- <folder with NAME.txt files and gold.jsonl> [more folders]");
    process.exit(2);
  }
  const { texts, speakers } = articleTexts(folders.map((f) => resolve(f)));
  const words = commonWords(texts, speakers);
  const out = join(PROJECT_ROOT, "src", "ingest", "data", "common-words-ar.json");
  const doc = {
    _comment: `Frequent Arabic words that never end a person's name (src/ingest/ar/extent.ts): written in at least ${MIN_ARTICLES} of ${texts.length} Arabic articles and never where a name stands (see scripts/build-nouns-ar.ts, which rebuilds it: npm run build:nouns-ar -- <real set folders>). Normalized (normAr).`,
    words,
  };
  writeFileSync(`${out}.tmp`, `${JSON.stringify(doc, null, 1)}\n`);
  renameSync(`${out}.tmp`, out);
  console.log(`${words.length} words from ${texts.length} articles; wrote ${out}`);
}
