// normalize() of plain English text the short way. Text of ASCII, no-break spaces, dashes, typographic
// quotes and ellipses only (most English news) has no Arabic to fold and no letter beyond ASCII once
// decomposed: its normalized words are the runs of letters and digits of its Latin folding
// (normalizeLatin: lowercased, possessives gone), unless a phrase fold applies ("U.S.", "United
// States", "F-16"), which is left to normalize's own way. Unicode-aware replacing and folding Arabic
// were most of normalize's time, and a quote-marked question reads thousands of records.
import { normalizeLatin } from "./english.js";
import { LATIN_DESIGNATOR, PHRASE_WORD_TRIGGER } from "./lexicon.js";

/** Characters that decompose (NFKD) to nothing but spaces, dots and dashes, or to themselves. */
const PLAIN_TEXT = /^[\u0000-\u007F\u00A0\u2010-\u201F\u2026]*$/;
const NOT_ASCII = /[^\u0000-\u007F]/;
/** The phrase folds that may apply to plain text: those of a word (PHRASE_WORD_TRIGGER) and a designator ("f 16"). */
const DESIGNATOR = new RegExp(LATIN_DESIGNATOR.source);

/** Whether a text is plain: characters normalize() maps to no letter (ASCII, no-break space, dashes, typographic quotes, ellipsis). */
export const isPlainText = (text: string): boolean => PLAIN_TEXT.test(text);

export interface PlainWords {
  /** The text's words in order, as normalize() has them before any phrase fold. */
  words: string[];
  /** Whether a phrase fold may apply: when not, `words` are normalize()'s very words. */
  folds: boolean;
}

/** The words of a plain text as normalize() reads them; null for any other text. */
export function plainWords(text: string): PlainWords | null {
  if (!PLAIN_TEXT.test(text)) return null;
  const s = normalizeLatin(NOT_ASCII.test(text) ? text.normalize("NFKD") : text);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(s.slice(start, i));
      start = -1;
    }
  }
  return { words, folds: PHRASE_WORD_TRIGGER.test(s) || DESIGNATOR.test(s) };
}

/** normalize(text) when the text is plain and no phrase fold applies to it; otherwise null. */
export function plainNormalized(text: string): string | null {
  const plain = plainWords(text);
  return plain && !plain.folds ? plain.words.join(" ") : null;
}
