// Text helpers private to the extractor: normalization for matching names and keys, slugs.
// TODO(lead): unify with src/normalize/ once it is committed (normalizeArabic, normalizeLatin).

const AR_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Arabic orthographic normalization: alef/hamza forms, ta marbuta, alef maqsura, diacritics, tatweel. */
export function normAr(text: string): string {
  return text
    .replace(AR_DIACRITICS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي");
}

export function normLatin(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** A comparison key for names in either script: normalized, punctuation dropped, spaces collapsed. */
export function nameKey(text: string): string {
  return normLatin(normAr(text))
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Consonant skeleton of an Arabic word, so that spelling variants meet (سالز / سيلز → سلز). */
export function skeletonAr(word: string): string {
  const w = normAr(word).replace(/^ال(?=..)/, "");
  return w.replace(/[اويء]/g, "").replace(/ه$/, "");
}

export function isArabic(text: string): boolean {
  return /[\u0600-\u06FF]/.test(text);
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
