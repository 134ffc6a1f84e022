// Arabic cue stage: which token opens an attribution (a reporting verb with the prepositions it takes, a
// circumstantial participle, "according to", a relay, a pretext, "as X put it", "what X described as «…»").
import { ACCORDING_TO, AMBIGUOUS_VERBS, COMMON_WORDS, PLEA_VERBS, isGroupHead, NEGATED_REPORTS, OUTLET_HEADS, REPORTING_LEMMAS, CONTINUING_VERBS, CONVEYING_VERBS, MESSAGE_NOUNS, COURT_HONORIFICS, ORG_HEADS, ROLE_HEADS, STATES, RENEWAL_VERBS, RENEWED_STATEMENTS, BY_SAYING, COMPLEMENTIZER, DOCUMENT_HEADS, GROUP_HEADS, PARTICIPLES, PRETEXT, REPLY_VERBS, REPORTING_VERBS, SPEECH_NOUNS, WRITING_VERBS } from "../lexicon-ar.js";
import { restIsPunctuation, type Token } from "../tokens.js";
import { stripConj } from "../text.js";
import type { Gender } from "../types.js";
import { NUMBER_WORDS, endsNoName, n } from "./names.js";
import { isMasdar } from "../masdar-ar.js";

type Trigger =
  | { kind: "verb"; gender: Gender; preps: string[]; cited?: boolean; nounObject?: boolean; quoteOnly?: boolean }
  | { kind: "participle"; gender: Gender }
  | { kind: "pretext" }
  | { kind: "according" }
  | { kind: "relay" };

export function triggerOf(tokens: Token[], i: number): Trigger | null {
  const t = tokens[i];
  if (t.kind !== "word") return null;
  const w = n(t);
  const bare = stripConj(w);
  // "وانتقد ما وصفه بـ«…»": a subjectless verb whose object is what the speaker called something leaves it to that
  // reading (describedAs), which keeps the speaker.
  if (/^وصف/.test(n(tokens[i + 2])) && describedAs(tokens, i + 2)) return null;
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
  // "ولفت الوزير إلى أن جلالة الملك تحدث …، أنه سيتابع …": unless the clause reports someone else's words, with a
  // speaker of its own (a title, an office's honorific, a body, a state) and a أن-clause or a colon of its own.
  const nested = innerSpeech(tokens, i);
  if (complementizerAt(tokens, i - 2) && tokens[i - 1]?.kind === "word" && !/^[وف]/.test(w) && !nested) return null;
  // "بأن أحد الرعاة هدد بسحب …": the same after a two-word subject (a construct).
  if (complementizerAt(tokens, i - 3) && tokens[i - 2]?.kind === "word" && tokens[i - 1]?.kind === "word" && !/^[وف]/.test(w) && !nested) return null;
  // "ذكر أن الولايات المتحدة الأمريكية، طالبت سلطنة عمان بـ…": a longer subject, a comma after it.
  if (!/^[وف]/.test(w) && tokens[i - 1]?.kind === "comma" && REPORTING_VERBS.has(w) && !nested) {
    let k = i - 2;
    while (k >= 0 && i - k <= 6 && tokens[k].kind === "word" && !complementizerAt(tokens, k)) k--;
    if (k >= 0 && k < i - 2 && complementizerAt(tokens, k)) return null;
  }
  // "إن جولة رئيس الوزراء بالأمس للمستشفيات تشير إلى أن …": a present-tense verb after a longer subject of the clause
  // (words only, back to its أن/إن) describes what that subject shows; it reports no one.
  if (!/^[وف]/.test(w) && (REPORTING_LEMMAS.get(w) ?? "").startsWith("ي") && !nested) {
    let k = i - 1;
    while (k >= 0 && i - k <= 8 && tokens[k].kind === "word" && !complementizerAt(tokens, k)) k--;
    if (k >= 0 && k < i - 1 && complementizerAt(tokens, k)) return null;
  }
  // "وأشار إلى أن صمت المجتمع الدولي يفشل الجهود … ويهدد عملية السلام برمتها": a present-tense verb joined by و inside a
  // أن-clause (words only back to it) with no clause of its own after it is that clause's second verb, no statement.
  if (/^و/.test(w) && (REPORTING_LEMMAS.get(bare) ?? "").startsWith("ي") && !nested && !clauseAhead(tokens, i)) {
    let k = i - 1;
    while (k >= 0 && i - k <= 40 && tokens[k].kind === "word" && !complementizerAt(tokens, k)) k--;
    if (k >= 0 && k < i - 2 && complementizerAt(tokens, k)) return null;
  }
  // "ورفعوا لافتات تطالب بوقف الأعمال": a present-tense verb right after an indefinite common noun describes it.
  if (!/^[وف]/.test(w) && (REPORTING_LEMMAS.get(w) ?? "").startsWith("ي") && describedNoun(n(tokens[i - 1]))) return null;
  if (/^(?:ب|ل)?[اإأ]ن(?:ه|ها|هم|هما|هن|نا|ني)$/.test(n(tokens[i - 1])) || /^\d/.test(tokens[i - 1]?.text ?? "") || NUMBER_WORDS.has(n(tokens[i - 1]))) return null;
  let verb = REPORTING_VERBS.get(w) ?? REPORTING_VERBS.get(bare);
  // "فيما لم تكشف الإدارة بعد عن اسمه": a negated verb reports nothing (but "لم يستبعد أن …" does).
  if (verb && /^[وف]?(?:لم|لن|لا)$/.test(n(tokens[i - 1])) && !NEGATED_REPORTS.has(REPORTING_LEMMAS.get(w) ?? REPORTING_LEMMAS.get(bare) ?? "")) return null;
  // "وعبّر أولياء أمور عن غضبهم": a feeling voiced is no statement (unless a أن-clause says what it is about).
  if (verb && /^و?عبر(?:ت|وا)?$/.test(w) && feelingVoiced(tokens, i)) verb = undefined;
  // "X، محامي Y، عبر عن …"، "وعبّر الوزير عن …": عبر opening a clause, its عن still to come; else "via".
  // "ووعد: «…»": opening a clause before a colon and a quotation, too.
  if (verb && (AMBIGUOUS_VERBS.has(w) || AMBIGUOUS_VERBS.has(bare)) && !(clauseOpens(tokens, i) && (colonQuoteAhead(tokens, i) || (verb.preps.length === 0 ? thatClauseAhead(tokens, i) : tokens.slice(i + 1, i + 12).some((x) => verb!.preps.some((p) => n(x) === p || (p === "ب" && /^ب/.test(n(x))))))))) verb = undefined;
  // "بياناً جاء فيه أن …"، "وجاء في بيان للوزارة أن …": what a document holds, reported like speech.
  if (!verb && bare === "جاء" && camePhrase(tokens, i)) return { kind: "verb", gender: null, preps: [] };
  // "ويرى نقاد تابعوا الدورة أن …": a plural verb right after the indefinite group a reporting verb names describes it.
  const p1 = n(tokens[i - 1]);
  const p2 = n(tokens[i - 2]);
  if (verb?.gender === "pl" && GROUP_HEADS.has(p1) && !p1.startsWith("ال") && (REPORTING_VERBS.has(p2) || REPORTING_VERBS.has(stripConj(p2)))) return null;
  if (verb?.quoteOnly && !quotedAfter(tokens, i)) verb = undefined;
  // "دفع محامو المتهمين بعدم …": a verb of pleading, with its plea.
  if (!verb && !/^[وف]?(?:لم|لن|لا)$/.test(n(tokens[i - 1]))) {
    const plea = PLEA_VERBS.get(w) ?? PLEA_VERBS.get(bare);
    if (plea && pleaAfter(tokens, i)) return { kind: "verb", ...plea };
  }
  if (verb) return { kind: "verb", ...verb };
  const conveying = CONVEYING_VERBS.get(w) ?? CONVEYING_VERBS.get(bare);
  if (conveying && conveyedMessage(tokens, i) > 0) return { kind: "verb", gender: conveying, preps: [] };
  const reply = REPLY_VERBS.get(w) ?? REPLY_VERBS.get(w.replace(/^[وف]/, ""));
  if (reply && (byeSayingAhead(tokens, i) || replyWithColon(tokens, i))) return { kind: "verb", gender: reply, preps: [] };
  const going = CONTINUING_VERBS.get(w) ?? CONTINUING_VERBS.get(bare);
  if (going && clauseOpens(tokens, i) && (byeSayingAhead(tokens, i) || colonAhead(tokens, i))) return { kind: "verb", gender: going, preps: [] };
  const renewal = RENEWAL_VERBS.get(w) ?? RENEWAL_VERBS.get(bare);
  const renewed = renewal !== undefined ? renewedStatement(tokens, i) : -1;
  if (renewed > 0) return { kind: "verb", gender: renewal!, preps: RENEWED_STATEMENTS.get(n(tokens[renewed]))! };
  const written = WRITING_VERBS.get(w) ?? WRITING_VERBS.get(bare);
  if (written && (colonQuoteAhead(tokens, i) || thatClauseAhead(tokens, i))) return { kind: "verb", gender: written, preps: [] };
  const part = PARTICIPLES.get(w) ?? PARTICIPLES.get(bare);
  // "تدرس متابعة موظفين": a ة-final word with no tanween right after another word is a verbal noun, not "…، متابعةً".
  const verbalNoun = part === "f" && tokens[i - 1]?.kind === "word" && !/[\u064B]/.test(t.text);
  // "كما هو مبين في الجدول"، "غير مؤكد": after a pronoun or غير the participle is a predicate, no one's saying.
  const predicate = /^(?:هو|هي|هم|هما|غير)$/.test(n(tokens[i - 1]));
  if (part !== undefined && !verbalNoun && !predicate) return { kind: "participle", gender: part };
  if (PRETEXT.has(w) && COMPLEMENTIZER.test(n(tokens[i + 1]))) return { kind: "pretext" };
  // "مستشهداً بمقولة صاحب السمو أن …"، "توجيهات الوزير أن …": someone's words, then who, then the clause: like a verb
  // whose subject follows it.
  if (citedWords(tokens, i)) return { kind: "verb", gender: null, preps: [], cited: true };
  if ((ACCORDING_TO.test(w) || ACCORDING_TO.test(bare)) && !mannerPhrase(tokens, i)) return { kind: "according" };
  // نقل is also the noun "transport" ("شركة نقل"): a relay needs its عن X.
  if (/^نقل(?:ت)?$/.test(bare) && tokens.slice(i + 1, i + 10).some((x) => /^عن(?:ه|ها|هم)?$/.test(n(x)))) return { kind: "relay" };
  // "نقلت وكالة فرنسية أن …": an outlet relaying a report is its source.
  if (/^نقل(?:ت)?$/.test(bare) && OUTLET_HEADS.has(n(tokens[i + 1])) && tokens.slice(i + 2, i + 9).some((x) => /^[اإأ]ن$/.test(n(x)))) return { kind: "verb", gender: bare.endsWith("ت") ? "f" : "m", preps: [] };
  return null;
}

/** An indefinite common noun (لافتات، منظمات): no function word (حيث), name, state, body, office or group of speakers. */
function describedNoun(w: string): boolean {
  if (!w || w.startsWith("ال") || COMMON_WORDS.has(w) || STATES[w] || ORG_HEADS.has(w) || ROLE_HEADS.has(w) || OUTLET_HEADS.has(w) || isGroupHead(w)) return false;
  return endsNoName(w) || /..ات$/.test(w);
}

/** "دفع محامو المتهمين بعدم جدية التحريات"، "ودفعت هيئة الدفاع ببطلان …": a ب-attached verbal noun after at most eight
 *  words of subject (and commas), before any clause, colon or quotation. */
function pleaAfter(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j - i <= 9; j++) {
    const t = tokens[j];
    if (t.kind === "comma") continue;
    if (t.kind !== "word" || COMPLEMENTIZER.test(n(t))) return false;
    const w = n(t);
    if (/^ب/.test(w) && isMasdar(w.slice(1))) return j > i + 1;
  }
  return false;
}

/** "نتعامل وفق القانون مع …"، "توزع المساعدات حسب الأصول": an according-to word inside its clause (after a word) before a
 *  frequent noun that names nobody who speaks (no body, office, group, outlet or document, nor figures someone gave) is
 *  "in accordance with", no source. */
function mannerPhrase(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.kind !== "word") return false;
  const noun = n(tokens[i + 1]).replace(/^لل/, "ال").replace(/^ل(?=ال)/, "");
  const bare = noun.replace(/^ال(?=...)/, "");
  if (!noun || COMMON_WORDS.has(bare) || noun === "ما") return false;
  const speaks = [noun, bare].some((x) => ORG_HEADS.has(x) || ROLE_HEADS.has(x) || OUTLET_HEADS.has(x) || DOCUMENT_HEADS.has(x) || isGroupHead(x));
  return !speaks && (endsNoName(noun) || endsNoName(bare));
}

/** "وجه الرئيس، X، الحكومة "العمل فوراً …""، "وحيا الرئيس "أبناء المدينة …"": a verb of directing or greeting opening its
 *  sentence reports a quotation of four words or more after it, with no clause or colon of its own before it. */
function quotedAfter(tokens: Token[], i: number): boolean {
  if (i !== 0) return false;
  for (let j = i + 1; j < tokens.length && j - i <= 16; j++) {
    const t = tokens[j];
    if (t.kind === "end" || t.kind === "colon" || COMPLEMENTIZER.test(n(t))) return false;
    if (t.kind === "quote") return t.text.trim().split(/\s+/).length >= 4;
  }
  return false;
}

/** A speech noun (bare or with ب/ل) followed by a title, an honorific or a name of at most eight words, then أن/إن. */
function citedWords(tokens: Token[], i: number): boolean {
  const w = n(tokens[i]);
  if (!SPEECH_NOUNS.has(w) && !SPEECH_NOUNS.has(w.replace(/^[بل]/, ""))) return false;
  const who = n(tokens[i + 1]);
  if (!(COURT_HONORIFICS.has(who) || who === "صاحب" || ROLE_HEADS.has(who))) return false;
  for (let k = i + 2; k < tokens.length && k - i <= 9; k++) {
    if (tokens[k].kind !== "word") return false;
    // "إعلان معالي وزير العدل أنه سيتم …": with the clause's pronoun too.
    if (COMPLEMENTIZER.test(n(tokens[k]))) return true;
  }
  return false;
}

/** "جددت الوزيرة التأكيد على …": the statement noun a renewal verb takes, within its clause (its index, or -1). */
export function renewedStatement(tokens: Token[], i: number): number {
  if (!RENEWAL_VERBS.has(n(tokens[i])) && !RENEWAL_VERBS.has(stripConj(n(tokens[i])))) return -1;
  for (let j = i + 1; j < Math.min(tokens.length, i + 10) && tokens[j].kind === "word"; j++) if (RENEWED_STATEMENTS.has(n(tokens[j]))) return j;
  return -1;
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

/** "… أن جلالة الملك تحدث خلال …، أنه …": a reporting verb inside a أن-clause whose subject (one or two words after
 *  the أن) is a speaker of its own, and which opens its own أن-clause or colon before the sentence ends or another
 *  reporting verb: the words after it are that inner speaker's, as the article reports them. */
export function innerSpeech(tokens: Token[], i: number): boolean {
  return innerOpener(tokens, i) > 0;
}

/** Where the subject of a verb right after أن lies ([from, to) of its one or two words): "أن الحكومة أبلغت"، "أن الحكومة
 *  السورية، أبلغت" (a comma may close it). Null when the verb does not follow an أن and its subject so. */
export function innerSubject(tokens: Token[], i: number): [number, number] | null {
  const end = tokens[i - 1]?.kind === "comma" ? i - 1 : i;
  const at = complementizerAt(tokens, end - 2) ? end - 2 : complementizerAt(tokens, end - 3) ? end - 3 : -1;
  if (at < 0 || !/^[اإأ]ن$/.test(n(tokens[at]).replace(/^و?ب/, ""))) return null;
  if (tokens.slice(at + 1, end).some((t) => t.kind !== "word")) return null;
  return [at + 1, end];
}

/** The index of the inner speaker's own أن or colon (see innerSpeech), or -1. */
export function innerOpener(tokens: Token[], i: number): number {
  const w = n(tokens[i]);
  if ((!REPORTING_VERBS.has(w) && !(CONVEYING_VERBS.has(w) && conveyedMessage(tokens, i) > 0)) || /^[وف]/.test(w)) return -1;
  const range = innerSubject(tokens, i);
  if (!range) return -1;
  const s0 = n(tokens[range[0]]);
  const speaker = COURT_HONORIFICS.has(s0) || (ROLE_HEADS.has(s0) && s0.startsWith("ال")) || ORG_HEADS.has(s0) || !!STATES[s0];
  if (!speaker) return -1;
  for (let j = i + 1; j < Math.min(tokens.length, i + 16); j++) {
    const t = tokens[j];
    if (t.kind === "end" || t.kind === "quote") return -1;
    if (t.kind === "colon") return j;
    // "أبلغت لبنان عبر طرق غير رسمية، أنها …": عبر inside a clause is "via", no verb of its own.
    const via = (AMBIGUOUS_VERBS.has(n(t)) || AMBIGUOUS_VERBS.has(stripConj(n(t)))) && !clauseOpens(tokens, j);
    if (t.kind === "word" && !via && (REPORTING_VERBS.has(n(t)) || REPORTING_VERBS.has(stripConj(n(t))) || PARTICIPLES.has(n(t)) || PARTICIPLES.has(stripConj(n(t))))) return -1;
    // "دون أن"، "قبل أن": أن after a preposition or an adverb opens no reported clause.
    if (t.kind === "word" && /^(?:ب)?[اإأ]ن(?:ه|ها|هم)?$/.test(n(t))) return NOT_REPORTING_BEFORE_AN.has(n(tokens[j - 1])) ? -1 : j;
  }
  return -1;
}

/** "أعطت الإدارة رسائل طمأنة للجانبين بأن …": the index of the message noun after a verb of sending (right after it or
 *  after a subject of up to five words), when a أن-clause follows it in the same clause; else -1. */
export function conveyedMessage(tokens: Token[], i: number): number {
  let m = -1;
  for (let j = i + 1; j < Math.min(tokens.length, i + 7) && tokens[j].kind === "word"; j++) {
    if (MESSAGE_NOUNS.has(n(tokens[j]))) {
      m = j;
      break;
    }
  }
  if (m < 0) return -1;
  for (let j = m + 1; j < Math.min(tokens.length, m + 12); j++) {
    const t = tokens[j];
    if (t.kind === "end" || t.kind === "quote") return -1;
    if (t.kind === "word" && /^(?:ب)?[اإأ]ن(?:ه|ها|هم)?$/.test(n(t))) return NOT_REPORTING_BEFORE_AN.has(n(tokens[j - 1])) ? -1 : m;
  }
  return -1;
}

const NOT_REPORTING_BEFORE_AN = new Set(["دون", "بدون", "قبل", "بعد", "من", "الي", "علي", "حتي", "بدل", "رغم", "منذ", "الا", "غير", "لاجل"]);

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
/** A أن/إن or a colon within the four tokens after a verb: the clause it reports. */
function clauseAhead(tokens: Token[], i: number): boolean {
  return tokens.slice(i + 1, i + 5).some((t) => t.kind === "colon" || t.kind === "quote" || /^(?:ب)?[اإأ]ن(?:ه|ها|هم)?$/.test(n(t)));
}

function complementizerAt(tokens: Token[], x: number): boolean {
  return /^و?(?:ب)?[اإأ]ن$/.test(n(tokens[x])) && !["غير", "الا", "بيد"].includes(n(tokens[x - 1]));
}

export const DOCUMENT_WORD = /^(?:بيان|تقرير|رساله|منشور|تغريده|كلمه|خطاب)ا?$/;

/** "بياناً جاء فيه" (a document noun, جاء, فيه) or "جاء في بيان …" (جاء, في, a document noun). */
function camePhrase(tokens: Token[], i: number): boolean {
  const next = n(tokens[i + 1]);
  return (/^في(?:ه|ها)$/.test(next) && DOCUMENT_WORD.test(n(tokens[i - 1]))) || (next === "في" && (DOCUMENT_HEADS.has(n(tokens[i + 2])) || rulingText(tokens, i + 2)));
}

/** "حيثيات الحكم"، "نص القرار"، "منطوق الحكم": the text of a ruling, which speaks for the court that gave it. */
export function rulingText(tokens: Token[], x: number): boolean {
  return ["حيثيات", "نص", "منطوق"].includes(n(tokens[x])) && ["الحكم", "القرار"].includes(n(tokens[x + 1]));
}

/** "…، ردّ الفضلي: «…»": ردّ opening its clause, then a colon and a quote, is a spoken reply. Other reply words
 *  are also adverbs ("عقب الجلسة:" is "after the hearing"), so only ردّ counts. */
function replyWithColon(tokens: Token[], i: number): boolean {
  const w = stripConj(n(tokens[i]));
  // "…، عقبت: «…»": with a feminine or plural ending the word is a verb (never the adverb عقب), so a colon right after it
  // opens the reply.
  if (/^(?:عقبت|علقت|عقبوا|علقوا)$/.test(w) && tokens[i - 1]?.kind !== "word" && tokens[i + 1]?.kind === "colon" && tokens[i + 2]?.kind === "quote") return true;
  return /^(?:رد|ردت|ردوا)$/.test(w) && tokens[i - 1]?.kind !== "word" && colonQuoteAhead(tokens, i);
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

/** Demonstratives that open a described object right after the subject ("ووصف الوزير تلك الأخبار بأنها …"). */
const DEMONSTRATIVES = new Set(["هذا", "هذه", "ذلك", "تلك", "هولاء", "اولئك", "هذان", "هاتان"]);

/** "وصفت القرار بأنه «…»" / "ووصف رئيس النقابة، X، القرار بأنه «…»" / "ووصف عقار تلك الأخبار بأنها شائعات": a verdict
 *  in the speaker's words, quoted (`quote`) or not (then the words after بأن up to the next comma or the sentence's
 *  end). `after`: the subject written after the verb (the words before the last comma, or before a demonstrative
 *  opening the object), empty when the subject comes first. */
export function describedVerb(tokens: Token[], i: number): { gender: Gender; after: Token[]; quote: Token | null; content: [number, number] } | null {
  const m = /^و?(وصف)(ت|وا)?$/.exec(n(tokens[i]));
  if (!m || ["ما", "بما", "لما", "الذي", "التي"].includes(n(tokens[i - 1]))) return null;
  let j = i + 1;
  while (j < tokens.length && j - i < 16 && (tokens[j].kind === "word" || tokens[j].kind === "comma") && !/^ب(?:ان|انه|انها|انهم)$/.test(n(tokens[j]))) j++;
  if (!/^ب(?:ان|انه|انها|انهم)$/.test(n(tokens[j]))) return null;
  const quote = tokens[j + 1]?.kind === "quote" ? tokens[j + 1] : null;
  let content: [number, number];
  if (quote) content = [quote.span!.start, quote.span!.end];
  else {
    let e = j + 1;
    while (e < tokens.length && tokens[e].kind === "word") e++;
    if (e - j - 1 < 2) return null;
    content = [tokens[j + 1].start, tokens[e - 1].end];
  }
  const gender: Gender = m[2] === "وا" ? "pl" : m[2] === "ت" ? "f" : "m";
  const middle = tokens.slice(i + 1, j);
  const lastComma = middle.map((t) => t.kind).lastIndexOf("comma");
  // "ووصف عقار تلك الأخبار": with no comma, a demonstrative after the subject opens the object.
  const shown = lastComma < 0 ? middle.findIndex((t, k) => k > 0 && DEMONSTRATIVES.has(n(t))) : -1;
  if (shown > 0) return middle.length - shown <= 4 ? { gender, after: middle.slice(0, shown), quote, content } : null;
  // The object (what was described) is one to four words after the subject.
  const object = middle.slice(lastComma + 1);
  if (!object.length || object.length > 4) return null;
  // Unquoted words are read only with the subject set apart from the object.
  if (!quote && lastComma < 0) return null;
  // "…، ووصفت القرار بأنه": a verb joined by و after a comma has no fronted subject to read here.
  if (lastComma < 0) return tokens[i - 1]?.kind === "comma" && /^وو/.test(n(tokens[i])) ? null : { gender, after: [], quote, content };
  return { gender, after: middle.slice(0, lastComma), quote, content };
}

/** "«…»، على حد قوله." / "«…»، بحسب تعبيرها": the quote before is the words of the person the pronoun stands for. */
export function asTheyPutIt(tokens: Token[], i: number): { gender: Gender; quote: Token; said: Token; subject: Token[] } | null {
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
export function describedAs(tokens: Token[], i: number): { gender: Gender; subject: Token[]; quote: Token } | null {
  if (!["ما", "بما", "لما"].includes(n(tokens[i - 1]))) return null;
  // "مستندة إلى ما قالت إنها «…»": what she said something was, in her words.
  const said = /^(?:قال(ت|وا)?|([يت])قول(ون)?)$/.exec(n(tokens[i]));
  if (said && COMPLEMENTIZER.test(n(tokens[i + 1])) && tokens[i + 2]?.kind === "quote") {
    const gender: Gender = said[1] === "وا" || said[3] ? "pl" : said[1] === "ت" || said[2] === "ت" ? "f" : "m";
    return { gender, subject: [], quote: tokens[i + 2] };
  }
  const about = whatTheySaid(tokens, i);
  if (about) return about;
  const m = /^وصف(ه|ته|وه|ها|تها|وها)$/.exec(n(tokens[i]));
  if (!m) return null;
  let j = i + 1;
  while (j < tokens.length && j - i < 6 && tokens[j].kind === "word" && !/^بـ?$/.test(n(tokens[j]))) j++;
  const quote = /^بـ?$/.test(n(tokens[j])) ? tokens[j + 1] : undefined;
  if (quote?.kind !== "quote") return null;
  const gender: Gender = m[1].startsWith("و") ? "pl" : m[1].startsWith("ت") ? "f" : "m";
  return { gender, subject: tokens.slice(i + 1, j), quote };
}

/** What a "what X said about" phrase is about: the words that close its subject. */
const ABOUT = new Set(["بخصوص", "عن", "حول", "بشان", "تجاه"]);

/** "إن ما قاله المستشار X، رئيس المجلس، بخصوص أن الحكومة «لم يعد لها شرعية» …": what X said, about something, in X's
 *  own quoted words, inside another speaker's content: the quote is X's, not the reporting speaker's. The subject runs
 *  from the verb to the word that says what it was about; the quote follows within the clause, no other verb of saying
 *  between. */
function whatTheySaid(tokens: Token[], i: number): { gender: Gender; subject: Token[]; quote: Token } | null {
  const m = /^(?:قال|ذكر|اعلن|صرح)(ه|ته|وه)$/.exec(n(tokens[i]));
  if (!m) return null;
  let j = i + 1;
  while (j < tokens.length && j - i <= 14 && (tokens[j].kind === "word" || tokens[j].kind === "comma") && !ABOUT.has(n(tokens[j]))) j++;
  if (!ABOUT.has(n(tokens[j])) || tokens[i + 1]?.kind !== "word") return null;
  let k = j + 1;
  while (k < tokens.length && k - j <= 16 && tokens[k].kind !== "quote" && tokens[k].kind !== "end" && !REPORTING_VERBS.has(stripConj(n(tokens[k])))) k++;
  if (tokens[k]?.kind !== "quote") return null;
  const subject = tokens.slice(i + 1, j);
  while (subject.length && subject[subject.length - 1].kind === "comma") subject.pop();
  return { gender: m[1] === "ه" ? "m" : m[1] === "ته" ? "f" : "pl", subject, quote: tokens[k] };
}

export function triggerGender(t: Trigger | null): Gender {
  return t && "gender" in t ? t.gender : null;
}
