// English names for Arabic group, organization and role phrases, word by word from a glossary
// ("مسؤولو الدفاع الأمريكيون" → "US defense officials"), transliterating words it does not know.
import { GLOSS, STATES } from "./lexicon-ar.js";
import { normAr } from "./text.js";
import { englishRole, rolePhrase, glossWord as roleWord } from "./roles.js";
import { transliterate } from "./transliterate.js";

const PHRASES: Record<string, string> = {
  "قوات سوريا الديمقراطيه": "Syrian Democratic Forces", "القوات الديمقراطيه السوريه": "Syrian Democratic Forces",
  "التحالف الدولي": "the international coalition", "الامم المتحده": "United Nations", "وزاره الخارجيه": "Foreign Ministry",
  "وزاره الدفاع": "Defense Ministry", "وزاره الداخليه": "Interior Ministry", "وزاره الصحه": "Health Ministry",
  "البيت الابيض": "White House", "الاتحاد الاوروبي": "European Union", "حلف الناتو": "NATO", "حلف شمال الاطلسي": "NATO",
  "الولايات المتحده": "United States", "البنك الدولي": "World Bank", "صندوق النقد الدولي": "International Monetary Fund",
  "منظمه الصحه العالميه": "World Health Organization", "اولياء الامور": "parents", "اولياء امور": "parents", "الهلال الاحمر": "Red Crescent", "الصليب الاحمر": "Red Cross",
  "حيثيات الحكم": "the court ruling", "نص الحكم": "the court ruling", "منطوق الحكم": "the court ruling", "نص القرار": "the decision",
};

function glossWord(word: string): string {
  const w = normAr(word).replace(/^(?:ال|لل)(?=..)/, "");
  if (GLOSS[w]) return GLOSS[w];
  for (const suffix of ["ون", "ين", "ه", "ي", "و"]) {
    const g = w.endsWith(suffix) ? GLOSS[w.slice(0, -suffix.length)] : undefined;
    // "محافظو" → governors: a masculine plural ending on a singular role noun.
    if (g) return suffix !== "ه" && suffix !== "ي" && !/s$/.test(g) && !/ /.test(g) ? `${g}s` : g;
  }
  if (STATES[w] ?? STATES["ال" + w]) return STATES[w] ?? STATES["ال" + w];
  // A common noun or adjective of the role lexicon is translated, never spelled as a name (مصرفية → banking).
  return roleWord(word) ?? transliterate(word);
}

function glossSimple(words: string[]): string {
  const key = normAr(words.join(" "));
  if (PHRASES[key]) return PHRASES[key];
  if (STATES[key]) return STATES[key];
  const body = rolePhrase(key);
  if (body) return body;
  // Head first in Arabic, last in English: reverse the head + genitive + adjective run.
  return words.map(glossWord).reverse().join(" ");
}

/** Words that join the parts of a description: the role lexicon reads them (مصدر من هيئة الدفاع). */
const JOINERS = new Set(["من", "في", "فى", "باسم", "عن", "لدى"]);

/** An English name for an Arabic phrase: "X و Y" and "X في Y" are kept as "X and Y", "X in Y". */
export function glossArabic(phrase: string): string {
  const words = phrase.split(/\s+/).filter(Boolean);
  // A description every word of which the role lexicon knows reads as a role does ("source from
  // defense team"), never word by word with its joining words spelled out.
  if (words.length > 1 && words.some((w) => JOINERS.has(normAr(w))) && words.every((w) => JOINERS.has(normAr(w)) || roleWord(w))) {
    const role = englishRole(phrase);
    if (role) return role.charAt(0).toUpperCase() + role.slice(1);
  }
  const parts: string[] = [];
  let cur: string[] = [];
  const flush = (joiner?: string) => {
    if (cur.length) parts.push(glossSimple(cur));
    if (joiner) parts.push(joiner);
    cur = [];
  };
  for (const w of words) {
    const nw = normAr(w);
    if (nw === "في" || nw === "فى") flush("in");
    else if (/^وال/.test(nw) && cur.length) {
      flush("and");
      cur.push(w.slice(1));
    } else cur.push(w);
  }
  flush();
  const out = parts.join(" ").replace(/\s+/g, " ").trim();
  return out.charAt(0).toUpperCase() + out.slice(1);
}
