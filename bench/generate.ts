// Deterministic synthetic corpora in the real corpus format, for the benchmark: Arabic and English
// articles whose quotes and facts are exact spans of their lines, with a pool of recurring speakers
// named in both scripts. Word frequencies follow a Zipf law over common news words and pseudo-words,
// so that posting lists have realistic lengths (a few huge, a long tail of rare terms). Speakers follow
// one too (a few heads of state with thousands of quotes, a long tail quoted once or twice), articles
// are long and facts outnumber quotes two to one, as in real news ingested by `quotebot ingest`.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS, isStopword, normalize } from "../src/normalize/index.js";
import type { CorpusFileInput } from "../src/corpus/schema.js";
import {
  ARABIC_FUNCTION_WORDS, COUNTRIES, ENGLISH_FUNCTION_WORDS, FIRST_NAMES, LAST_NAMES, NEWS_WORDS, POSITIONS, VERBS,
} from "./vocabulary.js";

export const SEED_ARTICLE = "article-000";

export interface GenerateOptions {
  /** How many synthetic quotes (facts come on top, about twice as many). */
  quotes: number;
  seed?: number;
  /** Target directory (created by the caller); a fresh temp dir when absent. */
  dir?: string;
  /** Copy the built-in seed article into the corpus (default true). */
  includeSeed?: boolean;
}

export interface SyntheticSpeaker {
  id: string;
  name: string;
  nameAr: string;
  surname: string;
  surnameAr: string;
  role: string;
  roleAr: string;
}

export interface GeneratedCorpus {
  dir: string;
  articles: number;
  quotes: number;
  facts: number;
  speakers: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const VOCABULARY_SIZE = 30_000;
const ARABIC_CONSONANTS = [..."بتثجحخدذرزسشصضطظعغفقكلمنهي"];
const ARABIC_LONG_VOWELS = [..."اوي"];
const LATIN_ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "st", "tr", "sh"];
const LATIN_VOWELS = ["a", "e", "i", "o", "u", "ai", "ou"];
const LATIN_CODAS = ["", "", "n", "r", "l", "s", "m", "k"];

function isReserved(word: string): boolean {
  const n = normalize(word);
  return !n || isStopword(n) || n in ARABIC_SPEECH_VERBS || n in ENGLISH_SPEECH_VERBS || n.includes(" ");
}

function pseudoArabic(rng: Rng): string {
  let w = "";
  const n = int(rng, 3, 5);
  for (let i = 0; i < n; i++) {
    w += pick(rng, ARABIC_CONSONANTS);
    if (i < n - 1 && rng() < 0.35) w += pick(rng, ARABIC_LONG_VOWELS);
  }
  return w;
}

function pseudoLatin(rng: Rng): string {
  let w = "";
  const n = int(rng, 2, 3);
  for (let i = 0; i < n; i++) w += pick(rng, LATIN_ONSETS) + pick(rng, LATIN_VOWELS) + (i === n - 1 ? pick(rng, LATIN_CODAS) : "");
  return w;
}

/** Concept pairs [Arabic, English], most frequent first: the news words, then pseudo-words. */
function buildVocabulary(rng: Rng): [string, string][] {
  const seen = new Set<string>(NEWS_WORDS.flatMap(([ar, en]) => [normalize(ar), normalize(en)]));
  const out: [string, string][] = [...NEWS_WORDS];
  // Shuffle the news words among the most frequent ranks so that frequency does not follow list order.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  while (out.length < VOCABULARY_SIZE) {
    const ar = pseudoArabic(rng);
    const en = pseudoLatin(rng);
    if (seen.has(ar) || seen.has(en) || isReserved(ar) || isReserved(en)) continue;
    seen.add(ar);
    seen.add(en);
    out.push([ar, en]);
  }
  return out;
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank + offset). */
function zipfSampler(n: number, rng: Rng, offset = 10): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / (r + offset);
  return () => {
    const x = rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Sentence {
  ar: string;
  en: string;
}

function createSentenceMaker(rng: Rng) {
  const vocabulary = buildVocabulary(rng);
  const rank = zipfSampler(vocabulary.length, rng);
  return (minWords: number, maxWords: number): Sentence => {
    const n = int(rng, minWords, maxWords);
    const ar: string[] = [];
    const en: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && rng() < 0.35) {
        ar.push(pick(rng, ARABIC_FUNCTION_WORDS));
        en.push(pick(rng, ENGLISH_FUNCTION_WORDS));
        continue;
      }
      const [wAr, wEn] = vocabulary[rank()];
      const clitic = rng();
      ar.push(clitic < 0.1 ? `و${wAr}` : clitic < 0.3 && !wAr.startsWith("ال") && wAr.length > 3 ? `ال${wAr}` : wAr);
      en.push(wEn);
      if (i > 3 && i < n - 3 && rng() < 0.05) {
        ar[ar.length - 1] += "،";
        en[en.length - 1] += ",";
      }
    }
    return { ar: ar.join(" "), en: en.join(" ") };
  };
}

function createSpeakers(rng: Rng, count: number): SyntheticSpeaker[] {
  const combos: [number, number][] = [];
  for (let f = 0; f < FIRST_NAMES.length; f++) for (let l = 0; l < LAST_NAMES.length; l++) combos.push([f, l]);
  for (let i = combos.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [combos[i], combos[j]] = [combos[j], combos[i]];
  }
  return combos.slice(0, Math.min(count, combos.length)).map(([f, l], i) => {
    const [first, firstAr] = FIRST_NAMES[f];
    const [last, lastAr] = LAST_NAMES[l];
    const [pos, posAr] = pick(rng, POSITIONS);
    const [country, countryAr] = pick(rng, COUNTRIES);
    return {
      id: `s-${String(i).padStart(5, "0")}`,
      name: `${first} ${last}`, nameAr: `${firstAr} ${lastAr}`, surname: last, surnameAr: lastAr,
      role: `${pos} of ${country}`, roleAr: `${posAr} في ${countryAr}`,
    };
  });
}

function speakerRecord(s: SyntheticSpeaker) {
  const title = s.role.split(" of ")[0];
  return {
    id: s.id, name: s.name, nameAr: s.nameAr,
    aliases: [s.surname, s.surnameAr, `${title} ${s.surname}`],
    role: s.role, roleAr: s.roleAr, kind: "person" as const,
  };
}

/** One paragraph that quotes `text`; the span stays verbatim inside the line. */
function quoteLine(rng: Rng, lang: "ar" | "en", s: SyntheticSpeaker, text: string, verbIndex: number, filler: string): string {
  const [verbAr, verbEn] = VERBS[verbIndex];
  const lead = rng() < 0.3 ? `${filler}. ` : "";
  if (lang === "ar") {
    switch (int(rng, 0, 2)) {
      case 0: return `${lead}و${verbAr} ${s.nameAr}، ${s.roleAr}، إن ${text}.`;
      case 1: return `${lead}و${verbAr} ${s.surnameAr} أن ${text}.`;
      default: return `${lead}${verbAr} ${s.nameAr}: "${text}".`;
    }
  }
  switch (int(rng, 0, 2)) {
    case 0: return `${lead}"${text}," ${s.name}, the ${s.role}, ${verbEn}.`;
    case 1: return `${lead}${s.surname} ${verbEn} that ${text}.`;
    default: return `${lead}"${text}," said ${s.name}.`;
  }
}

/** Writes a synthetic corpus; returns where and its counts. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const rng = createRng(options.seed ?? 20190801);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "quotebot-bench-"));
  const sentence = createSentenceMaker(rng);
  const speakers = createSpeakers(rng, Math.max(20, Math.round(options.quotes / 30)));
  const speakerRank = zipfSampler(speakers.length, rng, 2);
  let quotes = 0;
  let facts = 0;
  let articles = 0;

  if (options.includeSeed ?? true) {
    for (const f of [`${SEED_ARTICLE}.json`, `${SEED_ARTICLE}.ar.txt`]) copyFileSync(join(DEFAULT_CORPUS_DIR, f), join(dir, f));
  }

  while (quotes < options.quotes) {
    const id = `syn-${String(articles).padStart(6, "0")}`;
    const lang: "ar" | "en" = rng() < 0.6 ? "ar" : "en";
    const inArticle = Math.min(int(rng, 6, 14), options.quotes - quotes);
    const cast = Array.from({ length: int(rng, 2, 5) }, () => speakers[speakerRank()]);
    const lines: string[] = [];
    const data: CorpusFileInput = {
      article: {
        id, lang, file: `${id}.${lang}.txt`, title: "", titleEn: null,
        source: { publisher: "Synthetic Wire", url: null, note: "generated for the benchmark" },
        date: `20${int(rng, 10, 24)}-${String(int(rng, 1, 12)).padStart(2, "0")}-${String(int(rng, 1, 28)).padStart(2, "0")}`,
        status: "reviewed",
      },
      speakers: [...new Set(cast)].map(speakerRecord),
      quotes: [],
      facts: [],
    };
    const title = sentence(6, 10);
    data.article.title = lang === "ar" ? title.ar : capitalize(title.en);
    data.article.titleEn = lang === "ar" ? capitalize(title.en) : null;

    const addFact = () => {
      const s = sentence(12, 28);
      const text = lang === "ar" ? s.ar : capitalize(s.en);
      const textEn = lang === "ar" ? capitalize(s.en) : null;
      lines.push(`${text}.`);
      data.facts.push({ id: `${id}-f${facts}`, text, textEn, paragraph: lines.length, topics: [] });
      facts++;
    };

    addFact();
    for (let i = 0; i < inArticle; i++) {
      const speaker = pick(rng, cast);
      const s = sentence(10, 32);
      const verbIndex = int(rng, 0, VERBS.length - 1);
      const filler = sentence(8, 16);
      const text = lang === "ar" ? s.ar : s.en;
      lines.push(quoteLine(rng, lang, speaker, text, verbIndex, lang === "ar" ? filler.ar : capitalize(filler.en)));
      data.quotes.push({
        id: `${id}-q${i}`, speaker: speaker.id, text, textEn: lang === "ar" ? capitalize(s.en) : null,
        verb: lang === "ar" ? VERBS[verbIndex][0] : VERBS[verbIndex][1], type: "direct", paragraph: lines.length, topics: [],
      });
      quotes++;
      for (let k = int(rng, 1, 3); k > 0; k--) addFact();
    }
    writeFileSync(join(dir, data.article.file), `${lines.join("\n")}\n`);
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(data));
    articles++;
  }
  return { dir, articles, quotes, facts, speakers: speakers.length };
}

export function removeCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
