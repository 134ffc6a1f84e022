// English normalization and stemming (Porter, via `stemmer`).
import { stemmer } from "stemmer";

export function normalizeLatin(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/ß/g, "ss")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/s'(?=\s|$)/g, "s");
}

export function stemEnglish(word: string): string {
  return /^\d+$/.test(word) ? word : stemmer(word);
}
