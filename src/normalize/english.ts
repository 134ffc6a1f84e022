// English normalization and stemming (Porter, via `stemmer`).
import { stemmer } from "stemmer";

const LATIN_FOLDS: Record<string, string> = { ı: "i", ß: "ss", "’": "'", "‘": "'", "`": "'", "´": "'" };

export function normalizeLatin(text: string): string {
  return (/[^\u0000-\u007F\u0600-\u06FF]/.test(text) ? text.normalize("NFKD") : text)
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ıß’‘`´]/g, (c) => LATIN_FOLDS[c])
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/s'(?=\s|$)/g, "s");
}

export function stemEnglish(word: string): string {
  return /^\d+$/.test(word) ? word : stemmer(word);
}
