// English for Arabic titles, bodies and unnamed sources (data/roles.json, then the ingest glossary),
// so that an Arabic draft's speakers get an English `role` and English questions reach them by role:
// وزير المالية المصري → "Egyptian finance minister", مصادر مصرفية → "banking sources". A word neither
// knows is left out, never spelled letter by letter: a common noun is not a name.
import ROLES from "./data/roles.json" with { type: "json" };
import { GLOSS, STATES } from "./lexicon-ar.js";
import { normAr } from "./text.js";

const norm = (s: string) => normAr(s).replace(/[^\u0621-\u064A ]/g, "").replace(/\s+/g, " ").trim();
const PHRASES = new Map(Object.entries(ROLES.phrases as Record<string, string>).map(([ar, en]) => [norm(ar), en]));
const WORDS = new Map(Object.entries(ROLES.words as Record<string, string>).map(([ar, en]) => [norm(ar), en]));
const MAX_PHRASE = Math.max(...[...PHRASES.keys()].map((k) => k.split(" ").length));

const bare = (w: string) => w.replace(/^(?:وال|بال|لل|ال)(?=..)/, "");

/** The English of a whole title or body the lexicon lists (وزارة التنمية الاجتماعية), or null. */
export function rolePhrase(text: string): string | null {
  const t = norm(text);
  return PHRASES.get(t) ?? PHRASES.get(t.split(" ").map((w, i) => (i === 0 ? bare(w) : w)).join(" ")) ?? null;
}

/** The English of one Arabic word of a title or description (وزير، مصرفية، كويتي), or null. */
export function glossWord(word: string): string | null {
  const w = norm(word);
  for (const form of [w, bare(w)]) {
    const en = PHRASES.get(form) ?? WORDS.get(form) ?? GLOSS[form] ?? STATES[form] ?? STATES[`ال${form}`];
    if (en) return en;
  }
  // Feminine and plural endings of an adjective: مصرفيه → مصرفي; a title in a construct dual or plural:
  // مدربا نادي القادسية والكويت, مدربو الفرق → coach.
  for (const suffix of ["ه", "ون", "ين", "ا", "و"]) {
    const stem = bare(w).slice(0, -suffix.length);
    if (bare(w).endsWith(suffix) && stem.length >= 3) {
      const en = WORDS.get(stem) ?? GLOSS[stem];
      if (en) return en;
    }
  }
  return null;
}

/** The English of an Arabic role or unnamed source, or null when none of its words is known. */
export function englishRole(roleAr: string | null): string | null {
  if (!roleAr) return null;
  const words = norm(roleAr).split(" ").filter(Boolean).slice(0, 12);
  // "X في Y" is "X at Y": المستشار القانوني في المفوضية → legal adviser at commission.
  const at = words.findIndex((w) => w === "في" || w === "فى");
  if (at > 0) {
    const [head, place] = [englishRole(words.slice(0, at).join(" ")), englishRole(words.slice(at + 1).join(" "))];
    return head && place ? `${head} at ${place}` : head ?? place;
  }
  const segments: string[] = [];
  for (let i = 0; i < words.length; ) {
    let took = 0;
    let en: string | null = null;
    for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1 && !en; n--) {
      const phrase = words.slice(i, i + n).join(" ");
      en = PHRASES.get(phrase) ?? PHRASES.get(phrase.split(" ").map((w, j) => (j === 0 ? bare(w) : w)).join(" ")) ?? null;
      if (en) took = n;
    }
    if (!en) {
      en = glossWord(words[i]);
      took = 1;
    }
    i += took;
    if (!en) continue;
    // "spokesperson for" takes what follows as its object: المتحدث باسم الحكومة → spokesperson for government,
    // مصدر مقرب من الحزب → source close to party.
    if (/ (?:for|of|to|from|in)$/.test(en)) {
      const rest = englishRole(words.slice(i).join(" "));
      return [...segments.reverse(), rest ? `${en} ${rest}` : en.replace(/ (?:for|of|to|from|in)$/, "")].join(" ");
    }
    segments.push(en);
  }
  // Head first in Arabic, last in English.
  return segments.length ? segments.reverse().join(" ") : null;
}
