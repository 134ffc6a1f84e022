// Text normalization shared by the corpus index and the question parser: one function each for
// normalizing, tokenizing and turning words into search keys, the same for both sides.
import { ARABIC_LETTER, arabicVariants, normalizeArabic } from "./arabic.js";
import { normalizeLatin, stemEnglish } from "./english.js";
import { plainNormalized } from "./plain.js";
import { readCached, writeCached } from "../cache-dir.js";
import { codeKey } from "../code-key.js";
import { CONCEPT_WEIGHT, analyzeConcepts, conceptLines, indexConcepts, isConceptList, type Concept, conceptsOfWords, alignedRelatedKeys, relatedKeys, wordnetLemmas, type ConceptTable, type RelatedKey, type Token } from "./concepts.js";
import { ARABIC_STOPWORDS, ENGLISH_STOPWORDS, ENTITY_KEYS, GENERIC_WORDS, PHRASE_FOLDS, PHRASE_TRIGGER, WORD_FOLDS } from "./lexicon.js";

export { ANTONYMS, ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS, ENTITY_KEYS, STANCE_VERBS, VERB_EN_TO_AR, VERB_FAMILIES } from "./lexicon.js";

const NEEDS_DECOMPOSITION = /[^\u0000-\u007F\u0600-\u06FF]/;

/** Normalized text: both scripts folded, punctuation (Arabic and Latin) turned into spaces. */
export function normalize(text: string): string {
  return plainNormalized(text) ?? normalizeFully(text);
}

/** normalize() of any text, the whole way (plain English text has a shorter one: plain.ts). */
export function normalizeFully(text: string): string {
  // Compatibility decomposition first, so presentation forms (ﻻ, ﮎ) and precomposed hamza fold alike;
  // plain ASCII and Arabic-block text has nothing to decompose.
  const decomposed = NEEDS_DECOMPOSITION.test(text) ? text.normalize("NFKD") : text;
  let s = normalizeLatin(normalizeArabic(decomposed));
  if (PHRASE_TRIGGER.test(s)) for (const [re, to] of PHRASE_FOLDS) s = s.replace(re, to);
  return s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Normalized words, stopwords included. */
export function tokenize(text: string): string[] {
  const s = normalize(text);
  return s ? s.split(" ") : [];
}

export type Script = "ar" | "en" | "num";

export function scriptOf(word: string): Script {
  if (ARABIC_LETTER.test(word)) return "ar";
  return /^\d+$/.test(word) ? "num" : "en";
}

export function isStopword(word: string): boolean {
  if (ARABIC_STOPWORDS.has(word) || ENGLISH_STOPWORDS.has(word)) return true;
  // The article written apart ("الـ S-400" once its tatweel is gone); not in the list, where بال and كال
  // would become function words with it.
  if (word === "ال") return true;
  // A function word with a one-letter proclitic (بكل، وفي، لهذا) is still a function word.
  return word.length > 2 && /^[وفبلك]/.test(word) && ARABIC_STOPWORDS.has(word.slice(1));
}

// Word → keys is pure and vocabularies are Zipfian: memoize, within a bound for long-running bots.
const KEY_CACHE = new Map<string, string[]>();
const KEY_CACHE_LIMIT = 500_000;

/** Search keys of one normalized word: its folded, stemmed forms (Arabic yields several). */
export function wordKeys(word: string): string[] {
  let keys = KEY_CACHE.get(word);
  if (!keys) {
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    keys = computeWordKeys(word);
    KEY_CACHE.set(word, keys);
  }
  return keys;
}

function computeWordKeys(word: string): string[] {
  const w = WORD_FOLDS[word] ?? word;
  let keys: string[];
  switch (scriptOf(w)) {
    case "ar":
      keys = arabicVariants(w).map((k) => WORD_FOLDS[k] ?? k);
      break;
    case "num":
      return [w];
    default:
      keys = [stemEnglish(w)];
  }
  // Names of places and groups meet across scripts: تركيا, التركية, Turkish and Turkey share one key.
  // A verb form is never a place, though its stem may spell one ("used", "using" → us).
  if (/(?:ed|ing)$/.test(w) && scriptOf(w) === "en") return keys;
  return [...new Set(keys.map((k) => ENTITY_KEYS[k] ?? k))];
}

export interface Term {
  /** The normalized word as written. */
  word: string;
  keys: string[];
  script: Script;
  /** Other words for the same thing (see concepts.ts), each counting for less than the word itself. */
  related?: RelatedKey[];
}

export const isContentWord = (w: string) => !isStopword(w) && (w.length > 1 || /\d/.test(w));

/** The content words of a text (stopwords dropped) with their search keys. */
export function contentTerms(text: string): Term[] {
  return tokenize(text)
    .filter(isContentWord)
    .map((word) => ({ word, keys: wordKeys(word), script: scriptOf(word) }));
}

/** All search keys of a text, as a set. */
export function keySet(text: string): Set<string> {
  return new Set(contentTerms(text).flatMap((t) => t.keys));
}

let genericKeys: Set<string> | undefined;

/**
 * True for a word too common to be evidence on its own (GENERIC_WORDS): all its keys are keys of those
 * words, so that a rarer word sharing one Arabic stem variant with a common one is not caught.
 */
export function isGenericTerm(term: Term): boolean {
  genericKeys ??= new Set([...GENERIC_WORDS].flatMap((w) => wordKeys(w)));
  // Entity keys (=us, =turkey) are names, never generic, whatever word shares their stem.
  return term.keys.every((k) => !k.startsWith("=") && genericKeys!.has(k));
}

/** Every word of a text: content words with their keys, function words as written. */
function tokensOf(text: string): Token[] {
  return tokenize(text).map((word) => (isContentWord(word) ? { keys: wordKeys(word), content: true } : { keys: [word], content: false }));
}

let conceptTable: ConceptTable | null = null;

/**
 * The concept sets of data/concepts.txt and the glossary, built on first use; their analysis (every
 * member normalized, WordNet read) is kept in the per-user cache for this code and data.
 */
export function concepts(): ConceptTable {
  if (!conceptTable) {
    const name = `concepts-${codeKey()}.json`;
    let cached: unknown = null;
    try {
      cached = JSON.parse(readCached(name) ?? "null");
    } catch {
      cached = null;
    }
    let list: Concept[];
    if (isConceptList(cached)) list = cached;
    else {
      list = analyzeConcepts(conceptLines(), tokensOf, wordnetLemmas);
      writeCached(name, JSON.stringify(list), { replacing: "concepts-" });
    }
    conceptTable = indexConcepts(list);
  }
  return conceptTable;
}

/**
 * A question's content terms, each with the keys of other words for the same thing (in both
 * languages) that it may also be found by.
 */
export function questionTerms(text: string): Term[] {
  const tokens = tokensOf(text);
  // Words for offices name a speaker: "the Pentagon" is not "air defense", "guy" not "official".
  const related = relatedKeys(concepts(), tokens, (c) => !c.tags.includes("role") && !c.tags.includes("anyone"));
  const terms: Term[] = [];
  tokenize(text).forEach((word, i) => {
    if (!tokens[i].content) return;
    const term: Term = { word, keys: tokens[i].keys, script: scriptOf(word) };
    if (related[i].length) term.related = related[i];
    terms.push(term);
  });
  return terms;
}

/** How often a text names each place ([place] concepts of data/concepts.txt), by concept id. */
export function placeCounts(text: string): Map<number, number> {
  const table = concepts();
  const counts = new Map<number, number>();
  for (const linked of conceptsOfWords(table, tokensOf(text))) {
    for (const c of linked.keys()) if (table.concepts[c].tags.includes("place")) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

const OFFICE_CACHE = new Map<string, boolean>();
/**
 * A word for an office or a body on its own ([role] in data/concepts.txt: وزير, الخارجية, spokesman),
 * whatever phrase it stands in ("وزير الخارجية" is also a glossary phrase of its own).
 */
export function isOfficeWord(word: string): boolean {
  let office = OFFICE_CACHE.get(word);
  if (office === undefined) {
    if (OFFICE_CACHE.size >= KEY_CACHE_LIMIT) OFFICE_CACHE.clear();
    const terms = speakerTerms(word);
    office = terms.length > 0 && terms.every((t) => t.office);
    OFFICE_CACHE.set(word, office);
  }
  return office;
}

/** A word of a phrase that names a speaker, with the other words for it. */
export interface SpeakerTerm extends Term {
  /** A head noun that fits anyone ("guy", "official", مسؤول): see [anyone] in data/concepts.txt. */
  anyone: boolean;
  /** The places it names ("Egypt's", السوداني): ids of [place] concepts in data/concepts.txt. */
  places: number[];
  /** A word for an office or a body ([role] in data/concepts.txt: minister, وزير, spokesman, الخارجية). */
  office: boolean;
}

/**
 * The content words of a phrase naming a speaker, each with the curated words of its concepts (the
 * other names of an office, its translation: "leader" → president, governor → محافظ); no WordNet
 * synonyms, which are too loose for naming a person.
 */
export function speakerTerms(text: string): SpeakerTerm[] {
  const tokens = tokensOf(text);
  const table = concepts();
  const related = alignedRelatedKeys(table, tokens, (c) => !c.tags.includes("anyone"));
  const linked = conceptsOfWords(table, tokens);
  const tagged = (i: number, tag: string) => [...linked[i].keys()].filter((c) => table.concepts[c].tags.includes(tag));
  const terms: SpeakerTerm[] = [];
  tokenize(text).forEach((word, i) => {
    if (!tokens[i].content) return;
    const curated = related[i].filter((r) => r.weight >= CONCEPT_WEIGHT.curated);
    terms.push({ word, keys: tokens[i].keys, script: scriptOf(word), anyone: tagged(i, "anyone").length > 0, places: tagged(i, "place"), office: tagged(i, "role").length > 0, ...(curated.length ? { related: curated } : {}) });
  });
  return terms;
}
