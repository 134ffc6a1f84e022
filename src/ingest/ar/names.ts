// Arabic names and roles in token runs: what may be a first name, a surname, an honorific, a role word, where a
// name ends. Shared by the candidate stages (candidates.ts, fronted.ts) and the content stage.
import { ACCORDING_TO, ADJUNCT_STARTERS, COMMON_WORDS, COMPLEMENTIZER, CONTINUING_VERBS, DOCUMENT_HEADS, GROUP_HEADS, isGroupHead, NAME_LINKS, ORG_HEADS, OUTLET_HEADS, isOccasion, REPORTING_VERBS, ROLE_CONTINUATIONS, ROLE_HEADS, STATES, TIME_WORDS, TITLE_SURNAMES } from "../lexicon-ar.js";
import { type Token } from "../tokens.js";
import { hasDerivedMasdarShape, isMasdar } from "../masdar-ar.js";
import { isKnownName } from "../transliterate.js";
import { nameSpellings } from "../../normalize/names.js";
import { carriesPreposition, hasArticle, prepositionRest } from "./clitic.js";
import { normAr, stripConj } from "../text.js";
import NAMES_AR from "../data/names-ar.json" with { type: "json" };
import COMMON_WORDS_AR from "../data/common-words-ar.json" with { type: "json" };

/** "قائلا"، "مضيفة"، "داعيين": circumstantial participles (data/names-ar.json), how a speaker spoke, never a name. */
const ADVERBIAL_PARTICIPLES = new Set(NAMES_AR.adverbialParticiples.stems.flatMap((s) => ["", "ا", "اً", "ه", "ين", "ان"].map((e) => s + e)));
/** "حسام الدين"، "نصر الله": the ال-word closing a compound given name (data/names-ar.json). */
export const COMPOUND_SECONDS = new Set(NAMES_AR.compoundSeconds.words);
/** The ال-word at seg[j] is the second half of a compound given name opened by the name word before it. */
const compoundSecond = (seg: Token[], j: number) => COMPOUND_SECONDS.has(n(seg[j])) && !!seg[j - 1] && !n(seg[j - 1]).startsWith("ال") && seg[j - 1].kind === "word";
export const isAdverbialParticiple = (w: string) => ADVERBIAL_PARTICIPLES.has(w) || ADVERBIAL_PARTICIPLES.has(stripConj(w));
/** "دول الحصار"، "أخبار": indefinite common nouns (data/names-ar.json), a verb's object, never a name word. */
const COMMON_NOUNS = new Set(NAMES_AR.commonNouns.words);
/** A word that can never be part of a person's name: a circumstantial participle or a listed common noun. */
export const neverNameWord = (w: string) => isAdverbialParticiple(w) || COMMON_NOUNS.has(w) || COMMON_NOUNS.has(stripConj(w));

/** Frequent words of Arabic news that no article writes where a name stands (data/common-words-ar.json, built from
 *  the vocabulary of many articles by `npm run build:nouns-ar`). */
const FREQUENT_WORDS = new Set(COMMON_WORDS_AR.words);
/** A word that never continues or ends a name already begun: a frequent non-name word (تدوينة is not one, but an
 *  occasion of speech is: "المحامي سامي بن غازي تدوينة"), unless the name table knows it. Not for a first word: a
 *  given name the table lacks may be a common word too (أمل، وفاء). */
export function endsNoName(w: string): boolean {
  if (isKnownName(w)) return false;
  const bare = /^و/.test(w) && w.length >= 5 ? w.slice(1) : w;
  return FREQUENT_WORDS.has(w) || FREQUENT_WORDS.has(bare) || isOccasion(w) || isOccasion(bare);
}

/** "مليشيا الدعم"، "مصر الخير": a phrase opened by a frequent word of the news, with no word the name table knows, is a
 *  common noun phrase (a construct), never a person's name. */
export function commonPhrase(words: string[]): boolean {
  const first = words[0] ?? "";
  const bare = /^و/.test(first) && first.length >= 5 ? first.slice(1) : first;
  return (FREQUENT_WORDS.has(first) || FREQUENT_WORDS.has(bare)) && !words.some((w) => isKnownName(w) || isKnownName(w.replace(/^ال/, "")));
}

/** "محمد حمودة المتحدث …": a ة-final family name right after a given name the table knows, when nothing says it is a
 *  common word (a frequent word, an occasion, a verbal noun, a role, a body) . */
function taMarbutaSurname(seg: Token[], j: number, from: number): boolean {
  const w = n(seg[j]);
  return j === from + 1 && w.length >= 4 && w.endsWith("ه") && isKnownName(n(seg[from])) && !endsNoName(w) && !isMasdar(w) && nameLike(seg[j], false, true);
}

export const n = (t: Token | undefined) => (t && t.kind === "word" ? normAr(t.text) : "");
export const isWord = (t: Token | undefined, ...words: string[]) => !!t && t.kind === "word" && words.includes(n(t));

export const NUMBER_WORDS = new Set(["الف", "الاف", "مليون", "ملايين", "مليار", "مئه", "ميه", "مئات", "عشرات", "الفا", "الفي"]);

export const PREP_WORDS: Record<string, string> = { من: "من", الي: "الي", علي: "علي", عن: "عن" };

/** `taMarbuta`: a word ending in ة may be a first name here (after a closed role phrase: "وزيرة الصحة هالة …"). */
function accusativeNoun(w: string): boolean {
  const stem = w.length >= 5 && w.endsWith("ا") && !w.endsWith("اا") ? w.slice(0, -1) : "";
  return !!stem && !isKnownName(w) && (DOCUMENT_HEADS.has(stem) || isOccasion(stem) || FREQUENT_WORDS.has(stem) || hasDerivedMasdarShape(stem));
}

export function nameLike(t: Token, first: boolean, taMarbuta = false): boolean {
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  // Tanween (إعلاناً) marks an indefinite noun or adverb, never a name.
  if (/\d/.test(w) || w.length < 2 || /[\u064B-\u064D]/.test(t.text)) return false;
  // "آن هيدالغو": آن (Anne) with its madda is a name, never the أن/إن every spelling of which it folds to.
  if (t.text === "آن") return true;
  // "على" and "إلى" are prepositions; normalization would make على the name علي.
  if (/^و?(?:على|إلى|الى)$/.test(t.text)) return false;
  if (neverNameWord(w)) return false;
  // "ورحب النائب X Y بتصريحها، مؤكداً"، "لحكومته": a noun carrying a preposition and a possessive pronoun is no name word.
  if (/^[بلك].{3,}(?:ها|هم|هما|هن)$|^[بلك].{2,}ته$/.test(w) && !isKnownName(w)) return false;
  // "أصدر العميد علي قانصو بيانا"، "استقبل وفدا": an indefinite object written without its tanween (a noun the lists
  // know, or a verbal noun, with the accusative ا) is never a name word.
  if (!first && accusativeNoun(w)) return false;
  // "ولا"، "فلم"، "وقد": a function word carrying the conjunction; "بحسب"، "وفقا": according to, never a name.
  if ((/^[وف]/.test(w) && JOINED_FUNCTION_WORDS.has(w.slice(1))) || ACCORDING_TO.test(w) || ACCORDING_TO.test(stripConj(w))) return false;
  if (isKnownName(w) || familyAl(t)) return true;
  // "لإدارة شؤون الاتحاد"، "لتنمية الموارد": ل before a feminine noun opens a genitive of the role, never a first name.
  // "لكرة القدم": so before a short one too, when its ة is written (a ه may be a pronoun).
  if (first && (/^ل.{3,}ه$/.test(w) || (/^ل.{2}ه$/.test(w) && /ة$/.test(t.text)))) return false;
  if (w.startsWith("ال") && first) return false;
  // "وأعلن الوزير الجزائري استعداد بلاده": a verbal noun is the verb's object, never a first name.
  if (first && isMasdar(w)) return false;
  // "شركات التوزيع": a sound feminine plural never opens a person's name.
  if (first && /ات$/.test(w) && w.length >= 5) return false;
  if (w.startsWith("ال") && !/ي$/.test(w)) return false;
  if ((w.endsWith("ه") && !(taMarbuta && w.length > 2)) || COMMON_WORDS.has(w) || ROLE_HEADS.has(w) || isGroupHead(w) || ORG_HEADS.has(w)) return false;
  // "قال عباس عراقجي لشبكة الجزيرة": an outlet with ل is whom it was said to, never more of the name.
  if (/^ل/.test(w) && OUTLET_HEADS.has(w.slice(1))) return false;
  // "أعرب مدربا نادي القادسية X ونادي الكويت Y": a title in the dual or the plural (مدربا، مدربو، وزيرا) is no name.
  if (w.length >= 4 && ROLE_HEADS.has(w.replace(/(?:ا|ان|و|ون|ين)$/, ""))) return false;
  if (ROLE_CONTINUATIONS.has(w) || ADJUNCT_STARTERS.has(w) || COMPLEMENTIZER.test(w) || STATES[w] || TIME_WORDS.has(w) || TIME_WORDS.has(stripConj(w))) return false;
  if (REPORTING_VERBS.has(w) || REPORTING_VERBS.has(stripConj(w))) return false;
  // "وواصل العوادي :"، "وأتم": verbs that report only before a colon are no first names either.
  if (CONTINUING_VERBS.has(w) || CONTINUING_VERBS.has(stripConj(w))) return false;
  if (/^(?:[بلك]ال|لل)/.test(w)) return false;
  if (prepositionOnNoun(w) || carriesPreposition(w)) return false;
  // "بتأهل منتخبنا الوطني"، "بلادنا": a noun carrying "our" is the writer's or the speaker's own word, never a name word
  // (names end in انا، ينا: دانا، كريستينا).
  if (/^.{3,}[^اي]نا$/.test(w)) return false;
  // "لصحفيين"، "لمراسلين": a ل-phrase (an audience) and "تجمعوا" (a plural past verb) never continue a name.
  if (/^ل/.test(w) && /(?:ين|ون|ات)$/.test(w) && w.length >= 6) return false;
  if (/[^ا]وا$/.test(w) && w.length >= 5) return false;
  // "استقبل الوزير X نظيره التونسي": a companion noun with its pronoun (his counterpart, his colleague) is no name.
  if (/^(?:نظير|زميل|رفيق|صديق|شريك|مساعد|نايب|خصم|منافس|مضيف)(?:ت)?(?:ه|ها|هم)$/.test(w)) return false;
  // "فقال لمراسلنا"، "توقعت فيها": a preposition carrying a pronoun, or a ل-noun carrying one, is no name.
  if (PREPOSITION_WITH_PRONOUN.test(w) || audienceWithPronoun(w)) return false;
  return true;
}

/** "بالمحكمة الابتدائية بتونس"، "لمصر"، "بمجلس": a preposition (ب، ل، ك) written onto a word the lists know as no name
 *  (a state, a body's head, a frequent word of the news, a derived verbal noun) is a prepositional phrase, never a name
 *  word. For a word the name table does not know (normalized). */
export function prepositionOnNoun(w: string): boolean {
  const rest = prepositionRest(w, { indefinite: true });
  return !!rest && (!!STATES[rest] || ORG_HEADS.has(rest) || (rest.length >= 4 && FREQUENT_WORDS.has(rest)) || hasDerivedMasdarShape(rest));
}

/** Function words that "و/ف" may be written onto ("ولا"، "فلم"); not ان, which "فان" (van) would be read as. */
const JOINED_FUNCTION_WORDS = new Set(["لا", "لم", "لن", "قد", "ما", "هو", "هي", "هم", "ثم", "كان", "كانت"]);

const PREPOSITION_WITH_PRONOUN = /^(?:في|ل|من|عن|علي|الي|ب|مع|عند|لدي)(?:ه|ها|هم|هما|هن|نا|كم|ي)$/;
/** "لمراسلنا"، "لمراسليها": to whom it was said, a ل-noun carrying a pronoun (normalized word). */
export const audienceWithPronoun = (w: string) => /^ل/.test(w) && /(?:نا|هم|كم|ها)$/.test(w) && w.length >= 6;

/** "، سنية الزواري،"، "، الحسين أوعلي،": a segment that is a full name alone, set off by commas after a role.
 *  A few Arabic first names carry ال (الحسين، الهادي); a role word never counts as one. */
export function setOffName(seg: Token[] | undefined): boolean {
  // "، راشد بن عبد الله آل منصور،": the particles of descent and family (بن، آل) add words to a name, not names.
  const linked = seg ? seg.filter((t, k) => k > 0 && (["بن", "بنت", "ابن"].includes(n(t)) || familyAl(t))).length : 0;
  if (!seg || seg.length < 2 || seg.length > 5 + Math.min(linked, 2)) return false;
  if (nameRun(seg, 0, true) === seg.length) return true;
  const w = n(seg[0]);
  return surnameLike(w) && nameRun(seg, 1, true) === seg.length;
}

/** A definite word that can be a family name (الزين، الحداد، القاسمي): not a title, a body, a group,
 *  an adjunct, a place, a plural or a feminine noun. */
export function surnameLike(word: string, afterFirstName = false): boolean {
  const w = normAr(word);
  if (isKnownName(w) && w.startsWith("ال")) return true;
  // "جددت الوزيرة كيلة التأكيد على …": a definite verbal noun after a name is the verb's object, never a family name
  // (a family name of such a shape is a nisba or ends in ة: الترابي، المعايطة).
  if (w.startsWith("ال") && !/[يه]$/.test(w) && hasDerivedMasdarShape(w.slice(2))) return false;
  // Plurals (المسؤولين) are longer than the short names ending the same way (الزين، الحسين، الدين).
  // A ة-final word is a feminine noun, except right after a first name (العمايرة، الطراونة).
  return w.startsWith("ال") && w.length > 3 && (afterFirstName || !w.endsWith("ه")) && !/(?:ون|ات|اء)$/.test(w) && !(/ين$/.test(w) && w.length > 6) && !COMMON_WORDS.has(w) && !ROLE_HEADS.has(w)
    && !isGroupHead(w) && !ORG_HEADS.has(w) && !ROLE_CONTINUATIONS.has(w) && !ADJUNCT_STARTERS.has(w) && !STATES[w] && !REPORTING_VERBS.has(w) && !TIME_WORDS.has(w);
}

/** End of the name starting at seg[from]: first names, then at most one ال-surname (which ends the
 *  name unless it is part of a compound: عبد الرحيم، أبو الفضل). */
export function nameRun(seg: Token[], from: number, taMarbuta = false): number {
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
      // After a first name (العمايرة) or a link (عبد الله) a ة-final ال-word is still a name; so is a title of
      // address that no name follows ("كريم السيد،", "أحمد الشيخ قال"): it is the family name El-Sayed, El-Sheikh.
      // ("سامي حداد الأمين العام للحزب": not before the title's own definite word.)
      if (!surnameLike(w, true) && !(TITLE_SURNAMES.has(w) && !(seg[j + 1] && (nameLike(seg[j + 1], true) || /^(?:ال|لل)/.test(n(seg[j + 1])))))) {
        // "وحذر الخبير ناصر سعيد رجال الأعمال من …": a third word no list knows, right before a definite word the name
        // does not take, governs it (the verb's object), no name word.
        // Not before a title in apposition ("… حمود الخبير في …").
        if (j - from >= 3 && !isKnownName(n(seg[j - 1])) && !NAME_LINKS.has(n(seg[j - 2])) && !ROLE_HEADS.has(w) && !isGroupHead(w)) j--;
        break;
      }
      j++;
      // "حسام الدين الجبابلي": after a compound given name's second half the family name may still follow.
      if (!NAME_LINKS.has(n(seg[j - 2])) && !compoundSecond(seg, j - 1)) break;
      continue;
    } else if (endsNoName(w) && !NAME_LINKS.has(n(seg[j - 1])) && !COMPOUND_SECONDS.has(n(seg[j + 1]))) break; // دفع الله
    else if (!nameLike(t, false, taMarbuta) && !(NAME_LINKS.has(n(seg[j - 1])) && nameLike(t, false, true)) && !taMarbutaSurname(seg, j, from)) break; // أبو شقرة
    j++;
  }
  // A particle (أبو، بن، عبد، آل) never ends a name: what it governs is missing, so the name is not read.
  while (j > from && (NAME_LINKS.has(n(seg[j - 1])) || familyAl(seg[j - 1]))) j--;
  return j;
}

/** Where the name starts after one to three definite descriptive words (السائح الألماني …) when the rest of the
 *  segment is a name of two words or more: foreign names and ones closed by بن + a word carry no ال-surname.
 *  The name may open on an ال-first name when بن follows it (الهادي بن يوسف). */
export function describedName(seg: Token[]): number | null {
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
export function familyAl(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && /^[وف]?آل$/.test(t.text);
}

/** The word after a name particle: any word but a preposition, a complementizer, an adjunct or a time word. */
function linkedWord(t: Token): boolean {
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  // "بن علي"، "أبو على": after a particle of a name, علي is the name Ali (no preposition can follow بن).
  if (/\d/.test(w) || /[\u064B-\u064D]/.test(t.text) || /^و?(?:إلى|الى)$/.test(t.text)) return false;
  if (w === "علي") return true;
  return !PREP_WORDS[w] && !["في", "فى", "ان", "انه", "انها", "بان", "بانه"].includes(w) && !COMPLEMENTIZER.test(w) && !ADJUNCT_STARTERS.has(w) && !TIME_WORDS.has(w) && !NAME_LINKS.has(w);
}

/** Start of a full name closing the segment ("… حاتم الجبالي"، "… منير بن عبد الله الزواري"): a first name,
 *  linked parts (بن، عبد، أبو) and an ال-surname; null when the segment does not end so. */
export function tailName(seg: Token[], from: number): number | null {
  let last = seg.length - 1;
  // "… راشد آل منصور": آل + a family word closes the name like an ال-surname.
  const family = last - from >= 2 && familyAl(seg[last - 1]) && linkedWord(seg[last]);
  // "… لكرة القدم أحمد ولد يحيى"، "… محمد بن سلمان": a known given name, a link of descent and a name close it too.
  const descent = !family && last - from >= 2 && DESCENT_LINKS.has(n(seg[last - 1])) && linkedWord(seg[last]) && !n(seg[last]).startsWith("ال")
    && (isKnownName(n(seg[last - 2])) || (last - from >= 3 && compoundBeforeLink(seg, last - 2, from)));
  // "… لجامعة الدول العربية أحمد أبو الغيط"، "… لحركة حماس موسى أبو مرزوق": a family name of أبو and an ال-word (or
  // any name word, after a known given name) closes it like an ال-surname.
  const kunya = !family && !descent && last - from >= 2 && /^ا[بم]و$/.test(n(seg[last - 1])) && nameLike(seg[last - 2], true, true)
    && (n(seg[last]).startsWith("ال") || (isKnownName(n(seg[last - 2])) && linkedWord(seg[last])));
  if (family) last--;
  else if (!descent && !kunya && (last - from < 1 || !surnameLike(seg[last].text, true) || NAME_LINKS.has(n(seg[last - 1])))) return null;
  // The walk back starts at the given name (descent), at أبو (kunya), or at the word before the surname.
  let t = descent ? last - 2 : last - 1;
  if (!descent && !kunya) {
    // "طارق عبد الحميد الراوي": a compound (عبد/أبو + ال-word) right before the surname.
    // "حسام الدين الجبابلي": or a compound given name (name + الدين/الله) right before it.
    if (t - 1 >= from && (COMPOUND_HEADS.has(n(seg[t - 1])) || (compoundSecond(seg, t) && nameLike(seg[t - 1], true, true))) && n(seg[t]).startsWith("ال")) t--;
    else if (!nameLike(seg[t], true, true) || (/^و/.test(n(seg[t])) && !isKnownName(n(seg[t])) && t > 0)) return null;
  }
  const t0 = t;
  while (t - 1 >= from) {
    if (NAME_LINKS.has(n(seg[t - 1]))) t--;
    else if (NAME_LINKS.has(n(seg[t])) && nameLike(seg[t - 1], true, true)) t--;
    // "عبد الله بن سالم …": a compound first name (عبد/أبو + ال-word) before a link.
    else if (NAME_LINKS.has(n(seg[t])) && t - 2 >= from && COMPOUND_HEADS.has(n(seg[t - 2])) && n(seg[t - 1]).startsWith("ال")) t -= 2;
    // "… لدى المنظمة ريما خليل الحسيني": a first name before the father's name, once the role has closed on a definite word.
    else if (t === t0 && nameLike(seg[t - 1], true, true) && !HONORIFICS.has(n(seg[t - 1])) && (t - 1 === from || hasArticle(n(seg[t - 2])))) t--;
    else break;
  }
  if (NAME_LINKS.has(n(seg[t])) && !COMPOUND_HEADS.has(n(seg[t]))) return null;
  // "الوزير خلال حفل الافتتاح": a time or occasion adjunct before it shows the words are no name.
  if (seg.slice(from, t).some((x, k) => (OCCASION_ADJUNCTS.has(n(x)) && !accreditedTo(seg, from + k)) || isOccasion(n(x)))) return null;
  // "ردّ الوزير على مخاوف أصحاب الأعمال": after such a preposition come its object's words, not the speaker's name.
  if (seg.slice(from, t).some((x) => OBJECT_PREPOSITIONS.has(n(x)))) return null;
  // "… في المؤتمر الصحفي الذي يسبق المباراة": words after a relative pronoun are its clause, never a name.
  if (seg.slice(from, t).some((x) => ["الذي", "التي", "الذين", "اللذين", "اللتين"].includes(n(x)) || isOccasion(n(x).replace(/^ال/, "")))) return null;
  return t;
}

/** "سفيرة البلاد لدى المنظمة"، "مندوب لدى واشنطن": لدى before a definite noun or a state says where a role is held
 *  (unlike "لدى وصوله": a verbal noun with its pronoun, an occasion). */
function accreditedTo(seg: Token[], k: number): boolean {
  const next = n(seg[k + 1]);
  return n(seg[k]) === "لدي" && (/^ال/.test(next) || !!STATES[next]);
}

const DESCENT_LINKS = new Set(["بن", "ابن", "بنت", "ولد"]);

/** Prepositions that govern a verb's object (ردّ على، تحدث عن), never part of a role phrase. */
const OBJECT_PREPOSITIONS = new Set(["علي", "الي", "عن", "مع", "حول", "ضد", "بشان"]);

/** Adjunct starters that are never inside a role phrase (unlike في، من، لـ …). */
export const OCCASION_ADJUNCTS = new Set(["خلال", "اثناء", "عقب", "بعد", "قبل", "امام", "عبر", "وسط", "ضمن", "لدي", "يوم", "اليوم", "امس", "مساء", "صباح", "حتي"]);

/** Honorifics written before a person's name (not offices): الدكتور، البروفيسور، الأستاذ الدكتور، اللواء، الشيخ. */
export const HONORIFICS = new Set(["الدكتور", "الدكتوره", "الحاج", "الحاجه", "المقدم", "الرايد", "الملازم", "د", "م", "البروفيسور", "البروفيسوره", "الاستاذ", "الاستاذه", "اللواء", "العميد", "العقيد", "المهندس", "المهندسه", "الشيخ", "السيد", "السيده", "المحامي", "المحاميه"]);

/** "الأستاذ الهادي عبد السيد": a given name the name table writes with ال (الهادي، المهدي، الحبيب), then name
 *  words: the end of that name after a title of address; `from` when the words there are no such name. */
export function alGivenNameEnd(seg: Token[], from: number): number {
  const t = seg[from];
  if (!t || t.kind !== "word" || !/^ال/.test(n(t)) || !isKnownName(n(t)) || !seg[from + 1]) return from;
  const end = nameRun(seg, from + 1, true);
  return end > from + 1 ? end : from;
}

/** End of the name after an honorific ("الشيخ صباح الخالد"): after a title of address even a word that is also a
 *  common noun (صباح، أمل) is a first name; then name words up to and with an ال-surname. */
export function honoredNameEnd(seg: Token[], from: number): number {
  const t = seg[from];
  if (alGivenNameEnd(seg, from) > from) return alGivenNameEnd(seg, from);
  if (!t || t.kind !== "word" || /\d/.test(t.text) || /[\u064B-\u064D]/.test(t.text) || hasArticle(n(t)) || !linkedWord(t) && !ADJUNCT_STARTERS.has(n(t))) return from;
  if (PREP_WORDS[n(t)] || ["في", "فى"].includes(n(t))) return from;
  const rest = nameRun(seg, from + 1, true);
  if (rest > from + 1) return rest;
  return seg[from + 1] && surnameLike(seg[from + 1].text, true) ? from + 2 : from + 1;
}

/** Links that open a compound first name: عبد الله، أبو بكر. */
export const COMPOUND_HEADS = new Set(["عبد", "ابو"]);

/** Role words: definite words, genitive continuations, words with a ta marbuta, ب/ل + noun. */
export function roleLike(t: Token): boolean {
  if (t.kind !== "word") return false;
  const w = normAr(t.text);
  if (isKnownName(w) && !w.startsWith("ال")) return false;
  return w.startsWith("ال") || /^(?:[بلكو]ال|لل)/.test(w) || ROLE_CONTINUATIONS.has(w) || w.endsWith("ه") || ROLE_HEADS.has(w);
}

// The first token's own text (it may have lost an attached ل: "لمحللين" → "محللين").
export const surface = (line: string, ts: Token[]) => (ts.length ? ts[0].text + line.slice(ts[0].end, ts[ts.length - 1].end) : "");

/** Removes an attached ل from a source after وفقاً/بحسب ("لمحللين" → "محللين", "للوزارة" → "الوزارة"). */
export function withoutLam(t: Token): Token {
  if (t.kind !== "word" || !/^ل/.test(t.text) || t.text.length < 4 || isKnownName(normAr(t.text))) return t;
  if (t.text.startsWith("لل")) return { ...t, text: "ال" + t.text.slice(2), start: t.start + 2 };
  if (t.text.startsWith("لـ")) return { ...t, text: t.text.slice(2), start: t.start + 2 };
  return { ...t, text: t.text.slice(1), start: t.start + 1 };
}

export function splitSegments(tokens: Token[]): Token[][] {
  const segs: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "comma") segs.push([]);
    else if (t.kind === "word") segs[segs.length - 1].push(t);
    else if (t.kind === "paren") continue;
    else segs[segs.length - 1].push(t);
  }
  return segs.filter((s) => s.length);
}

/** A name run [from, to) that reads as a full name: it ends on an ال-surname, or holds a link (بن، أبو، عبد). */
export function fullNameEnd(ts: Token[], from: number, to: number): boolean {
  return surnameLike(ts[to - 1].text, true) || ts.slice(from, to - 1).some((t) => NAME_LINKS.has(n(t)));
}

/** A word with an attached preposition (لأسباب، بالقرار), which no name starts with unless the list knows it. */
export function prepositionalWord(t: Token): boolean {
  const w = n(t);
  return /^[لب]/.test(w) && w.length >= 5 && !isKnownName(w);
}

/** The tokens outside brackets: "(نزاهة)" after a body's name is its short name, no part of the phrase to parse. */
export function withoutBrackets(ts: Token[]): Token[] {
  let depth = 0;
  return ts.filter((t) => {
    if (t.kind === "paren") depth = Math.max(0, depth + (/[(\[]/.test(t.text) ? 1 : -1));
    return t.kind !== "paren" && depth === 0;
  });
}
