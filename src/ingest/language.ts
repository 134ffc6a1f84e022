// Which language an article is written in: the script most of its letters use.
import type { Lang } from "./types.js";

export function detectLanguage(text: string): Lang {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic > latin ? "ar" : "en";
}
