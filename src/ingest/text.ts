// Text helpers private to the extractor, on top of the shared normalization in src/normalize/.
import { normalizeArabic } from "../normalize/arabic.js";
import { normalizeLatin } from "../normalize/english.js";
import { normalize } from "../normalize/index.js";

/** The shared folds, and one more for the lexicons: a hamza before و written on ي (شئون، مسئول, the Egyptian and
 *  older spelling) is the one written on و elsewhere (شؤون، مسؤول). */
export function normAr(text: string): string {
  return normalizeArabic(text.replace(/ئو/g, "ؤو"));
}
export const normLatin = normalizeLatin;

/** A comparison key for names in either script: normalized, punctuation dropped, spaces collapsed. */
export const nameKey = normalize;

/** Consonant skeleton of an Arabic word, so that spelling variants meet (سالز / سيلز → سلز). */
export function skeletonAr(word: string): string {
  const w = normAr(word).replace(/^ال(?=..)/, "");
  return w.replace(/[اويء]/g, "").replace(/ه$/, "");
}

export function slugify(text: string): string {
  return normLatin(text)
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

/** Strips the Arabic conjunction prefix و/ف from a word (وقال → قال) when what remains is a word. */
export function stripConj(word: string): string {
  return /^[وف]/.test(word) && word.length > 3 ? word.slice(1) : word;
}

/** "Chris Christie Calls Hillary Clinton ‘A Disgrace’": a sentence whose longer words are nearly all capitalized. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * words.length;
}

/** The most words an English headline holds: in PolNeAR (train and dev) 918 of 924 headlines have 18 or fewer, while
 *  real articles that open on their first paragraph (no headline) run to 20–45 words there. */
const HEADLINE_MAX_WORDS_EN = 18;

/** Where an English headline (the first line) ends, or 0 when the first line is too long to be one: the article
 *  opens on its first paragraph ("Mission Gaganyaan is our next priority, said ISRO chairman K. Sivan on Saturday
 *  adding that …"), and a title there is no headline's. */
export function englishHeadlineEnd(fullText: string): number {
  const end = Math.max(0, fullText.indexOf("\n"));
  const words = fullText.slice(0, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words > HEADLINE_MAX_WORDS_EN ? 0 : end;
}
