// `normalize` one code unit at a time, for scanning large texts into words without building the
// normalized string. Only plain ASCII and Arabic-block text can be folded this way; any code unit
// whose folding depends on its neighbours (digits and apostrophes, which phrase folds and possessives
// look at, or text that needs Unicode decomposition) is marked SLOW, and such a text takes `normalize`.
import { normalizeArabic } from "./arabic.js";
import { normalizeLatin } from "./english.js";
import { PHRASE_TRIGGER } from "./lexicon.js";

/** The code unit disappears (diacritics, tatweel). */
export const DROP = 0xffff;
/** The code unit ends a word (spaces, punctuation). */
export const SEPARATOR = 0xfffe;
/** The text must go through `normalize`. */
export const SLOW = 0xfffd;
/** Code units from here on are SLOW. */
export const FOLDED_BELOW = 0x0700;

let table: Uint16Array | null = null;

/** What `normalize` makes of each code unit below FOLDED_BELOW: a folded code unit or a mark above. */
export function foldTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

function buildTable(): Uint16Array {
  const folded = new Uint16Array(FOLDED_BELOW);
  for (let c = 0; c < FOLDED_BELOW; c++) {
    const ch = String.fromCharCode(c);
    const f = normalizeLatin(normalizeArabic(ch));
    if ((c >= 0x80 && c < 0x600) || ch === "'" || ch === "`" || /\d/.test(f) || f.length > 1) folded[c] = SLOW;
    else if (f === "") folded[c] = DROP;
    else folded[c] = /[\p{L}\p{N}]/u.test(f) ? f.charCodeAt(0) : SEPARATOR;
  }
  return folded;
}

/** Whether a normalized word may take part in a phrase fold (so its text must go through `normalize`). */
export const mayFoldPhrase = (word: string): boolean => PHRASE_TRIGGER.test(word);

/**
 * Whether the full stop at `at` may be part of "U.S." (a phrase fold). Looks back only, over
 * whitespace and dropped code units, so it may say yes where `normalize` would not fold: that only
 * costs the slow way.
 */
export function mayBeInitialism(text: string, at: number, folded: Uint16Array): boolean {
  let i = at - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || (c < FOLDED_BELOW && folded[c] === DROP))) break;
  }
  return i >= 0 && (text.charCodeAt(i) | 0x20) === 0x75;
}
