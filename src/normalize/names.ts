// Names across the two scripts: the usual English spellings of Arabic names (data/names.json, used
// before any letter-by-letter spelling), a letter-by-letter spelling for the rest, and a phonetic key
// that folds vowels and the common Arabic-to-Latin alternations, so that Omair, Omeir and Umair, or
// Desouky and Dsouqi, are one name to a question.
import NAMES from "./data/names.json" with { type: "json" };
import { normalizeArabic } from "./arabic.js";

const norm = (w: string) => normalizeArabic(w).replace(/[^\u0621-\u064A]/g, "");

function table(...sections: Record<string, string[]>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const section of sections) {
    for (const [ar, en] of Object.entries(section)) {
      const key = norm(ar);
      out.set(key, [...new Set([...(out.get(key) ?? []), ...en])]);
    }
  }
  return out;
}

const PERSONAL = table(NAMES.given, NAMES.family, NAMES.foreign);
const FAMILY = table(NAMES.family);
const PARTS = table(NAMES.parts);
/** The names of God that follow عبد, without the article: الغفار → Ghaffar (عبد الغفار → Abdel Ghaffar). */
const AFTER_ABD = table(NAMES.afterAbd);
const TITLES = new Set(["الملك", "الامير", "الشيخ", "الشيخه"].map(norm));
const COMMON_WORDS = new Set(NAMES.alsoCommonWords.map(norm));

/** Usual Latin spellings of one Arabic name word (first is canonical), or null when the table lacks it. */
export function nameSpellings(word: string): string[] | null {
  const w = norm(word);
  const known = PERSONAL.get(w) ?? PARTS.get(w);
  if (known) return known;
  // A family name with the article: العمير → Al-Omair, El-Omair, Omair.
  if (w.startsWith("ال") && w.length >= 5) {
    const bare = FAMILY.get(w.slice(2));
    if (bare) return [...bare.map((v) => `Al-${v}`), ...bare.map((v) => `El-${v}`), ...bare];
  }
  return null;
}

/**
 * Usual Latin spellings of the word after عبد (الغفار, الفتاح), without the article, or null: the
 * compound is written Abdel Ghaffar, Abdul Ghaffar, Abd al-Ghaffar.
 */
export function afterAbdSpellings(word: string): string[] | null {
  const w = norm(word);
  return AFTER_ABD.get(w.startsWith("ال") ? w.slice(2) : w) ?? null;
}

let byLatin: Map<string, string[]> | undefined;

/**
 * The Arabic spellings of a Latin name word the table knows ("Hadi" → هادي, "Omair" → عمير, العمير),
 * for an English question about an Arabic article; [] when the table lacks it.
 */
export function arabicNameSpellings(latin: string): string[] {
  if (!byLatin) {
    byLatin = new Map();
    const add = (en: string, ar: string) => {
      const k = en.toLowerCase().replace(/^(?:al|el)-/, "");
      byLatin!.set(k, [...new Set([...(byLatin!.get(k) ?? []), ar])]);
    };
    for (const [ar, ens] of [...PERSONAL, ...AFTER_ABD]) for (const en of ens) add(en, ar);
    for (const [ar, ens] of FAMILY) for (const en of ens) add(en, `ال${ar}`);
  }
  return byLatin.get(latin.toLowerCase().replace(/^(?:al|el)-/, "").replace(/['’]s$/, "")) ?? [];
}

/** True for a word the name table knows as a name (not a title, a name part or also an ordinary word). */
export const isTableName = (normalizedWord: string): boolean =>
  PERSONAL.has(normalizedWord) && !TITLES.has(normalizedWord) && !COMMON_WORDS.has(normalizedWord);

const LETTERS: Record<string, string> = {
  ا: "a", أ: "a", إ: "i", آ: "a", ٱ: "a", ب: "b", ت: "t", ث: "th", ج: "j", ح: "h", خ: "kh", د: "d", ذ: "dh",
  ر: "r", ز: "z", س: "s", ش: "sh", ص: "s", ض: "d", ط: "t", ظ: "z", ع: "a", غ: "gh", ف: "f", ق: "q", ك: "k",
  ل: "l", م: "m", ن: "n", ه: "h", ة: "a", و: "w", ي: "y", ى: "a", ء: "", ئ: "", ؤ: "", گ: "g", پ: "p",
  ڤ: "v", چ: "ch",
};

/** A letter-by-letter Latin spelling of an Arabic word, for names the table lacks. */
export function spellArabic(word: string): string {
  const w = word.replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const between = i > 0 && i < w.length - 1;
    if (c === "و") out += between || i === w.length - 1 ? (i === 0 ? "w" : "ou") : "w";
    else if (c === "ي") out += i === 0 ? "y" : "i";
    else if (c === "ا" && i > 0) out += "a";
    else if (c === "ل" && i === 1 && w[0] === "ا") out += "l-";
    else out += LETTERS[c] ?? c;
  }
  out = out.replace(/^al-(.)/, (_, c: string) => `Al-${c.toUpperCase()}`).replace(/aa+/g, "a").replace(/ii+/g, "i");
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * A Latin name word's sound: consonants, with w for o/u/ou/w and y for i/ee/ei/y, short a/e left out,
 * and the letters Arabic names are spelled with in several ways made one (q/k/c, kh, gh, sh/ch, th, dh,
 * dj/j/g, ph/f), doubled letters once. Null for words too short to tell apart.
 */
export function phoneticKey(word: string): string | null {
  let w = word.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z]/g, "");
  if (w.length < 3) return null;
  w = w
    .replace(/ah$/, "a")
    .replace(/ph/g, "f").replace(/kh/g, "X").replace(/gh/g, "G").replace(/sh|ch/g, "C").replace(/th/g, "t").replace(/dh/g, "d")
    .replace(/dj/g, "j").replace(/g/g, "j").replace(/ck|q|c/g, "k").replace(/G/g, "g")
    .replace(/ou|oo|o|u|w/g, "w").replace(/ee|ei|ey|ai|ay|ie|i|y/g, "y").replace(/[ae]/g, "")
    .replace(/(.)\1+/g, "$1");
  // A final ta marbuta is also written -eh (Amayreh, Amaira); a short name keeps its h (Sameh, Samh).
  if (/eh$/.test(word.toLowerCase()) && w.endsWith("h") && w.length > 3) w = w.slice(0, -1);
  if (w.length >= 3) return w;
  // A name of a consonant and a و or ي (Adwa, Adoua; Eissa, Issa), whose Latin spellings vary most, is
  // told apart by the vowels it opens and ends with, as Arabic writes them: Adwa (VdwV) is not Dawa (dwV).
  // Two consonants alone (Amer, Ammar) and shorter words (Ali, Eid) stay unkeyed: too little to tell by.
  const letters = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length !== 2 || !/[wy]/.test(w) || letters.length < 4) return null;
  const vowel = /[aeiou]/;
  return `${vowel.test(letters[0]) ? "V" : ""}${w}${vowel.test(letters[letters.length - 1]) ? "V" : ""}`;
}

/**
 * A Latin name word in lower-case ASCII letters with the letters Arabic lacks folded into the ones it
 * writes them with (p → b, v → f, g → j, ch/tsh → sh as C, z → s, c/q → k), the keys below start from.
 */
function foldedAsArabicWrites(latin: string): string {
  return latin
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]/g, "")
    // ch before r or l is a k (Christopher: كريستوفر, Chris, Chloe), elsewhere sh (Cherkesov, Chad).
    .replace(/ch(?=[rl])/g, "k")
    .replace(/tch|tsh|ch|sh/g, "C")
    .replace(/ph/g, "f").replace(/kh/g, "k").replace(/gh/g, "j").replace(/th/g, "t").replace(/dh/g, "d")
    .replace(/x/g, "ks").replace(/g/g, "j").replace(/[qc]/g, "k").replace(/v/g, "f").replace(/p/g, "b").replace(/z/g, "s")
    // A final h after a vowel is silent (Sarah, Hamzah); another h is ه or ح (Netanyahu is not Nathan).
    .replace(/([aeiou])h$/, "$1");
}

/**
 * A name's consonants as both scripts write them, for a name met once in Arabic letters and once in
 * Latin ones (كوبر ~ Cooper, تشيركيسوف ~ Cherkesov, جمشيدبور ~ Jamshedpur): vowels, w and y left
 * out, and the Latin letters Arabic lacks folded into the ones it writes them with (p → b, v → f,
 * g → j as غ or ج, ch/tsh → sh, z → s, c/q → k). Coarser than phoneticKey; null below three consonants,
 * which tell too little apart.
 */
export function crossScriptKey(latin: string): string | null {
  const w = foldedAsArabicWrites(latin)
    .replace(/[aeiouwy]/g, "")
    .replace(/(.)\1+/g, "$1");
  return w.length >= 3 ? w : null;
}

/**
 * A Latin name word read with its g as ق, as Maghrebi and Gulf spellings write it (Regragui: الركراكي,
 * Gargash: قرقاش; French gu before e/i is the same g): null when it has no such g, or when the reading
 * keeps fewer than four consonants, too few to tell a ق-name from a ك-name (Gamal is not Kamal).
 */
export function qafReading(latin: string): string | null {
  if (!/g(?!h)/i.test(latin)) return null;
  const read = latin.replace(/gu(?=[ei])/gi, "g").replace(/g(?!h)/gi, "q");
  const key = crossScriptKey(read);
  return key && key.length >= 4 ? read : null;
}

/**
 * The key of a short name that crossScriptKey leaves out (two consonants: Saar ~ ساعر, Azzam ~ عزام,
 * Bilal ~ بلال, Amani ~ أماني): its consonants folded as crossScriptKey folds them, a consonant written
 * twice in a row once, and whether it opens and ends with a vowel (Arabic writes a name's first and last
 * vowels, not always the ones between). Finer than crossScriptKey, so that two consonants still tell
 * names apart: Sami (smV) is not Azzam (Vsm). Null when crossScriptKey applies, or below two consonants.
 */
export function shortNameKey(latin: string): string | null {
  if (crossScriptKey(latin) !== null) return null;
  const w = foldedAsArabicWrites(latin)
    .replace(/(.)\1+/g, "$1")
    .replace(/[aeiouwy]+/g, "V");
  const consonants = w.replace(/V/g, "");
  return consonants.length >= 2 ? w.replace(/(?<=.)V(?=.)/g, "") : null;
}

/**
 * The forms a Latin name word may be heard in, for matching by sound: the word; the two words of an
 * Abd- compound written as one (Abdulrahman: Abdul and Rahman, as Arabic writes عبد الرحمن); a French
 * name without the final consonant it does not sound (Briand, as Arabic writes بريان).
 */
export function latinNameForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = [w];
  const abd = /^(abd(?:ul|el|al|ol|u|e|a)?)-?([a-z]{3,})$/.exec(w);
  // Abdullah is one name (Abd Allah), not Abdul and "lah".
  if (abd && !/^l?lah?$/.test(abd[2])) forms.push(abd[1], abd[2]);
  if (w.length >= 5 && /(?:[aeiou]n[dt]|[aeiou][dtsx])$/.test(w)) forms.push(w.slice(0, -1));
  return forms;
}

/** The Latin spellings an Arabic word may stand for as a name: the table's, else letter by letter, without the article. */
export function latinSpellings(arabic: string): string[] {
  const bare = normalizeArabic(arabic).replace(/^(?:وال|بال|لل|ال)(?=\S{3})/, "");
  // A final ه may be a ta marbuta the normalizer folded (بوطرفة → Bouterfa, not Boutrfh): both are spelled.
  return nameSpellings(arabic) ?? nameSpellings(bare) ?? (bare.endsWith("ه") && bare.length >= 4 ? [spellArabic(bare), spellArabic(`${bare.slice(0, -1)}ة`)] : [spellArabic(bare)]);
}
