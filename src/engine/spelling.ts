// Typos in quoted words: a phrase the person put in quote marks, with a letter dropped, doubled or
// swapped, still names the record that holds it. The stems of a misspelt word often differ from the
// right word's (destory/destroy, الاكرد/الأكراد), so the phrase is compared with the record's own
// normalized words, letter by letter, not through the index keys.

/** Edits allowed in a word of this many letters: none in short words, where one edit makes another word. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Whether the optimal-string-alignment distance (insert, delete, substitute, swap two neighbours)
 * between a and b is at most max. Rows are cut off once every cell exceeds max.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > max) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] <= max;
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
  for (let start = 0; start + want.length <= words.length; start++) {
    let wrong = 0;
    let ok = true;
    for (let k = 0; k < want.length && ok; k++) {
      const w = want[k];
      const t = words[start + k];
      if (w === t) continue;
      wrong++;
      ok = wrong <= MAX_MISSPELT_WORDS && withinEdits(w, t, allowedEdits(Math.min(w.length, t.length)));
    }
    if (ok && wrong > 0 && want.length - wrong >= wrong) return true;
  }
  return false;
}
