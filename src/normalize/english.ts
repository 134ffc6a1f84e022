// English normalization and stemming (Porter, via `stemmer`).
import { stemmer } from "stemmer";

const LATIN_FOLDS: Record<string, string> = { ı: "i", ß: "ss", "’": "'", "‘": "'", "`": "'", "´": "'" };

export function normalizeLatin(text: string): string {
  let s = text;
  // Only text beyond ASCII and Arabic can hold accents, dotless i, ß or typographic apostrophes.
  if (/[^\u0000-\u007F\u0600-\u06FF]/.test(s)) {
    s = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[ıß’‘`´]/g, (c) => LATIN_FOLDS[c]);
  } else if (s.includes("`")) s = s.replace(/`/g, "'");
  s = s.toLowerCase();
  return s.includes("'") ? s.replace(/'s\b/g, "").replace(/s'(?=\s|$)/g, "s") : s;
}

export function stemEnglish(word: string): string {
  return /^\d+$/.test(word) ? word : stemmer(word);
}
