// Latin spellings of Arabic-script names, so that an English question finds an Arabic article's
// speakers. Known names come from the name table (normalize/names.ts, with their usual variants);
// others are spelled letter by letter.
import { afterAbdSpellings, isTableName, nameSpellings, spellArabic } from "../normalize/names.js";
import { normAr } from "./text.js";

/** Latin spellings of one word: lexicon variants or a letter-by-letter spelling. */
export function transliterateWord(word: string): string[] {
  // "آل خليفة": the family of (Al Khalifa), a word of its own; letter by letter it read as the article ("Al- Khlifa").
  if (word === "آل") return ["Al"];
  return nameSpellings(word) ?? [spellArabic(word)];
}

/** Canonical Latin spelling of an Arabic-script name ("ناثان سالز" → "Nathan Sales"). */
export function transliterate(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words
    .map((w, i) => {
      // عبد الرحيم، أبو الفضل: the article after a name link is written "al-" ("Abd al-Rhim").
      const link = i > 0 && ["عبد", "ابو"].includes(normAr(words[i - 1]));
      const divine = link && normAr(words[i - 1]) === "عبد" ? afterAbdSpellings(w) : null;
      if (divine) return divine[0];
      if (link && normAr(w).startsWith("ال") && !nameSpellings(w)) return `al-${spellArabic(w.slice(2))}`;
      return transliterateWord(w)[0];
    })
    .join(" ")
    .replace(/\b(Abd|Abdel|Abu) al-/g, (_, head: string) => `${head === "Abdel" ? "Abd" : head} al-`)
    .replace(/\bAbdel Allah\b/g, "Abdullah");
}

/** Other Latin spellings worth keeping as aliases: per-word variants of the surname and full name. */
export function transliterationVariants(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  const last = words[words.length - 1];
  // عبد الغفار: Abdel Ghaffar, Abdul Ghaffar, Abd al-Ghaffar, and the compound alone.
  const abd = words.findIndex((w, i) => i < words.length - 1 && normAr(w) === "عبد" && afterAbdSpellings(words[i + 1]));
  if (abd > 0 && abd === words.length - 2) {
    // The last word is half of a compound: its own spellings ("Al-Ghfar") are no name of the person.
    const first = transliterateWord(words[0]);
    for (const v of first.slice(1)) out.add(`${v} ${transliterate(words.slice(1).join(" "))}`);
  } else if (last && abd !== words.length - 2) for (const v of [...transliterateWord(last), spellArabic(last)]) out.add(v);
  if (abd >= 0) {
    const before = words.slice(0, abd).map((w) => transliterateWord(w)[0]);
    for (const name of afterAbdSpellings(words[abd + 1])!) {
      for (const head of ["Abdel", "Abdul", "Abd al-", "Abdel-"]) {
        const compound = head.endsWith("-") ? `${head}${name}` : `${head} ${name}`;
        out.add([...before, compound].join(" "));
        out.add(compound);
      }
    }
  }
  if (words.length > 1 && !(abd >= 0 && abd === words.length - 2)) {
    const head = words.slice(0, -1).map((w) => transliterateWord(w)[0]).join(" ");
    for (const v of transliterateWord(last)) out.add(`${head} ${v}`);
    // The given name's variants too (Nawaf / Nawwaf Salam).
    const first = transliterateWord(words[0]);
    for (const v of first.slice(1)) out.add([v, ...words.slice(1).map((w) => transliterateWord(w)[0])].join(" "));
  }
  // "bin Bouzid" is also written Ben Bouzid and Benbouzid.
  for (const v of [...out]) {
    if (!/\b(?:bin|ben) \p{Lu}/u.test(v)) continue;
    out.add(v.replace(/\b(?:bin|ben) (\p{Lu})/u, "Ben $1"));
    out.add(v.replace(/\b(?:bin|ben) (\p{Lu})/u, (_m, c: string) => `Ben${c.toLowerCase()}`));
  }
  return [...out];
}

/** True for a word the name lexicon knows (so "فاطمة" counts as a name despite its ta marbuta). */
export function isKnownName(normalizedWord: string): boolean {
  return isTableName(normalizedWord);
}
