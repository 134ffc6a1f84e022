// `normalize` one code unit at a time, for scanning large texts into words without building the
// normalized string. Plain ASCII and Arabic-block text folds this way, and so do the typographic marks
// of news text (curly quotes and apostrophes, dashes, no-break spaces). Code units whose folding depends
// on their neighbours are marked: digits (designators such as "S-400" join a short word before them),
// apostrophes (a possessive "'s" disappears) and full stops ("U.S."); the scan handles the plain cases
// and sends the rest to `normalize`. Anything needing Unicode decomposition is SLOW.
import { normalizeArabic } from "./arabic.js";
import { normalizeLatin } from "./english.js";
import { PHRASE_WORD_TRIGGER } from "./lexicon.js";

/** The code unit disappears (diacritics, tatweel). */
export const DROP = 0xffff;
/** The code unit ends a word (spaces, punctuation). */
export const SEPARATOR = 0xfffe;
/** The text must go through `normalize`. */
export const SLOW = 0xfffd;
/** An apostrophe (' ` ‘ ’): ends a word, and with an "s" after it may be a possessive that `normalize` removes. */
export const APOSTROPHE = 0xfffc;
/** Code units from here on are SLOW. */
export const FOLDED_BELOW = 0x2020;

/**
 * Typographic marks beyond ASCII that fold on their own: the no-break space, dashes, curly quotes.
 * Any other code unit outside ASCII and the Arabic block needs `normalize` (accents, ligatures, "…").
 */
const MARKS = [0x00a0, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d];

let table: Uint16Array | null = null;

/** What `normalize` makes of each code unit below FOLDED_BELOW: a folded code unit or a mark above. */
export function foldTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

const fold = (ch: string) => normalizeLatin(normalizeArabic(ch));

function buildTable(): Uint16Array {
  const folded = new Uint16Array(FOLDED_BELOW).fill(SLOW);
  for (let c = 0; c < FOLDED_BELOW; c++) {
    const plain = c < 0x80 || (c >= 0x600 && c < 0x700);
    if (!plain && !MARKS.includes(c)) continue;
    const ch = String.fromCharCode(c);
    // A mark makes `normalize` decompose the whole text, so a letter must fold alike either way.
    const f = fold(ch.normalize("NFKD"));
    if (f !== fold(ch) || f.length > 1) continue;
    if (f === "'") folded[c] = APOSTROPHE;
    else if (f === "") folded[c] = DROP;
    else if (/[\p{L}\p{N}]/u.test(f)) folded[c] = /\d/.test(f) || /[a-z\u0600-\u06ff]/.test(f) ? f.charCodeAt(0) : SLOW;
    else folded[c] = plain || f !== "." ? SEPARATOR : SLOW;
  }
  return folded;
}

/** Whether a folded code unit is an ASCII digit. */
export const isDigit = (f: number): boolean => f >= 0x30 && f <= 0x39;

/**
 * Whether a normalized word may take part in a phrase fold (so its text must go through `normalize`).
 * Numbers are not asked about here: the scan itself sends a number after a short word to `normalize`.
 */
export const mayFoldPhrase = (word: string): boolean => PHRASE_WORD_TRIGGER.test(word);

/** Space that phrase folds read as `\s` (the no-break space becomes one by decomposition). */
export const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/**
 * Whether the full stop at `at` may be part of "U.S." (a phrase fold). Looks back only, over
 * whitespace, dropped code units and possessives ("'s", which `normalize` removes first), so it may say
 * yes where `normalize` would not fold: that only costs the slow way.
 */
export function mayBeInitialism(text: string, at: number, folded: Uint16Array): boolean {
  let i = at - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || (c < FOLDED_BELOW && folded[c] === DROP)) i--;
    else if ((c | 0x20) === 0x73 && i > 0 && folded[text.charCodeAt(i - 1)] === APOSTROPHE) i -= 2;
    else break;
  }
  return i >= 0 && (text.charCodeAt(i) | 0x20) === 0x75;
}
