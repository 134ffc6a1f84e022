// Typos in quoted words: a phrase the person put in quote marks, with a letter dropped, doubled or
// swapped, still names the record that holds it. The stems of a misspelt word often differ from the
// right word's (destory/destroy, الاكرد/الأكراد), so the phrase is compared with the record's own
// normalized words, letter by letter, not through the index keys.
import { PHRASE_FOLDS } from "../normalize/lexicon.js";
import { isPlainText, plainWords } from "../normalize/plain.js";

/** Edits allowed in a word of this many letters: none in short words, where one edit makes another word. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Whether the optimal-string-alignment distance (insert, delete, substitute, swap two neighbours) between a and b is at most max. */
export function withinEdits(a: string, b: string, max: number): boolean {
  return editDistance(a, b, max) <= max;
}

/** At most this many words of a quoted phrase may be misspelt, and never more than are spelt right. */
export const MAX_MISSPELT_WORDS = 2;
/** Shorter quoted phrases are too easily another statement with a typo: they must match as written. */
export const MIN_PHRASE_WORDS = 3;

/**
 * Whether `text` (normalized words, space-separated) holds `phrase` (normalized words) as a run of
 * words, each word the same or a misspelling within its allowed edits; at least one word misspelt,
 * at most MAX_MISSPELT_WORDS, and no more words spelt wrong than right. Bounded: text words × phrase words.
 */
export function holdsMisspelt(text: string, phrase: string): boolean {
  const want = phrase.split(" ").filter(Boolean);
  if (want.length < MIN_PHRASE_WORDS) return false;
  const words = text.split(" ").filter(Boolean);
  // The words spelt right are counted first (a comparison each): the edits are worked out only where
  // enough are, all but MAX_MISSPELT_WORDS and at least as many as are misspelt, and not all.
  const right = Math.max(want.length - MAX_MISSPELT_WORDS, Math.ceil(want.length / 2));
  for (let start = 0; start + want.length <= words.length; start++) {
    let same = 0;
    for (let k = 0; k < want.length; k++) if (want[k] === words[start + k]) same++;
    if (same < right || same === want.length) continue;
    let ok = true;
    for (let k = 0; k < want.length && ok; k++) {
      const w = want[k];
      const t = words[start + k];
      ok = w === t || withinEdits(w, t, allowedEdits(Math.min(w.length, t.length)));
    }
    if (ok) return true;
  }
  return false;
}

// Typos anywhere in a question: a word the corpus does not know is read as the corpus word it is a
// misspelling of. Compared as written (normalized, not stemmed): the stems of a misspelt word often
// differ from the right word's (destory → destori, destroy → destroy).

/** Words shorter than this are never corrected: one edit makes another word of them. */
const MIN_CORRECTED_LENGTH = 4;
/** Longer "words" are not cut in two (a pasted run of text): the cut is tried at every letter. */
const MAX_SPLIT_LENGTH = 40;

/**
 * The optimal-string-alignment distance between a and b when it is at most max, else max + 1: row by
 * row in three reused rows, cut off once every cell of a row exceeds max (a row's least cell never falls).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows.length < 3 * (n + 1)) rows = new Int32Array(6 * (n + 1));
  let prev2 = 0;
  let prev = n + 1;
  let row = 2 * (n + 1);
  for (let j = 0; j <= n; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(rows[prev + j] + 1, rows[row + j - 1] + 1, rows[prev + j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, rows[prev2 + j - 2] + 1);
      rows[row + j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const free = prev2;
    prev2 = prev;
    prev = row;
    row = free;
  }
  return Math.min(rows[prev + n], max + 1);
}
let rows = new Int32Array(0);

/**
 * A lower bound on the edit distance between a word and `b` from their letters alone: an insertion or
 * a deletion changes the letters' counts by one, a substitution by two, a swap by none. `counts` holds
 * the word's letter counts by code unit mod 64 (folding letters together only lowers the bound) and is
 * left as it was; `length` is the word's length.
 */
function editsByLetters(counts: Int32Array, length: number, b: string): number {
  let shared = 0;
  for (let j = 0; j < b.length; j++) if (counts[b.charCodeAt(j) & 63]-- > 0) shared++;
  for (let j = 0; j < b.length; j++) counts[b.charCodeAt(j) & 63]++;
  return Math.ceil((length + b.length - 2 * shared) / 2);
}

export interface Correction {
  /** The word as asked (normalized). */
  word: string;
  /** The corpus words at the least distance from it: one when the correction is sure. */
  candidates: string[];
  distance: number;
}

/**
 * The corpus vocabulary (normalized words as written), filed by first and by last letter and length, so
 * that a word is compared with the few of nearly its length that share one end with it: bounded work
 * per question word, whatever the corpus size. Built on first use, from the records' own text.
 */
/** The distinct words of normalized texts that a Vocabulary files (what is kept beside a snapshot). */
export function vocabularyWords(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.split(" ")) if (fileable(w)) words.add(w);
  return [...words];
}

const fileable = (w: string) => w.length >= MIN_CORRECTED_LENGTH && !/\d/.test(w);

export class Vocabulary {
  private readonly buckets = new Map<string, string[]>();
  private readonly words = new Set<string>();

  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      for (const w of text.split(" ")) {
        if (!fileable(w) || this.words.has(w)) continue;
        this.words.add(w);
        for (const b of [`^${w[0]}${w.length}`, `$${w[w.length - 1]}${w.length}`]) {
          const list = this.buckets.get(b);
          if (list) list.push(w);
          else this.buckets.set(b, [w]);
        }
      }
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /**
   * Two corpus words typed without the space between them ("الخلاياالسريه", "militaryoperation"), or
   * null: the one way to cut the word into two words the corpus holds (none, or several, is no reading).
   */
  split(word: string): string | null {
    if (word.length < 2 * MIN_CORRECTED_LENGTH || word.length > MAX_SPLIT_LENGTH || this.words.has(word)) return null;
    let found: string | null = null;
    for (let i = MIN_CORRECTED_LENGTH; i <= word.length - MIN_CORRECTED_LENGTH; i++) {
      const a = word.slice(0, i);
      const b = word.slice(i);
      if (!this.words.has(a) || !this.words.has(b)) continue;
      if (found) return null;
      found = `${a} ${b}`;
    }
    return found;
  }

  /** The corpus words nearest a word it does not hold, within the edits its length allows; null when none. */
  correct(word: string): Correction | null {
    if (word.length < MIN_CORRECTED_LENGTH || /\d/.test(word) || this.words.has(word)) return null;
    const max = allowedEdits(word.length);
    if (max === 0) return null;
    let best = max + 1;
    let candidates: string[] = [];
    const counts = new Int32Array(64);
    for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) & 63]++;
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const b of [`^${word[0]}${length}`, `$${word[word.length - 1]}${length}`]) {
        for (const w of this.buckets.get(b) ?? []) {
          // Filed under both ends: met once, under its first letter.
          if (b[0] === "$" && w[0] === word[0]) continue;
          // A shorter corpus word allows the edits of its own length ("stil" is not "still" twice over).
          const most = Math.min(best, allowedEdits(Math.min(word.length, w.length)));
          if (editsByLetters(counts, word.length, w) > most) continue;
          const d = editDistance(word, w, most);
          if (d > most) continue;
          if (d < best) [best, candidates] = [d, []];
          candidates.push(w);
        }
      }
    }
    return candidates.length ? { word, candidates: candidates.sort(), distance: best } : null;
  }
}

// Ruling a record out before normalizing it: normalizing every record a frequent quoted word touches
// cost most of a quote-marked question's time. For text of ASCII letters and punctuation only,
// normalize() lowercases, drops apostrophes and turns punctuation into spaces: every word it gives
// stands in the text as written, between characters that are neither letters nor digits, except the
// words of PHRASE_FOLDS' replacements ("us", "isis").
// Other text (accents, Arabic, ligatures) folds letters, so it is never ruled out here.

const FOLD_WORDS = new Set(PHRASE_FOLDS.flatMap(([, to]) => to.split(/\s+/)));
const plainWord = (w: string) => /^[a-z]+$/.test(w) && !FOLD_WORDS.has(w);

/**
 * A test of raw record text that is false only when the text cannot hold any of `phrases` (normalized,
 * space-padded) as scoreRecords checks it: word for word, or with typos (holdsMisspelt: at least half
 * its words as written, all but MAX_MISSPELT_WORDS, and every word too short for an edit). Of n words
 * of which m must be as written, any n - m + 1 of them include one the text holds: the longest plain
 * ones are looked for first. Then each plain word of the phrase the
 * text holds counts for the places it fills in the phrase, each other word as if held: a text whose
 * count stays under m is ruled out too. The text's words are its plainWords; `words` asks the same of
 * words already read (a record's, kept by the engine), so a text need not be scanned per question.
 */
export interface PhraseTest {
  (raw: string, plain?: boolean): boolean;
  /** The same test of a plain text, given whether it holds a word (one of its plainWords). */
  words: (holds: (word: string) => boolean) => boolean;
}

export function mayHoldPhrases(phrases: string[]): PhraseTest {
  const tests: ((holds: (word: string) => boolean) => boolean)[] = [];
  for (const p of phrases) {
    const words = p.split(" ").filter(Boolean);
    // At most MAX_MISSPELT_WORDS misspelt, and no more than are spelt right (holdsMisspelt).
    const asWritten = words.length >= MIN_PHRASE_WORDS ? Math.max(Math.ceil(words.length / 2), words.length - MAX_MISSPELT_WORDS) : words.length;
    const places = new Map<string, number>();
    for (const w of words) if (plainWord(w)) places.set(w, (places.get(w) ?? 0) + 1);
    const others = words.length - [...places.values()].reduce((a, b) => a + b, 0);
    // A word too short for any edit (allowedEdits) is held as written wherever the phrase is.
    const unedited = [...places.keys()].filter((w) => allowedEdits(w.length) === 0);
    // Too few plain words to rule anything out (or none at all): every text may hold it.
    if (!words.length || (others >= asWritten && !unedited.length)) return Object.assign(() => true, { words: () => true });
    const plain = [...places.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // Repeated words count once: the n - m + 1 distinct longest still meet one held as written.
    const need = words.length - asWritten + 1;
    const some = plain.length < need ? null : plain.slice(0, need);
    tests.push((holds) => {
      if (some && !some.some(holds)) return false;
      for (const w of unedited) if (!holds(w)) return false;
      let count = others;
      for (const w of plain) {
        if (!holds(w)) continue;
        count += places.get(w)!;
        if (count >= asWritten) return true;
      }
      return false;
    });
  }
  const words = (holds: (word: string) => boolean) => tests.some((test) => test(holds));
  return Object.assign(
    (raw: string, plain = isPlainText(raw)) => {
      const read = plain ? plainWords(raw) : null;
      if (!read) return true;
      const held = new Set(read.words);
      return words((w) => held.has(w));
    },
    { words },
  );
}

/** Whether mayHoldPhrases can rule this text out at all (callers may keep the answer per record). */
export { isPlainText };
