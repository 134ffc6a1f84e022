// Arabic source-candidate stage: the words between a cue and its content read as a speaker mention (a name with
// its role, a title, a body, a state, a group, an unnamed official, a pronoun), and article-wide full names.
import { ACCORDING_TO, ADJUNCT_STARTERS, COMMON_WORDS, COURT_HONORIFICS, DOCUMENT_HEADS, HONORIFIC_PRONOUNS, GROUP_HEADS, isGroupHead, LEAD_PARTICLES, NAME_LINKS, ORG_HEADS, OUTLET_HEADS, PARTICIPLES, isOccasion, REPORTING_VERBS, ROLE_CONTINUATIONS, ROLE_HEADS, STATES, TIME_WORDS } from "../lexicon-ar.js";
import { type Token } from "../tokens.js";
import { isKnownName } from "../transliterate.js";
import { nameSpellings } from "../../normalize/names.js";
import { normAr, stripConj } from "../text.js";
import type { Gender, Mention, Paragraph } from "../types.js";
import { COMPOUND_HEADS, COMPOUND_SECONDS, HONORIFICS, alGivenNameEnd, OCCASION_ADJUNCTS, PREP_WORDS, audienceWithPronoun, describedName, familyAl, fullNameEnd, honoredNameEnd, n, nameLike, nameRun, prepositionOnNoun, roleLike, setOffName, splitSegments, surface, surnameLike, tailName, withoutLam } from "./names.js";
import { hasArticle, prepositionRest } from "./clitic.js";

/** Article-wide knowledge the patterns use: the full name an article gives a surname ("الزين" → "عمر الزين"). */
export interface ArabicContext {
  fullName(surname: string): string | null;
  /** "باناجة" → "حسن باناجة", "الخصاونة" → "عوض الخصاونة": the same for a ة-final family name, which alone reads as a
   *  feminine noun. */
  fullNameOfFeminineForm(surname: string): string | null;
  /** "آل عمران" → "يوسف آل عمران": the full name the article gives a family name written with آل. */
  familyName(family: string): string | null;
  /** "القطامين": a definite word ending in ين (the shape of a plural, so no family name by its letters) that the article
   *  writes as the subject of a singular reporting verb ("وقال القطامين"), which no plural in ين can be: a family name. */
  subjectSurname(word: string): boolean;
  /** "الدعم السريع" → "قوات الدعم السريع": the body the article names with a head noun (قوات، وزارة، حركة …) before
   *  these definite words, when it later writes them without the head. */
  bodyByTail(words: string): string | null;
  /** "سوسة" after "بسوسة": the article writes this word (normalized) on its own somewhere. */
  writesAlone(word: string): boolean;
  /** "بلماضي" after "جمال بلماضي" or "وقال بلماضي": the article writes this word right after a given name the name table
   *  knows or right after a verb of saying. */
  writtenAsName(word: string): boolean;
}

const NO_CONTEXT: ArabicContext = { fullName: () => null, fullNameOfFeminineForm: () => null, familyName: () => null, subjectSurname: () => false, bodyByTail: () => null, writesAlone: () => false, writtenAsName: () => false };

/** The definite ين-words an article writes right after a singular reporting verb (see ArabicContext.subjectSurname). */
function subjectSurnames(paragraphs: Paragraph[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs) {
    const ws = [...p.text.matchAll(/[\p{L}\p{M}]+/gu)];
    for (let i = 1; i < ws.length; i++) {
      const w = normAr(ws[i][0]);
      // "وزيرة الصحة تحذر المواطنين من …": the oblique plural of a group (المواطنون) is the verb's object.
      if (!/^ال.{3,}ين$/.test(w) || /يين$/.test(w) || COMMON_WORDS.has(w) || ROLE_HEADS.has(w) || isGroupHead(w) || isGroupHead(w.replace(/ين$/, "ون")) || ORG_HEADS.has(w)) continue;
      const verb = stripConj(normAr(ws[i - 1][0]));
      if (!/^\s+$/.test(p.text.slice(ws[i - 1].index! + ws[i - 1][0].length, ws[i].index!)) || !REPORTING_VERBS.has(verb) || /(?:وا|ون|ت)$/.test(verb)) continue;
      out.add(w);
    }
  }
  return out;
}

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
        // "حسام الدين الجبابلي": or a first name and the second half of its compound (الدين، الله).
        const compound = b > 0 && adjacent(b - 1) && normAr(ws[b].text).startsWith("ال")
          && (NAME_LINKS.has(normAr(ws[b - 1].text)) || (COMPOUND_SECONDS.has(normAr(ws[b].text)) && nameLike(ws[b - 1], true) && !LEAD_PARTICLES.has(normAr(ws[b - 1].text))));
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
  const attested = subjectSurnames(paragraphs);
  // "قوات الدعم السريع": every body the article names with an indefinite head of the body lexicon, by the one to three
  // words after the head (read once per article, on the first question).
  let bodyTails: Map<string, string> | null = null;
  const indexBodies = (): Map<string, string> => {
    const out = new Map<string, string>();
    for (const p of paragraphs) {
      const ws = [...p.text.matchAll(WORD)];
      for (let i = 0; i + 1 < ws.length; i++) {
        const raw = normAr(ws[i][0]);
        const bare = raw.replace(/^[وف]/, "");
        if (!ORG_HEADS.has(bare) || bare.startsWith("ال")) continue;
        const at = ws[i].index! + (raw === bare ? 0 : 1);
        const words: string[] = [];
        for (let k = i + 1; k < ws.length && k <= i + 3; k++) {
          if (!/^\s+$/.test(p.text.slice(ws[k - 1].index! + ws[k - 1][0].length, ws[k].index!))) break;
          words.push(normAr(ws[k][0]));
          const key = words.join(" ");
          if (!out.has(key)) out.set(key, p.text.slice(at, ws[k].index! + ws[k][0].length));
        }
      }
    }
    return out;
  };
  // Every word of the article, and those it writes right after a given name the table knows or a verb of saying (read
  // once, on the first question).
  let vocabulary: { alone: Set<string>; asName: Set<string> } | null = null;
  const indexVocabulary = () => {
    const alone = new Set<string>();
    const asName = new Set<string>();
    for (const p of paragraphs) {
      let before: string | null = null;
      let end = -1;
      for (const m of p.text.matchAll(WORD)) {
        const w = normAr(m[0]);
        alone.add(w);
        const adjacent = before !== null && /^\s+$/.test(p.text.slice(end, m.index!));
        if (adjacent && ((!before!.startsWith("ال") && nameSpellings(before!)) || REPORTING_VERBS.has(stripConj(before!)))) asName.add(w);
        before = w;
        end = m.index! + m[0].length;
      }
    }
    return { alone, asName };
  };
  return {
    writesAlone(word) {
      vocabulary ??= indexVocabulary();
      return vocabulary.alone.has(normAr(word));
    },
    writtenAsName(word) {
      vocabulary ??= indexVocabulary();
      return vocabulary.asName.has(normAr(word));
    },
    bodyByTail(words) {
      const tail = normAr(words).split(/\s+/).filter(Boolean);
      if (!tail.length || tail.length > 3 || !tail[0].startsWith("ال") || tail.some((w) => ORG_HEADS.has(w) || ROLE_HEADS.has(w) || COMMON_WORDS.has(w))) return null;
      bodyTails ??= indexBodies();
      return bodyTails.get(tail.join(" ")) ?? null;
    },
    subjectSurname: (word) => attested.has(normAr(word)),
    fullName(surname) {
      const key = normAr(surname);
      if (!cache.has(key)) cache.set(key, surnameLike(key) || attested.has(key) ? find(key) : null);
      return cache.get(key)!;
    },
    fullNameOfFeminineForm(surname) {
      const key = normAr(surname);
      // "بالتهنئة"، "للجنة": a word carrying a preposition and the article is a noun in a phrase, never a family name.
      if (!key.endsWith("ه") || /^(?:[وف]?[بلك]ال|لل)/.test(key) || COMMON_WORDS.has(key) || ROLE_HEADS.has(key) || ORG_HEADS.has(key)) return null;
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

/** "بسوسة" → "سوسه": the word after a ب written onto a word the name table does not know (normalized), or null. ب is the
 *  preposition of where an office is (رئيس البلدية بسوسة); ل and ك open a name too often (لطيفة، كاوه). */
const placeWord = (t: Token): string | null => (n(t).startsWith("ب") ? prepositionRest(n(t), { indefinite: true }) : null);

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
    if (isGroup && ["في", "فى", "من"].includes(w) && seg[k + 1] && (ORG_HEADS.has(n(seg[k + 1]).replace(/^ال/, "")) || constructAt(seg, k + 1))) {
      let e = k + 2;
      // "مصدر في الهيئة الإدارية بجامع الصالح": a ب-construct after the body's definite words says whose body it is.
      for (;;) {
        while (e < seg.length && seg[e].kind === "word" && /^(?:ال|لل)/.test(n(seg[e])) && !TIME_WORDS.has(n(seg[e]))) e++;
        if (e < seg.length && /^ب[^ا]/.test(n(seg[e])) && !ADJUNCT_STARTERS.has(n(seg[e])) && !isOccasion(n(seg[e]).slice(1)) && constructAt(seg, e)) e++;
        else break;
      }
      return seg.slice(0, e);
    }
    // "اجتمع مجلس القضاء الأعلى وعارض القرار": a word joined by و with no article after a body's name is its next verb.
    // "النقابة الوطنية لأعوان وإطارات العدلية": a plural noun in ات joined by و is not a verb; it goes on with the name.
    if (isBody && /^و(?!ال)/.test(w) && w.length >= 4 && !/^و.{3,}ات$/.test(w) && !ORG_HEADS.has(w) && !ORG_HEADS.has(w.slice(1)) && !ROLE_CONTINUATIONS.has(w.slice(1)) && !STATES[w.slice(1)]) return seg.slice(0, k);
    // "شركة «درع» المحلية": a short quoted name inside the source goes on with it.
    const quotedBodyName = seg[k].kind === "quote" && !!seg[k].span && seg[k].span!.end - seg[k].span!.start <= 30 && k >= 1;
    if (ADJUNCT_STARTERS.has(w) || (seg[k].kind !== "word" && !quotedBodyName)) return seg.slice(0, k);
  }
  return seg;
}

/** "واستنكرت الوزارة نشر أخبار …": a body's name ends at an indefinite word after a definite one (a definite noun takes
 *  no genitive, so the word is the verb's object); its definite adjectives, ل/ب-phrases (للتنمية، بغزة) and quoted names
 *  go on with it. */
function bodyPhrase(ts: Token[]): Token[] {
  const definite = (t: Token) => hasArticle(n(t));
  const end = ts.findIndex((t, k) => k > 0 && t.kind === "word" && ts[k - 1].kind === "word" && definite(ts[k - 1]) && !definite(t)
    && (!/^[بل]/.test(n(t)) || /[\u064B-\u064D]/.test(t.text)) && !STATES[n(t)] && !isKnownName(n(t)) && !COMMON_WORDS.has(n(t)) && n(t) !== "فى");
  return end > 0 ? ts.slice(0, end) : ts;
}

/** "قيادة الحماية الرئاسية"، "إدارة المسجد": an indefinite noun governing a definite one, which describes where an
 *  unnamed source works (not a time, an occasion or an adjunct). */
function constructAt(seg: Token[], k: number): boolean {
  const w = n(seg[k]);
  const next = seg[k + 1];
  return seg[k].kind === "word" && !!next && next.kind === "word" && /^ال/.test(n(next)) && !TIME_WORDS.has(n(next)) && !w.startsWith("ال")
    && !ADJUNCT_STARTERS.has(w) && !TIME_WORDS.has(w) && !isOccasion(w) && !OCCASION_ADJUNCTS.has(w) && !COMMON_WORDS.has(w) && !PLACE_ADVERBS.has(w) && !/\d/.test(w);
}

const RELATIVE_PRONOUNS = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"]);

/** "من داخل النادي"، "من خارج الحكومة": adverbs of place, not a body's construct. */
const PLACE_ADVERBS = new Set(["داخل", "خارج", "قرب", "حول", "جانب", "محيط", "اوساط", "وسط"]);

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
export const PRONOUN_SUBJECTS: Record<string, Gender | null> = {
  لكنه: "m", لكنها: "f", لكنهم: "pl", ولكنه: "m", ولكنها: "f", ولكنهم: "pl", انه: "m", انها: "f", انهم: "pl",
  بعضهم: "pl", بعضهن: "pl", وبعضهم: "pl",
};
// "وشدد سموه على أن …"، "وأكدت معاليها": an honorific carrying the pronoun stands for the person it refers to.
for (const pronoun of HONORIFIC_PRONOUNS.keys()) PRONOUN_SUBJECTS[pronoun] = pronoun.endsWith("ها") ? "f" : "m";
const SUBORDINATORS = new Set(["حين", "ثم", "اذ", "حيث", "لما", "بينما", "فيما", "كما", "عندها", "حينها", "وقتها", "بدوره", "بدورها", "بدورهم"]);
/** Quantity nouns before a group: "عدد من"، "بعض"، "عشرات"، "مئات"، "كثير من". */
/** Words naming a state's form before its name. */
const STATE_DESIGNATIONS = new Set(["دوله", "سلطنه", "مملكه", "المملكه", "جمهوريه", "اماره", "امارة"]);
export const QUANTITY_HEADS = new Set(["عدد", "بعض", "عشرات", "مئات", "الاف", "كثير", "العديد", "غالبيه", "اغلب", "معظم"]);

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
  // "واختتم، وفق “روسيا اليوم”، عن الاجتماع القادم، بالقول: …": whom the account is from, or what the words are about.
  if (ACCORDING_TO.test(w) || w === "عن") return true;
  return ADJUNCT_STARTERS.has(w) || SUBORDINATORS.has(w) || /^(?:بعد|عند|حين|كل|مثل|ريث)ما$/.test(w) || ADJUNCT_STARTERS.has(w.replace(/^[وف]/, "")) || /[\u064B]/.test(first.text) || /^(?:[لب]ـ|ل(?:ل|ه|ها|هم)$)/.test(w) || audienceWithPronoun(w) || PARTICIPLES.has(w);
}

/** A given name the name tables know (خالد, whose other sense keeps it out of isKnownName, too). */
const givenName = (w: string) => isKnownName(normAr(w)) || !!nameSpellings(normAr(w));

/** Parses the words between the verb and the content into a speaker mention (null: no speaker written). */
export function parseArabicSubject(line: string, base: number, region: Token[], gender: Gender, ctx: ArabicContext = NO_CONTEXT): Mention | null {
  // "شدد رئيس الاتحاد … على أن": the verb's preposition before its clause; a preposition with no object ends no subject.
  const last = region[region.length - 1];
  // ("… بن علي": after a particle of a name, علي is the name Ali.)
  if (region.length > 1 && last.kind === "word" && PREP_WORDS[n(last)] && !NAME_LINKS.has(n(region[region.length - 2]))) region = region.slice(0, -1);
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
  if (named >= 1 && named < seg0.length && /^لل./.test(n(seg0[named]))) {
    // "وقال بيا للوزارة إن …" (بيان misspelt): one word no list knows, before a body's ل-genitive that is no outlet, is
    // a noun of that body ("a statement of the ministry"), not a person: nobody is read.
    const body = "ال" + n(seg0[named]).slice(2);
    if (named === 1 && !isKnownName(n(seg0[0])) && ORG_HEADS.has(body) && !OUTLET_HEADS.has(body.slice(2)) && !/^الت[لي]+فزيون$/.test(body)) return null;
    seg0 = seg0.slice(0, named);
  }
  // "معالي وزير المالية X"، "صاحب السمو الشيخ X"، "جلالة الملك": an honorific of office before the title or the name.
  const court = COURT_HONORIFICS.has(n(seg0[0])) ? 1 : n(seg0[0]) === "صاحب" && COURT_HONORIFICS.has(n(seg0[1])) ? 2 : 0;
  if (court && seg0.length > court && seg0[court].kind === "word") {
    const rest = parseArabicSubject(line, base, [...seg0.slice(court), ...region.slice(region.indexOf(seg0[seg0.length - 1]) + 1)], gender, ctx);
    // "جلالة الملك": a one-word title keeps its honorific (the King is someone; "الملك" alone would be a bare title);
    // "معالي وزير العدل" is the justice minister, as the article goes on to write him.
    if (rest?.kind === "title" && rest.pos === base + seg0[court].start && !/\s/.test(rest.surface.trim())) {
      const whole = line.slice(seg0[0].start, rest.pos - base + rest.surface.length);
      return { ...rest, surface: whole, role: whole, pos: base + seg0[0].start };
    }
    if (rest) return rest;
  }
  const head = n(seg0[0]);
  const pos = base + seg0[0].start;
  const mention = (kind: Mention["kind"], ts: Token[], role: string | null): Mention => ({ kind, surface: surface(line, ts), role, gender, pos });
  // "لكنها شددت"، "إلا أنه حذر"، "وزعم بعضهم": a pronoun, resolved like a verb's own subject.
  const pronoun = PRONOUN_SUBJECTS[head];
  // "وشدد سموه على أن": the verb's preposition may follow it.
  // "وقال معاليه في تصريح صحفي إن": or where it was said.
  if (pronoun !== undefined && (seg0.length === 1 || (seg0.length === 2 && PREP_WORDS[n(seg0[1])]) || cutAdjuncts(seg0, false).length === 1)) return { kind: "pronoun", surface: "", role: null, gender: pronoun ?? gender, pos };
  // "يضيف ذات المتحدث"، "وقال المصدر نفسه": "the same speaker" refers like the verb's own pronoun subject.
  if (seg0.length === 2 && sameReferent(seg0)) return { kind: "pronoun", surface: "", role: null, gender, pos };
  // "عدد من الركاب"، "بعض السكان"، "عشرات المزارعين": a quantity of a group is the group.
  const quantity = QUANTITY_HEADS.has(head) ? (n(seg0[1]) === "من" ? 2 : 1) : 0;
  if (quantity && seg0[quantity] && (GROUP_HEADS.has(n(seg0[quantity])) || /(?:ون|ين)$/.test(n(seg0[quantity])))) {
    return mention("group", cutGroup(cutAdjuncts(seg0, true)), null);
  }

  const joined = normAr(surface(line, cutAdjuncts(seg0, false)));
  if (STATES[joined]) return mention("state", cutAdjuncts(seg0, false), null);
  // "دولة قطر"، "سلطنة عمان"، "المملكة العربية السعودية" as written: a state's designation before its name.
  if (STATE_DESIGNATIONS.has(head) && seg0.length >= 2) {
    const rest = cutAdjuncts(seg0.slice(1), false);
    if (STATES[normAr(surface(line, rest))]) return mention("state", [seg0[0], ...rest], null);
  }
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
    // "وطالب رئاسة مجلس النواب بعقد جلسة": a masculine verb right before a feminine body noun does not agree with it, so
    // the body is the verb's object (whom it was asked of) and the subject is the verb's own pronoun.
    if (gender === "m" && head.endsWith("ه") && region[0] === seg0[0]) return { kind: "pronoun", surface: "", role: null, gender, pos: base + seg0[0].start };
    const ts = seg0.length > 1 && n(seg0[1]) === "من" ? seg0 : bodyPhrase(cutAdjuncts(seg0, false, true));
    return mention("organization", ts, null);
  }
  // "وقالت الدعم السريع، إنها …": a body the article named with its head noun (قوات الدعم السريع), written without it.
  const tail = seg0.length <= 3 && seg0.every((t) => t.kind === "word" && n(t).startsWith("ال")) ? ctx.bodyByTail(surface(line, seg0)) : null;
  if (tail) return { kind: "organization", surface: tail, role: null, gender, pos };
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
    const honoredHead = HONORIFICS.has(head) && alGivenNameEnd(seg0, 1) > 1;
    // Once the role has a definite word ("وزيرة الصحة"), an indefinite word that does not continue it
    // starts the name ("هالة منصور"): a construct ends at its definite member.
    let definite = head.startsWith("ال");
    // "الخبيرة في شؤون المياه ليلى منصور": في inside a role phrase when a role word follows.
    const isDefinite = (x: number) => hasArticle(n(seg0[x]));
    // "في علوم الغابات"، "في اقتصاد النقل"، "في بيروت": a في-phrase inside the role (its object, a construct or a place).
    const inPhrase = (x: number) => !!seg0[x] && (roleLike(seg0[x]) || !!STATES[n(seg0[x])] || (!!seg0[x + 1] && isDefinite(x + 1) && !isKnownName(n(seg0[x]))));
    const inRole = (x: number) => {
      // "رئيس نادي "النجمة" الرياضي": a quoted name inside the role, and the construct noun before it.
      if (seg0[x].kind === "quote" || seg0[x + 1]?.kind === "quote") return true;
      const w = n(seg0[x]);
      const prev = n(seg0[x - 1]);
      // "وقالت الوزيرة في مقابلة مع …": where the speaker spoke ends the role.
      if (["في", "فى"].includes(w) && (isOccasion(n(seg0[x + 1])) || isOccasion(n(seg0[x + 1]).replace(/^ال/, "")))) return false;
      // "… الذي يسبق المباراة": a relative clause ends the role; its words are never the name.
      if (RELATIVE_PRONOUNS.has(w)) return false;
      // "رئيس مجلس الوزراء الشيخ صباح الخالد": an honorific before a name ends the role; the name follows it.
      if (x >= 1 && HONORIFICS.has(w) && honoredNameEnd(seg0, x + 1) > x + 1) return false;
      // "الأستاذ الهادي عبد السيد": the phrase opens on the honorific itself; the name follows it at once.
      if (x === 1 && honoredHead) return false;
      if (["في", "فى"].includes(prev)) return true; // its object, checked when في was taken
      // "الأمين العام لاتحاد الشغل"، "مدير الإعلام ببلدية …": ل or ب on a body's head (or a state) goes on with the role.
      if (prepositionOnNoun(w)) return true;
      // "النائب عن تحالف الفتح X": a member of parliament is "for" his bloc or constituency; عن and its object are the role.
      if ((w === "عن" && x === 1) || (prev === "عن" && x === 2)) return /^(?:ال)?نايب(?:ه)?$/.test(head) && (w !== "عن" || !!seg0[x + 1]);
      // "رئيسة جامعة أسيوط": the word after an indefinite construct noun is its genitive, not a name.
      if (x >= 2 && !isDefinite(x - 1) && (prev.endsWith("ه") || ROLE_CONTINUATIONS.has(prev)) && !isDefinite(x) && !isKnownName(w)) return true;
      const continues = ROLE_CONTINUATIONS.has(w) || ROLE_CONTINUATIONS.has(w.replace(/(?:ه|ها|هم)$/, "")); // باسمه
      // "المتحدث باسم الحكومة باسم العوادي": a continuation the closed role already used does not open it again; it is
      // the holder's first name (Basim).
      if (continues && definite && repeatedName(x)) return false;
      if (definite && !/^(?:[وبلك]?ال|لل|في$|فى$)/.test(w) && !continues && !ROLE_HEADS.has(w)) return false;
      return (roleLike(seg0[x]) && !ADJUNCT_STARTERS.has(w)) || (["في", "فى"].includes(w) && inPhrase(x + 1));
    };
    const repeatedName = (x: number) => seg0.slice(1, x).some((t) => n(t) === n(seg0[x])) && x + 2 <= seg0.length && x + 4 >= seg0.length && surnameLike(seg0[seg0.length - 1].text, true);
    // "رئيس الجمعية الجهوية بسوسة محمد الطرابلسي": a word carrying ب that the name table does not know, right before a
    // given name it knows, may say where the office is or be a given name the table lacks (بكر محمد الحسن). It is
    // where when the article writes the word after ب on its own ("ولاية سوسة"), and more role then.
    const beforeName = (x: number) => x + 1 < seg0.length && !!placeWord(seg0[x]) && isKnownName(n(seg0[x + 1])) && nameLike(seg0[x + 1], true) && !ctx.writtenAsName(seg0[x].text);
    const placeBeforeName = (x: number) => beforeName(x) && ctx.writesAlone(placeWord(seg0[x])!);
    while (k < seg0.length && (inRole(k) || placeBeforeName(k))) {
      if (hasArticle(n(seg0[k])) || seg0[k].kind === "quote") definite = true;
      k++;
    }
    // With no such sign either way, nobody is read rather than a guess.
    if (k >= 1 && beforeName(k)) return { ...mention("name", seg0.slice(k), null), unreadable: true };
    const roleTs = seg0.slice(0, k);
    // "وزير الكهرباء “غسان الزامل”": the holder's name in quotation marks closing the role (two to four words, a first
    // name the list knows) is the name; "رئيس نادي “النجمة”" names a club, not a person.
    const closing = seg0[seg0.length - 1];
    if (k === seg0.length && k >= 2 && closing.kind === "quote" && closing.span) {
      const inner = line.slice(closing.span.start, closing.span.end);
      const ws = [...inner.matchAll(/[^\s]+/g)].map((m): Token => ({ kind: "word", text: m[0], start: closing.span!.start + m.index!, end: closing.span!.start + m.index! + m[0].length }));
      if (ws.length >= 2 && ws.length <= 4 && isKnownName(n(ws[0])) && nameRun(ws, 0, true) === ws.length) {
        return mention("name", ws, roles(surface(line, seg0.slice(0, -1)), appositionRole(segs[1])));
      }
    }
    // "المتحدث باسم قيادة عمليات بغداد اللواء قاسم عطا": a genitive the lists do not know (a place, a body's own name)
    // ended the role, then an honorific and a name close the phrase (or come before where it was said): the words before the honorific are more role.
    if (k >= 2 && k < seg0.length && !HONORIFICS.has(n(seg0[k]))) {
      const h = seg0.findIndex((t, y) => y > k && y <= k + 2 && HONORIFICS.has(n(t)));
      const e = h > 0 ? honoredNameEnd(seg0, h + 1) : 0;
      if (h > 0 && e > h + 1 && (e === seg0.length || isOccasionAdjunct(seg0, e))
        && seg0.slice(k, h).every((t) => t.kind === "word" && !isKnownName(n(t)) && !ADJUNCT_STARTERS.has(n(t)) && !TIME_WORDS.has(n(t)))) k = h;
    }
    // "المتحدث الرسمي باسم الحكومة سعادة الأستاذة X": an honorific of office between the role and its holder's name.
    if (k > 0 && k + 1 < seg0.length && COURT_HONORIFICS.has(n(seg0[k]))) k++;
    const honorific = k < seg0.length && HONORIFICS.has(n(seg0[k]));
    // "اللواء د. X"، "الأستاذ الدكتور X": honorifics in a row.
    while (k + 1 < seg0.length && HONORIFICS.has(n(seg0[k]))) k++;
    let j = honorific || (honoredHead && k === 1) ? honoredNameEnd(seg0, k) : nameRun(seg0, k, definite);
    if (j > k && j < seg0.length && ctx.subjectSurname(seg0[j].text) && !n(seg0[j - 1]).startsWith("ال")) j++;
    // "ونبّه وزير التربية الأولياء وتلاميذ …": after the role, a word carrying the conjunction و joins objects; a name
    // does not open so (unless the list knows it: وليد، وفاء).
    if (!honorific && j > k && /^و/.test(n(seg0[k])) && !isKnownName(n(seg0[k]))) j = k;
    if (!honorific && j === k && k < seg0.length && repeatedName(k)) j = seg0.length;
    const nameTs = seg0.slice(k, j);
    // "دعا النائب كمال حداد رئيس البلدية منصور العلي إلى …": a name of two words or more, then another
    // office, is the subject; the office and the name after it are an apposition or the verb's object, never more role.
    const headedName = nameTs.length >= 2 && j < seg0.length && ROLE_HEADS.has(n(seg0[j])) && !n(seg0[j]).startsWith("ال");
    if (!headedName && (j < seg0.length || !nameTs.length)) {
      // "المدير العام لشركة نقل تونس حاتم الجبالي": the role's genitives run on; the full name closes the phrase.
      const t = tailName(seg0, Math.max(k, 1));
      if (t !== null) return mention("name", seg0.slice(t), roles(surface(line, seg0.slice(0, t)), appositionRole(segs[1])));
      // "رئيس اللجنة … فواز الحساوي اليوم الأحد": the full name closes the phrase before a time adjunct.
      const when = seg0.findIndex((x, y) => y > k && (OCCASION_ADJUNCTS.has(n(x)) || TIME_WORDS.has(n(x))));
      const timed = when > k + 1 && !nameTs.length ? tailName(seg0.slice(0, when), Math.max(k, 1)) : null;
      if (timed !== null) return mention("name", seg0.slice(timed, when), roles(surface(line, seg0.slice(0, timed)), appositionRole(segs[1])));
    }
    // "لشركة كهرباء حلب نزار الخطيب": a genitive may have its own genitive; a closing full name says where the role ends.
    const openConstruct = k >= 3 && !hasArticle(n(seg0[k - 1]));
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
    // "رئيس المكتب الإعلامي بالمحكمة الإدارية بسوسة، القاضي X Y،": one word no list knows closing the phrase, then a
    // title and a full name set off by commas: the word ends the role (a place, a body's name); the titled name holds it.
    const titled = seg1 && seg1.length <= 7 && ROLE_HEADS.has(n(seg1[0])) ? parseArabicSubject(line, base, seg1, gender, ctx) : null;
    const holder = titled?.kind === "name" && line.slice(0, seg1[seg1.length - 1].end).endsWith(titled.surface) ? titled : null;
    if (holder && nameTs.length === 1 && j === seg0.length && !isKnownName(n(nameTs[0])) && /\s/.test(holder.surface.trim())) {
      return { ...holder, role: roles(surface(line, seg0), holder.role) };
    }
    // "مراسل وكالة شفق نيوز": one word no list knows, after an outlet's name in construct, is more of that name, not a
    // person; the whole is an unnamed title.
    const outletAt = roleTs.findIndex((t) => OUTLET_HEADS.has(n(t)));
    if (nameTs.length === 1 && j === seg0.length && outletAt > 0 && outletAt < k - 1 && !hasArticle(n(seg0[k - 1])) && !isKnownName(n(nameTs[0])) && !ctx.subjectSurname(nameTs[0].text)) {
      return mention("title", seg0, surface(line, seg0));
    }
    // "وقال رئيس المجلس البلدي بسوسة إن …": one word carrying ب that the name table does not know, closing the
    // phrase after a role, is a surname only when the article writes it so elsewhere (after a given name, "جمال
    // بلماضي", or right after a verb of saying, "وقال بلماضي"); it is where the office is when the article writes the word after the
    // preposition on its own ("ولاية سوسة"); with neither, nobody is read rather than a guess.
    const governed = nameTs.length === 1 && (j === seg0.length || ADJUNCT_STARTERS.has(n(seg0[j])) || TIME_WORDS.has(n(seg0[j]))) ? placeWord(nameTs[0]) : null;
    if (governed && !ctx.subjectSurname(nameTs[0].text) && !ctx.writtenAsName(nameTs[0].text)) {
      return ctx.writesAlone(governed) ? mention("title", seg0.slice(0, j), surface(line, seg0.slice(0, j))) : { ...mention("name", nameTs, null), unreadable: true };
    }
    if (nameTs.length) return mention("name", nameTs, roles(surface(line, roleTs), appositionRole(segs[1])));
    if (seg1 && (setOffName(seg1) || (seg1.length <= 5 && nameRun(seg1, 0) === seg1.length))) return mention("name", seg1, roles(surface(line, roleTs), appositionRole(segs[2])));
    // "وقالت المتحدثة باسم الخارجية، مورغان أورتاغوس في مقابلة متلفزة إن …": the name set off by a comma, then where
    // it was said with no comma to close the name.
    const spoken = seg1 && seg1.length > 2 && !segs[2] ? cutAdjuncts(seg1, false) : null;
    if (spoken && spoken.length < seg1.length && isOccasionAdjunct(seg1, spoken.length) && setOffName(spoken)) return mention("name", spoken, roles(surface(line, roleTs)));
    // "وزير التعليم العالي، الدكتور عبد العزيز أبو الخير،": the titled name set off by commas is the role's holder.
    if (holder) return { ...holder, role: roles(surface(line, roleTs), holder.role) };
    // "المتحدثة باسم شركة …، المالكة للناقلة، ريم آل شبيب،": an apposition describing the body, then the holder's name.
    const seg2 = segs[2];
    if (seg1 && appositionRole(seg1) && nameRun(seg1, 0, true) < seg1.length && seg2 && seg2.length >= 2 && seg2.length <= 5 && nameRun(seg2, 0, true) === seg2.length) {
      return mention("name", seg2, roles(surface(line, roleTs), surface(line, seg1)));
    }
    // "المبعوث الأممي إلى سوريا غير بيدرسون"، "عضو مجلس النواب عن حزب الوفد محمد داود": the role goes on through a
    // preposition and ends on a name it could not read; the title alone would be a guess at who it is, so nobody is read.
    const rest = seg0.slice(k);
    if (rest.length >= 2 && ["الي", "عن", "لدي"].includes(n(rest[0])) && nameLike(rest[rest.length - 1], false) && !isOccasion(n(rest[rest.length - 1]))) return null;
    // "المتحدث الإعلامي بصحة المدينةالمنورة مؤيد أبوعنق" (two words run together): so when words the role did not take
    // run on to a name it could not read, with no adjunct among them to say they are where or when it was said.
    if (rest.length >= 3 && rest.every((t) => t.kind === "word" && !ADJUNCT_STARTERS.has(n(t)) && !TIME_WORDS.has(n(t)) && !isOccasion(n(t))) && nameLike(rest[rest.length - 1], false) && nameLike(rest[rest.length - 2], true)) return null;
    // "وشدد الوزير السعيد على …": a title, then a surname the article gives in full, is that person.
    const surname = roleTs.length === 2 && (k === seg0.length || ADJUNCT_STARTERS.has(n(seg0[k]))) && surnameLike(roleTs[1].text) ? ctx.fullName(roleTs[1].text) : null;
    // The full name must open on a given name: "مدرب الرمال" with "فريق الرمال" in the article is a team's coach.
    if (surname && /\s/.test(surname) && givenName(surname.split(/\s+/)[0])) return { kind: "name", surface: surname, role: surface(line, roleTs.slice(0, 1)), gender, pos: base + roleTs[1].start };
    return mention("title", roleTs, surface(line, roleTs));
  }
  // A definite noun the role list does not know, then a name: "الممرضة هبة سلامة"، "النائبة لينا حداد".
  if (head.startsWith("ال") && seg0.length > 1 && !surnameLike(head)) {
    const j = nameRun(seg0, 1, true);
    if (j === seg0.length && (j - 1 >= 2 || isKnownName(n(seg0[1])))) return mention("name", seg0.slice(1, j), roles(surface(line, seg0.slice(0, 1)), appositionRole(segs[1])));
    // "الفنان إنتصار عبد الفتاح رئيس ومؤسس المهرجان": an office right after the name (no comma) is the person's role too.
    if (j - 1 >= 2 && j < seg0.length && ROLE_HEADS.has(n(seg0[j])) && !n(seg0[j]).startsWith("ال")) return mention("name", seg0.slice(1, j), roles(surface(line, seg0.slice(0, 1)), surface(line, seg0.slice(j)), appositionRole(segs[1])));
  }
  // "المرشح الفائز طارق عبد الحميد الراوي": definite descriptive words, then a full name closing the phrase.
  if (head.startsWith("ال") && seg0.length >= 3) {
    const t = tailName(seg0, 1);
    if (t !== null && t >= 1 && seg0.slice(0, t).every((x) => /^(?:ال|لل)/.test(n(x)) && !TIME_WORDS.has(n(x)))) {
      return mention("name", seg0.slice(t), roles(surface(line, seg0.slice(0, t)), appositionRole(segs[1])));
    }
  }
  // A surname alone ("قال السعدي"): the article's full name for it, when the article gives one.
  if (surnameLike(seg0[0].text) || ctx.subjectSurname(seg0[0].text)) {
    const full = ctx.fullName(seg0[0].text);
    if (full) return { kind: "name", surface: full, role: appositionRole(segs[1]), gender, pos };
    // Else a lone surname: it can only refer to a speaker already named in full (see resolveSpeakers).
    if (seg0.length === 1 || ADJUNCT_STARTERS.has(n(seg0[1]))) return { kind: "name", surface: seg0[0].text, role: appositionRole(segs[1]), gender, pos };
  }
  // After the surname lookup, so that "قال السويدي بلهجة حازمة" stays the article's السويدي.
  // "السائح الألماني كلاوس ريشتر"، "الحرفي الهادي بن يوسف": definite descriptive words, then a name with no ال-surname.
  const described = head.startsWith("ال") ? describedName(seg0) : null;
  if (described !== null) return mention("name", seg0.slice(described), roles(surface(line, seg0.slice(0, described)), appositionRole(segs[1])));
  // "الفنان إنتصار عبد الفتاح رئيس ومؤسس المهرجان": the same, then an office right after the name (no comma).
  const office = head.startsWith("ال") ? seg0.findIndex((t, x) => x >= 3 && ROLE_HEADS.has(n(t)) && !n(t).startsWith("ال")) : -1;
  const describedBefore = office > 0 ? describedName(seg0.slice(0, office)) : null;
  if (describedBefore !== null) return mention("name", seg0.slice(describedBefore, office), roles(surface(line, seg0.slice(0, describedBefore)), surface(line, seg0.slice(office)), appositionRole(segs[1])));
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
      if (hasArticle(w)) return true; // a full name must still follow, so "سمير الحداد" stays a name
      // An indefinite noun inside the construct (كلية الطب): a ة-final or listed word before a definite one.
      return (w.endsWith("ه") || ROLE_CONTINUATIONS.has(w)) && hasArticle(n(seg0[x + 1]));
    };
    while (r < seg0.length && genitive(r)) r++;
    if (r > 1 && r < seg0.length) {
      const e = nameRun(seg0, r, true);
      if (e === seg0.length && e - r >= 2) return mention("name", seg0.slice(r, e), roles(surface(line, seg0.slice(0, r)), appositionRole(segs[1])));
    }
    let j = nameRun(seg0, 0);
    if (j > 0 && j < seg0.length && ctx.subjectSurname(seg0[j].text) && !n(seg0[j - 1]).startsWith("ال")) j++;
    // "قال آل عمران" after "يوسف آل عمران": a family name alone stands for the full name the article gave it.
    const family = j === 2 && familyAl(seg0[0]) ? ctx.familyName(surface(line, seg0.slice(0, 2))) : null;
    if (family) return { kind: "name", surface: family, role: appositionRole(segs[1]), gender, pos };
    // "أصحاب المحلات": one indefinite word governing a definite noun that is no surname is a construct, not a name.
    if (j === 1 && seg0[1] && hasArticle(n(seg0[1])) && !isKnownName(head) && !ADJUNCT_STARTERS.has(n(seg0[1]))) return null;
    // "أكد سامر الحلبي مدير مكتب الرئيس …": an office right after the name (no comma) is the person's role.
    const office = j >= 2 && j < seg0.length && ROLE_HEADS.has(n(seg0[j])) && !n(seg0[j]).startsWith("ال") ? surface(line, seg0.slice(j)) : null;
    return mention("name", seg0.slice(0, j), roles(office, appositionRole(segs[1])));
  }
  return null;
}

/** "في مقابلة …"، "خلال كلمته": at `k`, where the words were said (a preposition of place or time, then an occasion). */
function isOccasionAdjunct(seg: Token[], k: number): boolean {
  const w = n(seg[k + 1]);
  // "في مقابلة"، "في المؤتمر الصحفي الذي عقد …": the occasion may be a definite one.
  return ["في", "فى", "خلال", "عبر", "اثناء"].includes(n(seg[k])) && (isOccasion(w) || (w.startsWith("ال") && isOccasion(w.slice(2))));
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
