// Arabic content-span stage: where the reported content opens after a cue (أن/إن, a colon, a quote, the verb's
// preposition, a verbal-noun object) and where it ends.
import { ACCORDING_TO, ADJUNCT_STARTERS, BY_SAYING, COMMON_WORDS, COMPLEMENTIZER, isOccasion, NAME_LINKS, REPORT_NOUNS, REPORTED_AFTER_MA, REPORTED_EVENTS, ROLE_CONTINUATIONS, ROLE_HEADS, STATES, TIME_WORDS } from "../lexicon-ar.js";
import { type Token } from "../tokens.js";
import { isMasdar } from "../masdar-ar.js";
import { isKnownName } from "../transliterate.js";
import { normAr, stripConj } from "../text.js";
import { PREP_WORDS, n, nameLike, prepositionOnNoun } from "./names.js";
import { triggerOf } from "./cues.js";
import { hasArticle } from "./clitic.js";

/** Number words and prepositions after which a word starting with ب is a counted or governed noun (ثلاث بلديات). */
const COUNTED_BY = new Set(["ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "بضع", "بضعه", "عده", "في", "من", "الي", "علي"]);

/** A verbal noun with an attached بـ right after a verb ("طالبت بتشكيل لجنة", "هدد بالانسحاب", "طالبوا بعدم …"):
 *  the content, not a speaker. Names starting with ب (بوزيد، بشار) do not take these shapes. */
export function attachedBaMasdar(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  if (isKnownName(w) || w.length < 4) return false;
  // "طالبوا بعدم التعويل …"، "بوقف …": or ب before a verbal noun of any other shape.
  return /^ب(?:ال|ت|ا|م)/.test(w) || /^ب.*(?:ه|ات)$/.test(w) || isMasdar(w.slice(1));
}

/** "…، في مؤتمر صحفي بمقر البلدية، أن …": a comma then إن/أن further on opens the real content. */
function clauseAfterComma(tokens: Token[], from: number, limit: number): boolean {
  for (let j = from; j < Math.min(tokens.length, limit); j++) {
    const t = tokens[j];
    if (t.kind === "end" || t.kind === "quote" || t.kind === "colon") return false;
    if (t.kind === "comma" && COMPLEMENTIZER.test(n(tokens[j + 1]))) return true;
    if (t.kind === "word" && triggerOf(tokens, j)) return false;
  }
  return false;
}

/** A short quoted name inside the speaker's phrase (منسقة "تحالف الأحياء"، كتلة "التجديد" المعارضة): a quote of
 *  at most four words right after a word, with the real opener (a colon, a complementizer or a quote) still to come. */
export function quotedName(tokens: Token[], j: number): boolean {
  const q = tokens[j];
  if (q.kind !== "quote" || tokens[j - 1]?.kind !== "word") return false;
  if (q.text.trim().split(/\s+/).length > 4) return false;
  for (let k = j + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "end") return false;
    if (t.kind === "colon" || t.kind === "quote" || COMPLEMENTIZER.test(n(t))) return true;
  }
  return false;
}

/** Where the reported content opens after a verb: the index of the opener token and where the content starts. */
export interface Opener {
  /** Index of the opener token (إن, ":", the quote, the preposition). */
  at: number;
  contentStart: number;
  via: "clause" | "colon" | "quote" | "prep";
  /** Characters of the first content token to leave out (an attached بـ). */
  skip?: number;
}

/** "وشدد الوزير على هامش افتتاحه المؤتمر على …": "on the sidelines of" says where it was said; its على is not the verb's. */
const sidelines = (tokens: Token[], j: number) => n(tokens[j]) === "علي" && n(tokens[j + 1]) === "هامش";

/** "أكد سعادة السفير علي بن محمد المهري بأن …": علي as written with ي (the preposition is على) right after a title and
 *  before a name particle or a given name the table knows is the name Ali, not the verb's على. */
function aliAfterTitle(tokens: Token[], j: number): boolean {
  if (tokens[j].text.replace(/[\u064B-\u065F]/g, "") !== "علي" || !ROLE_HEADS.has(n(tokens[j - 1]))) return false;
  const next = n(tokens[j + 1]);
  return NAME_LINKS.has(next) || isKnownName(next);
}

/** `nounObject`: the verb takes what it reports as a noun object (أعلن، أكد، نفى …): a verbal noun with its owner's
 *  pronoun after the closed subject, or any words after an occasion set off by a comma, open the content. */
export function findOpener(tokens: Token[], from: number, preps: string[], limit: number, nounObject = false): Opener | null {
  for (let j = from; j < Math.min(tokens.length, limit); j++) {
    const t = tokens[j];
    if (t.kind === "end") return null;
    // "كشف مسؤول، طلب عدم الكشف عن اسمه، أن …": the aside's عن is not the verb's.
    const aside = Math.max(anonymityAsideEnd(tokens, j), accordingAsideEnd(tokens, j));
    if (aside > 0) {
      j = aside;
      continue;
    }
    if (t.kind === "quote" && !quotedName(tokens, j)) return { at: j, contentStart: j, via: "quote" };
    if (t.kind === "colon") return { at: j, contentStart: j + 1, via: "colon" };
    if (t.kind !== "word") continue;
    const w = n(t);
    if (COMPLEMENTIZER.test(w) && !t.text.startsWith("آ")) return { at: j, contentStart: j + 1, via: "clause" };
    if (w === BY_SAYING) {
      const next = tokens[j + 1];
      if (next?.kind === "colon") return { at: j + 1, contentStart: j + 2, via: "colon" };
      if (next?.kind === "quote") return { at: j + 1, contentStart: j + 1, via: "quote" };
      if (COMPLEMENTIZER.test(n(next))) return { at: j + 1, contentStart: j + 2, via: "clause" };
      continue;
    }
    if (j === from) {
      // The first word after the verb is the speaker, unless it is the verb's preposition
      // ("حذر من أن"، "دعا إلى") or a verbal noun with بـ ("طالبت بتشكيل لجنة"): then no speaker is written.
      if (PREP_WORDS[w] && preps.includes(w) && !sidelines(tokens, j)) {
        if (COMPLEMENTIZER.test(n(tokens[j + 1]))) return { at: j + 1, contentStart: j + 2, via: "clause" };
        return { at: j, contentStart: j + 1, via: "prep" };
      }
      // "ونفى الأنباء التي ترددت …": what was reported, right after the verb, is its object; the subject is its pronoun.
      if (REPORT_NOUNS.has(w) && !openerAhead(tokens, j + 1, limit)) return { at: j, contentStart: j, via: "prep" };
      if (preps.includes("ب") && attachedBaMasdar(t)) return { at: j, contentStart: j, via: "prep", skip: t.text.startsWith("بـ") ? 2 : 1 };
      // "وأبدت استعدادها لتأمين …": a verbal noun with the subject's own pronoun, then what it is for (a ل-phrase),
      // right after the verb is its object, the content (not "أعلنت رفضها العرض": an act, no proposition).
      if (ownMasdar(w) && !/[\u064B-\u064D]/.test(t.text) && tokens[j + 1]?.kind === "word" && /^ل/.test(n(tokens[j + 1]))) return { at: j, contentStart: j, via: "prep" };
      continue;
    }
    // "أعلن الوزير الجزائري استعداد بلاده لـ…": a verbal noun right after the subject is the verb's object, the content.
    // Not with tanween ("أعلن ترامب إعلاناً مفاجئاً بانسحاب …": a cognate object, the content comes after it), nor a
    // listed name of the same shape (ترامب).
    // Only when no other opener (أن، a colon, a quote) is still to come in the sentence ("رئيسة جمعية ضحايا تجزئة
    // الياسمين، X، إن …": the verbal noun is inside the role).
    // "نفى رئيس الوحدة، X، اختفاء المحضر"، "أعلنت القيادة، أمس السبت، مقتل …": or after the comma that closes the
    // subject's apposition or an adjunct.
    const closed = endsSubject(tokens[j - 1]) || (tokens[j - 1]?.kind === "comma" && j - 2 >= from && (endsSubject(tokens[j - 2]) || (REPORTED_EVENTS.has(w) && tokens[j - 2]?.kind === "word")));
    // "نفت الوزارة التصريحات المنسوبة لها": so is a noun naming what was reported, after the closed subject.
    // A time adjunct ("اليوم الأحد"، "، اليوم السبت،") closes the subject before it too.
    const timed = TIME_WORDS.has(n(tokens[j - 1])) || (tokens[j - 1]?.kind === "comma" && TIME_WORDS.has(n(tokens[j - 2])));
    // "نفت الوزارة، ما تم تداوله من أنباء …": ما with a verb of reporting or rumour names what was reported, likewise,
    // once a comma has closed the subject (with none, a long role and name before ما are too often misread).
    const reported = REPORT_NOUNS.has(w) || (w === "ما" && REPORTED_AFTER_MA.has(n(tokens[j + 1])) && tokens[j - 1]?.kind === "comma");
    if (reported && (closed || timed) && !openerAhead(tokens, j + 1, limit)) return { at: j, contentStart: j, via: "prep" };
    if (isMasdar(w) && !isKnownName(w) && !/[\u064B-\u064D]/.test(t.text) && closed && tokens.slice(j + 1, limit).some((x) => x.kind === "word") && !openerAhead(tokens, j + 1, limit)) return { at: j, contentStart: j, via: "prep" };
    // "نفى X، وجود أي نقاشات …"، "توقع X، تأهل منتخبه …"، "أكد X شفاء أول حالتين …": a noun that governs a determiner or
    // a word carrying a possessive pronoun is the verb's object, never more of the name that closed the subject.
    if (nounObject && closed && governsObject(tokens, j) && !openerAhead(tokens, j + 1, limit)) return { at: j, contentStart: j, via: "prep" };
    if (nounObject && !openerAhead(tokens, j + 1, limit) && tokens.slice(j + 1, limit).some((x) => x.kind === "word")) {
      // "أعلنت الحركة رفضها للقرار"، "أكدت الوزارة التزامها بـ…": its own verbal noun after the closed subject.
      // Not inside a clause of the subject's own ("… ما تم تداوله").
      if (ownMasdar(w) && closed && tokens.slice(from, j).every((x) => x.kind === "word" && !COMMON_WORDS.has(n(x)))) return { at: j, contentStart: j, via: "prep" };
      // "أعلن الجيش في بيان، التصدي لهجوم …": whatever follows an occasion set off by a comma.
      if (afterOccasion(tokens, from, j)) return { at: j, contentStart: j, via: "prep" };
    }
    // "شدد رئيس الوزراء محمد بن علي على أن": after a particle of a name, علي is the name Ali, not the verb's على.
    if (PREP_WORDS[w] && preps.includes(w) && !NAME_LINKS.has(n(tokens[j - 1])) && !aliAfterTitle(tokens, j) && !sidelines(tokens, j)) {
      if (COMPLEMENTIZER.test(n(tokens[j + 1]))) return { at: j + 1, contentStart: j + 2, via: "clause" };
      if (w === "من" && n(tokens[j - 1]) === "كل") continue;
      return { at: j, contentStart: j + 1, via: "prep" };
    }
    if (preps.includes("ب") && (w === "بـ" || w === "ب")) return { at: j, contentStart: j + 1, via: "prep" };
    // "في ثلاث بلديات": a noun counted by a number word or governed by a preposition is no بـ-phrase.
    // "اعترف جمال بلماضي …": a ب-word right after a known first name is its family name, not the verb's بـ.
    // "أعلن وزير الفلاحة كريم بوسالم أمس أن …": so is one after a given name the table knows anywhere in the phrase,
    // unless the rest of the word is a noun the lists know ("بمجلس"، "بتونس").
    const familyName = j > from && isKnownName(n(tokens[j - 1])) && !attachedBaMasdar(t) && !prepositionOnNoun(w);
    if (preps.includes("ب") && /^ب/.test(w) && w.length > 3 && !familyName && !ROLE_CONTINUATIONS.has(w) && !COUNTED_BY.has(n(tokens[j - 1])) && !/^\d+$/.test(tokens[j - 1]?.text ?? "")) {
      if (clauseAfterComma(tokens, j + 1, limit)) continue;
      return { at: j, contentStart: j, via: "prep", skip: t.text.startsWith("بـ") ? 2 : 1 };
    }
    if (triggerOf(tokens, j)) return null;
  }
  return null;
}

/** "… في بيان، <j>"، "… خلال مؤتمر صحفي، <j>": token j follows a comma that closes an occasion of speech (في/خلال/عبر
 *  and an occasion noun) after the subject (the occasion starts past the verb's first word). */
function afterOccasion(tokens: Token[], from: number, j: number): boolean {
  if (tokens[j - 1]?.kind !== "comma") return false;
  for (let k = j - 2; k > from && j - k <= 6 && tokens[k].kind === "word"; k--) {
    if (/^(?:في|خلال|عبر)$/.test(n(tokens[k])) && isOccasion(n(tokens[k + 1]))) return true;
  }
  return false;
}

/** Words that only a noun governs (any, what, first, all, some): no name word is followed by one. */
const DETERMINERS = new Set(["اي", "ما", "كل", "بعض", "جميع", "كافه", "اول", "احد", "عدد", "مختلف", "معظم", "اغلب"]);

/** tokens[j] is an indefinite noun with its genitive: a determiner, a number, or a noun carrying a possessive pronoun
 *  (written ه/ها/هم, not a ta marbuta) that the name table does not know. */
function governsObject(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (t.kind !== "word" || next?.kind !== "word" || /[\u064B-\u064D]/.test(t.text)) return false;
  const w = n(t);
  if (w.length < 3 || isKnownName(w) || hasArticle(w) || PREP_WORDS[w] || COMMON_WORDS.has(w) || ROLE_HEADS.has(w) || ROLE_CONTINUATIONS.has(w) || STATES[w] || ADJUNCT_STARTERS.has(w) || TIME_WORDS.has(w) || COMPLEMENTIZER.test(w)) return false;
  const g = n(next);
  const possessive = /(?:ه|ها|هم)$/.test(next.text) && g.length >= 5 && !isKnownName(g) && !hasArticle(g);
  return DETERMINERS.has(g) || /^\d+$/.test(next.text) || possessive;
}

/** A complementizer, a colon or a quote later in the sentence (before `limit`). */
function openerAhead(tokens: Token[], from: number, limit: number): boolean {
  for (let j = from; j < Math.min(tokens.length, limit); j++) {
    const t = tokens[j];
    if (t.kind === "end") return false;
    if (t.kind === "colon" || (t.kind === "quote" && !quotedName(tokens, j)) || COMPLEMENTIZER.test(n(t))) return true;
    // "…، مؤكدةً أنها …": an opener after another reporting verb or participle is that one's.
    if (t.kind === "word" && triggerOf(tokens, j)) return false;
  }
  return false;
}

/** A verbal noun carrying a possessive pronoun (استعدادها، رفضه، دعمهم). */
function ownMasdar(w: string): boolean {
  const m = /^(.{3,}?)(?:ها|هم|هما|ه)$/.exec(w);
  return !!m && !m[1].startsWith("ال") && isMasdar(m[1]);
}

/** A word that can close a subject phrase: a definite word (الجزائري) or a name word, not a construct noun still
 *  waiting for its genitive (هيئة، مجلس، رئيس). */
function endsSubject(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  const w = n(t);
  if (ADJUNCT_STARTERS.has(w) || PREP_WORDS[w] || COMMON_WORDS.has(w) || /^و?(?:على|إلى|الى)$/.test(t.text)) return false;
  if (hasArticle(w)) return !ROLE_HEADS.has(w);
  // "وأبدت إيران استعدادها": a state's name closes its subject too.
  if (STATES[w]) return true;
  return nameLike(t, false) && !ROLE_CONTINUATIONS.has(w) && !ROLE_HEADS.has(w);
}

/** "وقال السيد، بحسب جريدة «الوطن»، إن …": an aside naming where the words were read, set off by commas, between the
 *  verb's subject and its إن/أن; the index of the comma that closes it, or -1. */
export function accordingAsideEnd(tokens: Token[], j: number): number {
  const w = n(tokens[j + 1]);
  if (tokens[j]?.kind !== "comma" || !(ACCORDING_TO.test(w) || ACCORDING_TO.test(stripConj(w)))) return -1;
  const close = tokens.findIndex((t, x) => x > j + 1 && x < j + 16 && t.kind !== "word" && t.kind !== "quote");
  if (close < 0 || tokens[close].kind !== "comma") return -1;
  // "وطالب الوزير، حسب تصريح للناطق باسم الحكومة، برفع …": or the verb's ب-noun after it.
  const next = tokens[close + 1];
  return COMPLEMENTIZER.test(n(next)) || attachedBaMasdar(next) || (/^ب/.test(n(next)) && isMasdar(n(next).slice(1))) ? close : -1;
}

/** "، طلب عدم الكشف عن اسمه،": an aside on why the source is not named; the index of the comma that closes it, or -1. */
function anonymityAsideEnd(tokens: Token[], j: number): number {
  if (tokens[j]?.kind !== "comma" || !/^(?:طلب|طلبت|طلبوا|رفض|رفضت|رفضوا|فضل|فضلت|فضلوا|مفضلا|مفضله)$/.test(n(tokens[j + 1]))) return -1;
  const close = tokens.findIndex((t, x) => x > j + 1 && x < j + 14 && t.kind !== "word");
  return close > 0 && tokens[close].kind === "comma" ? close : -1;
}

/** Trims connectors and punctuation at both ends of a content range; returns [start, end) in the line. */
export function contentRange(line: string, start: number, end: number): [number, number] | null {
  let s = line.slice(start, end);
  const lead = s.length - s.replace(/^[\s،,:؛;]+/u, "").length;
  s = s.slice(lead);
  const trimmed = s.replace(/(?:[\s،,:؛;.!?؟]|(?<=\s)(?:حيث|و|بينما|فيما|كما|إذ|اذ|في حين|وذلك))+$/u, "");
  if (trimmed.trim().length < 3) return null;
  return [start + lead, start + lead + trimmed.length];
}

/** "أعلن في ختام اللقاء تشكيل لجنة …": an announcement whose object (a verbal noun) is the content, after a
 *  time or place adjunct that shows no subject is written. Returns where the content starts. */
export function announcedObject(tokens: Token[], i: number): number | null {
  if (!/^اعلن(?:ت|وا)?$/.test(stripConj(n(tokens[i])))) return null;
  let j = i + 1;
  if (!ADJUNCT_STARTERS.has(n(tokens[j]))) return null;
  // The adjunct runs to its first definite word ("في ختام اللقاءين", "خلال المؤتمر").
  while (j < tokens.length && j - i < 6 && tokens[j].kind === "word" && !hasArticle(n(tokens[j]))) j++;
  j++;
  const rest = tokens.slice(j).filter((t) => t.kind === "word");
  return tokens[j]?.kind === "word" && !hasArticle(n(tokens[j])) && rest.length >= 3 ? j : null;
}
