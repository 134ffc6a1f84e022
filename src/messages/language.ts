// Which language to talk to a person in: Arabic for a question in Arabic script or in Arabizi (Arabic in
// Latin letters), English otherwise.
import { ARABIZI_WORDS, ENGLISH_WORDS } from "./arabizi-words.js";

export type Lang = "ar" | "en";

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** A Latin word with a digit standing for an Arabic letter (2 ء, 3 ع, 5 خ, 6 ط, 7 ح, 9 ق): "2al", "da3sh", "shab7". */
const DIGIT_LETTER_WORD = /^(?=(?:.*[a-z]){2})[a-z]*[235679][a-z]*$/;
const arabizi = new Set(ARABIZI_WORDS);
const english = new Set(ENGLISH_WORDS);
/** Questions are capped long before this; the cap keeps the scan linear and short whatever the input. */
const MAX_SCAN = 1000;

/** True when Latin-script text reads as Arabizi rather than English. */
export function isArabizi(text: string): boolean {
  const words = text.slice(0, MAX_SCAN).toLowerCase().match(/[a-z0-9']+/g) ?? [];
  let digitWords = 0;
  let arabiziWords = 0;
  let englishWords = 0;
  for (const w of words) {
    if (DIGIT_LETTER_WORD.test(w)) digitWords++;
    else if (arabizi.has(w)) arabiziWords++;
    else if (english.has(w)) englishWords++;
  }
  const signs = digitWords + arabiziWords;
  return signs >= 2 && signs > englishWords;
}

/** The interface language for a question (or any text a person wrote); English when there is none. */
export function interfaceLanguage(text: string | null | undefined): Lang {
  if (!text) return "en";
  if (ARABIC_LETTER.test(text.slice(0, MAX_SCAN))) return "ar";
  return isArabizi(text) ? "ar" : "en";
}
