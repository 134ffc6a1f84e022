// Arabic orthographic normalization and light stemming. Applied identically to corpus text and to
// questions, so that spelling variants (أ/إ/آ/ا, ة/ه, ى/ي, diacritics, tatweel) never matter.
import STEM_EXCEPTIONS from "./data/stem-exceptions.json" with { type: "json" };

// One pass over the text: each letter to fold maps to its replacement; diacritics and tatweel to "".
const FOLDS: Record<string, string> = {
  أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ى: "ي", ة: "ه", ؤ: "و", ئ: "ي",
  گ: "ك", ک: "ك", ڤ: "ف", پ: "ب", چ: "ج", ی: "ي",
};
for (let d = 0; d <= 9; d++) {
  FOLDS[String.fromCharCode(0x0660 + d)] = String(d);
  FOLDS[String.fromCharCode(0x06f0 + d)] = String(d);
}
const TO_FOLD = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640أإآٱىةؤئگکڤپچی\u0660-\u0669\u06F0-\u06F9]/g;

/** A hamza before و written on ي's seat, as Egypt writes it (مسئول، شئون), is the ؤ of مسؤول، شؤون. */
const HAMZA_BEFORE_WAW = /ئ(?=و)/g;

export function normalizeArabic(text: string): string {
  return text.replace(HAMZA_BEFORE_WAW, "ؤ").replace(TO_FOLD, (c) => FOLDS[c] ?? "");
}

export const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;

/** Written in Arabic script at all: any character of the Arabic block (a letter, an Arabic digit, a mark, ،). */
export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF]/.test(text);
}

/** Words the stemmer would fold onto an unrelated word (data/stem-exceptions.json), by normalized form → key. */
const KEPT = new Map<string, string>();
for (const [key, forms] of Object.entries(STEM_EXCEPTIONS.words)) for (const f of forms) KEPT.set(normalizeArabic(f), normalizeArabic(key));

/** The key of a word kept from the stemmer, with or without a conjunction or preposition before it (والعملات، بعملات). */
function keptStem(word: string): string | undefined {
  const bare = word.replace(/^[وف](?=..)/, "");
  for (const w of [word, bare]) {
    const kept = KEPT.get(w) ?? KEPT.get(w.replace(/^(?:[بكفل]ال|لل)/, "ال")) ?? KEPT.get(w.replace(/^[بكل](?=...)/, ""));
    if (kept) return kept;
  }
  return undefined;
}

// Light stemming after Larkey's light10, on normalized text (so ة is already ه).
const PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"];
const SUFFIXES = ["يات", "هما", "ها", "ان", "ات", "ون", "ين", "وا", "يه", "ه", "ي"];
// Attached pronouns; a ta marbuta before them is written ت (محاكمتهم → محاكمة).
const PRONOUNS = ["هما", "كما", "هم", "هن", "كم", "كن"];

/** `conjunction`: a leading و is taken as "and" (false: as the root's first letter). */
export function stemArabic(word: string, conjunction = true): string {
  let w = word;
  const kept = keptStem(w);
  if (kept) return kept;
  if (conjunction && w.length > 3 && w.startsWith("و")) w = w.slice(1);
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  // A ta marbuta before an attached pronoun is written ت: خسارته → خسارة.
  const marbuta = /^(.{2,})ت(?:ه|ها|هم|هما|هن|كم|كن)$/.exec(w);
  if (marbuta) w = `${marbuta[1]}ه`;
  const pronoun = PRONOUNS.find((p) => w.endsWith(p) && w.length - p.length >= 3);
  if (pronoun) {
    w = w.slice(0, -pronoun.length);
    if (w.endsWith("ت") && w.length >= 4) w = `${w.slice(0, -1)}ه`;
  }
  for (let pass = 0; pass < 2; pass++) {
    const s = SUFFIXES.find((suf) => w.endsWith(suf) && w.length - suf.length >= 2);
    if (!s || w.length - s.length < 3) break;
    w = w.slice(0, -s.length);
  }
  // Adverbial tanween alef (اقتصاديا → اقتصادي → اقتصاد) once the diacritic is gone.
  if (w.length > 4 && w.endsWith("يا")) w = w.slice(0, -2);
  return w;
}

/** Single-letter clitics (ب ل ف ك) that light10 keeps: a stemmed variant without them is also tried. */
export function arabicVariants(word: string): string[] {
  const stems = new Set([stemArabic(word)]);
  // The alef that carries tanween (تهديداً → تهديدا) is gone from text typed without diacritics only sometimes.
  if (word.length >= 4 && word.endsWith("ا")) stems.add(stemArabic(word.slice(0, -1)));
  // A past verb's feminine ت (فرضت، بدأت) leaves its stem: kept as a variant, since many nouns end in ت.
  if (word.length >= 4 && word.endsWith("ت") && !(word.endsWith("ات") && word.length >= 5)) {
    stems.add(stemArabic(word.slice(0, -1)));
  }
  // A leading و is also a root's first letter (وعده، بوعده، وزير): stemArabic takes it as "and" and
  // leaves عده، زير; the stem with it kept meets the word's other forms (الوعد، الوزير).
  for (const w of [word, word.slice(1)]) {
    if (w.length >= 4 && w.startsWith("و") && !w.startsWith("وال")) stems.add(stemArabic(w, false));
    if (!/^[بلفك]/.test(word)) break;
  }
  // The future prefix: ستشن، سيتراجع، سنعمل are the verbs تشن، يتراجع، نعمل.
  if (word.length >= 5 && /^[وف]?س[يتن]/.test(word)) stems.add(stemArabic(word.replace(/^([وف]?)س/, "$1")));
  // An imperfect of the forms تفعّل and تفاعل (يتوسع، تتمدد، يتراجعون) is its past and verbal noun
  // (توسع، تمدد، تراجع) after the person prefix.
  const formV = /^[وف]?[يت](ت..{2,})$/.exec(word);
  if (formV) stems.add(stemArabic(formV[1]));
  if (word.length >= 4 && /^[وفبلك]/.test(word)) {
    stems.add(stemArabic(word.slice(1)));
    if (word.length >= 6 && /^[وف][بلك]/.test(word)) stems.add(stemArabic(word.slice(2)));
  }
  // A plural in ات with an attached pronoun (تصريحاته، بقراراتها): stemArabic reads its ت as a ta marbuta
  // before the pronoun (حياته → حياة), which leaves تصريحا; the plural's own stem is also tried.
  const plural = /^(.{3,}ات)(?:ه|ها|هم|هما|هن|كم|كن)$/.exec(word);
  if (plural) {
    stems.add(stemArabic(plural[1]));
    if (/^[وفبلك]/.test(plural[1]) && plural[1].length >= 6) stems.add(stemArabic(plural[1].slice(1)));
  }
  for (const w of /^[وفبلك]/.test(word) ? [word, word.slice(1)] : [word]) {
    const bare = beforePronoun(w);
    if (bare) stems.add(stemArabic(bare));
  }
  return [...stems];
}

/**
 * The bare word of a form whose last letter changes before a pronoun: a plural's final hamza sits on ي or
 * و (أعضائها، آراؤهم → أعضاء) and an alef maqsura is written ا (شكواهم، مستواها → شكوى). A lone ه is left
 * alone: ايه and اه end as many words with a ta marbuta (ولاية، حياة); so are the plurals in ايا (قضاياهم).
 */
function beforePronoun(word: string): string | null {
  const hamza = /^(.{2,}ا)[يو](?:ها|هم|هما|هن|كم|كن|نا)$/.exec(word);
  if (hamza) return `${hamza[1]}ء`;
  const maqsura = /^(.{2,})ا(?:ها|هم|هما|هن|كم|كن)$/.exec(word);
  return maqsura && !maqsura[1].endsWith("اي") && !maqsura[1].endsWith("ا") ? `${maqsura[1]}ي` : null;
}

/**
 * The other forms of a verb from one of them (a light stem, normalized). For the forms انفعل/افتعل
 * (انتشر، انتشار، منتشر، ينتشر) and استفعل (استخدم، استخدام، مستخدم، يستخدم), whose shapes say which form
 * they are, from any form; for a past of three sound letters (منع), its present and passive participle
 * (يمنع، ممنوع). A glossary line lists some forms of a verb; a report and a question say others. Shapes
 * only: a word of such a shape that is no verb yields words no text says.
 */
export function derivedStems(stem: string): string[] {
  if (!/^[\u0621-\u064A]+$/.test(stem)) return [];
  if (/^[^اوي]{3}$/.test(stem)) return [`م${stem.slice(0, 2)}و${stem[2]}`, `ي${stem}`, `ت${stem}`, `ن${stem}`];
  // After its alef, انفعل/افتعل has ن first (انسحب) or ت second (اجتمع; ط or د after some letters: اضطر، ازدهر).
  const formVIII = (four: string) => /^ن|^.[تطد]/.test(four);
  let past: string | null = null;
  let m: RegExpExecArray | null;
  // Form X first: its past (استخدم) also has the shape of a form VIII verbal noun.
  if ((m = /^[امينت]ست([^ا]{3})$/.exec(stem))) past = `است${m[1]}`;
  else if ((m = /^است([^ا]{2})ا([^ا])$/.exec(stem))) past = `است${m[1]}${m[2]}`;
  else if ((m = /^ا([^ا]{3})ا([^ا])$/.exec(stem)) && formVIII(m[1] + m[2])) past = `ا${m[1]}${m[2]}`;
  else if ((m = /^[امينت]([^ا]{4})$/.exec(stem)) && formVIII(m[1])) past = `ا${m[1]}`;
  if (!past) return [];
  const body = past.slice(1);
  return [past, `${past.slice(0, -1)}ا${past.slice(-1)}`, `م${body}`, `ي${body}`, `ت${body}`, `ن${body}`].filter((s) => s !== stem);
}

/** The person prefixes of an imperfect verb: يرفع (he), ترفع (she, you), نرفع (we), ارفع (I). */
const PERSON_PREFIXES = ["ي", "ت", "ن", "ا"];

/**
 * The stems of the same imperfect verb in the other persons: reported speech changes the person, so
 * "إنهم لن يرفعوا" asks about "لن نرفع". A conjunction or future prefix (و، ف، س) comes off first; the
 * root after the person prefix keeps three letters at least. Callers decide the word is a verb.
 */
export function otherPersonStems(word: string): string[] {
  const stem = stemArabic(word.replace(/^[وف]?س?(?=[يتنا])/, ""));
  if (stem.length < 4 || !PERSON_PREFIXES.includes(stem[0])) return [];
  return PERSON_PREFIXES.filter((p) => p !== stem[0]).map((p) => `${p}${stem.slice(1)}`);
}
