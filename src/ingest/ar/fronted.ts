// Arabic source candidates written before the cue or earlier in the sentence: a fronted subject, a topic
// ("أما X، فقد …"), the subject of "وكان X قد", the person a paragraph introduces, a document's issuer.
import { ADJUNCT_STARTERS, COMMON_WORDS, GROUP_HEADS, HONORIFIC_PRONOUNS, LEAD_PARTICLES, NAME_LINKS, ORG_HEADS, REPORTING_VERBS, ROLE_HEADS, SPEECH_NOUNS, STATES, TEMPORAL_OPENERS, TIME_WORDS, TOPIC_CLOSERS } from "../lexicon-ar.js";
import { type Token } from "../tokens.js";
import { isKnownName } from "../transliterate.js";
import { stripConj } from "../text.js";
import type { Gender, Mention } from "../types.js";
import { OCCASION_ADJUNCTS, fullNameEnd, n, nameRun, prepositionalWord, surface, withoutBrackets, withoutLam } from "./names.js";
import { DOCUMENT_WORD, triggerOf } from "./cues.js";
import { quotedName } from "./content.js";
import { PRONOUN_SUBJECTS, noSubjectWritten, parseArabicSubject } from "./candidates.js";
import type { ArabicContext } from "./candidates.js";
import { hasArticle } from "./clitic.js";

/** "كان سائق خمسيني يعرّف نفسه بأبي محمود …. وقال: …": a person the paragraph introduces only by the name they
 *  give themselves (a kunya: أبو/أم + a word) is the subject of the paragraph's later pronoun verb; the kunya in
 *  its nominative form. Null when the paragraph introduces nobody so, or the gender disagrees. */
export function selfIntroduced(before: string, gender: Gender): string | null {
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
export function introducedPerson(before: string, gender: Gender): { surface: string; start: number } | null {
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
export function describedByRelative(before: string, gender: Gender): { surface: string; start: number } | null {
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

/** The gender a past verb opening a clause shows: جلست → f; جلس، وقف → m; null for what is no verb. */
function verbGender(t: Token): Gender {
  const w = stripConj(n(t));
  if (w.startsWith("ال") || w.length < 3 || w.length > 6 || COMMON_WORDS.has(w) || ROLE_HEADS.has(w) || ORG_HEADS.has(w) || GROUP_HEADS.has(w)
    || ADJUNCT_STARTERS.has(w) || TIME_WORDS.has(w) || LEAD_PARTICLES.has(w) || isKnownName(w) || /[\u064B-\u064D]/.test(t.text)) return null;
  if (/ه$/.test(w) || /^و?(?:هو|هي|هم|هما)$/.test(w)) return null;
  return /^.{2,}ت$/.test(w) ? "f" : "m";
}

/** "أما نادية العمري، عضو المجلس، فقد … وقالت إن …": the fronted topic is the subject of the sentence's verbs. */
export function topicOf(line: string, base: number, tokens: Token[], ctx: ArabicContext): Mention | null {
  if (!["اما", "واما"].includes(n(tokens[0]))) return null;
  let e = 1;
  while (e < tokens.length && tokens[e].kind !== "end" && !(e > 1 && tokens[e].kind === "word" && (TOPIC_CLOSERS.has(n(tokens[e])) || triggerOf(tokens, e)))) e++;
  const m = parseArabicSubject(line, base, tokens.slice(1, e), null, ctx);
  return m && m.kind !== "pronoun" ? m : null;
}

/** "وكان الوزير قد استقبل الوفدين، وأعلن …": the subject of a وكان X قد sentence is the subject of its later verbs. */
export function kanaSubject(line: string, base: number, tokens: Token[], ctx: ArabicContext): Mention | null {
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

/** "[لكن] ROLE، NAME، <verb>": the subject set off before a verb whose own letters start with و (وصفت), from the
 *  sentence start; a full name or a title, else null. */
export function frontedBefore(line: string, base: number, tokens: Token[], i: number, gender: Gender, ctx: ArabicContext): Mention | null {
  if (tokens[i - 1]?.kind !== "comma" || i > 19 || !tokens.slice(0, i).every((t) => t.kind === "word" || t.kind === "comma")) return null;
  let region = tokens.slice(0, i - 1);
  while (region.length && LEAD_PARTICLES.has(n(region[0]))) region = region.slice(1);
  if (region.length >= 2 && ["غير", "الا", "بيد"].includes(n(region[0])) && n(region[1]) === "ان") region = region.slice(2);
  if (!region.length || region.some((t) => ["الذي", "التي", "الذين", "ان", "انه"].includes(n(t)))) return null;
  const m = parseArabicSubject(line, base, region, gender, ctx);
  return m && ((m.kind === "name" && m.surface.split(/\s+/).length >= 2) || m.kind === "title") ? m : null;
}

/** "[كما] أصدرت X[، صفة،] بياناً <verb> فيه": X, the subject of the sentence's first verb, when the document noun
 *  comes right before the reporting verb and both verbs agree in gender; null otherwise. */
export function documentIssuer(line: string, base: number, tokens: Token[], i: number, gender: Gender, ctx: ArabicContext): Mention | null {
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
export function issuedEarlier(tokens: Token[], i: number): boolean {
  return tokens.slice(0, i).some((t) => /^(?:اصدر|اصدرت|نشر|نشرت|وجه|وجهت|رفع|رفعت)$/.test(n(t)));
}

/** The words after a document noun that name its author: "صادر عن الوزارة"، "للنقابة" (null when none is named). */
export function documentAuthor(line: string, base: number, after: Token[], ctx: ArabicContext): Mention | null {
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
export function openingSubject(line: string, base: number, tokens: Token[], until: number, gender: Gender, ctx: ArabicContext, needRole = true, bodies = false): Mention | null {
  let s = 0;
  const firstComma = tokens.findIndex((t) => t.kind === "comma");
  // "وفي بيان أصدرته غرفة التجارة والصناعة،": a longer في-phrase (the occasion) may open the sentence too.
  if (firstComma > 0 && (firstComma <= 3 || (firstComma <= 7 && /^و?في$/.test(n(tokens[0])))) && SENTENCE_OPENERS.test(n(tokens[0]))) s = firstComma + 1;
  // "وقد حسم عقار هذه الأنباء …، مؤكداً …": the particle قد before a past verb.
  if (/^(?:[وف]?قد|لقد)$/.test(n(tokens[s])) && tokens[s + 1]?.kind === "word") s++;
  const verb = tokens[s];
  if (!verb || verb.kind !== "word" || s + 1 >= until) return null;
  const v = n(verb);
  if (/^(?:[وف]?ال|لل)/.test(v) || ROLE_HEADS.has(v) || COMMON_WORDS.has(v) || LEAD_PARTICLES.has(v) || /^و?كان/.test(v)) return null;
  const feminine = /ت$/.test(v);
  // "وأدان مجلس السيادة …، مؤكدةً أن …": a body may be spoken of as feminine or plural whatever its head's gender,
  // so a cue that does not agree with the opening verb can still go with a body (never with a person).
  const agrees = (gender === "f") === feminine && gender !== "pl";
  if (!agrees && !bodies) return null;
  let e = s + 1;
  // "انتقدت رئيسة جمعية «واحة» للتنمية، X، …": a short quoted name belongs to the role.
  while (e < until && (tokens[e].kind === "word" || (tokens[e].kind === "quote" && quotedName(tokens, e)))) e++;
  // "وأعلن رئيس الجامعة، الأستاذ الدكتور X، إلغاء …": the name set off by commas after the role is part of the subject.
  if (tokens[e]?.kind === "comma") {
    let a = e + 1;
    while (a < until && tokens[a].kind === "word") a++;
    if (tokens[a]?.kind === "comma" && a - e - 1 >= 2 && a - e - 1 <= 8) e = a;
  }
  const m = parseArabicSubject(line, base, tokens.slice(s + 1, e), agrees ? gender : null, ctx);
  if (m && m.kind === "name" && (m.role || !needRole) && m.surface.split(/\s+/).length >= 2) return agrees ? m : null;
  if (!bodies) return null;
  // "عقّب ممثل النيابة العامة على …، شاكراً …": a title of two words or more (an office, not a bare "الوزير").
  // The title must end where an adjunct starts ("… أمام المحكمة"): a title running into a name it could not read
  // ("النائب العام القاضي X ما تم …") is no subject to trust.
  const afterTitle = m ? tokens.findIndex((t) => t.start >= m.pos - base + m.surface.length) : -1;
  if (agrees && m && m.kind === "title" && (m.role ?? m.surface).split(/\s+/).length >= 2 && afterTitle > 0 && OCCASION_ADJUNCTS.has(n(tokens[afterTitle]))) return m;
  // "واستغلت إيران الحدث …، وأبدت …": a state's name right after the verb is its subject, whatever follows.
  if (STATES[n(tokens[s + 1])] && tokens[s + 1].kind === "word") return { kind: "state", surface: tokens[s + 1].text, role: null, gender, pos: base + tokens[s + 1].start };
  // "رحب الاتحاد العام لنقابات العمال بالقرار": the body ends before the verb's بـ-object.
  // "أعلنت الشركة الوطنية للكهرباء زيادة الأسعار": or at an indefinite word after the body's definite words (its object).
  const definite = (x: number) => hasArticle(n(tokens[x]));
  const object = tokens.findIndex((t, x) => x > s + 1 && x < e && (/^بال/.test(n(t)) || (x > s + 2 && definite(s + 1) && definite(x - 1) && !definite(x) && !/^ل/.test(n(t)) && t.kind === "word")));
  const body = parseArabicSubject(line, base, tokens.slice(s + 1, object > 0 ? object : e), agrees ? gender : null, ctx);
  if (!agrees) return body && body.kind === "organization" ? { ...body, gender } : null;
  return body && (body.kind === "organization" || body.kind === "state" || body.kind === "group") ? body : null;
}

/** "غير أن نقيب المعلمين، X، نفى …، وقال …": a sentence that opens (after a contrast word) on a role and the name set
 *  off by commas, then its verb; the name is the subject of the verbs joined to it. */
export function frontedApposition(line: string, base: number, tokens: Token[], until: number, gender: Gender, ctx: ArabicContext): Mention | null {
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
export function frontedTitle(line: string, base: number, tokens: Token[], gender: Gender): Mention | null {
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

/** "X قال إن …": a speaker written before the verb, back to the clause start. Also
 *  "وكان X قد قال …" and a fronted subject with its apposition: "لكن رئيس الاتحاد، X، هدد بـ…". */
export function subjectBefore(line: string, base: number, tokens: Token[], i: number, gender: Gender, ctx: ArabicContext): Mention | null | "unreadable" {
  const KANA = /^و?كان(?:ت)?$/;
  let end = i;
  if (["قد", "لقد"].includes(n(tokens[end - 1]))) end--;
  let k = end - 1;
  while (k >= 0 && tokens[k].kind === "word" && end - k <= 14 && !KANA.test(n(tokens[k]))) k--;
  let region: Token[];
  let strict = false;
  if (k >= 0 && KANA.test(n(tokens[k])) && k < end - 1) region = tokens.slice(k + 1, end);
  else if (k < end - 1) {
    region = tokens.slice(Math.max(k + 1, end - 6), end);
    // "يذكر أن المتحدثة باسم المجلس قالت …": the subject of the clause after أن, written right before its verb.
    const that = region.map((t) => n(t) === "ان").lastIndexOf(true);
    if (that >= 0 && that < region.length - 1 && that >= region.length - 6) region = region.slice(that + 1);
  }
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
    // "وعن الانتقادات الموجهة إلى مسلسلها، عقبت: …": a topic (about …) opens the sentence; the verb's subject is its own.
    if (that < 0 && /^[وف]?(?:عن|حول|بشان)$/.test(n(region[0]))) return null;
    strict = true;
  } else return null;
  while (region.length && LEAD_PARTICLES.has(n(region[0]))) region = region.slice(1);
  // "وكان X، أحد مؤسسي …، قال إن …": كان opening the sentence is no part of the fronted subject.
  if (region.length >= 2 && KANA.test(n(region[0]))) region = region.slice(1);
  // "ووفقاً لما نقلته الصحيفة، فإن الوزيرة أكدت أن …": فإن resumes the sentence before its fronted subject.
  if (region.length >= 2 && /^فان$/.test(n(region[0]))) region = region.slice(1);
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

/** "… كلمات صاحب السمو الشيخ محمد …، مؤكداً سموه أن …": an honorific pronoun (سموه، جلالته) after the verb refers to
 *  the person the same sentence addressed by that honorific before it; null when the sentence names nobody so. */
export function honoredBefore(line: string, base: number, tokens: Token[], i: number, pronoun: Token | undefined, ctx: ArabicContext): Mention | null {
  const honorifics = HONORIFIC_PRONOUNS.get(n(pronoun));
  if (!honorifics) return null;
  for (let h = i - 1; h >= 0; h--) {
    if (tokens[h].kind !== "word" || !honorifics.includes(n(tokens[h]))) continue;
    let e = h + 1;
    while (e < i && tokens[e].kind === "word" && e - h <= 10) e++;
    if (e === h + 1) return null;
    const m = parseArabicSubject(line, base, tokens.slice(h + 1, e), null, ctx);
    return m && (m.kind === "name" || m.kind === "title") ? m : null;
  }
  return null;
}

/** "أعيد كلمات صاحب السمو الشيخ X …، حين طمأن الجميع قائلاً إن …": a participle of saying right after a clause of
 *  when whose verb has no subject written shares that verb's subject; after a speech noun whose genitive is a named
 *  other, that is the other, whose words the sentence's speaker only repeats. */
export function citedBefore(line: string, base: number, tokens: Token[], i: number, ctx: ArabicContext): Mention | null {
  const w = i - 3 >= 0 && TEMPORAL_OPENERS.has(n(tokens[i - 3])) ? i - 3 : i - 2 >= 0 && TEMPORAL_OPENERS.has(n(tokens[i - 2])) ? i - 2 : -1;
  if (w < 0 || tokens.slice(w, i).some((t) => t.kind !== "word")) return null;
  // "حين طمأن الجميع": the verb's object may follow it; a title or a body there would be its subject.
  if (w + 2 < i && (!n(tokens[w + 2]).startsWith("ال") || ROLE_HEADS.has(n(tokens[w + 2])) || ORG_HEADS.has(n(tokens[w + 2])) || GROUP_HEADS.has(n(tokens[w + 2])))) return null;
  for (let h = w - 1; h >= 0 && w - h <= 30; h--) {
    const t = tokens[h];
    if (t.kind === "end" || t.kind === "colon") return null;
    const s = n(t);
    if (t.kind !== "word" || (!SPEECH_NOUNS.has(s) && !SPEECH_NOUNS.has(s.replace(/^[بل]/, "")))) continue;
    let e = h + 1;
    while (e < w && tokens[e].kind === "word" && e - h <= 10) e++;
    if (e === h + 1) return null;
    const m = parseArabicSubject(line, base, tokens.slice(h + 1, e), null, ctx);
    return m?.kind === "name" ? m : null;
  }
  return null;
}
