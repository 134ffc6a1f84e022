// Arabic attribution patterns. In Arabic news the verb usually comes first:
//   وقال [المسمى] الاسم[، صفة،] [ظرف] إن/أن/: «…»      (speaker after the verb)
//   حذر X من أن …، هدد X بـ …، أشار X إلى أن …          (content opened by a preposition)
//   «…»، قال X.   X قال إن …   وأضاف أن …  مضيفاً أن …  بحجة أن …   وبحسب X، …   نقلت … عن X قوله …
import { ACCORDING_TO, ADJUNCT_STARTERS, AMBIGUOUS_VERBS, PARTICIPLE_PREPS, CONTINUING_VERBS, BY_SAYING, COMMON_WORDS, COMPLEMENTIZER, DOCUMENT_HEADS, GROUP_HEADS, isGroupHead, LEAD_PARTICLES, NAME_LINKS, ORG_HEADS, PARTICIPLES, PRETEXT, isOccasion, REPLY_VERBS, REPORTING_VERBS, ROLE_CONTINUATIONS, ROLE_HEADS, STATES, TIME_WORDS, TOPIC_CLOSERS, WRITING_VERBS } from "./lexicon-ar.js";
import { quoteSpans, sentencesOf } from "./segment.js";
import { restIsPunctuation, tokenize, type Token } from "./tokens.js";
import { isMasdar } from "./masdar-ar.js";
import { isKnownName } from "./transliterate.js";
import { normAr, stripConj } from "./text.js";
import type { Attribution, Gender, Mention, Paragraph } from "./types.js";

const n = (t: Token | undefined) => (t && t.kind === "word" ? normAr(t.text) : "");
const isWord = (t: Token | undefined, ...words: string[]) => !!t && t.kind === "word" && words.includes(n(t));

const NUMBER_WORDS = new Set(["الف", "الاف", "مليون", "ملايين", "مليار", "مئه", "ميه", "مئات", "عشرات", "الفا", "الفي"]);

type Trigger =
  | { kind: "verb"; gender: Gender; preps: string[] }
  | { kind: "participle"; gender: Gender }
  | { kind: "pretext" }
  | { kind: "according" }
  | { kind: "relay" };

function triggerOf(tokens: Token[], i: number): Trigger | null {
  const t = tokens[i];
  if (t.kind !== "word") return null;
  const w = n(t);
  const bare = stripConj(w);
  // A verb right after a relative pronoun (التي قالت) or "ما" belongs to a relative clause.
  // "كما أشار الوزير إلى …" opening a sentence, "كما وأشار …": كما is "also" there, not "as".
  const alsoAtStart = n(tokens[i - 1]) === "كما" && (i === 1 || tokens[i - 2]?.kind !== "word" || /^و/.test(w));
  if (["الذي", "التي", "الذين", "ما", "مما", "عما", "كما"].includes(n(tokens[i - 1])) && !alsoAtStart) return null;
  // "سامي، وهو طالب جامعي": after an aside's pronoun a past-verb form is its predicate noun (طالب: a student).
  if (["وهو", "وهي", "هو", "هي"].includes(n(tokens[i - 1])) && tokens[i - 2]?.kind === "comma") return null;
  // "أشارت إلى أنها أضافت 40 قاعة": a verb right after أنه/إنها is the content's own verb;
  // "187 ألف طالب": after a number, طالب is a noun.
  // "مشيراً إلى أن الإدارة طالبت بتحديث …": a verb right after أن + its subject is the content's own verb too.
  // "وأن منفذيه طالبوا بـ…": also a second أن joined by و.
  if (complementizerAt(tokens, i - 2) && tokens[i - 1]?.kind === "word" && !/^[وف]/.test(w)) return null;
  // "بأن أحد الرعاة هدد بسحب …": the same after a two-word subject (a construct).
  if (complementizerAt(tokens, i - 3) && tokens[i - 2]?.kind === "word" && tokens[i - 1]?.kind === "word" && !/^[وف]/.test(w)) return null;
  if (/^(?:ب|ل)?[اإأ]ن(?:ه|ها|هم|هما|هن|نا|ني)$/.test(n(tokens[i - 1])) || /^\d/.test(tokens[i - 1]?.text ?? "") || NUMBER_WORDS.has(n(tokens[i - 1]))) return null;
  let verb = REPORTING_VERBS.get(w) ?? REPORTING_VERBS.get(bare);
  // "وعبّر أولياء أمور عن غضبهم": a feeling voiced is no statement (unless a أن-clause says what it is about).
  if (verb && /^و?عبر(?:ت|وا)?$/.test(w) && feelingVoiced(tokens, i)) verb = undefined;
  // "X، محامي Y، عبر عن …"، "وعبّر الوزير عن …": عبر opening a clause, its عن still to come; else "via".
  if (verb && (AMBIGUOUS_VERBS.has(w) || AMBIGUOUS_VERBS.has(bare)) && !(clauseOpens(tokens, i) && (verb.preps.length === 0 || tokens.slice(i + 1, i + 12).some((x) => verb!.preps.some((p) => n(x) === p || (p === "ب" && /^ب/.test(n(x)))))))) verb = undefined;
  // "بياناً جاء فيه أن …"، "وجاء في بيان للوزارة أن …": what a document holds, reported like speech.
  if (!verb && bare === "جاء" && camePhrase(tokens, i)) return { kind: "verb", gender: null, preps: [] };
  // "ويرى نقاد تابعوا الدورة أن …": a plural verb right after the indefinite group a reporting verb names describes it.
  const p1 = n(tokens[i - 1]);
  const p2 = n(tokens[i - 2]);
  if (verb?.gender === "pl" && GROUP_HEADS.has(p1) && !p1.startsWith("ال") && (REPORTING_VERBS.has(p2) || REPORTING_VERBS.has(stripConj(p2)))) return null;
  if (verb) return { kind: "verb", ...verb };
  const reply = REPLY_VERBS.get(w) ?? REPLY_VERBS.get(w.replace(/^[وف]/, ""));
  if (reply && (byeSayingAhead(tokens, i) || replyWithColon(tokens, i))) return { kind: "verb", gender: reply, preps: [] };
  const going = CONTINUING_VERBS.get(w) ?? CONTINUING_VERBS.get(bare);
  if (going && clauseOpens(tokens, i) && (byeSayingAhead(tokens, i) || colonAhead(tokens, i))) return { kind: "verb", gender: going, preps: [] };
  const written = WRITING_VERBS.get(w) ?? WRITING_VERBS.get(bare);
  if (written && (colonQuoteAhead(tokens, i) || thatClauseAhead(tokens, i))) return { kind: "verb", gender: written, preps: [] };
  const part = PARTICIPLES.get(w) ?? PARTICIPLES.get(bare);
  // "تدرس متابعة موظفين": a ة-final word with no tanween right after another word is a verbal noun, not "…، متابعةً".
  const verbalNoun = part === "f" && tokens[i - 1]?.kind === "word" && !/[\u064B]/.test(t.text);
  if (part !== undefined && !verbalNoun) return { kind: "participle", gender: part };
  if (PRETEXT.has(w) && COMPLEMENTIZER.test(n(tokens[i + 1]))) return { kind: "pretext" };
  if (ACCORDING_TO.test(w) || ACCORDING_TO.test(bare)) return { kind: "according" };
  // نقل is also the noun "transport" ("شركة نقل"): a relay needs its عن X.
  if (/^نقل(?:ت)?$/.test(bare) && tokens.slice(i + 1, i + 10).some((x) => /^عن(?:ه|ها|هم)?$/.test(n(x)))) return { kind: "relay" };
  // "نقلت وكالة فرنسية أن …": an outlet relaying a report is its source.
  if (/^نقل(?:ت)?$/.test(bare) && OUTLET_HEADS.has(n(tokens[i + 1])) && tokens.slice(i + 2, i + 9).some((x) => /^[اإأ]ن$/.test(n(x)))) return { kind: "verb", gender: bare.endsWith("ت") ? "f" : "m", preps: [] };
  return null;
}

/** Feelings a speaker voices (عبّر عن قلقه): said with a possessive pronoun, they report no content of their own. */
const FEELINGS = new Set(["غضب", "قلق", "ارتياح", "امل", "اسف", "استياء", "ترحيب", "تقدير", "شكر", "سعاد", "حزن", "تضامن", "استغراب", "دهش", "تفاول", "خيب", "امتعاض", "رفض", "سخط", "فرح"]);
function feelingVoiced(tokens: Token[], i: number): boolean {
  const an = tokens.findIndex((t, x) => x > i && x < i + 12 && n(t) === "عن");
  if (an < 0) return false;
  const m = /^(.+?)(?:ه|ها|هم|هما|هن|نا)$/.exec(n(tokens[an + 1]));
  if (!m || !FEELINGS.has(m[1].replace(/ت$/, ""))) return false;
  return !tokens.slice(an + 2, an + 5).some((t) => COMPLEMENTIZER.test(n(t)));
}

/** Heads of news outlets that relay reports: "نقلت وكالة … أن". */
const OUTLET_HEADS = new Set(["وكاله", "صحيفه", "قناه", "موقع", "اذاعه", "مجله", "وسايل"]);

/** A clause opens at token i: the sentence start, after punctuation, after قد/لقد, or the word carries و/ف. */
function clauseOpens(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.kind !== "word" || /^[وف]?(?:قد|لقد)$/.test(n(prev)) || /^[وف]/.test(n(tokens[i]));
}

/** A colon later in the same clause (before the sentence ends or another reporting verb). */
function colonAhead(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 12); j++) {
    if (tokens[j].kind === "end" || tokens[j].kind === "quote") return false;
    if (tokens[j].kind === "colon") return true;
  }
  return false;
}

/** أن/بأن opening a reported clause; after غير/إلا/بيد it is "however" and opens the sentence's own clause. */
function complementizerAt(tokens: Token[], x: number): boolean {
  return /^و?(?:ب)?[اإأ]ن$/.test(n(tokens[x])) && !["غير", "الا", "بيد"].includes(n(tokens[x - 1]));
}

const DOCUMENT_WORD = /^(?:بيان|تقرير|رساله|منشور|تغريده|كلمه|خطاب)ا?$/;

/** "بياناً جاء فيه" (a document noun, جاء, فيه) or "جاء في بيان …" (جاء, في, a document noun). */
function camePhrase(tokens: Token[], i: number): boolean {
  const next = n(tokens[i + 1]);
  return (/^في(?:ه|ها)$/.test(next) && DOCUMENT_WORD.test(n(tokens[i - 1]))) || (next === "في" && (DOCUMENT_HEADS.has(n(tokens[i + 2])) || rulingText(tokens, i + 2)));
}

/** "حيثيات الحكم"، "نص القرار"، "منطوق الحكم": the text of a ruling, which speaks for the court that gave it. */
function rulingText(tokens: Token[], x: number): boolean {
  return ["حيثيات", "نص", "منطوق"].includes(n(tokens[x])) && ["الحكم", "القرار"].includes(n(tokens[x + 1]));
}

/** "…، ردّ الفضلي: «…»": ردّ opening its clause, then a colon and a quote, is a spoken reply. Other reply words
 *  are also adverbs ("عقب الجلسة:" is "after the hearing"), so only ردّ counts. */
function replyWithColon(tokens: Token[], i: number): boolean {
  return /^(?:رد|ردت|ردوا)$/.test(stripConj(n(tokens[i]))) && tokens[i - 1]?.kind !== "word" && colonQuoteAhead(tokens, i);
}

/** A colon right before a quote later in the same sentence. */
function colonQuoteAhead(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length - 1, i + 16); j++) {
    if (tokens[j].kind === "end") return false;
    if (tokens[j].kind === "colon") return tokens[j + 1].kind === "quote";
  }
  return false;
}

/** "وكتبت X في منشور على فيسبوك أن «…»": أن/إن later in the same clause, before any other reporting verb. */
function thatClauseAhead(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length - 1, i + 16); j++) {
    if (tokens[j].kind === "end" || REPORTING_VERBS.has(n(tokens[j])) || REPORTING_VERBS.has(stripConj(n(tokens[j])))) return false;
    if (/^[اإأ]ن$/.test(n(tokens[j]))) return true;
  }
  return false;
}

/** "ردّ الوزير على الاتهامات بالقول إن …": a بالقول later in the same clause. */
function byeSayingAhead(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 14); j++) {
    if (tokens[j].kind === "end") return false;
    if (n(tokens[j]) === BY_SAYING) return true;
  }
  return false;
}

/** Number words and prepositions after which a word starting with ب is a counted or governed noun (ثلاث بلديات). */
const COUNTED_BY = new Set(["ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "بضع", "بضعه", "عده", "في", "من", "الي", "علي"]);

const PREP_WORDS: Record<string, string> = { من: "من", الي: "الي", علي: "علي", عن: "عن" };

/** A verbal noun with an attached بـ right after a verb ("طالبت بتشكيل لجنة", "هدد بالانسحاب"):
 *  the content, not a speaker. Names starting with ب (بوزيد، بشار) do not take these shapes. */
function attachedBaMasdar(t: Token): boolean {
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  if (isKnownName(w) || w.length < 4) return false;
  return /^ب(?:ال|ت|ا|م)/.test(w) || /^ب.*(?:ه|ات)$/.test(w);
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
interface Opener {
  /** Index of the opener token (إن, ":", the quote, the preposition). */
  at: number;
  contentStart: number;
  via: "clause" | "colon" | "quote" | "prep";
  /** Characters of the first content token to leave out (an attached بـ). */
  skip?: number;
}

function findOpener(tokens: Token[], from: number, preps: string[], limit: number): Opener | null {
  for (let j = from; j < Math.min(tokens.length, limit); j++) {
    const t = tokens[j];
    if (t.kind === "end") return null;
    // "كشف مسؤول، طلب عدم الكشف عن اسمه، أن …": the aside's عن is not the verb's.
    const aside = anonymityAsideEnd(tokens, j);
    if (aside > 0) {
      j = aside;
      continue;
    }
    if (t.kind === "quote" && !quotedName(tokens, j)) return { at: j, contentStart: j, via: "quote" };
    if (t.kind === "colon") return { at: j, contentStart: j + 1, via: "colon" };
    if (t.kind !== "word") continue;
    const w = n(t);
    if (COMPLEMENTIZER.test(w)) return { at: j, contentStart: j + 1, via: "clause" };
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
      if (PREP_WORDS[w] && preps.includes(w)) {
        if (COMPLEMENTIZER.test(n(tokens[j + 1]))) return { at: j + 1, contentStart: j + 2, via: "clause" };
        return { at: j, contentStart: j + 1, via: "prep" };
      }
      if (preps.includes("ب") && attachedBaMasdar(t)) return { at: j, contentStart: j, via: "prep", skip: t.text.startsWith("بـ") ? 2 : 1 };
      continue;
    }
    // "أعلن الوزير الجزائري استعداد بلاده لـ…": a verbal noun right after the subject is the verb's object, the content.
    // Not with tanween ("أعلن ترامب إعلاناً مفاجئاً بانسحاب …": a cognate object, the content comes after it), nor a
    // listed name of the same shape (ترامب).
    // Only when no other opener (أن، a colon, a quote) is still to come in the sentence ("رئيسة جمعية ضحايا تجزئة
    // الياسمين، X، إن …": the verbal noun is inside the role).
    if (isMasdar(w) && !isKnownName(w) && !/[\u064B-\u064D]/.test(t.text) && endsSubject(tokens[j - 1]) && tokens.slice(j + 1, limit).some((x) => x.kind === "word") && !openerAhead(tokens, j + 1, limit)) return { at: j, contentStart: j, via: "prep" };
    if (PREP_WORDS[w] && preps.includes(w)) {
      if (COMPLEMENTIZER.test(n(tokens[j + 1]))) return { at: j + 1, contentStart: j + 2, via: "clause" };
      if (w === "من" && n(tokens[j - 1]) === "كل") continue;
      return { at: j, contentStart: j + 1, via: "prep" };
    }
    if (preps.includes("ب") && (w === "بـ" || w === "ب")) return { at: j, contentStart: j + 1, via: "prep" };
    // "في ثلاث بلديات": a noun counted by a number word or governed by a preposition is no بـ-phrase.
    // "اعترف جمال بلماضي …": a ب-word right after a known first name is its family name, not the verb's بـ.
    const familyName = j === from + 1 && isKnownName(n(tokens[from])) && !attachedBaMasdar(t);
    if (preps.includes("ب") && /^ب/.test(w) && w.length > 3 && !familyName && !ROLE_CONTINUATIONS.has(w) && !COUNTED_BY.has(n(tokens[j - 1])) && !/^\d+$/.test(tokens[j - 1]?.text ?? "")) {
      if (clauseAfterComma(tokens, j + 1, limit)) continue;
      return { at: j, contentStart: j, via: "prep", skip: t.text.startsWith("بـ") ? 2 : 1 };
    }
    if (triggerOf(tokens, j)) return null;
  }
  return null;
}

/** A complementizer, a colon or a quote later in the sentence (before `limit`). */
function openerAhead(tokens: Token[], from: number, limit: number): boolean {
  for (let j = from; j < Math.min(tokens.length, limit); j++) {
    const t = tokens[j];
    if (t.kind === "end") return false;
    if (t.kind === "colon" || (t.kind === "quote" && !quotedName(tokens, j)) || COMPLEMENTIZER.test(n(t))) return true;
  }
  return false;
}

/** A word that can close a subject phrase: a definite word (الجزائري) or a name word, not a construct noun still
 *  waiting for its genitive (هيئة، مجلس، رئيس). */
function endsSubject(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  const w = n(t);
  if (ADJUNCT_STARTERS.has(w) || PREP_WORDS[w] || COMMON_WORDS.has(w) || /^و?(?:على|إلى|الى)$/.test(t.text)) return false;
  if (/^(?:[وبلك]?ال|لل)/.test(w)) return !ROLE_HEADS.has(w);
  return nameLike(t, false) && !ROLE_CONTINUATIONS.has(w) && !ROLE_HEADS.has(w);
}

/** "، طلب عدم الكشف عن اسمه،": an aside on why the source is not named; the index of the comma that closes it, or -1. */
function anonymityAsideEnd(tokens: Token[], j: number): number {
  if (tokens[j]?.kind !== "comma" || !/^(?:طلب|طلبت|طلبوا|رفض|رفضت|رفضوا|فضل|فضلت|فضلوا|مفضلا|مفضله)$/.test(n(tokens[j + 1]))) return -1;
  const close = tokens.findIndex((t, x) => x > j + 1 && x < j + 14 && t.kind !== "word");
  return close > 0 && tokens[close].kind === "comma" ? close : -1;
}

/** `taMarbuta`: a word ending in ة may be a first name here (after a closed role phrase: "وزيرة الصحة هالة …"). */
function nameLike(t: Token, first: boolean, taMarbuta = false): boolean {
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  // Tanween (إعلاناً) marks an indefinite noun or adverb, never a name.
  if (/\d/.test(w) || w.length < 2 || /[\u064B-\u064D]/.test(t.text)) return false;
  // "على" and "إلى" are prepositions; normalization would make على the name علي.
  if (/^و?(?:على|إلى|الى)$/.test(t.text)) return false;
  if (isKnownName(w) || familyAl(t)) return true;
  if (w.startsWith("ال") && first) return false;
  // "وأعلن الوزير الجزائري استعداد بلاده": a verbal noun is the verb's object, never a first name.
  if (first && isMasdar(w)) return false;
  // "شركات التوزيع": a sound feminine plural never opens a person's name.
  if (first && /ات$/.test(w) && w.length >= 5) return false;
  if (w.startsWith("ال") && !/ي$/.test(w)) return false;
  if ((w.endsWith("ه") && !(taMarbuta && w.length > 2)) || COMMON_WORDS.has(w) || ROLE_HEADS.has(w) || isGroupHead(w) || ORG_HEADS.has(w)) return false;
  if (ROLE_CONTINUATIONS.has(w) || ADJUNCT_STARTERS.has(w) || COMPLEMENTIZER.test(w) || STATES[w] || TIME_WORDS.has(w) || TIME_WORDS.has(stripConj(w))) return false;
  if (REPORTING_VERBS.has(w) || REPORTING_VERBS.has(stripConj(w))) return false;
  if (/^(?:[بلك]ال|لل)/.test(w)) return false;
  // "لصحفيين"، "لمراسلين": a ل-phrase (an audience) and "تجمعوا" (a plural past verb) never continue a name.
  if (/^ل/.test(w) && /(?:ين|ون|ات)$/.test(w) && w.length >= 6) return false;
  if (/[^ا]وا$/.test(w) && w.length >= 5) return false;
  // "استقبل الوزير X نظيره التونسي": a companion noun with its pronoun (his counterpart, his colleague) is no name.
  if (/^(?:نظير|زميل|رفيق|صديق|شريك|مساعد|نايب|خصم|منافس|مضيف)(?:ت)?(?:ه|ها|هم)$/.test(w)) return false;
  // "فقال لمراسلنا"، "توقعت فيها": a preposition carrying a pronoun, or a ل-noun carrying one, is no name.
  if (PREPOSITION_WITH_PRONOUN.test(w) || audienceWithPronoun(w)) return false;
  return true;
}

const PREPOSITION_WITH_PRONOUN = /^(?:في|ل|من|عن|علي|الي|ب|مع|عند|لدي)(?:ه|ها|هم|هما|هن|نا|كم|ي)$/;
/** "لمراسلنا"، "لمراسليها": to whom it was said, a ل-noun carrying a pronoun (normalized word). */
const audienceWithPronoun = (w: string) => /^ل/.test(w) && /(?:نا|هم|كم|ها)$/.test(w) && w.length >= 6;

/** "، سنية الزواري،"، "، الحسين أوعلي،": a segment that is a full name alone, set off by commas after a role.
 *  A few Arabic first names carry ال (الحسين، الهادي); a role word never counts as one. */
function setOffName(seg: Token[] | undefined): boolean {
  if (!seg || seg.length < 2 || seg.length > 5) return false;
  if (nameRun(seg, 0, true) === seg.length) return true;
  const w = n(seg[0]);
  return surnameLike(w) && nameRun(seg, 1, true) === seg.length;
}

/** A definite word that can be a family name (الزين، الحداد، القاسمي): not a title, a body, a group,
 *  an adjunct, a place, a plural or a feminine noun. */
export function surnameLike(word: string, afterFirstName = false): boolean {
  const w = normAr(word);
  if (isKnownName(w) && w.startsWith("ال")) return true;
  // Plurals (المسؤولين) are longer than the short names ending the same way (الزين، الحسين، الدين).
  // A ة-final word is a feminine noun, except right after a first name (العمايرة، الطراونة).
  return w.startsWith("ال") && w.length > 3 && (afterFirstName || !w.endsWith("ه")) && !/(?:ون|ات|اء)$/.test(w) && !(/ين$/.test(w) && w.length > 6) && !COMMON_WORDS.has(w) && !ROLE_HEADS.has(w)
    && !isGroupHead(w) && !ORG_HEADS.has(w) && !ROLE_CONTINUATIONS.has(w) && !ADJUNCT_STARTERS.has(w) && !STATES[w] && !REPORTING_VERBS.has(w) && !TIME_WORDS.has(w);
}

/** End of the name starting at seg[from]: first names, then at most one ال-surname (which ends the
 *  name unless it is part of a compound: عبد الرحيم، أبو الفضل). */
function nameRun(seg: Token[], from: number, taMarbuta = false): number {
  let j = from;
  while (j < seg.length && j - from < 6) {
    const t = seg[j];
    const w = n(t);
    if (familyAl(t) && seg[j + 1]) {
      // "راشد آل منصور"، "آل منصور": آل and the family word after it are one part of the name.
      j++;
      continue;
    }
    if (j > from && NAME_LINKS.has(n(seg[j - 1])) && !w.startsWith("ال") && linkedWord(t)) {
      // "أبو طالب"، "بن ناصر": whatever word a name particle governs belongs to the name.
      j++;
      continue;
    }
    if (j === from) {
      if (!nameLike(t, true, taMarbuta)) break;
    } else if (/^ا.{2,3}$/.test(w) && n(seg[j + 1]) === "من") {
      break; // "ذهبت شكري أبعد من ذلك": an elative before من (أبعد، أكثر، أقل) compares, it names nobody
    } else if (w.startsWith("ال")) {
      // "فاطمة الزهراء بن يوسف"، "نور الدين بن علي": an ال-word before بن/بنت ends a compound first name, not the name.
      if (compoundBeforeLink(seg, j, from)) {
        j++;
        continue;
      }
      // After a first name (العمايرة) or a link (عبد الله) a ة-final ال-word is still a name.
      if (!surnameLike(w, true)) break;
      j++;
      if (!NAME_LINKS.has(n(seg[j - 2]))) break;
      continue;
    } else if (!nameLike(t, false, taMarbuta) && !(NAME_LINKS.has(n(seg[j - 1])) && nameLike(t, false, true))) break; // أبو شقرة
    j++;
  }
  // A particle (أبو، بن، عبد، آل) never ends a name: what it governs is missing, so the name is not read.
  while (j > from && (NAME_LINKS.has(n(seg[j - 1])) || familyAl(seg[j - 1]))) j--;
  return j;
}

/** Where the name starts after one to three definite descriptive words (السائح الألماني …) when the rest of the
 *  segment is a name of two words or more: foreign names and ones closed by بن + a word carry no ال-surname.
 *  The name may open on an ال-first name when بن follows it (الهادي بن يوسف). */
function describedName(seg: Token[]): number | null {
  for (let t = 1; t <= 3 && t <= seg.length - 2; t++) {
    const w = n(seg[t - 1]);
    if (!/^ال/.test(w) || TIME_WORDS.has(w) || ORG_HEADS.has(w) || GROUP_HEADS.has(w) || STATES[w]) return null;
    if (NAME_LINKS.has(n(seg[t]))) return null;
    const linked = n(seg[t]).startsWith("ال") && ["بن", "ابن", "بنت"].includes(n(seg[t + 1])) && t + 3 === seg.length && linkedWord(seg[t + 2]);
    // "… بلهجة حازمة": a name does not end on a ة-final word (an adjective agreeing with a noun).
    if (linked || (nameRun(seg, t, true) === seg.length && !n(seg[seg.length - 1]).endsWith("ه"))) return t;
  }
  return null;
}

/** An ال-word followed by بن/بنت/ابن and a word it governs: the second half of a compound first name. */
function compoundBeforeLink(seg: Token[], j: number, from = 0): boolean {
  const w = n(seg[j]);
  const link = n(seg[j + 1]);
  // "فاطمة الزهراء بلعربي،": right after a single first name, one indefinite name word closing the segment after the
  // ال-word is the family name.
  const lastName = j === from + 1 && j + 2 === seg.length && !!seg[j + 1] && !link.startsWith("ال") && nameLike(seg[j + 1], false) && !NAME_LINKS.has(link);
  if (!lastName && (!["بن", "بنت", "ابن"].includes(link) || !seg[j + 2] || !linkedWord(seg[j + 2]))) return false;
  return !ROLE_HEADS.has(w) && !ORG_HEADS.has(w) && !GROUP_HEADS.has(w) && !COMMON_WORDS.has(w) && !TIME_WORDS.has(w) && !ADJUNCT_STARTERS.has(w) && !STATES[w] && !/^(?:[بلك]ال|لل)/.test(w);
}

/** "آل" (the family of), written with madda: normalization makes it look like the article ال. */
function familyAl(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && /^[وف]?آل$/.test(t.text);
}

/** The word after a name particle: any word but a preposition, a complementizer, an adjunct or a time word. */
function linkedWord(t: Token): boolean {
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  if (/\d/.test(w) || /[\u064B-\u064D]/.test(t.text) || /^و?(?:على|إلى|الى)$/.test(t.text)) return false;
  return !PREP_WORDS[w] && !["في", "فى", "ان", "انه", "انها", "بان", "بانه"].includes(w) && !COMPLEMENTIZER.test(w) && !ADJUNCT_STARTERS.has(w) && !TIME_WORDS.has(w) && !NAME_LINKS.has(w);
}

/** Start of a full name closing the segment ("… حاتم الجبالي"، "… منير بن عبد الله الزواري"): a first name,
 *  linked parts (بن، عبد، أبو) and an ال-surname; null when the segment does not end so. */
function tailName(seg: Token[], from: number): number | null {
  let last = seg.length - 1;
  // "… راشد آل منصور": آل + a family word closes the name like an ال-surname.
  const family = last - from >= 2 && familyAl(seg[last - 1]) && linkedWord(seg[last]);
  if (family) last--;
  else if (last - from < 1 || !surnameLike(seg[last].text, true) || NAME_LINKS.has(n(seg[last - 1]))) return null;
  let t = last - 1;
  // "طارق عبد الحميد الراوي": a compound (عبد/أبو + ال-word) right before the surname.
  if (t - 1 >= from && COMPOUND_HEADS.has(n(seg[t - 1])) && n(seg[t]).startsWith("ال")) t--;
  else if (!nameLike(seg[t], true, true) || (/^و/.test(n(seg[t])) && !isKnownName(n(seg[t])) && t > 0)) return null;
  const t0 = t;
  while (t - 1 >= from) {
    if (NAME_LINKS.has(n(seg[t - 1]))) t--;
    else if (NAME_LINKS.has(n(seg[t])) && nameLike(seg[t - 1], true, true)) t--;
    // "عبد الله بن سالم …": a compound first name (عبد/أبو + ال-word) before a link.
    else if (NAME_LINKS.has(n(seg[t])) && t - 2 >= from && COMPOUND_HEADS.has(n(seg[t - 2])) && n(seg[t - 1]).startsWith("ال")) t -= 2;
    // "… لدى المنظمة ريما خليل الحسيني": a first name before the father's name, once the role has closed on a definite word.
    else if (t === t0 && nameLike(seg[t - 1], true, true) && (t - 1 === from || /^(?:[وبلك]?ال|لل)/.test(n(seg[t - 2])))) t--;
    else break;
  }
  if (NAME_LINKS.has(n(seg[t])) && !COMPOUND_HEADS.has(n(seg[t]))) return null;
  // "الوزير خلال حفل الافتتاح": a time or occasion adjunct before it shows the words are no name.
  if (seg.slice(from, t).some((x, k) => (OCCASION_ADJUNCTS.has(n(x)) && !accreditedTo(seg, from + k)) || isOccasion(n(x)))) return null;
  // "ردّ الوزير على مخاوف أصحاب الأعمال": after such a preposition come its object's words, not the speaker's name.
  if (seg.slice(from, t).some((x) => OBJECT_PREPOSITIONS.has(n(x)))) return null;
  return t;
}

/** "سفيرة البلاد لدى المنظمة"، "مندوب لدى واشنطن": لدى before a definite noun or a state says where a role is held
 *  (unlike "لدى وصوله": a verbal noun with its pronoun, an occasion). */
function accreditedTo(seg: Token[], k: number): boolean {
  const next = n(seg[k + 1]);
  return n(seg[k]) === "لدي" && (/^ال/.test(next) || !!STATES[next]);
}

/** Prepositions that govern a verb's object (ردّ على، تحدث عن), never part of a role phrase. */
const OBJECT_PREPOSITIONS = new Set(["علي", "الي", "عن", "مع", "حول", "ضد", "بشان"]);

/** Adjunct starters that are never inside a role phrase (unlike في، من، لـ …). */
const OCCASION_ADJUNCTS = new Set(["خلال", "اثناء", "عقب", "بعد", "قبل", "امام", "عبر", "وسط", "ضمن", "لدي", "يوم", "اليوم", "امس", "مساء", "صباح", "حتي"]);

/** Honorifics written before a person's name (not offices): الدكتور، البروفيسور، الأستاذ الدكتور، اللواء، الشيخ. */
const HONORIFICS = new Set(["الدكتور", "الدكتوره", "الحاج", "الحاجه", "المقدم", "الرايد", "الملازم", "د", "البروفيسور", "البروفيسوره", "الاستاذ", "الاستاذه", "اللواء", "العميد", "العقيد", "المهندس", "المهندسه", "الشيخ", "السيد", "السيده", "المحامي", "المحاميه"]);

/** End of the name after an honorific ("الشيخ صباح الخالد"): after a title of address even a word that is also a
 *  common noun (صباح، أمل) is a first name; then name words up to and with an ال-surname. */
function honoredNameEnd(seg: Token[], from: number): number {
  const t = seg[from];
  if (!t || t.kind !== "word" || /\d/.test(t.text) || /[\u064B-\u064D]/.test(t.text) || /^(?:[وبلك]?ال|لل)/.test(n(t)) || !linkedWord(t) && !ADJUNCT_STARTERS.has(n(t))) return from;
  if (PREP_WORDS[n(t)] || ["في", "فى"].includes(n(t))) return from;
  const rest = nameRun(seg, from + 1, true);
  if (rest > from + 1) return rest;
  return seg[from + 1] && surnameLike(seg[from + 1].text, true) ? from + 2 : from + 1;
}

/** Links that open a compound first name: عبد الله، أبو بكر. */
const COMPOUND_HEADS = new Set(["عبد", "ابو"]);

/** Role words: definite words, genitive continuations, words with a ta marbuta, ب/ل + noun. */
function roleLike(t: Token): boolean {
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  if (isKnownName(w) && !w.startsWith("ال")) return false;
  return w.startsWith("ال") || /^(?:[بلكو]ال|لل)/.test(w) || ROLE_CONTINUATIONS.has(w) || w.endsWith("ه") || ROLE_HEADS.has(w);
}

// The first token's own text (it may have lost an attached ل: "لمحللين" → "محللين").
const surface = (line: string, ts: Token[]) => (ts.length ? ts[0].text + line.slice(ts[0].end, ts[ts.length - 1].end) : "");

/** Article-wide knowledge the patterns use: the full name an article gives a surname ("الزين" → "عمر الزين"). */
export interface ArabicContext {
  fullName(surname: string): string | null;
  /** "باناجة" → "حسن باناجة", "الخصاونة" → "عوض الخصاونة": the same for a ة-final family name, which alone reads as a
   *  feminine noun. */
  fullNameOfFeminineForm(surname: string): string | null;
  /** "آل عمران" → "يوسف آل عمران": the full name the article gives a family name written with آل. */
  familyName(family: string): string | null;
}

const NO_CONTEXT: ArabicContext = { fullName: () => null, fullNameOfFeminineForm: () => null, familyName: () => null };

/** Full names of the article by surname: "<first name> <ال-surname>" (or "عبد/أبو X <surname>") as first written. */
export function arabicContext(paragraphs: Paragraph[]): ArabicContext {
  const cache = new Map<string, string | null>();
  const WORD = /[\p{L}\p{M}]+/gu;
  const find = (key: string): string | null => {
    for (const p of paragraphs) {
      const ws = [...p.text.matchAll(WORD)].map((m) => ({ kind: "word" as const, text: m[0], start: m.index!, end: m.index! + m[0].length }));
      for (let i = 1; i < ws.length; i++) {
        if (normAr(ws[i].text) !== key) continue;
        const adjacent = (a: number) => /^\s+$/.test(p.text.slice(ws[a].end, ws[a + 1].start));
        let b = i - 1;
        if (!adjacent(b)) continue;
        // "عبد الرحمن الشهابي"، "يوسف عبد الجليل الحسيني": a compound first name ends in an ال-word.
        const compound = b > 0 && adjacent(b - 1) && NAME_LINKS.has(normAr(ws[b - 1].text)) && normAr(ws[b].text).startsWith("ال");
        if (compound) {
          b--;
          // "وزير المياه والري عبد الرحمن الخطيب": a definite word (with or without و) ends the role, never opens the name.
          if (b > 0 && adjacent(b - 1) && nameLike(ws[b - 1], true) && !LEAD_PARTICLES.has(normAr(ws[b - 1].text)) && !/^(?:[وف]?ال|لل)/.test(normAr(ws[b - 1].text))) b--;
          return p.text.slice(ws[b].start, ws[i].end);
        }
        if (!nameLike(ws[b], true, true) || LEAD_PARTICLES.has(normAr(ws[b].text))) continue;
        // "سالم المهيري" → "بن سالم المهيري" → "عبد الله بن سالم المهيري": links and the names before them.
        while (b > 0 && adjacent(b - 1) && NAME_LINKS.has(normAr(ws[b - 1].text))) {
          b--;
          if (COMPOUND_HEADS.has(normAr(ws[b].text))) break;
          const w1 = b > 0 && adjacent(b - 1) ? normAr(ws[b - 1].text) : "";
          if (w1.startsWith("ال") && b > 1 && adjacent(b - 2) && COMPOUND_HEADS.has(normAr(ws[b - 2].text))) b -= 2;
          else if (w1 && nameLike(ws[b - 1], true) && !LEAD_PARTICLES.has(w1)) b--;
          else break;
        }
        // "أحمد أمين الحلبي": a known first name before the father's name.
        if (b === i - 1 && b > 0 && adjacent(b - 1) && isKnownName(normAr(ws[b - 1].text)) && !normAr(ws[b - 1].text).startsWith("ال")) b--;
        return p.text.slice(ws[b].start, ws[i].end);
      }
    }
    return null;
  };
  const findFamily = (family: string): string | null => {
    const word = family.split(/\s+/)[1];
    for (const p of paragraphs) {
      for (const m of p.text.matchAll(new RegExp(`([\\p{L}\\p{M}]+)\\s+آل\\s+${word}(?![\\p{L}\\p{M}])`, "gu"))) {
        const given = { kind: "word" as const, text: m[1], start: 0, end: m[1].length };
        if (nameLike(given, true, true) && !LEAD_PARTICLES.has(normAr(m[1])) && !REPORTING_VERBS.has(stripConj(normAr(m[1])))) return `${m[1]} آل ${word}`;
      }
    }
    return null;
  };
  return {
    fullName(surname) {
      const key = normAr(surname);
      if (!cache.has(key)) cache.set(key, surnameLike(key) ? find(key) : null);
      return cache.get(key)!;
    },
    fullNameOfFeminineForm(surname) {
      const key = normAr(surname);
      if (!key.endsWith("ه") || COMMON_WORDS.has(key) || ROLE_HEADS.has(key) || ORG_HEADS.has(key)) return null;
      if (!cache.has(`ة ${key}`)) cache.set(`ة ${key}`, find(key));
      return cache.get(`ة ${key}`)!;
    },
    familyName(family) {
      const key = `آل ${normAr(family.split(/\s+/)[1] ?? "")}`;
      if (!/^آل\s+\S+$/.test(family)) return null;
      if (!cache.has(key)) cache.set(key, findFamily(family));
      return cache.get(key)!;
    },
  };
}

/** Removes an attached ل from a source after وفقاً/بحسب ("لمحللين" → "محللين", "للوزارة" → "الوزارة"). */
function withoutLam(t: Token): Token {
  if (t.kind !== "word" || !/^ل/.test(t.text) || t.text.length < 4 || isKnownName(normAr(t.text))) return t;
  if (t.text.startsWith("لل")) return { ...t, text: "ال" + t.text.slice(2), start: t.start + 2 };
  if (t.text.startsWith("لـ")) return { ...t, text: t.text.slice(2), start: t.start + 2 };
  return { ...t, text: t.text.slice(1), start: t.start + 1 };
}

function splitSegments(tokens: Token[]): Token[][] {
  const segs: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "comma") segs.push([]);
    else if (t.kind === "word") segs[segs.length - 1].push(t);
    else if (t.kind === "paren") continue;
    else segs[segs.length - 1].push(t);
  }
  return segs.filter((s) => s.length);
}

/** Cuts a segment at the first time/place/audience adjunct (keeping "في <place>" after a group or a body, and
 *  "في/من <body>" after a group: "مصادر في وزارة الطاقة اللبنانية"). */
function cutAdjuncts(seg: Token[], isGroup: boolean, isBody = false): Token[] {
  for (let k = 1; k < seg.length; k++) {
    const w = n(seg[k]);
    if (k === 1 && w === "من" && QUANTITY_HEADS.has(n(seg[0]))) continue; // "عدد من الركاب"
    // "… الشهر الماضي"، "… العام المقبل": a time phrase after the source is not part of it.
    if (TIME_NOUNS.has(w) && TIME_ADJECTIVES.has(n(seg[k + 1]))) return seg.slice(0, k);
    const place = seg[k + 1] && !n(seg[k + 1]).startsWith("ال") && !isOccasion(n(seg[k + 1])) && k + 2 >= seg.length;
    if ((isGroup || isBody) && (w === "في" || w === "فى") && place) return seg;
    if (isGroup && ["في", "فى", "من"].includes(w) && seg[k + 1] && ORG_HEADS.has(n(seg[k + 1]).replace(/^ال/, ""))) {
      let e = k + 2;
      while (e < seg.length && seg[e].kind === "word" && /^(?:ال|لل)/.test(n(seg[e])) && !TIME_WORDS.has(n(seg[e]))) e++;
      return seg.slice(0, e);
    }
    // "شركة «درع» المحلية": a short quoted name inside the source goes on with it.
    const quotedBodyName = seg[k].kind === "quote" && !!seg[k].span && seg[k].span!.end - seg[k].span!.start <= 30 && k >= 1;
    if (ADJUNCT_STARTERS.has(w) || (seg[k].kind !== "word" && !quotedBodyName)) return seg.slice(0, k);
  }
  return seg;
}

const TIME_NOUNS = new Set(["الشهر", "العام", "الاسبوع", "اليوم", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "الصيف", "الشتاء", "الربيع", "الخريف", "السنه", "الليله"]);
const TIME_ADJECTIVES = new Set(["الماضي", "الماضيه", "المقبل", "المقبله", "الجاري", "الحالي", "الفايت", "المنصرم", "الماضيين"]);

/** "أولياء أمور تجمعوا أمام …": a group phrase ends before a verb of its own (a plural past verb). */
function cutGroup(seg: Token[]): Token[] {
  // "أبدى سكان تذمرهم من …": a noun with their pronoun after the group is the verb's object.
  const v = seg.findIndex((t, k) => k > 0 && (/^[^ا].{2,}وا$/.test(n(t)) || (k === 1 && /^.{3,}هم$/.test(n(t)) && !GROUP_HEADS.has(n(t)))));
  return v > 0 ? seg.slice(0, v) : seg;
}

/** Kinship words with a possessive pronoun: والدته، زوجتها، شقيقه، ابنتهم. */
const KIN_WITH_PRONOUN = /^(?:و?(?:والد|والدت|ام|اب|ابن|ابنت|شقيق|شقيقت|زوج|زوجت|اخ|اخت|جد|جدت|عم|عمت|خال|خالت|ارملت|ارمل))(?:ه|ها|هم|هما)$/;

/** Pronoun-bearing words that stand for a subject: لكنه، إلا أنها، بعضهم (gender null: the verb's). */
const PRONOUN_SUBJECTS: Record<string, Gender | null> = {
  لكنه: "m", لكنها: "f", لكنهم: "pl", ولكنه: "m", ولكنها: "f", ولكنهم: "pl", انه: "m", انها: "f", انهم: "pl",
  بعضهم: "pl", بعضهن: "pl", وبعضهم: "pl",
};
const SUBORDINATORS = new Set(["حين", "ثم", "اذ", "حيث", "لما", "بينما", "فيما", "كما", "عندها", "حينها", "وقتها", "بدوره", "بدورها", "بدورهم"]);
/** Quantity nouns before a group: "عدد من"، "بعض"، "عشرات"، "مئات"، "كثير من". */
const QUANTITY_HEADS = new Set(["عدد", "بعض", "عشرات", "مئات", "الاف", "كثير", "العديد", "غالبيه", "اغلب", "معظم"]);

/** An adverb or adjunct opens the words after the verb ("وأضاف مجدداً أن"، "وقال في مؤتمر صحفي إن"):
 *  no subject is written there, so the verb's own (pronoun) subject is meant. */
export function noSubjectWritten(region: Token[]): boolean {
  const first = region.find((t) => t.kind === "word");
  if (!first) return true;
  const w = n(first);
  // "والي الولاية": a title whose و is a root letter, not the conjunction before إلى.
  if (ROLE_HEADS.has(w)) return false;
  // "قد صرح الشهر الماضي بأن …"، "أعلن مطلع الأسبوع أن …": a time phrase, no subject.
  if (TIME_WORDS.has(w) || TIME_WORDS.has(stripConj(w))) return true;
  return ADJUNCT_STARTERS.has(w) || SUBORDINATORS.has(w) || /^(?:بعد|عند|حين|كل|مثل|ريث)ما$/.test(w) || ADJUNCT_STARTERS.has(w.replace(/^[وف]/, "")) || /[\u064B]/.test(first.text) || /^(?:[لب]ـ|ل(?:ل|ه|ها|هم)$)/.test(w) || audienceWithPronoun(w) || PARTICIPLES.has(w);
}

/** Parses the words between the verb and the content into a speaker mention (null: no speaker written). */
export function parseArabicSubject(line: string, base: number, region: Token[], gender: Gender, ctx: ArabicContext = NO_CONTEXT): Mention | null {
  const segs = splitSegments(region);
  if (!segs.length) return null;
  let seg0 = segs[0];
  const first = n(seg0[0]);
  if (!ROLE_HEADS.has(first) && (ADJUNCT_STARTERS.has(first) || (/^[وف]/.test(first) && ADJUNCT_STARTERS.has(first.slice(1))))) return null;
  if (TIME_WORDS.has(first) || TIME_WORDS.has(stripConj(first))) return null;
  if (n(seg0[0]) === "كل" && n(seg0[1]) === "من") seg0 = seg0.slice(2);
  if (!seg0.length || seg0[0].kind !== "word") return null;
  // "«…»، قالت عثمان للجزيرة نت، «…»": a name, then whom it was said to (لل…): the audience is no part of the speaker.
  const named = nameRun(seg0, 0);
  if (named >= 1 && named < seg0.length && /^لل./.test(n(seg0[named]))) seg0 = seg0.slice(0, named);
  const head = n(seg0[0]);
  const pos = base + seg0[0].start;
  const mention = (kind: Mention["kind"], ts: Token[], role: string | null): Mention => ({ kind, surface: surface(line, ts), role, gender, pos });
  // "لكنها شددت"، "إلا أنه حذر"، "وزعم بعضهم": a pronoun, resolved like a verb's own subject.
  const pronoun = PRONOUN_SUBJECTS[head];
  if (pronoun !== undefined && seg0.length === 1) return { kind: "pronoun", surface: "", role: null, gender: pronoun ?? gender, pos };
  // "يضيف ذات المتحدث"، "وقال المصدر نفسه": "the same speaker" refers like the verb's own pronoun subject.
  if (seg0.length === 2 && sameReferent(seg0)) return { kind: "pronoun", surface: "", role: null, gender, pos };
  // "عدد من الركاب"، "بعض السكان"، "عشرات المزارعين": a quantity of a group is the group.
  const quantity = QUANTITY_HEADS.has(head) ? (n(seg0[1]) === "من" ? 2 : 1) : 0;
  if (quantity && seg0[quantity] && (GROUP_HEADS.has(n(seg0[quantity])) || /(?:ون|ين)$/.test(n(seg0[quantity])))) {
    return mention("group", cutGroup(cutAdjuncts(seg0, true)), null);
  }

  const joined = normAr(surface(line, cutAdjuncts(seg0, false)));
  if (STATES[joined]) return mention("state", cutAdjuncts(seg0, false), null);
  if (isGroupHead(head)) return mention("group", cutGroup(cutAdjuncts(seg0, true)), null);
  if (DOCUMENT_HEADS.has(head) && seg0.length > 2) {
    // "تقرير صادر عن المرصد …"، "بيان أصدرته الوزارة"، "تقرير لمنظمة …": the author is the source.
    // "تقرير أولي أعدته شركة …": one indefinite adjective (a nisba) may come between the document and its author.
    const d = seg0.length > 3 && /^.{3,}ي$/.test(n(seg0[1])) && !n(seg0[1]).startsWith("ال") && !/^(?:ال)?صادر/.test(n(seg0[1])) ? 2 : 1;
    const by = /^(?:ال)?صادر(?:ه)?$/.test(n(seg0[d])) && n(seg0[d + 1]) === "عن" ? d + 2 : /^(?:اصدر|اعد)(?:ه|ته|ها)$/.test(n(seg0[d])) ? d + 1 : 0;
    const rest = by ? seg0.slice(by) : /^ل/.test(n(seg0[1])) ? [withoutLam(seg0[1]), ...seg0.slice(2)] : [];
    const author = rest.length ? cutAdjuncts(rest, false) : [];
    if (author.length) return mention(STATES[normAr(surface(line, author))] ? "state" : "organization", author, null);
  }
  if (ORG_HEADS.has(head)) {
    const ts = seg0.length > 1 && n(seg0[1]) === "من" ? seg0 : cutAdjuncts(seg0, false, true);
    return mention("organization", ts, null);
  }
  const appositionRole = (seg: Token[] | undefined): string | null => {
    if (!seg || seg[0].kind !== "word") return null;
    const w = n(seg[0]);
    // "العميد، اليوم السبت 15 إبريل 2023،": a date set off by commas says when, it is no role.
    if (TIME_WORDS.has(w) || TIME_WORDS.has(stripConj(w)) || seg.some((t) => /\d/.test(t.text))) return null;
    return ROLE_HEADS.has(w) || ["الذي", "التي"].includes(w) || w.startsWith("ال") ? surface(line, seg) : null;
  };
  const roles = (...rs: (string | null)[]) => rs.filter(Boolean).join("، ") || null;
  const honorificName = (seg: Token[] | undefined): Mention | null => {
    if (!seg || seg.length < 3 || seg.length > 8 || !HONORIFICS.has(n(seg[0]))) return null;
    const m = parseArabicSubject(line, base, seg, gender, ctx);
    return m?.kind === "name" && line.slice(0, seg[seg.length - 1].end).endsWith(m.surface) ? m : null;
  };
  // "وقالت والدته، نجاة القاسمي، وهي تغالب دموعها:": a kin word with its pronoun, then the name set off by commas.
  if (seg0.length === 1 && KIN_WITH_PRONOUN.test(head) && segs[1] && segs[1].length >= 2 && segs[1].length <= 4 && nameRun(segs[1], 0, true) === segs[1].length) {
    return mention("name", segs[1], surface(line, seg0));
  }
  const unnamed = anonymousSource(seg0, segs[1]);
  if (unnamed) return mention("group", unnamed, null);
  if (ROLE_HEADS.has(head)) {
    // "أستاذ علوم البحار في جامعة …، البروفيسور X،": an honorific name set off by commas after the role phrase
    // is the role's holder, whatever the role phrase's genitives look like.
    const honored = honorificName(segs[1]);
    if (honored) return { ...honored, role: roles(surface(line, seg0), honored.role) };
    let k = 1;
    // Once the role has a definite word ("وزيرة الصحة"), an indefinite word that does not continue it
    // starts the name ("هالة منصور"): a construct ends at its definite member.
    let definite = head.startsWith("ال");
    // "الخبيرة في شؤون المياه ليلى منصور": في inside a role phrase when a role word follows.
    const isDefinite = (x: number) => /^(?:[وبلك]?ال|لل)/.test(n(seg0[x]));
    // "في علوم الغابات"، "في اقتصاد النقل"، "في بيروت": a في-phrase inside the role (its object, a construct or a place).
    const inPhrase = (x: number) => !!seg0[x] && (roleLike(seg0[x]) || !!STATES[n(seg0[x])] || (!!seg0[x + 1] && isDefinite(x + 1) && !isKnownName(n(seg0[x]))));
    const inRole = (x: number) => {
      // "رئيس نادي "النجمة" الرياضي": a quoted name inside the role, and the construct noun before it.
      if (seg0[x].kind === "quote" || seg0[x + 1]?.kind === "quote") return true;
      const w = n(seg0[x]);
      const prev = n(seg0[x - 1]);
      // "وقالت الوزيرة في مقابلة مع …": where the speaker spoke ends the role.
      if (["في", "فى"].includes(w) && isOccasion(n(seg0[x + 1]))) return false;
      // "رئيس مجلس الوزراء الشيخ صباح الخالد": an honorific before a name ends the role; the name follows it.
      if (x >= 1 && HONORIFICS.has(w) && honoredNameEnd(seg0, x + 1) > x + 1) return false;
      if (["في", "فى"].includes(prev)) return true; // its object, checked when في was taken
      // "رئيسة جامعة أسيوط": the word after an indefinite construct noun is its genitive, not a name.
      if (x >= 2 && !isDefinite(x - 1) && (prev.endsWith("ه") || ROLE_CONTINUATIONS.has(prev)) && !isDefinite(x) && !isKnownName(w)) return true;
      const continues = ROLE_CONTINUATIONS.has(w) || ROLE_CONTINUATIONS.has(w.replace(/(?:ه|ها|هم)$/, "")); // باسمه
      if (definite && !/^(?:[وبلك]?ال|لل|في$|فى$)/.test(w) && !continues && !ROLE_HEADS.has(w)) return false;
      return (roleLike(seg0[x]) && !ADJUNCT_STARTERS.has(w)) || (["في", "فى"].includes(w) && inPhrase(x + 1));
    };
    while (k < seg0.length && inRole(k)) {
      if (/^(?:[وبلك]?ال|لل)/.test(n(seg0[k])) || seg0[k].kind === "quote") definite = true;
      k++;
    }
    const roleTs = seg0.slice(0, k);
    const honorific = k < seg0.length && HONORIFICS.has(n(seg0[k]));
    if (honorific) k++;
    let j = honorific ? honoredNameEnd(seg0, k) : nameRun(seg0, k, definite);
    // "ونبّه وزير التربية الأولياء وتلاميذ …": after the role, a word carrying the conjunction و joins objects; a name
    // does not open so (unless the list knows it: وليد، وفاء).
    if (!honorific && j > k && /^و/.test(n(seg0[k])) && !isKnownName(n(seg0[k]))) j = k;
    const nameTs = seg0.slice(k, j);
    if (j < seg0.length || !nameTs.length) {
      // "المدير العام لشركة نقل تونس حاتم الجبالي": the role's genitives run on; the full name closes the phrase.
      const t = tailName(seg0, Math.max(k, 1));
      if (t !== null) return mention("name", seg0.slice(t), roles(surface(line, seg0.slice(0, t)), appositionRole(segs[1])));
    }
    // "لشركة كهرباء حلب نزار الخطيب": a genitive may have its own genitive; a closing full name says where the role ends.
    const openConstruct = k >= 3 && !/^(?:[وبلك]?ال|لل)/.test(n(seg0[k - 1]));
    if (openConstruct && nameTs.length >= 3) {
      const t = tailName(seg0, k + 1);
      if (t !== null) return mention("name", seg0.slice(t), roles(surface(line, seg0.slice(0, t)), appositionRole(segs[1])));
    }
    const seg1 = segs[1];
    // "رئيسة الجمعية الوطنية لحماية المستهلك، منى …"، "نقيب أصحاب المخابز، فارس …": words after the role that are
    // no known first name, then a full name set off by commas: the words end the role and the name is its holder.
    if (nameTs.length && !isKnownName(n(nameTs[0])) && setOffName(seg1)) {
      return mention("name", seg1, roles(surface(line, seg0), appositionRole(segs[2])));
    }
    if (nameTs.length) return mention("name", nameTs, roles(surface(line, roleTs), appositionRole(segs[1])));
    if (seg1 && (setOffName(seg1) || (seg1.length <= 5 && nameRun(seg1, 0) === seg1.length))) return mention("name", seg1, roles(surface(line, roleTs), appositionRole(segs[2])));
    // "وزير التعليم العالي، الدكتور عبد العزيز أبو الخير،": the titled name set off by commas is the role's holder.
    const titled = seg1 && seg1.length <= 7 && ROLE_HEADS.has(n(seg1[0])) ? parseArabicSubject(line, base, seg1, gender, ctx) : null;
    if (titled?.kind === "name" && line.slice(0, seg1[seg1.length - 1].end).endsWith(titled.surface)) {
      return { ...titled, role: roles(surface(line, roleTs), titled.role) };
    }
    // "المتحدثة باسم شركة …، المالكة للناقلة، ريم آل شبيب،": an apposition describing the body, then the holder's name.
    const seg2 = segs[2];
    if (seg1 && appositionRole(seg1) && nameRun(seg1, 0, true) < seg1.length && seg2 && seg2.length >= 2 && seg2.length <= 5 && nameRun(seg2, 0, true) === seg2.length) {
      return mention("name", seg2, roles(surface(line, roleTs), surface(line, seg1)));
    }
    return mention("title", roleTs, surface(line, roleTs));
  }
  // A definite noun the role list does not know, then a name: "الممرضة هبة سلامة"، "النائبة لينا حداد".
  if (head.startsWith("ال") && seg0.length > 1 && !surnameLike(head)) {
    const j = nameRun(seg0, 1, true);
    if (j === seg0.length && (j - 1 >= 2 || isKnownName(n(seg0[1])))) return mention("name", seg0.slice(1, j), roles(surface(line, seg0.slice(0, 1)), appositionRole(segs[1])));
  }
  // "المرشح الفائز طارق عبد الحميد الراوي": definite descriptive words, then a full name closing the phrase.
  if (head.startsWith("ال") && seg0.length >= 3) {
    const t = tailName(seg0, 1);
    if (t !== null && t >= 1 && seg0.slice(0, t).every((x) => /^(?:ال|لل)/.test(n(x)) && !TIME_WORDS.has(n(x)))) {
      return mention("name", seg0.slice(t), roles(surface(line, seg0.slice(0, t)), appositionRole(segs[1])));
    }
  }
  // A surname alone ("قال السعدي"): the article's full name for it, when the article gives one.
  if (surnameLike(seg0[0].text)) {
    const full = ctx.fullName(seg0[0].text);
    if (full) return { kind: "name", surface: full, role: appositionRole(segs[1]), gender, pos };
    // Else a lone surname: it can only refer to a speaker already named in full (see resolveSpeakers).
    if (seg0.length === 1 || ADJUNCT_STARTERS.has(n(seg0[1]))) return { kind: "name", surface: seg0[0].text, role: appositionRole(segs[1]), gender, pos };
  }
  // After the surname lookup, so that "قال السويدي بلهجة حازمة" stays the article's السويدي.
  // "السائح الألماني كلاوس ريشتر"، "الحرفي الهادي بن يوسف": definite descriptive words, then a name with no ال-surname.
  const described = head.startsWith("ال") ? describedName(seg0) : null;
  if (described !== null) return mention("name", seg0.slice(described), roles(surface(line, seg0.slice(0, described)), appositionRole(segs[1])));
  // "وقال باناجة في تصريح …" after "عادل حسن باناجة": a ة-final family name alone, which the article wrote after a first name.
  if (seg0.length === 1 || ADJUNCT_STARTERS.has(n(seg0[1]))) {
    const full = ctx.fullNameOfFeminineForm(seg0[0].text);
    if (full) return { kind: "name", surface: full, role: appositionRole(segs[1]), gender, pos };
  }
  // "قالت هالة أبو شقرة، رئيسة النقابة،": a full name set off by a role apposition may open on a ة-final first name.
  if (seg0.length >= 2 && segs[1]?.[0] && ROLE_HEADS.has(n(segs[1][0])) && nameLike(seg0[0], true, true) && nameRun(seg0, 0, true) === seg0.length) {
    return mention("name", seg0, appositionRole(segs[1]));
  }
  if (nameLike(seg0[0], true)) {
    // An indefinite role head the list does not know, its genitive, then a full name:
    // "نقيب المعلمين جمال أبو شقرة" (the role is not the name "نقيب").
    let r = 1;
    const genitive = (x: number) => {
      const w = n(seg0[x]);
      if (/^(?:[وبلك]?ال|لل)/.test(w)) return true; // a full name must still follow, so "سمير الحداد" stays a name
      // An indefinite noun inside the construct (كلية الطب): a ة-final or listed word before a definite one.
      return (w.endsWith("ه") || ROLE_CONTINUATIONS.has(w)) && /^(?:[وبلك]?ال|لل)/.test(n(seg0[x + 1]));
    };
    while (r < seg0.length && genitive(r)) r++;
    if (r > 1 && r < seg0.length) {
      const e = nameRun(seg0, r, true);
      if (e === seg0.length && e - r >= 2) return mention("name", seg0.slice(r, e), roles(surface(line, seg0.slice(0, r)), appositionRole(segs[1])));
    }
    const j = nameRun(seg0, 0);
    // "قال آل عمران" after "يوسف آل عمران": a family name alone stands for the full name the article gave it.
    const family = j === 2 && familyAl(seg0[0]) ? ctx.familyName(surface(line, seg0.slice(0, 2))) : null;
    if (family) return { kind: "name", surface: family, role: appositionRole(segs[1]), gender, pos };
    // "أصحاب المحلات": one indefinite word governing a definite noun that is no surname is a construct, not a name.
    if (j === 1 && seg0[1] && /^(?:[وبلك]?ال|لل)/.test(n(seg0[1])) && !isKnownName(head) && !ADJUNCT_STARTERS.has(n(seg0[1]))) return null;
    return mention("name", seg0.slice(0, j), appositionRole(segs[1]));
  }
  return null;
}

/** "ذات المتحدث"، "نفس المصدر"، "المتحدث ذاته"، "المسؤولة نفسها": the same one as before. */
function sameReferent(seg: Token[]): boolean {
  const [a, b] = [n(seg[0]), n(seg[1])];
  const referent = (w: string) => w.startsWith("ال") && (ROLE_HEADS.has(w) || isGroupHead(w) || ORG_HEADS.has(w));
  return (SAME_WORDS.has(a) && referent(b)) || (referent(a) && SAME_PRONOUNED.test(b));
}
const SAME_WORDS = new Set(["ذات", "نفس"]);
const SAME_PRONOUNED = /^(?:ذات|نفس)(?:ه|ها|هم)$/;

/** Indefinite singular heads of sources the article does not name: "مسؤول في الوزارة"، "دبلوماسي غربي". */
const ANONYMOUS_HEADS = new Set(["مسوول", "دبلوماسي", "موظف", "ضابط"]);
const ANONYMOUS_QUALIFIERS = new Set(["في", "فى", "من", "رفيع", "كبير", "بارز", "سابق", "حكومي", "امني", "عسكري", "رسمي", "غربي", "عربي", "اخر", "محلي", "مطلع"]);

/** "مسؤول في إحدى كبرى شركات التوزيع"، "دبلوماسي غربي رفيع": an indefinite official qualified by a place, a body or an
 *  adjective, and no name anywhere in the phrase (none closing it, none set off by commas after it): an unnamed
 *  source, like "مصدر مطلع". Its words up to a time or occasion adjunct. */
function anonymousSource(seg: Token[], next: Token[] | undefined): Token[] | null {
  // "مسؤول أمريكي"، "دبلوماسي فرنسي": an indefinite nisba adjective qualifies the unnamed source too.
  const nisba = (w: string) => /^.{3,}ي$/.test(w) && !w.startsWith("ال") && !isKnownName(w);
  if (!ANONYMOUS_HEADS.has(n(seg[0])) || !ANONYMOUS_QUALIFIERS.has(n(seg[1])) && !/^ب/.test(n(seg[1])) && !nisba(n(seg[1]))) return null;
  // "…، طلب عدم نشر اسمه،": only a full name set off by commas names the official.
  // "مسؤول رفيع المستوى": an adjective and its genitive, not a first name and a surname.
  const named = tailName(seg, 1);
  if ((named !== null && !(named === 1 && ANONYMOUS_QUALIFIERS.has(n(seg[1])))) || (next && next.length <= 5 && nameRun(next, 0, true) === next.length && fullNameEnd(next, 0, next.length))) return null;
  // "… لوكالة الأنباء": the audience and the occasion are no part of the source.
  const audience = (t: Token, x: number) => x > 1 && /^ل/.test(n(t)) && ADJUNCT_STARTERS.has(n(t));
  const end = seg.findIndex((t, x) => x > 0 && (OCCASION_ADJUNCTS.has(n(t)) || audience(t, x) || t.kind !== "word" || (TIME_NOUNS.has(n(t)) && TIME_ADJECTIVES.has(n(seg[x + 1])))));
  return end > 0 ? seg.slice(0, end) : seg;
}

/** Trims connectors and punctuation at both ends of a content range; returns [start, end) in the line. */
function contentRange(line: string, start: number, end: number): [number, number] | null {
  let s = line.slice(start, end);
  const lead = s.length - s.replace(/^[\s،,:؛;]+/u, "").length;
  s = s.slice(lead);
  const trimmed = s.replace(/(?:[\s،,:؛;.!?؟]|(?<=\s)(?:حيث|و|بينما|فيما|كما|إذ|اذ|في حين|وذلك))+$/u, "");
  if (trimmed.trim().length < 3) return null;
  return [start + lead, start + lead + trimmed.length];
}

/** "وزير الطاقة: عقود توريد الغاز … لن تخضع لقانون قيصر": a headline that gives a statement after its source and a
 *  colon. The source is a title, a body, a state or a group, or a name the article gives in full; anything else
 *  before the colon ("باكالوريا: …") is a topic label, not a speaker. */
function headlineStatement(p: Paragraph, ctx: ArabicContext): Attribution | null {
  const line = p.text;
  const colon = line.search(/\s*:\s*/);
  if (colon < 2 || colon > 60 || /["«“\d|]/.test(line.slice(0, colon)) || line.trim().split(/\s+/).length > 24 || /[.!]["”»]?\s*$/.test(line.trim())) return null;
  const spans = quoteSpans(line);
  const s = sentencesOf(p, spans)[0];
  if (!s) return null;
  const tokens = tokenize(s, spans);
  const c = tokens.findIndex((t) => t.kind === "colon");
  if (c < 1 || c > 5 || tokens.slice(0, c).some((t) => t.kind !== "word")) return null;
  const m = parseArabicSubject(line, p.base, tokens.slice(0, c), null, ctx);
  if (!m || m.kind === "pronoun" || m.kind === "epithet") return null;
  if (m.kind === "name" && !ctx.fullName(m.surface) && !(m.surface.split(/\s+/).length >= 2 && line.length < p.base + 1e9 && false)) return null;
  const rest = tokens.slice(c + 1);
  const q = rest[0]?.kind === "quote" && restIsPunctuation(rest, 0) ? rest[0] : null;
  const range = q ? [q.span!.start, q.span!.end] as const : contentRange(line, tokens[c].end, line.length);
  if (!range || line.slice(range[0], range[1]).trim().split(/\s+/).length < 3) return null;
  const mention = m.kind === "name" ? { ...m, surface: ctx.fullName(m.surface)! } : m;
  return { paragraph: p.line, text: line.slice(range[0], range[1]), start: range[0], verb: ":", type: q ? "direct" : "indirect", mention: { ...mention, headline: true } };
}

export function arabicAttributions(paragraphs: Paragraph[]): Attribution[] {
  const out: Attribution[] = [];
  const ctx = arabicContext(paragraphs);
  let previous: Paragraph | null = null;
  let carried = false;
  for (const p of paragraphs) {
    const spans = quoteSpans(p.text, carried);
    carried = spans[spans.length - 1]?.open ?? false;
    const inParagraph: Attribution[] = [];
    const quoteOnly: Token[] = [];
    let prevSentenceQuoted = false;
    for (const s of sentencesOf(p, spans)) {
      const tokens = tokenize(s, spans);
      const own = sentenceAttributions(p, s.start, tokens, ctx);
      const alone = tokens.length > 0 && tokens.every((t) => t.kind === "quote" || t.kind === "end") && tokens[0].kind === "quote";
      // «…»، قالت X. «…».: a quote standing alone right after a sentence that quoted someone goes on with them.
      const prev = inParagraph[inParagraph.length - 1];
      if (!own.length && alone && prev && prev.type === "direct" && prevSentenceQuoted) {
        const q = tokens[0];
        own.push({ paragraph: p.line, text: p.text.slice(q.span!.start, q.span!.end), start: q.span!.start, verb: prev.verb, type: "direct", mention: prev.mention, sameAs: prev });
      }
      prevSentenceQuoted = own.length > 0;
      inParagraph.push(...own);
      if (alone) quoteOnly.push(tokens[0]);
    }
    // A paragraph that is only a quote goes on with the quote that ended the paragraph before
    // (a quotation running over several paragraphs).
    const last = out[out.length - 1];
    if (!inParagraph.length && quoteOnly.length && last && previous && last.paragraph === previous.line && last.type === "direct") {
      for (const q of quoteOnly) {
        inParagraph.push({ paragraph: p.line, text: p.text.slice(q.span!.start, q.span!.end), start: q.span!.start, verb: last.verb, type: "direct", mention: last.mention, sameAs: last });
      }
    }
    // The article's first line, when it is a headline with its source before a colon.
    if (!inParagraph.length && p === paragraphs[0]) {
      const h = headlineStatement(p, ctx);
      if (h) inParagraph.push(h);
    }
    out.push(...inParagraph);
    previous = p;
  }
  return out;
}

/** "كان سائق خمسيني يعرّف نفسه بأبي محمود …. وقال: …": a person the paragraph introduces only by the name they
 *  give themselves (a kunya: أبو/أم + a word) is the subject of the paragraph's later pronoun verb; the kunya in
 *  its nominative form. Null when the paragraph introduces nobody so, or the gender disagrees. */
function selfIntroduced(before: string, gender: Gender): string | null {
  const plain = before.replace(/[\u064B-\u0652]/g, "");
  const all = [...plain.matchAll(/(?:عرف|يعرف|تعرف|عرفت|قدم|يقدم|تقدم|قدمت)\s+(نفسه|نفسها)\s+(?:باسم\s+)?ب?(أبي|أبو|أبا|أم|ابو|ابي)\s+([^\s،,.:؛]+)/g)];
  const m = all[all.length - 1];
  if (!m) return null;
  const female = m[1] === "نفسها" || m[2] === "أم";
  if ((gender === "f") !== female || gender === "pl") return null;
  // Nobody else quoted after the introduction: a later quote mark or reporting verb would name someone else.
  if (/["«“]/.test(plain.slice(m.index! + m[0].length))) return null;
  return `${m[2] === "أم" ? "أم" : "أبو"} ${m[3]}`;
}

/** The person a paragraph introduces (before a pronoun verb) as the subject of a verb that agrees with `gender`
 *  ("جلست سعاد …"، "وقف خالد … ، وهو …"): a full name of two words or more right after the clause's first word,
 *  with nobody quoted and no reporting verb after it. Null when the paragraph introduces nobody so. */
function introducedPerson(before: string, gender: Gender): { surface: string; start: number } | null {
  if (gender !== "m" && gender !== "f") return null;
  const ts: Token[] = [...before.matchAll(/[\p{L}\p{M}\u0640]+|[،,.:؛!?؟«»"“”]/gu)].map((m) => ({
    kind: /^[\p{L}\p{M}\u0640]/u.test(m[0]) ? "word" : "comma", text: m[0], start: m.index!, end: m.index! + m[0].length,
  }));
  for (let x = ts.length - 3; x >= 0; x--) {
    const verb = ts[x];
    if (verb.kind !== "word" || (x > 0 && ts[x - 1].kind === "word")) continue;
    const j = nameRun(ts, x + 1, true);
    if (j - x - 1 < 2 || NAME_LINKS.has(n(ts[x + 1])) || !fullNameEnd(ts, x + 1, j)) continue;
    const later = ts.slice(j);
    if (later.some((t) => /[«»"“”]/.test(t.text) || (t.kind === "word" && REPORTING_VERBS.has(stripConj(n(t)))))) return null;
    const aside = later[0]?.kind === "comma" ? n(later[1]) : "";
    const said: Gender = aside === "وهي" ? "f" : aside === "وهو" ? "m" : verbGender(verb);
    if (said === gender) return { surface: before.slice(ts[x + 1].start, ts[j - 1].end), start: ts[x + 1].start };
  }
  return null;
}

/** "استمعت المحكمة إلى شهادة المهندس X Y، الذي عمل …، وأكد أنه …": a full name described by a relative clause of the
 *  verb's gender, the clause closed by the comma right before the و-joined verb, is that verb's subject. */
function describedByRelative(before: string, gender: Gender): { surface: string; start: number } | null {
  if (gender !== "m" && gender !== "f") return null;
  const ts: Token[] = [...before.matchAll(/[\p{L}\p{M}\u0640]+|[،,.:؛!?؟«»"“”]/gu)].map((m) => ({
    kind: /^[\p{L}\p{M}\u0640]/u.test(m[0]) ? "word" : "comma", text: m[0], start: m.index!, end: m.index! + m[0].length,
  }));
  // The relative clause closes on a comma right before the verb ("…، وأكد"); after a full stop a new sentence began.
  if (ts[ts.length - 1]?.kind !== "comma" || !/^[،,]$/.test(ts[ts.length - 1].text)) return null;
  let c = ts.length - 2;
  while (c >= 0 && ts[c].kind === "word") c--;
  if (c < 2 || ts[c].text === "." || n(ts[c + 1]) !== (gender === "f" ? "التي" : "الذي")) return null;
  if (ts.slice(c).some((t) => /[«»"“”]/.test(t.text))) return null;
  for (let x = Math.max(0, c - 5); x < c - 1; x++) {
    if (ts.slice(x, c).some((t) => t.kind !== "word")) continue;
    if (nameRun(ts, x, true) === c && !NAME_LINKS.has(n(ts[x])) && fullNameEnd(ts, x, c)) return { surface: before.slice(ts[x].start, ts[c - 1].end), start: ts[x].start };
  }
  return null;
}

/** A name run [from, to) that reads as a full name: it ends on an ال-surname, or holds a link (بن، أبو، عبد). */
function fullNameEnd(ts: Token[], from: number, to: number): boolean {
  return surnameLike(ts[to - 1].text, true) || ts.slice(from, to - 1).some((t) => NAME_LINKS.has(n(t)));
}

/** The gender a past verb opening a clause shows: جلست → f; جلس، وقف → m; null for what is no verb. */
function verbGender(t: Token): Gender {
  const w = stripConj(n(t));
  if (w.startsWith("ال") || w.length < 3 || w.length > 6 || COMMON_WORDS.has(w) || ROLE_HEADS.has(w) || ORG_HEADS.has(w) || GROUP_HEADS.has(w)
    || ADJUNCT_STARTERS.has(w) || TIME_WORDS.has(w) || LEAD_PARTICLES.has(w) || isKnownName(w) || /[\u064B-\u064D]/.test(t.text)) return null;
  if (/ه$/.test(w) || /^و?(?:هو|هي|هم|هما)$/.test(w)) return null;
  return /^.{2,}ت$/.test(w) ? "f" : "m";
}

/** "أما نادية العمري، عضو المجلس، فقد … وقالت إن …": the fronted topic is the subject of the sentence's verbs. */
function topicOf(line: string, base: number, tokens: Token[], ctx: ArabicContext): Mention | null {
  if (!["اما", "واما"].includes(n(tokens[0]))) return null;
  let e = 1;
  while (e < tokens.length && tokens[e].kind !== "end" && !(e > 1 && tokens[e].kind === "word" && (TOPIC_CLOSERS.has(n(tokens[e])) || triggerOf(tokens, e)))) e++;
  const m = parseArabicSubject(line, base, tokens.slice(1, e), null, ctx);
  return m && m.kind !== "pronoun" ? m : null;
}

/** "وكان الوزير قد استقبل الوفدين، وأعلن …": the subject of a وكان X قد sentence is the subject of its later verbs. */
function kanaSubject(line: string, base: number, tokens: Token[], ctx: ArabicContext): Mention | null {
  if (!/^و?كان(?:ت)?$/.test(n(tokens[0]))) return null;
  // "وكانت المرشحة X، عن حزب …، قد قدمت": the subject may carry an apposition set off by commas.
  const qad = tokens.findIndex((t, x) => x > 1 && x < 18 && n(t) === "قد");
  // "وكانت الهيئة العامة لمكافحة الفساد (نزاهة) قد أكدت": the body's short name in brackets is left out.
  const subject = qad < 0 ? [] : withoutBrackets(tokens.slice(1, qad));
  if (qad < 0 || subject.some((t) => t.kind !== "word" && t.kind !== "comma")) return null;
  if (subject.filter((t) => t.kind === "word").length > 12) return null;
  const m = parseArabicSubject(line, base, subject, null, ctx);
  return m && m.kind !== "pronoun" ? m : null;
}

/** "أعلن في ختام اللقاء تشكيل لجنة …": an announcement whose object (a verbal noun) is the content, after a
 *  time or place adjunct that shows no subject is written. Returns where the content starts. */
function announcedObject(tokens: Token[], i: number): number | null {
  if (!/^اعلن(?:ت|وا)?$/.test(stripConj(n(tokens[i])))) return null;
  let j = i + 1;
  if (!ADJUNCT_STARTERS.has(n(tokens[j]))) return null;
  // The adjunct runs to its first definite word ("في ختام اللقاءين", "خلال المؤتمر").
  while (j < tokens.length && j - i < 6 && tokens[j].kind === "word" && !/^(?:[وبلك]?ال|لل)/.test(n(tokens[j]))) j++;
  j++;
  const rest = tokens.slice(j).filter((t) => t.kind === "word");
  return tokens[j]?.kind === "word" && !/^(?:[وبلك]?ال|لل)/.test(n(tokens[j])) && rest.length >= 3 ? j : null;
}

/** "[لكن] ROLE، NAME، <verb>": the subject set off before a verb whose own letters start with و (وصفت), from the
 *  sentence start; a full name or a title, else null. */
function frontedBefore(line: string, base: number, tokens: Token[], i: number, gender: Gender, ctx: ArabicContext): Mention | null {
  if (tokens[i - 1]?.kind !== "comma" || i > 19 || !tokens.slice(0, i).every((t) => t.kind === "word" || t.kind === "comma")) return null;
  let region = tokens.slice(0, i - 1);
  while (region.length && LEAD_PARTICLES.has(n(region[0]))) region = region.slice(1);
  if (region.length >= 2 && ["غير", "الا", "بيد"].includes(n(region[0])) && n(region[1]) === "ان") region = region.slice(2);
  if (!region.length || region.some((t) => ["الذي", "التي", "الذين", "ان", "انه"].includes(n(t)))) return null;
  const m = parseArabicSubject(line, base, region, gender, ctx);
  return m && ((m.kind === "name" && m.surface.split(/\s+/).length >= 2) || m.kind === "title") ? m : null;
}

/** "وصفت القرار بأنه «…»" / "ووصف رئيس النقابة، X، القرار بأنه «…»": a verdict in the speaker's words. `after`:
 *  the subject written after the verb (the words before the last comma), empty when the subject comes first. */
function describedVerb(tokens: Token[], i: number): { gender: Gender; after: Token[]; quote: Token } | null {
  const m = /^و?(وصف)(ت|وا)?$/.exec(n(tokens[i]));
  if (!m || ["ما", "بما", "لما", "الذي", "التي"].includes(n(tokens[i - 1]))) return null;
  let j = i + 1;
  while (j < tokens.length && j - i < 16 && (tokens[j].kind === "word" || tokens[j].kind === "comma") && !/^ب(?:ان|انه|انها|انهم)$/.test(n(tokens[j]))) j++;
  const quote = tokens[j + 1];
  if (!/^ب(?:ان|انه|انها|انهم)$/.test(n(tokens[j])) || quote?.kind !== "quote") return null;
  const gender: Gender = m[2] === "وا" ? "pl" : m[2] === "ت" ? "f" : "m";
  const middle = tokens.slice(i + 1, j);
  const lastComma = middle.map((t) => t.kind).lastIndexOf("comma");
  // The object (what was described) is one to four words after the subject.
  const object = middle.slice(lastComma + 1);
  if (!object.length || object.length > 4) return null;
  // "…، ووصفت القرار بأنه": a verb joined by و after a comma has no fronted subject to read here.
  if (lastComma < 0) return tokens[i - 1]?.kind === "comma" && /^وو/.test(n(tokens[i])) ? null : { gender, after: [], quote };
  return { gender, after: middle.slice(0, lastComma), quote };
}

/** "«…»، على حد قوله." / "«…»، بحسب تعبيرها": the quote before is the words of the person the pronoun stands for. */
function asTheyPutIt(tokens: Token[], i: number): { gender: Gender; quote: Token; said: Token; subject: Token[] } | null {
  const lead = n(tokens[i]);
  let k = i + 1;
  if (lead === "علي" && n(tokens[k]) === "حد") k++;
  else if (!/^و?(?:ب?حسب|وفق)$/.test(lead)) return null;
  const quote = tokens[i - 1]?.kind === "quote" ? tokens[i - 1] : tokens[i - 1]?.kind === "comma" && tokens[i - 2]?.kind === "quote" ? tokens[i - 2] : null;
  if (!quote?.span) return null;
  // "«…»، على حد قول المحامي X.": the one named after قول/تعبير said the quote.
  if (/^(?:قول|تعبير)$/.test(n(tokens[k]))) {
    let e = k + 1;
    while (e < tokens.length && tokens[e].kind === "word") e++;
    if (e === k + 1 || !restIsPunctuation(tokens, e - 1)) return null;
    return { gender: null, quote, said: tokens[k], subject: tokens.slice(k + 1, e) };
  }
  const m = /^(?:قول|تعبير|وصف)(ه|ها|هم|هما)$/.exec(n(tokens[k]));
  if (!m || !restIsPunctuation(tokens, k)) return null;
  return { gender: m[1] === "ه" ? "m" : m[1] === "ها" ? "f" : "pl", quote, said: tokens[k], subject: [] };
}

/** "وانتقد ما وصفه بـ«البطء …»": the words the speaker used, quoted after وصفه/وصفته بـ. */
function describedAs(tokens: Token[], i: number): { gender: Gender; subject: Token[]; quote: Token } | null {
  if (!["ما", "بما", "لما"].includes(n(tokens[i - 1]))) return null;
  // "مستندة إلى ما قالت إنها «…»": what she said something was, in her words.
  const said = /^(?:قال(ت|وا)?|([يت])قول(ون)?)$/.exec(n(tokens[i]));
  if (said && COMPLEMENTIZER.test(n(tokens[i + 1])) && tokens[i + 2]?.kind === "quote") {
    const gender: Gender = said[1] === "وا" || said[3] ? "pl" : said[1] === "ت" || said[2] === "ت" ? "f" : "m";
    return { gender, subject: [], quote: tokens[i + 2] };
  }
  const m = /^وصف(ه|ته|وه|ها|تها|وها)$/.exec(n(tokens[i]));
  if (!m) return null;
  let j = i + 1;
  while (j < tokens.length && j - i < 6 && tokens[j].kind === "word" && !/^بـ?$/.test(n(tokens[j]))) j++;
  const quote = /^بـ?$/.test(n(tokens[j])) ? tokens[j + 1] : undefined;
  if (quote?.kind !== "quote") return null;
  const gender: Gender = m[1].startsWith("و") ? "pl" : m[1].startsWith("ت") ? "f" : "m";
  return { gender, subject: tokens.slice(i + 1, j), quote };
}

function sentenceAttributions(p: Paragraph, sentenceStart: number, tokens: Token[], ctx: ArabicContext): Attribution[] {
  const line = p.text;
  const found: Attribution[] = [];
  const triggers = tokens.map((_, i) => triggerOf(tokens, i));
  const topic = topicOf(line, p.base, tokens, ctx) ?? kanaSubject(line, p.base, tokens, ctx);
  const pronounAt = (i: number): Mention => {
    if (topic) return { ...topic, gender: triggerGender(triggers[i]) ?? topic.gender };
    const gender = triggerGender(triggers[i]);
    const kunya = selfIntroduced(line.slice(0, tokens[i].start), gender);
    if (kunya) return { kind: "name", surface: kunya, role: null, gender, pos: p.base + tokens[i].start };
    // "جلست سعاد بنت عيسى المصري، وهي أم لأربعة أطفال، تنتظر …. وقالت: «…»": the person the paragraph has just
    // introduced as the subject of a verb of the same gender.
    const introduced = !found.length && !topic ? introducedPerson(line.slice(0, tokens[i].start), gender) : null;
    if (introduced) return { kind: "name", surface: introduced.surface, role: null, gender, pos: p.base + introduced.start };
    const described = !found.length && !topic ? describedByRelative(line.slice(0, tokens[i].start), gender) : null;
    if (described) return { kind: "name", surface: described.surface, role: null, gender, pos: p.base + described.start };
    // "وعبّر أولياء أمور … عن غضبهم، وقالوا إن …": a plural verb goes with the group the sentence opened with.
    if (gender === "pl" && !found.length) {
      const g = tokens.findIndex((t, x) => x < i && t.kind === "word" && (isGroupHead(n(t)) || QUANTITY_HEADS.has(n(t))));
      if (g >= 0) {
        let e = g + 1;
        while (e < i && tokens[e].kind === "word" && !triggers[e]) e++;
        const m = parseArabicSubject(line, p.base, tokens.slice(g, e), gender, ctx);
        if (m?.kind === "group") return m;
      }
    }
    // "من جانبه، رحب وزير الصحة X بالنتائج، …، وصرح بأن …": a و-joined verb after a comma shares the subject of
    // the verb that opened the sentence.
    // "رحبت X بالقرار، لكنها حذرت …": a contrast pronoun after a comma is that same subject.
    const contrast = ["لكنه", "لكنها", "ولكنه", "ولكنها"].includes(n(tokens[i - 1])) && tokens[i - 2]?.kind === "comma";
    // "وعينت الحكومة اليمنية محافظاً جديداً وقالت إنها …": so does one joined by و with no comma.
    if (!found.length && (/^و/.test(n(tokens[i])) || contrast)) {
      const opening = openingSubject(line, p.base, tokens, i, gender, ctx, true, true) ?? frontedApposition(line, p.base, tokens, i, gender, ctx) ?? frontedTitle(line, p.base, tokens, gender);
      if (opening) return opening;
    }
    return { kind: "pronoun", surface: "", role: null, gender, pos: p.base + tokens[i].start };
  };
  const nextTrigger = (after: number) => {
    for (let j = after; j < tokens.length; j++) if (triggers[j]) return j;
    return tokens.length;
  };
  const clauseEnd = (from: number) => {
    const j = nextTrigger(from);
    // "…، وهي خطوة …": the writer's comment on what was said is not part of it.
    for (let k = from + 1; k < j; k++) {
      if (tokens[k].kind === "comma" && ["وهي", "وهو", "وهذا", "وهذه", "مما", "ما"].includes(n(tokens[k + 1]))) return tokens[k].start;
    }
    return j < tokens.length ? tokens[j].start : (tokens[tokens.length - 1]?.end ?? line.length);
  };

  const emit = (i: number, contentStart: number, skip: number, mention: Mention | null, sameAs?: Attribution) => {
    const verb = tokens[i].text;
    const first = tokens[contentStart];
    if (!first) return;
    let text: string;
    let start: number;
    let type: Attribution["type"];
    const endTok = nextTrigger(contentStart);
    // "نقلت وكالة أن X، محامي Y، عبّر عن …": what comes before the next verb is only that verb's fronted subject.
    const between = tokens.slice(contentStart, endTok);
    const subjectOnly = COMPLEMENTIZER.test(n(tokens[contentStart - 1])) && between.filter((t) => t.kind === "comma").length >= 2;
    if (subjectOnly && endTok < tokens.length && between.length <= 12 && tokens[endTok - 1]?.kind === "comma" && between.every((t) => t.kind === "word" || t.kind === "comma") && triggers[endTok]?.kind === "verb") return;
    const onlyQuote = first.kind === "quote" && (restIsPunctuation(tokens, contentStart) || contentStart + 1 === endTok || tokens[contentStart + 1]?.kind === "end");
    if (first.kind === "quote" && onlyQuote) {
      start = first.span!.start;
      text = line.slice(first.span!.start, first.span!.end);
      type = "direct";
    } else {
      const range = contentRange(line, first.start + skip, clauseEnd(contentStart));
      if (!range) return;
      [start] = range;
      text = line.slice(range[0], range[1]);
      const hasQuote = tokens.slice(contentStart, endTok).some((t) => t.kind === "quote");
      type = hasQuote ? "partial" : "indirect";
    }
    if (text.trim().split(/\s+/).length < 2) return;
    const m: Mention = mention ?? pronounAt(i);
    const a: Attribution = { paragraph: p.line, text: text.trim(), start, verb, type, mention: m, sameAs };
    found.push(a);
  };

  for (let i = 0; i < tokens.length; i++) {
    const asPut = asTheyPutIt(tokens, i);
    if (asPut) {
      const span = asPut.quote.span!;
      const named = asPut.subject.length ? parseArabicSubject(line, p.base, asPut.subject, null, ctx) : null;
      if (asPut.subject.length && (!named || named.kind === "pronoun")) continue;
      const mention: Mention = named ?? (topic ? { ...topic, gender: asPut.gender } : { kind: "pronoun", surface: "", role: null, gender: asPut.gender, pos: p.base + tokens[i].start });
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: line.slice(tokens[i].start, asPut.said.end), type: "direct", mention });
      continue;
    }
    const trig = triggers[i];
    const described = trig ? null : describedAs(tokens, i);
    if (described) {
      const span = described.quote.span!;
      const subject = described.subject.length ? parseArabicSubject(line, p.base, described.subject, described.gender, ctx) : null;
      if (described.subject.length && !subject) continue;
      const mention = subject ?? (topic ? { ...topic } : { kind: "pronoun" as const, surface: "", role: null, gender: described.gender, pos: p.base + tokens[i].start });
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: tokens[i].text, type: "partial", mention });
      continue;
    }
    const verdict = trig ? null : describedVerb(tokens, i);
    if (verdict) {
      // "لكن ممثلة الطلاب، X، وصفت القرار بأنه «…»": a fronted subject; "ووصف رئيس النقابة، X، القرار بأنه «…»":
      // the subject set off by commas after the verb. Anything else (no comma to tell subject from object) is left out.
      const mention = verdict.after.length
        ? parseArabicSubject(line, p.base, verdict.after, verdict.gender, ctx)
        : frontedBefore(line, p.base, tokens, i, verdict.gender, ctx);
      if (!mention || mention.kind === "pronoun") continue;
      const span = verdict.quote.span!;
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: tokens[i].text, type: "partial", mention });
      continue;
    }
    if (!trig) continue;
    const prevInSentence = found[found.length - 1];
    if (trig.kind === "pretext" || trig.kind === "participle") {
      const preps = trig.kind === "participle" ? (PARTICIPLE_PREPS.get(n(tokens[i])) ?? PARTICIPLE_PREPS.get(stripConj(n(tokens[i]))) ?? []) : [];
      // "مؤكداً قدرة الوزارة على …": a participle has no subject after it; a verbal noun right after it is the content.
      const masdarObject = trig.kind === "participle" && isMasdar(n(tokens[i + 1])) && tokens[i + 2]?.kind === "word";
      let op: Opener | null = masdarObject ? { at: i + 1, contentStart: i + 1, via: "prep" } : findOpener(tokens, i + 1, preps, i + 4);
      // "مؤكدة في رسالة نشرتها على صفحتها أنها …": where it was said, before the clause.
      // "قائلاً لموقع إخباري محلي: «…»": or to whom.
      if (!op && trig.kind === "participle" && (ADJUNCT_STARTERS.has(n(tokens[i + 1])) || /^ل[^ل]/.test(n(tokens[i + 1])))) {
        op = findOpener(tokens, i + 2, [], i + 14);
        if (op && op.via !== "clause" && op.via !== "colon") op = null;
      }
      if (!op) continue;
      // "أعلنت الناقدة X، رئيسة اللجنة، استقالتها، مؤكدة أن …": with nobody quoted before it in the sentence, the
      // participle's subject is the one the sentence opened with.
      const opening = prevInSentence ? null : openingSubject(line, p.base, tokens, i, triggerGender(trig), ctx, false, true);
      emit(i, op.contentStart, 0, opening, prevInSentence);
      continue;
    }
    if (trig.kind === "according") {
      // وبحسب X، [فإن] … / …، بحسب X.
      let j = i + 1;
      if (n(tokens[j]) === "ل" || n(tokens[j]) === "لـ") j++;
      // "بحسب ما قالت مصادر أمنية": according to what X said.
      if (n(tokens[j]) === "ما" && REPORTING_VERBS.has(stripConj(n(tokens[j + 1])))) j += 2;
      // "وفق ما نقلته وكالة الأنباء الفرنسية"، "بحسب ما أوردته الصحيفة": what a source relayed, with the verb's pronoun.
      else if (n(tokens[j]) === "ما" && /^(?:نقل|ذكر|اورد|نشر|افاد|اكد|قال)(?:ت)?(?:ه|ها)$/.test(n(tokens[j + 1]))) j += 2;
      // "بحسب ما أفاد به مصدر أمني": the verb's بـ-pronoun comes before the source.
      if (/^ب(?:ه|ها|هم)$/.test(n(tokens[j])) && REPORTING_VERBS.has(stripConj(n(tokens[j - 1])))) j++;
      let k = j;
      // "بحسب تقرير أعدته شركة «درع» المحلية، …": a short quoted name between words belongs to the source.
      const namedInSource = (x: number) => tokens[x].kind === "quote" && tokens[x - 1]?.kind === "word" && tokens[x + 1]?.kind === "word" && tokens[x].text.split(/\s+/).length <= 3;
      // "وحسب المسؤول الحكومي فإن …": فإن closes the source even with no comma before it.
      const resumes = (x: number) => x > j && /^فان(?:ه|ها|هم)?$/.test(n(tokens[x]));
      while (k < tokens.length && (tokens[k].kind === "word" || namedInSource(k)) && !resumes(k)) k++;
      // "وفقاً لتقديرات أولية", "بحسب أرقام رسمية": figures, not a source that speaks; "لبيانات الهيئة العامة للإحصاء":
      // figures of a named body, which is the source.
      if (COMMON_WORDS.has(n(tokens[j]).replace(/^ل(?!ل)/, ""))) {
        if (!ORG_HEADS.has(n(tokens[j + 1])) || !n(tokens[j + 1]).startsWith("ال")) continue;
        j++;
      }
      const source = tokens.slice(j, k);
      if (source.length) source[0] = withoutLam(source[0]);
      const mention = parseArabicSubject(line, p.base, source, null, ctx) ?? null;
      if (!mention) continue;
      // "… في البيت الواحد وحسب المسؤول فإن …": a full stop the writer left out; وحسب … فإن still opens a new clause.
      if ((i <= 1 || /^و/.test(n(tokens[i]))) && resumes(k)) emit(i, k + 1, 0, mention);
      else if (i <= 1 && tokens[k]?.kind === "comma") {
        // "وبحسب مسؤول …، طلب عدم ذكر اسمه …، فإن …": an aside about the source comes before فإن.
        const resumed = tokens.findIndex((t, x) => x > k + 1 && x < k + 30 && t.kind === "comma" && /^فان(?:ه|ها|هم)?$/.test(n(tokens[x + 1])) && tokens.slice(k + 1, x).every((y) => y.kind === "word" || y.kind === "comma"));
        let c = resumed > 0 ? resumed + 1 : k + 1;
        if (/^ف?[اإأ]ن(?:ه|ها|هم)?$/.test(n(tokens[c]))) c++;
        emit(i, c, 0, mention);
      } else if (i > 1 && tokens[i - 1].kind === "comma" && (restIsPunctuation(tokens, k - 1) || tokens[k]?.kind === "comma")) {
        // "وأكدت أن …، وفق ما نقلته وكالة …": a verb with no subject written said what the source relayed; the
        // source is its subject.
        const unwritten = found.filter((a) => a.mention.kind === "pronoun" && !a.sameAs);
        if (unwritten.length) for (const a of unwritten) a.mention = { ...mention, gender: a.mention.gender };
        else {
          const range = contentRange(line, sentenceStart, tokens[i - 1].start);
          if (range) found.push({ paragraph: p.line, text: line.slice(range[0], range[1]), start: range[0], verb: tokens[i].text, type: "indirect", mention });
        }
      }
      continue;
    }
    if (trig.kind === "relay") {
      // نقلت وكالة … عن X قوله إن …
      const an = tokens.findIndex((t, x) => x > i && x < i + 10 && isWord(t, "عن", "عنه", "عنها", "عنهم"));
      if (an < 0) continue;
      // "عن المتحدث باسم الإدارة العامة للمرور، العقيد X، قوله": a role and a name set off by commas may be long.
      const say = tokens.findIndex((t, x) => x > an && x < an + 18 && /^قول(?:ه|ها|هم|هما)$/.test(n(t)));
      if (say < 0) {
        // "نقلت وكالة … عن مسؤول كبير في الإدارة: أن …": the source, then a colon or أن, with no قوله between.
        const direct = n(tokens[an]) === "عن" ? findOpener(tokens, an + 2, [], an + 14) : null;
        if (!direct || (direct.via !== "colon" && direct.via !== "clause")) continue;
        const source = tokens.slice(an + 1, direct.at);
        if (!source.length || source.some((t) => t.kind !== "word" && t.kind !== "comma")) continue;
        const named = parseArabicSubject(line, p.base, source, null, ctx);
        if (!named || named.kind === "pronoun") continue;
        const after = COMPLEMENTIZER.test(n(tokens[direct.contentStart])) ? direct.contentStart + 1 : direct.contentStart;
        emit(i, after, 0, named);
        continue;
      }
      // "قولهم في اجتماع عقد بالمغرب أمس إنهم …": where and when they said it may come before the clause.
      const op = findOpener(tokens, say + 1, [], say + 14);
      if (!op) continue;
      const mention = n(tokens[an]) === "عن" ? parseArabicSubject(line, p.base, tokens.slice(an + 1, say), null, ctx) : null;
      // "عن X قوله" with an X we cannot read: leave it out rather than guess a pronoun's antecedent.
      if (!mention && n(tokens[an]) === "عن") continue;
      emit(i, op.contentStart, 0, mention);
      continue;
    }
    // A reporting verb.
    const before = tokens[i - 1];
    const quoteBefore = before?.kind === "quote" ? before : before?.kind === "comma" && tokens[i - 2]?.kind === "quote" ? tokens[i - 2] : null;
    const op = findOpener(tokens, i + 1, trig.preps, i + 30);
    if (!op && quoteBefore) {
      // «…»، قال X.
      let k = i + 1;
      while (k < tokens.length && tokens[k].kind !== "end") k++;
      const after = tokens.slice(i + 1, k);
      const mention = parseArabicSubject(line, p.base, after, trig.gender, ctx);
      if (!mention && !noSubjectWritten(after)) continue; // a speaker is written but unreadable: leave it out
      const span = quoteBefore.span!;
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: tokens[i].text, type: "direct", mention: mention ?? pronounAt(i) });
      continue;
    }
    // "وأعلن خلال الزيارة تخصيص مبلغ لإعادة بناء …": the object comes before any ب-word that looked like the content.
    const object = announcedObject(tokens, i);
    if (object !== null && (!op || (op.via === "prep" && object < op.at))) {
      emit(i, object, 0, null);
      continue;
    }
    if (!op) continue;
    // "اكتفت الوزيرة بالقول إن …": بالقول opens the content; it is no part of the speaker.
    const bySaying = tokens.findIndex((t, x) => x > i && x < op.at && n(t) === BY_SAYING);
    const region = tokens.slice(i + 1, bySaying > 0 ? bySaying : op.at);
    // "أصدرت الشركة بياناً أوضحت فيه أن …": the one who issued the document says what it says.
    if (region.length === 1 && /^في(?:ه|ها)$/.test(n(region[0]))) {
      const issuer = documentIssuer(line, p.base, tokens, i, trig.gender, ctx) ?? (issuedEarlier(tokens, i) ? topic : null);
      if (issuer) emit(i, op.contentStart, op.skip ?? 0, issuer);
      continue;
    }
    // "وجاء في حيثيات الحكم أن …": the ruling's own words; the court is whoever the article says gave it.
    if (n(tokens[i + 1]) === "في" && rulingText(tokens, i + 2)) {
      const ruling = tokens.slice(i + 2, i + 4);
      emit(i, op.contentStart, op.skip ?? 0, { kind: "organization", surface: surface(line, ruling), role: null, gender: null, pos: p.base + ruling[0].start });
      continue;
    }
    // "وجاء في بيان صادر عن الوزارة أن …": the document's author; a document with no author named ("جاء في البيان") has none.
    if (n(tokens[i + 1]) === "في" && DOCUMENT_HEADS.has(n(tokens[i + 2])) && !REPORTING_VERBS.has(stripConj(n(tokens[i])))) {
      const author = documentAuthor(line, p.base, region.slice(2), ctx);
      if (author) emit(i, op.contentStart, op.skip ?? 0, author);
      continue;
    }
    let mention = parseArabicSubject(line, p.base, region, trig.gender, ctx);
    // A speaker is written after the verb but could not be read: better no quote than a wrong speaker.
    if (!mention && !noSubjectWritten(region) && !(region.length === 1 && PREP_WORDS[n(region[0])])) continue;
    // Nothing but the verb's own preposition between the verb and the content: the subject came first.
    if (!mention && (region.length === 0 || (region.length === 1 && PREP_WORDS[n(region[0])]))) {
      const fronted = subjectBefore(line, p.base, tokens, i, trig.gender, ctx);
      if (fronted === "unreadable") continue;
      mention = fronted;
    } else if (!mention && region.length && noSubjectWritten(region)) {
      // "غير أن الوكيل العام، X، اعتبر في مرافعته أن …": only adjuncts after the verb; a clear fronted subject is its subject.
      const fronted = subjectBefore(line, p.base, tokens, i, trig.gender, ctx);
      if (fronted && fronted !== "unreadable" && fronted.kind === "name" && fronted.role) mention = fronted;
    }
    if (quoteBefore && op.via === "quote" && tokens[op.at - 1]?.kind === "comma" && (mention || noSubjectWritten(region))) {
      // «…»، قال X، «…»: the speaker between two quotes said both.
      // «…»، قالت لمراسلنا، «…»: so does the verb's own (pronoun) subject.
      const span = quoteBefore.span!;
      found.push({ paragraph: p.line, text: line.slice(span.start, span.end), start: span.start, verb: tokens[i].text, type: "direct", mention: mention ?? pronounAt(i) });
    }
    // "…، حيث يرى المسؤولون «…»": an unnamed source inside someone's reported clause stays theirs.
    // "ويطالب النقيب بـ…، إذ اعتبر أن …": with no subject of its own, the clause goes on with the same speaker.
    const joined = !!prevInSentence && ["حيث", "اذ"].includes(n(tokens[i - 1]));
    const sameGender = !!prevInSentence && (prevInSentence.mention.gender === null || prevInSentence.mention.gender === trig.gender);
    const nested = joined && (mention ? mention.kind !== "name" : sameGender);
    emit(i, op.contentStart, op.skip ?? 0, nested ? null : mention, nested ? prevInSentence : undefined);
  }
  return found;
}

/** "[كما] أصدرت X[، صفة،] بياناً <verb> فيه": X, the subject of the sentence's first verb, when the document noun
 *  comes right before the reporting verb and both verbs agree in gender; null otherwise. */
function documentIssuer(line: string, base: number, tokens: Token[], i: number, gender: Gender, ctx: ArabicContext): Mention | null {
  if (!DOCUMENT_WORD.test(n(tokens[i - 1]))) return null;
  let s = 0;
  while (LEAD_PARTICLES.has(n(tokens[s]))) s++;
  const verb = tokens[s];
  if (!verb || verb.kind !== "word" || s + 1 >= i - 1 || /^(?:[وف]?ال|لل)/.test(n(verb))) return null;
  // "جاء فيه" agrees with the document, not with its issuer: no gender to check then.
  if (gender !== null && ((gender === "f") !== /^.{2,}ت$/.test(n(verb)) || gender === "pl")) return null;
  const m = parseArabicSubject(line, base, tokens.slice(s + 1, i - 1), gender, ctx);
  return m && m.kind !== "pronoun" ? m : null;
}

/** "وكانت المديرية قد أصدرت، الاثنين، نشرة إنذارية …، توقعت فيها …": an issuing verb earlier in the sentence, so
 *  "فيها" is the document the sentence's subject issued. */
function issuedEarlier(tokens: Token[], i: number): boolean {
  return tokens.slice(0, i).some((t) => /^(?:اصدر|اصدرت|نشر|نشرت|وجه|وجهت|رفع|رفعت)$/.test(n(t)));
}

/** The words after a document noun that name its author: "صادر عن الوزارة"، "للنقابة" (null when none is named). */
function documentAuthor(line: string, base: number, after: Token[], ctx: ArabicContext): Mention | null {
  let ts: Token[];
  if (/^(?:ال)?صادر(?:ه)?$/.test(n(after[0])) && n(after[1]) === "عن") ts = after.slice(2);
  else if (/^ل/.test(n(after[0])) && !ADJUNCT_STARTERS.has(n(after[0]))) ts = [withoutLam(after[0]), ...after.slice(1)];
  else return null;
  const m = ts.length ? parseArabicSubject(line, base, ts, null, ctx) : null;
  return m && m.kind !== "pronoun" ? m : null;
}

/** Openers set off by a comma before the sentence's verb: "من جانبه،"، "في المقابل،"، "بدورها،". */
const SENTENCE_OPENERS = /^(?:من|في|وفي|بدور(?:ه|ها|هم)|ومن)$/;

/** The person a sentence opens with as the subject of its first verb ("[من جانبه،] رحب وزير الصحة X بـ…"):
 *  a name with its role, whose verb agrees in gender with `gender`; null when the sentence does not open so.
 *  `bodies`: an organization or a state opening the sentence counts too ("رحب الاتحاد بالقرار، لكنه اعتبر …"). */
function openingSubject(line: string, base: number, tokens: Token[], until: number, gender: Gender, ctx: ArabicContext, needRole = true, bodies = false): Mention | null {
  let s = 0;
  const firstComma = tokens.findIndex((t) => t.kind === "comma");
  // "وفي بيان أصدرته غرفة التجارة والصناعة،": a longer في-phrase (the occasion) may open the sentence too.
  if (firstComma > 0 && (firstComma <= 3 || (firstComma <= 7 && /^و?في$/.test(n(tokens[0])))) && SENTENCE_OPENERS.test(n(tokens[0]))) s = firstComma + 1;
  const verb = tokens[s];
  if (!verb || verb.kind !== "word" || s + 1 >= until) return null;
  const v = n(verb);
  if (/^(?:[وف]?ال|لل)/.test(v) || ROLE_HEADS.has(v) || COMMON_WORDS.has(v) || LEAD_PARTICLES.has(v) || /^و?كان/.test(v)) return null;
  const feminine = /ت$/.test(v);
  if ((gender === "f") !== feminine || gender === "pl") return null;
  let e = s + 1;
  // "انتقدت رئيسة جمعية «واحة» للتنمية، X، …": a short quoted name belongs to the role.
  while (e < until && (tokens[e].kind === "word" || (tokens[e].kind === "quote" && quotedName(tokens, e)))) e++;
  // "وأعلن رئيس الجامعة، الأستاذ الدكتور X، إلغاء …": the name set off by commas after the role is part of the subject.
  if (tokens[e]?.kind === "comma") {
    let a = e + 1;
    while (a < until && tokens[a].kind === "word") a++;
    if (tokens[a]?.kind === "comma" && a - e - 1 >= 2 && a - e - 1 <= 8) e = a;
  }
  const m = parseArabicSubject(line, base, tokens.slice(s + 1, e), gender, ctx);
  if (m && m.kind === "name" && (m.role || !needRole) && m.surface.split(/\s+/).length >= 2) return m;
  if (!bodies) return null;
  // "رحب الاتحاد العام لنقابات العمال بالقرار": the body ends before the verb's بـ-object.
  // "أعلنت الشركة الوطنية للكهرباء زيادة الأسعار": or at an indefinite word after the body's definite words (its object).
  const definite = (x: number) => /^(?:[وبلك]?ال|لل)/.test(n(tokens[x]));
  const object = tokens.findIndex((t, x) => x > s + 1 && x < e && (/^بال/.test(n(t)) || (x > s + 2 && definite(s + 1) && definite(x - 1) && !definite(x) && !/^ل/.test(n(t)) && t.kind === "word")));
  const body = parseArabicSubject(line, base, tokens.slice(s + 1, object > 0 ? object : e), gender, ctx);
  return body && (body.kind === "organization" || body.kind === "state" || body.kind === "group") ? body : null;
}

/** "غير أن نقيب المعلمين، X، نفى …، وقال …": a sentence that opens (after a contrast word) on a role and the name set
 *  off by commas, then its verb; the name is the subject of the verbs joined to it. */
function frontedApposition(line: string, base: number, tokens: Token[], until: number, gender: Gender, ctx: ArabicContext): Mention | null {
  let s = 0;
  if (["غير", "الا", "بيد"].includes(n(tokens[0])) && n(tokens[1]) === "ان") s = 2;
  else while (LEAD_PARTICLES.has(n(tokens[s]))) s++;
  let c1 = s;
  while (c1 < until && tokens[c1].kind === "word") c1++;
  let c2 = c1 + 1;
  while (c2 < until && tokens[c2].kind === "word") c2++;
  const verb = tokens[c2 + 1];
  if (c1 === s || tokens[c1]?.kind !== "comma" || tokens[c2]?.kind !== "comma" || c2 - c1 - 1 < 2 || !verb || verb.kind !== "word" || c2 + 1 >= until) return null;
  const v = n(verb);
  if (/^(?:[وف]?ال|لل)/.test(v) || ROLE_HEADS.has(v) || COMMON_WORDS.has(v) || gender === "pl" || (gender === "f") !== /^.{2,}ت$/.test(v)) return null;
  const m = parseArabicSubject(line, base, tokens.slice(s, c2), gender, ctx);
  // "فاطمة X، وهي أم لثلاثة أطفال، روت …": an aside opened by وهي/وهو of the verb's gender describes the name too.
  const aside = n(tokens[c1 + 1]) === (gender === "f" ? "وهي" : "وهو");
  return m && m.kind === "name" && (m.role || aside) && m.surface.split(/\s+/).length >= 2 ? m : null;
}

/** "لكن المخرجة أعلنت …، وقالت …": a sentence that opens on a definite title, then its verb (same gender). */
function frontedTitle(line: string, base: number, tokens: Token[], gender: Gender): Mention | null {
  let s = 0;
  while (LEAD_PARTICLES.has(n(tokens[s]))) s++;
  const title = tokens[s];
  const verb = tokens[s + 1];
  if (!title || title.kind !== "word" || !verb || verb.kind !== "word" || gender === "pl") return null;
  const w = n(title);
  if (!w.startsWith("ال") || !ROLE_HEADS.has(w) || !ROLE_HEADS.has(w.slice(2))) return null;
  const v = n(verb);
  const feminineVerb = /^.{3,}ت$/.test(v) && !v.startsWith("ال");
  if (w.endsWith("ه") !== (gender === "f") || feminineVerb !== (gender === "f") || /^(?:لل|ال)/.test(v) || ROLE_HEADS.has(v)) return null;
  return { kind: "title", surface: title.text, role: title.text, gender, pos: base + title.start };
}

/** A word with an attached preposition (لأسباب، بالقرار), which no name starts with unless the list knows it. */
function prepositionalWord(t: Token): boolean {
  const w = n(t);
  return /^[لب]/.test(w) && w.length >= 5 && !isKnownName(w);
}

/** The tokens outside brackets: "(نزاهة)" after a body's name is its short name, no part of the phrase to parse. */
function withoutBrackets(ts: Token[]): Token[] {
  let depth = 0;
  return ts.filter((t) => {
    if (t.kind === "paren") depth = Math.max(0, depth + (/[(\[]/.test(t.text) ? 1 : -1));
    return t.kind !== "paren" && depth === 0;
  });
}

function triggerGender(t: Trigger | null): Gender {
  return t && "gender" in t ? t.gender : null;
}

/** "X قال إن …": a speaker written before the verb, back to the clause start. Also
 *  "وكان X قد قال …" and a fronted subject with its apposition: "لكن رئيس الاتحاد، X، هدد بـ…". */
function subjectBefore(line: string, base: number, tokens: Token[], i: number, gender: Gender, ctx: ArabicContext): Mention | null | "unreadable" {
  const KANA = /^و?كان(?:ت)?$/;
  let end = i;
  if (["قد", "لقد"].includes(n(tokens[end - 1]))) end--;
  let k = end - 1;
  while (k >= 0 && tokens[k].kind === "word" && end - k <= 14 && !KANA.test(n(tokens[k]))) k--;
  let region: Token[];
  let strict = false;
  if (k >= 0 && KANA.test(n(tokens[k])) && k < end - 1) region = tokens.slice(k + 1, end);
  else if (k < end - 1) region = tokens.slice(Math.max(k + 1, end - 6), end);
  // "واحتج العمال …، وقالوا": a verb joined by و after a comma continues the clause, it has no fronted subject.
  else if (tokens[k]?.kind === "comma" && (REPORTING_VERBS.has(n(tokens[i])) || !/^[وف]/.test(n(tokens[i])))) {
    // A fronted subject set off by commas, from the sentence start: "[لكن] ROLE، NAME، <verb>".
    let s = k;
    const inSubject = (x: number) => tokens[x].kind === "word" || tokens[x].kind === "comma" || (tokens[x].kind === "quote" && quotedName(tokens, x));
    while (s >= 0 && inSubject(s) && end - s <= 18) s--;
    if (s >= 0) return null;
    region = tokens.slice(0, k);
    // "نقلت وكالة فرنسية أن X، محامي Y، عبّر عن …": the reported clause's own subject, after its أن.
    const that = region.map((t) => /^[اإأ]ن$/.test(n(t))).lastIndexOf(true);
    if (that >= 0) region = region.slice(that + 1);
    strict = true;
  } else return null;
  while (region.length && LEAD_PARTICLES.has(n(region[0]))) region = region.slice(1);
  // "غير أن X"، "إلا أن X"، "إلا أنه"، "بيد أنها": a contrast opener before the fronted subject (or its pronoun).
  if (region.length >= 2 && ["غير", "الا", "بيد"].includes(n(region[0])) && /^ان(?:ه|ها|هم)?$/.test(n(region[1]))) region = region.slice(n(region[1]) === "ان" ? 2 : 1);
  if (region.length === 1 && PRONOUN_SUBJECTS[n(region[0])] !== undefined) return null; // the verb's pronoun subject
  // "…، لأسباب قالت إنها …": a word with an attached ل/ب before the verb is governed by it, so the verb describes that
  // noun (an unmarked relative clause); the speaker is not written here.
  if (region.length === 1 && prepositionalWord(region[0])) return "unreadable";
  if (region.some((t) => ["الذي", "التي", "الذين", "ان", "انه"].includes(n(t)))) return null;
  const m = parseArabicSubject(line, base, region, gender, ctx);
  if (!m) return noSubjectWritten(region) || !strict ? null : "unreadable";
  if (m.kind === "pronoun") return null;
  // Across commas only a clear subject counts: a full name, a title, a body or a group, not a lone word.
  if (strict && m.kind === "name" && m.surface.split(/\s+/).length < 2) return "unreadable";
  return m;
}
