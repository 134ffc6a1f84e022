// The last check on every speaker the patterns produce: text that cannot be a name never becomes a
// speaker. A rejected mention leaves its quote unattributed (a wrong speaker is worse than none).
import { isGroupHead, NAME_LINKS, ORG_HEADS, PERSON_DESCRIPTIONS, REPORTING_VERBS, ROLE_HEADS } from "./lexicon-ar.js";
import { COUNT_WORDS_EN, GROUP_NOUNS, NP_WORDS, ORG_WORDS, PRESS_NOUNS, REPORTING_VERBS_EN, ROLE_HEAD_WORDS, TIME_WORDS_EN, TITLE_WORDS } from "./lexicon-en.js";
import { isMasdar } from "./masdar-ar.js";
import { commonPhrase, COMPOUND_SECONDS, endsNoName, neverNameWord } from "./ar/names.js";
import { isKnownName } from "./transliterate.js";
import { carriesPreposition, prepositionRest } from "./ar/clitic.js";
import PLACES from "./data/places-en.json" with { type: "json" };
import { normAr } from "./text.js";
import type { Lang, Mention } from "./types.js";

/** Function words, copulas and clause words that no Arabic name holds (normalized, without و/ف). */
const FUNCTION_WORDS_AR = new Set([
  "قد", "لقد", "كان", "كانت", "يكون", "تكون", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت", "ليس", "ليست",
  "لكن", "ولكن", "لكنه", "لكنها", "انه", "انها", "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "لم", "لن",
  "لا", "ما", "عن", "في", "من", "الي", "مع", "منذ", "حيث", "اذ", "اذا", "لان", "كما", "ثم", "بينما", "فيما",
  "اما", "غير", "هو", "هي", "هم", "ايضا", "بعد", "قبل", "عند", "ذات", "لذات", "بذات", "نفس", "لنفس", "بنفس",
  // An aside about the source ("طلب عدم الكشف عن اسمه"): a clause, never a name.
  "طلب", "طلبت", "رفض", "رفضت", "عدم", "الكشف", "نشر", "اسمه", "اسمها", "هويته", "هويتها",
]);

/** Name particles: a name never ends in one ("Marcus De", "عبد"). */
const PARTICLES_EN = new Set(["de", "da", "ul", "van", "von", "der", "den", "ter", "la", "le", "di", "du", "del", "della", "dos", "das", "al", "al-", "el", "el-", "bin", "ibn", "bint", "abu", "st", "st.", "mac", "mc", "o'"]);
/** Of those, the ones that are also family names (Indian Das, Vietnamese Le, Chinese Du, Italian Di and La, Portuguese
 *  Da): capitalized, one may end a name ("Governor Shaktikanta Das said"); in lower case none does. */
const SURNAME_PARTICLES_EN = new Set(["da", "das", "di", "du", "la", "le"]);
const PARTICLES_AR = new Set([...NAME_LINKS, "ابي", "ذو", "ذي"]);

/** Words that open a clause in English, never a name ("But Ortega", "When Kim"). */
const FUNCTION_WORDS_EN = new Set([
  "the", "a", "an", "but", "and", "or", "if", "when", "while", "as", "after", "before", "this", "that", "these",
  "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "there", "here",
  "then", "so", "yet", "also", "meanwhile", "however", "although", "though", "because", "since", "in", "on",
  "at", "of", "for", "with", "from", "to", "by", "not", "no", "asked", "according",
  // "Which French officials", "Even Corey Lewandowski", "One", "I'm": a question word, a focus adverb, a numeral or a clause.
  "which", "what", "whose", "who", "whom", "even", "one", "i'm", "i’m", "it's", "it’s", "here's", "here’s", "that's", "that’s",
]);
/** "Another GOP Figure Endorses …", "Every Council Member …": a quantifying determiner opens a noun phrase, never the
 *  name of a person or of a body (a body's name may open with "the", never with these). */
const DETERMINERS_EN = new Set(["another", "every", "each", "several"]);
/** Words of a clause that no name in capitals holds ("FIX IS IN: …", "HIGHER THAN EXPECTED TURNOUT …"). */
const CLAUSE_WORDS_EN = new Set(["is", "are", "was", "were", "be", "been", "than", "in", "on", "at", "of", "to", "for", "the", "a", "an", "and", "or", "not", "no", "it", "this", "that", "with", "from", "by"]);

/** News agencies and outlets: the audience of "told"/"لـ", rarely a speaker. */
const OUTLETS = /^(?:reuters|ap|afp|upi|bloomberg|bbc|cnn|npr|the associated press|associated press|agence france-presse|al jazeera|al-jazeera|رويترز|الجزيره|فرانس برس|الاناضول|وكاله .+)$/i;

/** Why `mention` cannot be a speaker, or null when it may be one. `fullText` is the article text its `pos` is in. */
export function implausibleSpeaker(lang: Lang, mention: Mention, fullText: string): string | null {
  if (mention.unreadable) return "a speaker written but not read";
  if (mention.kind === "pronoun" || !mention.surface.trim()) return null;
  if (isAddressee(lang, mention, fullText)) return "the addressee of the reporting verb";
  if (lang === "en" && mention.kind === "group" && isOwnedGroup(mention, fullText)) return "a group owned by someone else (his members)";
  if (lang === "en" && coordinatedSubject(mention, fullText)) return "one of a coordinated subject (\"the ministry and the central bank say\")";
  if (lang === "en" && mention.kind === "organization" && DETERMINERS_EN.has(mention.surface.split(/\s+/)[0].toLowerCase())) return "opens with a determiner";
  if (mention.kind !== "name") return null;
  if (lang === "en") {
    const place = placeInContext(mention, fullText) ?? placeNamedAlone(mention, fullText) ?? modifierOfGroup(mention, fullText) ?? commonNounAtSentenceStart(mention, fullText);
    if (place) return place;
  }
  if (lang === "ar" && prepositionOpensName(mention, fullText)) return "opens with a preposition on a word the article writes alone";
  return lang === "ar" ? arabicNameProblem(mention.surface) : englishNameProblem(mention.surface);
}

/** "بسوسة محمد الطرابلسي" in an article that writes "ولاية سوسة": a first word carrying ب، ل or ك (a word the name
 *  table does not know) whose rest the article writes on its own is a prepositional phrase, never a name's first word. */
function prepositionOpensName(m: Mention, fullText: string): boolean {
  const rest = prepositionRest(normAr(m.surface.trim().split(/\s+/)[0] ?? ""), { indefinite: true });
  return !!rest && articleWords(fullText).has(rest);
}

/** The article's words, normalized (read once per article; the text is capped: a name guard needs no more). */
let vocabulary: { text: string; words: Set<string> } | null = null;
function articleWords(fullText: string): Set<string> {
  if (vocabulary?.text !== fullText) {
    const words = new Set<string>();
    for (const m of fullText.slice(0, MAX_VOCABULARY_TEXT).matchAll(/[\p{L}\p{M}]+/gu)) words.add(normAr(m[0]));
    vocabulary = { text: fullText, words };
  }
  return vocabulary.words;
}
const MAX_VOCABULARY_TEXT = 200_000;

const PLACES_EN = new Set<string>([...PLACES.regions, ...PLACES.countries]);

/** "Florida-based strategist Al Cardenas", "Aurora, Colorado, in July": a place written as a modifier or after its town,
 *  never the speaker its sentence goes on to name. */
function placeInContext(m: Mention, fullText: string): string | null {
  const at = surfaceAt(m, fullText);
  const after = fullText.slice(at + m.surface.length, at + m.surface.length + 16);
  if (/^-(?:based|born|bred|area|raised|educated|headquartered|registered|listed)\b/i.test(after)) return "a place modifying the speaker (\"X-based\")";
  const before = fullText.slice(Math.max(0, at - 24), at);
  if (PLACES_EN.has(m.surface.trim()) && /^,/.test(after) && /(?:^|[\s(])\p{Lu}[\p{L}.'’-]+,\s$/u.test(before)) return "a place after its town (\"Aurora, Colorado,\")";
  return null;
}

/** "the head of the yavusa Nasinu said", "a meeting in Karonga": one capitalized word read as the speaker where it
 *  is the object of a preposition of place or of belonging (at most "the" and a lowercase word between), and that
 *  the article never writes after another capitalized word inside a sentence (a given name, a title: "Patricia
 *  Kaliati", "Mr Kaliati"), is a place or a body, never a person who spoke. */
function placeNamedAlone(m: Mention, fullText: string): string | null {
  const w = m.surface.trim();
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w)) return null;
  const at = surfaceAt(m, fullText);
  if (!/(?:^|\s)(?:in|at|near|of|outside|inside|across|around|into)\s+(?:the\s+(?:\p{Ll}+\s+)?)?$/u.test(fullText.slice(Math.max(0, at - 32), at))) return null;
  for (const x of fullText.slice(0, MAX_VOCABULARY_TEXT).matchAll(new RegExp(`(?<![\\p{L}'’-])${w}(?![\\p{L}'’-])`, "gu"))) {
    const before = fullText.slice(Math.max(0, x.index! - 32), x.index!);
    if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(before) && !/(?:^|[.!?:]["”’]?\s+|\n["“‘]?)\p{Lu}[\p{L}'’-]*\s+$/u.test(before)) return null;
  }
  return "a place: the object of a preposition, never part of a person's name";
}

/** "according to Buenos Aires media", "Kenyan officials said": a name written before a plural noun of people or of the
 *  press modifies the ones who spoke. */
function modifierOfGroup(m: Mention, fullText: string): string | null {
  const at = surfaceAt(m, fullText);
  const next = /^\s+(\p{Ll}+)/u.exec(fullText.slice(at + m.surface.length, at + m.surface.length + 24))?.[1];
  return next && (GROUP_NOUNS.has(next) || PRESS_NOUNS.has(next)) ? "a name modifying the group that spoke (\"Buenos Aires media\")" : null;
}

/** "Inflation, at 34%, … eroding incomes": one capitalized word that the article writes in lower case elsewhere and
 *  capitalizes only to open a sentence is a common noun, never a name (a name is capitalized mid-sentence too:
 *  "said Mensah", "Mensah's coach"). The headline (the first line) is set in title case and tells nothing. */
function commonNounAtSentenceStart(m: Mention, fullText: string): string | null {
  const w = m.surface.trim();
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w)) return null;
  const body = fullText.slice(Math.max(0, fullText.indexOf("\n")));
  if (!new RegExp(`(?<![\\p{L}'’-])${w.toLowerCase()}(?![\\p{L}'’-])`, "u").test(body)) return null;
  for (const x of body.matchAll(new RegExp(`(?<![\\p{L}'’-])${w}(?![\\p{L}'’-])`, "gu"))) {
    const before = body.slice(Math.max(0, x.index! - 4), x.index!);
    if (!/(?:^|\n|[.!?:]["”’]?\s+|\n["“‘]|^["“‘])$/u.test(before) && !(x.index! < 4 && /^\s*["“‘]?$/.test(before))) return null;
  }
  return "a common noun capitalized only to open a sentence";
}

/** "The finance ministry and the central bank say …": the statement is the pair's, and naming one of them is no
 *  answer. The subject runs from the sentence start (or a comma) to the mention; a verb of saying before the "and"
 *  makes it a second clause ("Rossi said … and the ministry added"), not a pair. */
function coordinatedSubject(m: Mention, fullText: string): boolean {
  const at = surfaceAt(m, fullText);
  const before = fullText.slice(Math.max(0, at - 80), at);
  const clause = before.split(/[.!?;:,\n“”"]/).pop() ?? "";
  const pair = /^\s*(.+?)\s+(?:and|or|as well as|along with|together with)\s+((?:the\s+|its\s+|their\s+)?(?:[\p{L}'’.-]+\s+){0,3})$/u.exec(clause);
  if (!pair) return false;
  // The first of the pair must be able to speak itself: a body or group by its head noun ("the finance ministry",
  // "the government") or a name in capitals ("Blocher and the SVP"); "columnist and Fox News contributor George Will",
  // "president and CEO of …", "a woman asked for a photo and Clinton said" join titles or clauses, not speakers.
  const first = pair[1].trim().split(/\s+/).map((w) => w.replace(/[()]/g, "")).filter(Boolean);
  const head = first[first.length - 1]?.toLowerCase() ?? "";
  if (first.length > 6 || TITLE_WORDS.has(head)) return false;
  const determiner = (w: string) => /^(?:the|its|their|both|of)$/i.test(w);
  // "Mr. Rubio and Senator Ted Cruz", "Minister of Industry, Trade and Supply Tareq Hammouri": a title on either
  // side, or words in capitals between the "and" and a name, make it one person's title or name.
  const second = pair[2].split(/\s+/).filter((w) => w && !determiner(w));
  if ([...first, ...second].some((w) => ROLE_HEAD_WORDS.has(w.toLowerCase())) || (m.kind === "name" && second.length)) return false;
  return ORG_WORDS.has(head) || GROUP_NOUNS.has(head) || first.every((w) => determiner(w) || /^\p{Lu}/u.test(w));
}

/** "told Reuters", "قالت عثمان للجزيرة": the one spoken to, not the speaker. */
function isAddressee(lang: Lang, m: Mention, fullText: string): boolean {
  const at = surfaceAt(m, fullText);
  const before = fullText.slice(Math.max(0, at - 24), at);
  if (lang === "en") return /\b(?:told|tells|telling|(?:said|spoke|speaking|talked|talking|wrote|statement|interview|remarks)\s+to)\s+$/i.test(before) || (OUTLETS.test(m.surface) && /\b(?:with|for)\s+$/i.test(before));
  const first = normAr(m.surface.split(/\s+/)[0]);
  return /^لل?./.test(first) && OUTLETS.test(normAr(m.surface).replace(/^ل(?:ل)?/, (p) => (p === "لل" ? "ال" : "")));
}

/** "said his members feared …": a group known only as someone's ("his members", "their relatives") names nobody. */
function isOwnedGroup(m: Mention, fullText: string): boolean {
  const at = surfaceAt(m, fullText);
  return /\b(?:his|her|their|its|our|my|your)\s+$/i.test(fullText.slice(Math.max(0, at - 8), at)) || /^(?:his|her|their|its|our|my|your)\s/i.test(m.surface);
}

function surfaceAt(m: Mention, fullText: string): number {
  const near = fullText.indexOf(m.surface, Math.max(0, m.pos - 2));
  return near >= 0 && near - m.pos < 40 ? near : m.pos;
}

export function arabicNameProblem(surface: string): string | null {
  const ws = surface.split(/\s+/).filter(Boolean).map((w) => normAr(w));
  if (!ws.length) return "empty";
  const bare = (w: string) => (/^[وف]/.test(w) && w.length > 2 ? w.slice(1) : w);
  if (FUNCTION_WORDS_AR.has(ws[0]) || FUNCTION_WORDS_AR.has(bare(ws[0])) || REPORTING_VERBS.has(bare(ws[0])) || REPORTING_VERBS.has(ws[0])) return "opens with a function word or a verb";
  if (ws.some((w) => FUNCTION_WORDS_AR.has(w) || FUNCTION_WORDS_AR.has(bare(w)))) return "holds a function word or a clause";
  // "وأضاف قائلا"، "دول الحصار": how the speaker spoke or the verb's object, never a name word.
  if (ws.some(neverNameWord)) return "holds a circumstantial participle or a common noun";
  if (isMasdar(bare(ws[0])) && !ws[0].startsWith("ال")) return "opens with a verbal noun (the verb's object)";
  // "بصحة المدينة"، "لعقيد تركي": a preposition written onto the first word opens a phrase, never a name.
  if (carriesPreposition(ws[0])) return "opens with a preposition written onto a word";
  if (commonPhrase(ws)) return "a common noun phrase (a frequent word of the news and no name the table knows)";
  // "طالبها"، "أبلغهم": a reporting verb with its object pronoun is a clause, never a name.
  const object = /^(.{3,})(?:ه|ها|هم|هما|نا)$/.exec(bare(ws[0]));
  if (object && REPORTING_VERBS.has(object[1])) return "opens with a verb and its object pronoun";
  // "طلبها"، "قرارهم": a noun carrying a possessive pronoun (ها، هم، هما) is no first name.
  if (/^.{3,}(?:ها|هم|هما)$/.test(bare(ws[0])) && !ws[0].startsWith("ال")) return "opens with a word carrying a pronoun";
  // "عثمان للجزيرة": لل (to the …) opens an audience, never a name word.
  if (ws.slice(1).some((w) => /^لل./.test(w))) return "holds an audience";
  if (PARTICLES_AR.has(ws[ws.length - 1])) return "ends in a name particle";
  return arabicNameFormProblem(ws);
}

/** Most words an Arabic name holds besides its particles ("لويس إيناسيو لولا دا سيلفا"): a longer run is a phrase read
 *  on past the name. */
const MAX_NAME_WORDS_AR = 5;

/** Every word after the first must be a name word: one the name table knows, a particle or what a particle governs, or
 *  a word no list knows; never what the person is in the story ("علاء حسين المتهم"), a body, a group, a frequent word of
 *  the news, a word carrying a preposition ("زواغي بحي") or "our" ("بتأهل منتخبنا"). An office may be a family name
 *  (وليد المعلم، خليل الوزير، علي القاضي). The first word is read by the checks before (a given name the table lacks may
 *  be a common word: أمل، وفاء). */
function arabicNameFormProblem(ws: string[]): string | null {
  if (ws.filter((w) => !PARTICLES_AR.has(w)).length > MAX_NAME_WORDS_AR) return "too long for a name";
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    if (PARTICLES_AR.has(w) || PARTICLES_AR.has(ws[i - 1]) || isKnownName(w) || (ROLE_HEADS.has(w) && !PERSON_DESCRIPTIONS.has(w))) continue;
    // "صالح عمر دفع الله"، "نور الدين": the halves of a compound given name.
    if (COMPOUND_SECONDS.has(w) || COMPOUND_SECONDS.has(ws[i + 1] ?? "")) continue;
    if (PERSON_DESCRIPTIONS.has(w)) return "holds what the person is in the story";
    if (ORG_HEADS.has(w) || isGroupHead(w)) return "holds a body or a group";
    if (carriesPreposition(w)) return "holds a word carrying a preposition";
    if (endsNoName(w)) return "holds a frequent word of the news";
    if (/^.{3,}[^اي]نا$/.test(w)) return "holds a word carrying \"our\"";
  }
  return null;
}

/** Capitalized only by a title-case headline or a sentence start: never part of a name. */
const HEADLINE_WORDS = new Set(["just", "also", "finally", "now", "still", "again", "reportedly", "officially", "during", "despite", "amid", "after", "before", "while", "although", "though", "because"]);
const PARTY_ADJECTIVES = new Set(["democratic", "republican", "democrat", "gop", "conservative", "liberal", "progressive", "independent"]);
const STATE_ABBREVIATIONS = new Set(["N.C.", "N.Y.", "N.J.", "N.H.", "N.M.", "N.D.", "S.C.", "S.D.", "D.C.", "W.Va.", "R.I.", "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo."]);

/** Words that open a clause before its subject ("But Trump blamed …", "While Comey said …", "As Politico reported …"),
 *  capitalized only by the sentence start: never part of the name after them. Not "if" (a condition is no statement
 *  made) nor a preposition (what follows it is no subject). */
const CLAUSE_OPENERS_EN = new Set(["but", "and", "or", "yet", "so", "then", "now", "when", "while", "whereas", "as", "after", "before", "although", "though", "because", "since", "once", "even", "still", "meanwhile", "later", "earlier", "indeed", "instead"]);
/** "Trump Just Announced …", "Rick Perry Finally Admits …": a title-case headline's adverb after the name. */
const HEADLINE_ADVERBS = new Set(["just", "also", "finally", "now", "still", "again", "reportedly", "officially"]);

/** Of those, the ones that open a subordinate clause: "When Trump suggested that Cuba would sue, Rubio fired back …". */
const SUBORDINATORS_EN = new Set(["when", "while", "whereas", "as", "after", "before", "although", "though", "because", "since", "once"]);

/** Words that lead a time phrase after a name ("the party on Saturday said", "the ministry last Friday said"). */
const TIME_LEADS_EN = new Set(["on", "this", "last", "late", "early", "next"]);

/** An English name or body without the words a phrase reading let into it: a time phrase after it ("People's
 *  Democratic Party on Friday" → "People's Democratic Party"), and the last word of a title cut at its "and"/"of"
 *  ("Minister of Industry, Trade and | Supply Tareq Hammouri" → "Tareq Hammouri", "Supply" back to the role). */
export function withoutLeakedWords(m: Mention): Mention {
  if (m.kind !== "name" && m.kind !== "organization") return m;
  let ws = m.surface.split(/\s+/).filter(Boolean);
  let role = m.role;
  const time = ws.findIndex((w, k) => k > 0 && TIME_LEADS_EN.has(w.toLowerCase()) && TIME_WORDS_EN.has((ws[k + 1] ?? "").toLowerCase().replace(/[.,]$/, "")));
  if (time > 0) ws = ws.slice(0, time);
  let pos = m.pos;
  if (m.kind === "name" && role && /(?:^|\s)(?:and|&|of|for)$/i.test(role.trim()) && ws.length >= 3) {
    role = `${role.trim()} ${ws[0]}`;
    pos += m.surface.indexOf(ws[1]);
    ws = ws.slice(1);
  }
  const surface = ws.join(" ");
  return surface === m.surface ? m : { ...m, surface, role, pos };
}

/** An English name mention without the clause opener before it and a headline's adverb after it ("But Trump" →
 *  "Trump", its position moved to the name); the mention itself when there is none, or when nothing capitalized is left.
 *  After a subordinator only when the content holds no comma: one that runs on past the clause's comma holds the
 *  main clause, someone else's words ("When Trump suggested that …, Rubio fired back"). */
export function withoutClauseOpener(m: Mention, content: string): Mention {
  if (m.kind !== "name") return m;
  const ws = m.surface.split(/\s+/).filter(Boolean);
  let from = 0;
  while (from < ws.length - 1 && /^\p{Lu}/u.test(ws[from]) && CLAUSE_OPENERS_EN.has(ws[from].toLowerCase())) {
    if (SUBORDINATORS_EN.has(ws[from].toLowerCase()) && content.includes(",")) return m;
    from++;
  }
  let to = ws.length;
  while (to - 1 > from && HEADLINE_ADVERBS.has(ws[to - 1].toLowerCase())) to--;
  if (from === 0 && to === ws.length) return m;
  const kept = ws.slice(from, to);
  if (!/^\p{Lu}/u.test(kept[0])) return m;
  const offset = from ? m.surface.indexOf(kept[0], ws.slice(0, from).join(" ").length) : 0;
  return { ...m, surface: kept.join(" "), pos: m.pos + Math.max(0, offset) };
}

export function englishNameProblem(surface: string): string | null {
  const ws = surface.split(/\s+/).filter(Boolean);
  if (!ws.length) return "empty";
  const lower = ws.map((w) => w.toLowerCase());
  if (FUNCTION_WORDS_EN.has(lower[0]) || DETERMINERS_EN.has(lower[0])) return "opens with a function word";
  // "Twelve Iraqis", "Dozens of residents": a count of people, never a name.
  if (ws.length > 1 && COUNT_WORDS_EN.has(lower[0])) return "opens with a count";
  // "FIX IS IN", "HIGHER THAN": a headline in capitals, a clause, not a name.
  if (ws.length > 1 && !/\p{Ll}/u.test(surface) && lower.some((w) => CLAUSE_WORDS_EN.has(w))) return "a headline in capitals";
  // "Punjab's", "Ruiz's": the owner of whoever spoke, never the speaker.
  if (/['’]s$/.test(ws[ws.length - 1])) return "a possessive";
  const last = ws[ws.length - 1];
  if ((PARTICLES_EN.has(lower[lower.length - 1]) && !(SURNAME_PARTICLES_EN.has(lower[lower.length - 1]) && /^\p{Lu}/u.test(last))) || /-$/.test(last)) return "ends in a name particle";
  const isParticle = (w: string, x: number) => PARTICLES_EN.has(w.toLowerCase()) || /^(?:al|el|ad|ar|as|at|az|ash|ul|bin|ibn|abu|de|d)[-'’]\p{Lu}/u.test(w) || (x > 0 && /^(?:y|e|of)$/.test(w));
  if (ws.some((w, x) => /^\p{Ll}/u.test(w) && !isParticle(w, x))) return "holds a lower-case word (a clause or a common noun)";
  if (lower.some((w) => REPORTING_VERBS_EN.has(w) && w !== "said")) return "holds a reporting verb";
  // "Trump Just Announced …", "X. During his drive": a title-case headline's adverb or a clause opener is no name word.
  if (lower.some((w) => HEADLINE_WORDS.has(w))) return "holds an adverb or a clause opener";
  // "Harry Bond, 30, of Raleigh, N.C., who …": a state's abbreviation alone is a place.
  if (ws.length === 1 && STATE_ABBREVIATIONS.has(ws[0])) return "a state's abbreviation";
  // "Democratic", "Republican": a party's adjective alone names nobody.
  if (ws.length === 1 && PARTY_ADJECTIVES.has(lower[0])) return "a party's adjective";
  const common = (w: string) => GROUP_NOUNS.has(w) || ORG_WORDS.has(w) || NP_WORDS.has(w) || TITLE_WORDS.has(w);
  // "Mr. King", "Ms. Bishop": after an honorific a title word is a family name.
  const honorific = ws.length === 2 && /^(?:mr|mrs|ms|miss)\.?$/.test(lower[0]) && /^\p{Lu}\p{Ll}+$/u.test(ws[1]);
  if (lower.every(common) && !honorific) return "a common noun or title, no name";
  return null;
}
