// Speaker resolution: every attribution's mention becomes a speaker of the article. Later mentions
// by surname ("سيلز", "Ruiz"), by title alone ("الرئيس", "the mayor") or by pronoun ("وأضاف",
// "she said") go to the right earlier speaker; group sources merge with their fuller mention.
import type { SpeakerRecord } from "../corpus/schema.js";
import { GIVEN_NAME_HONORIFICS, SINGULAR_SOURCE_HEADS, STATES, TITLE_SURNAMES } from "./lexicon-ar.js";
import { bodyReferent, formerRole, introducedBefore, titleReferent } from "./coref-ar.js";
import { DAY_WORDS_EN, EVENT_WORDS, FEMALE_NAMES, GROUP_NOUNS, isBareTitle, MALE_NAMES, NP_WORDS, ORG_WORDS, TITLE_ABBREVIATIONS, TITLE_WORDS, titleGender } from "./lexicon-en.js";
import { givenNameGender } from "./gender-en.js";
import { introducedWithNoun } from "./introduced-noun-en.js";
import { glossArabic } from "./gloss.js";
import { Occurrences } from "./occurrences.js";
import { englishRole } from "./roles.js";
import { arabicNameProblem, englishNameProblem, implausibleSpeaker, withoutClauseOpener, withoutLeakedWords } from "./name-guard.js";
import { englishHeadlineEnd, isTitleCase, nameKey, normAr, normLatin, skeletonAr, slugify } from "./text.js";
import { COMPOUND_HEADS } from "./ar/names.js";
import { transliterate, transliterationVariants } from "./transliterate.js";
import type { Attribution, Gender, Lang, Mention } from "./types.js";

interface Entity {
  kind: SpeakerRecord["kind"];
  /** As the article first writes the full name (or the group phrase). */
  surface: string;
  role: string | null;
  gender: Gender;
  /** Other spellings met in the article. */
  spellings: Set<string>;
  /** Index of the latest attribution to this speaker. */
  lastAttribution: number;
  /** Title-only speaker (no name found anywhere). */
  unnamed: boolean;
  /** An unnamed representative ("a lawyer for X"): a later named person with the same role is someone else. */
  representative: boolean;
  /** Where the text last referred to it in an attribution by name or title ("وأضاف وزير الثقافة"), -1 if never. */
  lastMentionAt: number;
  /** Titles alone that were resolved to this person (Arabic). */
  titles?: string[];
  /** Text that cannot be a name (see name-guard.ts): its quotes, and pronouns referring back to it, stay unattributed. */
  rejected?: boolean;
}

const word = (lang: Lang, w: string) => (lang === "ar" ? arabicNameWordKey(w) : normLatin(w).replace(/[^a-z0-9]/g, ""));
/** An Arabic name word's skeleton, so that spellings meet; a word whose skeleton is a single letter ("يحيى" → ح)
 *  keeps its letters, or it would meet every other such word and fail the length check that guards against that. */
function arabicNameWordKey(w: string): string {
  const s = skeletonAr(w);
  return s.length >= 2 ? s : normAr(w).replace(/^ال(?=..)/, "");
}
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** A name's words as sameName compares them, each name's found once: an article of many people compares
 *  every name mention with every person before it. */
const NAME_KEYS: Record<Lang, Map<string, string[]>> = { ar: new Map(), en: new Map() };
const GENERATIONAL_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
function nameWords(lang: Lang, name: string): string[] {
  const known = NAME_KEYS[lang];
  let found = known.get(name);
  if (!found) {
    if (known.size >= 20_000) known.clear();
    found = words(name).map((w) => word(lang, w)).filter(Boolean);
    // "Vicente Sotto III" … "Sotto", "Martin Luther King Jr." … "King": a generational suffix is no family name.
    if (lang === "en" && found.length > 2 && GENERATIONAL_SUFFIXES.has(found[found.length - 1])) found = found.slice(0, -1);
    known.set(name, found);
  }
  return found;
}

function sameName(lang: Lang, a: string, b: string): boolean {
  const wa = nameWords(lang, a);
  const wb = nameWords(lang, b);
  if (!wa.length || !wb.length) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // "محمد بن عبد الرحمن" after "محمد بن عبد الرحمن آل ثاني": an Arabic name of two words or more that opens the
  // longer one is the same person written without the family name.
  if (lang === "ar" && short.length >= 2 && short.length < long.length && short.every((w, x) => long[x] === w)) return true;
  if (wa[wa.length - 1] !== wb[wb.length - 1] || wa[wa.length - 1].length < 2) return false;
  // "Ruiz" / "Elena Ruiz", "بن سالم" / "نادين بن سالم": the shorter is the end of the longer.
  return short.every((w, x) => long[long.length - short.length + x] === w) || wa[0] === wb[0];
}

/**
 * The earlier person a later Arabic name mention refers to: one written the same; else the only one it is part
 * of (a family name or its "ولد/بن/أبو X" tail, "أحمد ولد يحيى" … "ولد يحيى"; under a title of rank, a first
 * name, "الأمير فيصل بن فرحان" … "الأمير فيصل"، "فيصل"). When two earlier people could be meant, nobody: a guess
 * would merge two speakers.
 */
function arabicNameReferent(people: Entity[], m: Mention): Entity | null {
  const key = nameWords("ar", m.surface).join(" ");
  const same = people.find((x) => [x.surface, ...x.spellings].some((s) => nameWords("ar", s).join(" ") === key));
  if (same) return same;
  const fits = people.filter((x) => sameName("ar", x.surface, m.surface) || firstNameOf(x, m));
  return fits.length === 1 ? fits[0] : null;
}

/** "فيصل" for "الأمير فيصل بن فرحان": one word without ال opening a longer name, either written under a title of
 *  rank. A first name alone is otherwise no reference in Arabic news ("عباس" is a family name). */
function firstNameOf(x: Entity, m: Mention): boolean {
  const w = nameWords("ar", m.surface);
  const f = nameWords("ar", x.surface);
  if (w.length !== 1 || f.length < 2 || w[0] !== f[0] || normAr(m.surface.trim()).startsWith("ال")) return false;
  return [x.role, m.role].some((r) => !!r && words(normAr(r)).some((t) => GIVEN_NAME_HONORIFICS.has(t)));
}

const ROLE_STOP = new Set(["the", "a", "an", "of", "for", "s", "city", "country"]);
/** English role words that name the same function: "X, who leads the Players' Association" is "the union chief". */
const ROLE_SYNONYMS: Record<string, string> = Object.fromEntries([
  ...["chief", "head", "heads", "headed", "lead", "leads", "led", "leader", "chair", "chairs", "chairman", "chairwoman", "chairperson", "president", "boss", "director", "directs", "runs"].map((w) => [w, "leader"]),
  ...["union", "association", "federation", "syndicate", "guild"].map((w) => [w, "union"]),
  ...["spokesman", "spokeswoman", "spokesperson", "spokespeople"].map((w) => [w, "spokesperson"]),
  ...["lawyer", "attorney", "counsel", "represents", "representing"].map((w) => [w, "lawyer"]),
  ...["company", "firm", "corporation", "group"].map((w) => [w, "company"]),
]);
function roleWords(lang: Lang, role: string): string[] {
  // "Justice Tariq Bhatti" … "the judge": Justice as the title before a name (no other office word) is a judge.
  if (lang === "en" && /^(?:(?:chief|associate|senior|high court)\s+)?justice$/i.test(role.trim())) return ["judge"];
  // "رئيس الجامعة، الأستاذ الدكتور": commas between a role and its honorific are no part of a word.
  return words(role.replace(/[’']s\b/g, "").replace(/[،,؛;]/g, " "))
    .map((w) => (lang === "ar" ? skeletonAr(w) : normLatin(w).replace(/[^a-z]/g, "")))
    .filter((w) => w.length > 1 && !ROLE_STOP.has(w))
    .map((w) => (lang === "en" ? (TITLE_ABBREVIATIONS[w] ?? w) : w))
    .map((w) => (lang === "en" ? (ROLE_SYNONYMS[w] ?? w) : w));
}

/** English role words as written (abbreviations expanded, no synonyms): "director" is not "heads". */
function literalRoleWords(role: string): string[] {
  return words(role.replace(/[’']s\b/g, "")).map((w) => normLatin(w).replace(/[^a-z]/g, ""))
    .filter((w) => w.length > 1 && !ROLE_STOP.has(w)).map((w) => TITLE_ABBREVIATIONS[w] ?? w);
}

/** Head and modifiers of a group phrase: "مسؤولو الدفاع الأمريكيون" → head مسؤول, {دفاع, امريك}. */
function groupParts(lang: Lang, phrase: string): { head: string; mods: Set<string> } {
  const ws = words(phrase).filter((w) => !/^(?:the|a|an|two|three|four|several|some|many|other|senior|في|in)$/i.test(normAr(w)));
  const norm = (w: string) => (lang === "ar" ? skeletonAr(w).replace(/(?:ن|ين)$/, "") : normLatin(w).replace(/[^a-z]/g, "").replace(/s$/, ""));
  if (lang === "ar") return { head: norm(ws[0] ?? ""), mods: new Set(ws.slice(1).map(norm).filter(Boolean)) };
  return { head: norm(ws[ws.length - 1] ?? ""), mods: new Set(ws.slice(0, -1).map(norm).filter(Boolean)) };
}

function compatible(e: Entity, g: Gender, lang: Lang): boolean {
  if (g === "n") return e.kind === "organization" || e.kind === "state";
  if (g === "pl") return e.kind === "group" || e.gender === "pl" || (lang === "en" && e.kind === "organization");
  // "أكد مصدر مطلع …" then "وأضاف": an unnamed single source goes on like a person.
  // "أكدت مصادر أمنية …" then "وأشارت"، "لافتة": a group of things (a broken plural) that spoke with a feminine
  // singular verb goes on with one.
  if (e.kind === "group") return lang === "ar" && (((g === "m" || g === null) && SINGULAR_SOURCE_HEADS.has(normAr(words(e.surface)[0] ?? ""))) || (g === "f" && e.gender === "f"));
  if (lang === "en" && e.kind !== "person") return g === null;
  if (g === "f") return e.gender !== "m";
  if (g === "m") return e.gender !== "f";
  return true;
}

const INVERTED_VERBS = new Set(["said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "tweeted", "replied", "continued"]);
const SENTENCE_OPENERS = new Set(["the", "a", "an", "in", "on", "at", "but", "and", "when", "while", "if", "as", "after", "before", "for", "by", "with", "from", "to", "of", "this", "that", "mr", "mrs", "ms", "dr"]);

let fullNames: { text: string; names: Map<string, string | null> } = { text: "", names: new Map() };

/** "Kessler said …" after "… call Daniel Kessler, a structural engineer …": the full name the article
 *  gives an English surname, from any sentence (not only attributions). */
export function englishFullName(fullText: string, surname: string): string | null {
  // Asked again for the same surnames of one article (each pronoun, each attribution): the scan of the
  // whole text is done once per article and surname.
  if (fullNames.text !== fullText) fullNames = { text: fullText, names: new Map() };
  const known = fullNames.names.get(surname);
  if (known !== undefined) return known;
  const found = scanFullName(fullText, surname);
  fullNames.names.set(surname, found);
  return found;
}

/** The line of the text that holds offset `at`. */
function lineAround(text: string, at: number): string {
  const end = text.indexOf("\n", at);
  return text.slice(text.lastIndexOf("\n", at) + 1, end < 0 ? undefined : end);
}

/** The first "First [Middle] Surname" in the text that names a person: one to three capitalized words
 *  right before the surname. Only the few words before each occurrence of the surname are tried: a
 *  scan from every capital of a long article cost more than the rest of its extraction. */
function scanFullName(fullText: string, surname: string): string | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return null;
  // `from`: where the next match may start; `at`: where the next occurrence of the surname is looked for.
  for (let from = 0, at = 0; ; ) {
    const q = fullText.indexOf(surname, at);
    if (q < 0) return null;
    // A match ends with the surname after at most three words, each a run of non-space characters: it
    // starts no earlier than the third run before the occurrence (nor before `from`).
    let m: { index: number; words: string; end: number } | null = null;
    for (let p = Math.max(from, startOfRunsBefore(fullText, q, 3)); p < q && !m; p++) m = namedAt(fullText, p, surname);
    if (!m) {
      [from, at] = [q, q + 1];
      continue;
    }
    [from, at] = [m.end, m.end];
    // "… Experience Of Serving Under Obama": capitals in a title-case headline make no full name.
    if (isTitleCase(lineAround(fullText, m.index))) continue;
    let first = m.words.trim().split(/\s+/);
    // "… the Pharmacists Association. Thomas Greer": a full stop after a word (not an initial or a title) ends a sentence.
    const ends = first.map((w) => /\.$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w) && !isBareTitle(w));
    const stop = ends.lastIndexOf(true);
    if (stop >= 0) first = first.slice(stop + 1);
    // "Said Ellis: …", "Added Ruiz, …": a reporting verb opening the sentence before the name.
    const opensSentence = stop < 0 && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(fullText.slice(Math.max(0, m.index - 4), m.index));
    if (opensSentence && first.length && INVERTED_VERBS.has(first[0].toLowerCase())) first.shift();
    while (first.length && (TITLE_WORDS.has(first[0].toLowerCase()) || SENTENCE_OPENERS.has(first[0].toLowerCase().replace(/\.$/, "")))) first.shift();
    // "Home Minister Ramesh Lekhak": the given names are the words after the last title ("Ministers Lekhak and
    // Pandey" gives none). The surname itself among them ("The Kessler Kessler") makes no name.
    const titled = (w: string) => [w, w.replace(/s$/, "")].some((x) => ORG_WORDS.has(x) || TITLE_WORDS.has(x) || NP_WORDS.has(x));
    first = first.slice(first.map((w) => titled(w.toLowerCase())).lastIndexOf(true) + 1);
    if (!first.length || first.includes(surname)) continue;
    return `${first.join(" ")} ${surname}`;
  }
}

const SPACE = /\s/;
// A name never runs across a line break ("… the Fare Rise\n\nNell Ambrose" is not one name).
const CAPITALIZED_WORD = /\p{Lu}[\p{L}'’.-]*[^\S\n]+/uy;
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;

/** One to three capitalized words from `p` then the surname, not followed by a letter (as many words as
 *  fit, as a greedy regular expression would take them), or null. */
function namedAt(text: string, p: number, surname: string): { index: number; words: string; end: number } | null {
  const ends: number[] = [];
  for (let at = p; ends.length < 3; ) {
    CAPITALIZED_WORD.lastIndex = at;
    if (!CAPITALIZED_WORD.test(text)) break;
    at = CAPITALIZED_WORD.lastIndex;
    ends.push(at);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k] + surname.length;
    if (text.startsWith(surname, ends[k]) && !LETTER_OR_MARK.test(text.slice(end, end + 2))) return { index: p, words: text.slice(p, ends[k]), end };
  }
  return null;
}

/** The start of the `runs`-th run of non-space characters before the one holding `at`. */
function startOfRunsBefore(text: string, at: number, runs: number): number {
  let i = at;
  while (i > 0 && !SPACE.test(text[i - 1])) i--;
  for (let r = 0; r < runs; r++) {
    while (i > 0 && SPACE.test(text[i - 1])) i--;
    while (i > 0 && !SPACE.test(text[i - 1])) i--;
  }
  return i;
}

const NAME_PARTICLES = new Set(["de", "da", "van", "von", "der", "den", "ter", "la", "le", "di", "du", "del", "al", "bin", "ibn"]);

/** Words that open a phrase of place or time: the capitalized words after one are no name in apposition ("In Accra
 *  Central, the minister …"). */
const PHRASE_OPENERS = new Set(["in", "at", "on", "from", "of", "to", "for", "by", "with", "the", "a", "an", "and", "or", "but", "when", "after", "before", "during", "since"]);
/** Where a name in apposition ends going back: a phrase opener, or a day ("Yesterday Ama Owusu, the minister, …"). */
const APPOSITION_STOPS = new Set([...PHRASE_OPENERS, ...DAY_WORDS_EN]);

const TITLE_MODIFIERS = new Set(["former", "acting", "interim", "then", "outgoing", "incoming", "deputy", "assistant", "vice", "senior", "chief", "district", "federal", "state", "u.s.", "us"]);

interface TextWord {
  text: string;
  at: number;
}

const WORD_EN = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

/** A word as englishTitledName reads it: a final full stop dropped unless it ends an initialism or a title. */
function titledWord(raw: string, at: number): TextWord {
  const keepStop = /^(?:[A-Z]\.)+$/.test(raw) || /^(?:Mr|Mrs|Ms)\.$/.test(raw) || (/^[A-Z][a-z]+\.$/.test(raw) && raw.slice(0, -1).toLowerCase() in TITLE_ABBREVIATIONS);
  return { text: keepStop ? raw : raw.replace(/\.$/, ""), at };
}

/** What a word stands for as a title ("Gov." → "governor", "premier" → "prime minister"'s head). */
const titleHead = (text: string) => {
  const w0 = text.toLowerCase().replace(/\.$/, "");
  const w = TITLE_ABBREVIATIONS[w0] ?? w0;
  return { w, head: ROLE_SYNONYMS[w] ?? w };
};

/**
 * The words of one text, read once, with where each title head stands: englishTitledName runs once per
 * role mention, and re-reading the text before each one was mentions × length.
 */
let titledText: { text: string; words: TextWord[]; byHead: Map<string, number[]> } | null = null;
function titledWords(fullText: string): { words: TextWord[]; byHead: Map<string, number[]> } {
  if (titledText?.text !== fullText) {
    const words = [...fullText.matchAll(WORD_EN)].map((m) => titledWord(m[0], m.index!));
    const byHead = new Map<string, number[]>();
    words.forEach((x, i) => {
      const { w, head } = titleHead(x.text);
      for (const key of new Set([head, w])) {
        const list = byHead.get(key);
        if (list) list.push(i);
        else byHead.set(key, [i]);
      }
    });
    titledText = { text: fullText, words, byHead };
  }
  return titledText;
}

/** How many of the ascending `list` are below `limit`. */
function below(list: number[], limit: number): number {
  let lo = 0;
  for (let hi = list.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The title occurrences looked at per mention, the latest first: an article names a title far fewer times. */
const MAX_TITLE_CANDIDATES = 16;

/** "the judge" after "U.S. District Judge Miriam Feldstein-Ortiz set …": the person the text introduces
 *  with a title holding the mention's head role word, before `pos`; more shared role words first, then the latest. */
export function englishTitledName(fullText: string, role: string, pos: number): { name: string; role: string; at: number } | null {
  const want = roleWords("en", role);
  const head = [...want].reverse().find((w) => TITLE_WORDS.has(w) || Object.values(ROLE_SYNONYMS).includes(w));
  if (!head) return null;
  const all = titledWords(fullText);
  // The words of the text before `pos`; a word that runs past it is cut there.
  let n = 0;
  for (let lo = 0, hi = all.words.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (all.words[mid].at < pos) lo = n = mid + 1;
    else hi = mid;
  }
  const last = n > 0 && all.words[n - 1].at + all.words[n - 1].text.length > pos ? all.words[n - 1] : null;
  const cut = last ? [...fullText.slice(last.at, pos).matchAll(WORD_EN)][0] : undefined;
  const lastWord = cut ? titledWord(cut[0], last!.at + cut.index!) : null;
  const length = last && !lastWord ? n - 1 : n;
  const count = length;
  const word = (k: number): TextWord => (k === n - 1 && lastWord ? lastWord : all.words[k]);
  const end = (k: number) => word(k).at + word(k).text.length;
  const between = (a: number) => fullText.slice(end(a), word(a + 1).at);
  const spaced = (a: number) => /^\s+$/.test(between(a));
  /** The text of words `lo` to `hi`. */
  const span = (lo: number, hi: number) => fullText.slice(word(lo).at, end(hi));
  const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || w.toLowerCase().replace(/\.$/, "") in TITLE_ABBREVIATIONS;
  const isNameWord = (w: string) => /^\p{Lu}/u.test(w) && !isTitle(w) && !ORG_WORDS.has(w.toLowerCase()) && !NP_WORDS.has(w.toLowerCase());
  const before = (list: number[] = []) => list.slice(Math.max(0, below(list, count - 1) - MAX_TITLE_CANDIDATES), below(list, count - 1));
  const candidates = [...new Set([...before(all.byHead.get(head)), ...(head === "judge" ? before(all.byHead.get("justice")) : [])])]
    .sort((a, b) => a - b)
    .slice(-MAX_TITLE_CANDIDATES);
  /** The title of words `from` to `to` and the name of words `run`, scored by the mention's role words the title holds. */
  const scored = (from: number, to: number, run: [number, number]) => {
    const stretch = span(from, to);
    const have = roleWords("en", stretch);
    return { name: span(run[0], run[1]), role: stretch, at: word(run[0]).at, score: want.filter((x) => have.includes(x)).length };
  };
  /** The words of a name from `k` on (two to five, no clause word), or null. */
  const nameRun = (k: number, step: 1 | -1): [number, number] | null => {
    let e = k;
    while (e >= 0 && e < count && Math.abs(e - k) < 5 && isNameWord(word(e).text) && !APPOSITION_STOPS.has(word(e).text.toLowerCase()) && (e === k || spaced(Math.min(e, e - step)))) e += step;
    const [lo, hi] = step === 1 ? [k, e - 1] : [e + 1, k];
    return hi - lo >= 1 ? [lo, hi] : null;
  };
  /** "…, Dr. Sabin Nsanzimana": past the capitalized titles opening a name in apposition (the name is the words after). */
  const afterHonorifics = (k: number) => {
    let e = k;
    while (e < count - 1 && e - k < 2 && isTitle(word(e).text) && /^\p{Lu}/u.test(word(e).text) && spaced(e)) e++;
    return e;
  };
  /** "The transport minister, Ama Owusu, spoke …" and "Ama Owusu, the transport minister, spoke …": a name in
   *  apposition to the title, the apposition closed by a comma or the sentence's end (a list — "the minister, Ama
   *  Owusu and Kofi Mensah" — names no one). */
  const apposedName = (i: number) => {
    const closes = (k: number) => k + 1 >= all.words.length || /^\s*[,.;:]/.test(fullText.slice(end(k), end(k) + 3));
    if (/^,\s+$/.test(between(i)) && i + 1 < count) {
      const run = nameRun(afterHonorifics(i + 1), 1);
      let d = i;
      while (d > 0 && i - d < 4 && spaced(d - 1) && /^\p{Ll}/u.test(word(d - 1).text) && !/^(?:the|a|an|his|her|their)$/.test(word(d - 1).text)) d--;
      // "the transport minister, Ama Owusu", "Camilleri's lawyer, Paul Zammit": a determiner or an owner opens the title.
      const determined = d > 0 && spaced(d - 1) && (/^(?:the|a|an|his|her|their)$/i.test(word(d - 1).text) || /^\p{Lu}\p{L}+['’]s$/u.test(word(d - 1).text));
      if (run && determined && closes(run[1])) return scored(d - 1, i, run);
    }
    if (!/^\s*[,.]/.test(fullText.slice(end(i), end(i) + 2))) return null;
    // Back over the title's modifiers to its determiner ("the", "Ghana's") and the comma that opens the apposition.
    let d = i;
    while (d > 0 && i - d < 4 && spaced(d - 1) && /^\p{Ll}/u.test(word(d - 1).text) && word(d - 1).text !== "the") d--;
    const det = d - 1;
    if (det < 1 || !spaced(det) || !(word(det).text === "the" || /^\p{Lu}\p{L}+['’]s$/u.test(word(det).text))) return null;
    if (!/^,\s+$/.test(between(det - 1))) return null;
    const run = nameRun(det - 1, -1);
    if (!run || (run[0] > 0 && PHRASE_OPENERS.has(word(run[0] - 1).text.toLowerCase()) && spaced(run[0] - 1))) return null;
    return scored(det, i, run);
  };
  /** "The governor of the Central Bank of Nigeria (CBN), Olayemi Cardoso, said": a title, "of", the body it heads (its
   *  initials in brackets may follow) and the holder's name in apposition, closed by a comma or the sentence's end. */
  const nameAfterBody = (i: number) => {
    if (i + 3 >= count || word(i + 1).text !== "of" || !spaced(i) || !spaced(i + 1)) return null;
    let d = i;
    while (d > 0 && i - d < 3 && spaced(d - 1) && /^\p{Ll}/u.test(word(d - 1).text) && !/^(?:the|a|an)$/.test(word(d - 1).text)) d--;
    if (d === 0 || !spaced(d - 1) || !/^the$/i.test(word(d - 1).text)) return null;
    let k = i + 2;
    if (word(k).text === "the") k++;
    const from = k;
    const link = (w: string) => ["of", "for", "and", "on"].includes(w);
    while (k < count - 1 && k - from < 8 && (/^\p{Lu}/u.test(word(k).text) || (link(word(k).text) && k > from)) && /^\s+\(?$/.test(between(k))) k++;
    if (k === from && !/^\p{Lu}/u.test(word(k).text)) return null;
    if (!/^\p{Lu}/u.test(word(k).text) || !/^\)?,\s+$/.test(between(k)) || k + 1 >= count) return null;
    const run = nameRun(afterHonorifics(k + 1), 1);
    const closes = (e: number) => e + 1 >= all.words.length || /^\s*[,.;:]/.test(fullText.slice(end(e), end(e) + 3));
    return run && closes(run[1]) ? scored(d - 1, k, run) : null;
  };
  type Titled = ReturnType<typeof scored>;
  // A later title that fits as well outranks an earlier one.
  const better = (a: Titled | null, c: Titled): Titled => (!a || c.score >= a.score ? c : a);
  let best: Titled | null = null;
  for (const i of candidates) {
    const { w } = titleHead(word(i).text);
    // "Justice Tariq Bhatti": Justice right before a name is a judge's title (not "Justice Minister").
    const judgeTitle = w === "justice" && head === "judge" && i + 1 < count && isNameWord(word(i + 1).text) && /^\p{Lu}/u.test(word(i).text);
    if ((ROLE_SYNONYMS[w] ?? w) !== head && !judgeTitle) continue;
    if (!spaced(i)) {
      const apposed = apposedName(i);
      if (apposed) best = better(best, apposed);
      continue;
    }
    const ofBody = nameAfterBody(i);
    if (ofBody) {
      best = better(best, ofBody);
      continue;
    }
    let e = i + 1;
    while (e < count && isTitle(word(e).text) && /^\p{Lu}/u.test(word(e).text) && spaced(e - 1)) e++;
    const from = e;
    // "Minister Annelies de Jong-Bakker": a lowercase particle between name words belongs to the name.
    const particle = (k: number): boolean => k > from && NAME_PARTICLES.has(word(k).text) && k + 1 < count && (isNameWord(word(k + 1).text) || particle(k + 1));
    while (e < count && e - from < 5 && (isNameWord(word(e).text) || particle(e)) && spaced(e - 1)) e++;
    // "the CBN Governor Lecture Series": a run closing on an event's word names an event, never the title's holder.
    if (e - from < 2 || EVENT_WORDS.has(word(e - 1).text.toLowerCase())) continue;
    let b = i;
    while (b > 0 && spaced(b - 1) && (/^\p{Lu}/u.test(word(b - 1).text) || isTitle(word(b - 1).text) || TITLE_MODIFIERS.has(word(b - 1).text.toLowerCase())) && i - b < 5) b--;
    best = better(best, scored(b, from - 1, [from, e - 1]));
  }
  return best && { name: best.name, role: best.role, at: best.at };
}

/** "the mayor" … "Mayor Ruiz": a name completes an unnamed title when its role holds every word of that title
 *  (sharing "الفلاحة" does not make "عضو المكتب … للفلاحة" the "وزير الفلاحة") and the genders agree. */
function sameRoleHolder(lang: Lang, unnamed: Entity, m: Mention): boolean {
  const want = roleWords(lang, unnamed.role ?? "");
  const have = roleWords(lang, m.role ?? "");
  if (!want.length || !want.every((w) => have.includes(w))) return false;
  return !(unnamed.gender && m.gender && unnamed.gender !== m.gender && unnamed.gender !== "pl" && m.gender !== "pl");
}

/**
 * How many of the people whose role fits a title-only mention it is compared with, the latest spoken first: a
 * news article quotes a handful under one title (far below this in the annotated sets), so the cap only bounds
 * a built text that quotes a different minister on every line (each compared with every title mention).
 */
export const NEAREST_TITLE_CANDIDATES = 40;

/** The entity quoted latest (the first of them in `list` on a tie), or null. */
function latestAttributed(list: Entity[]): Entity | null {
  let out: Entity | null = null;
  for (const x of list) if (!out || x.lastAttribution > out.lastAttribution) out = x;
  return out;
}

/** "Dr Azam Gholami … “…,” Dr Gholami said. / She said …": a he or she that fits nobody refers to the one person the
 *  article quotes when only the census name tables gave that person the other gender (not the lexicon's own lists, not
 *  a title) and the text supports that gender nowhere: it names nobody the tables give the pronoun's gender, and never
 *  writes a pronoun of the other. The tables read a name in a few European languages ("Azam" is a woman's name in
 *  Persian); the article's own pronoun is the better evidence. */
function mistakenByNameTable(entities: Entity[], g: "m" | "f", fullText: string): Entity | null {
  const people = entities.filter((x) => x.kind === "person" && !x.rejected);
  const only = people.length === 1 && !people[0].unnamed ? people[0] : null;
  const other = only?.gender;
  if (!only || (other !== "m" && other !== "f") || other === g) return null;
  const given = (words(only.surface)[0] ?? "").toLowerCase();
  if (FEMALE_NAMES.has(given) || MALE_NAMES.has(given) || givenNameGender(given) !== other || roleTitleGender(only.role) !== null) return null;
  return namesGender(fullText, g) || PRONOUNS_OF[other].test(fullText.slice(0, 200_000)) ? null : only;
}

/** A pronoun of a man or of a woman anywhere in a text. */
const PRONOUNS_OF: Record<"m" | "f", RegExp> = { m: /\b(?:he|his|him|himself)\b/i, f: /\b(?:she|her|hers|herself)\b/i };

/** The gender a title of address or office in a role or a word tells ("Mrs", "chairman"), or null. */
const roleTitleGender = (role: string | null): Gender => titleGender(words((role ?? "").toLowerCase().replace(/\./g, "")));

/** Whether the article writes a given name a name table gives gender `g` before a family name, or a title of address of
 *  that gender (read once per article and gender; the text is capped). */
let namedGenders: { text: string; genders: Set<Gender> } | null = null;
function namesGender(fullText: string, g: Gender): boolean {
  if (namedGenders?.text !== fullText) {
    const genders = new Set<Gender>();
    for (const m of fullText.slice(0, 200_000).matchAll(/(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\.?\s+\p{Lu}/gu)) {
      const t = roleTitleGender(m[1]);
      genders.add(t ?? givenNameGender(m[1]));
      if (genders.has("m") && genders.has("f")) break;
    }
    namedGenders = { text: fullText, genders };
  }
  return namedGenders.genders.has(g);
}

/** Whether a person was quoted after `chosen` (the pronoun passed over them). */
function skipsLatestPerson(entities: Entity[], chosen: Entity): boolean {
  return entities.some((x) => x !== chosen && x.kind === "person" && !x.rejected && x.lastAttribution > chosen.lastAttribution);
}

/** The `max` of `list` quoted latest, in their order in `list`. */
function latestAttributedFirst(list: Entity[], max: number): Entity[] {
  if (list.length <= max) return list;
  const keep = new Set([...list].sort((x, y) => y.lastAttribution - x.lastAttribution).slice(0, max));
  return list.filter((x) => keep.has(x));
}

export interface ResolvedSpeakers {
  speakers: SpeakerRecord[];
  /** Speaker id of each attribution, null when no speaker could be found (the attribution is dropped). */
  speakerOf: (string | null)[];
}

export function resolveSpeakers(attributions: Attribution[], lang: Lang, articleId: string, fullText: string): ResolvedSpeakers {
  const entities: Entity[] = [];
  const assigned: (Entity | null)[] = [];

  const occurrences = new Occurrences(fullText);
  const literalCache = new Map<string, string[]>();
  const literalRoleWordsOf = (role: string): string[] => {
    let found = literalCache.get(role);
    if (!found) literalCache.set(role, (found = literalRoleWords(role)));
    return found;
  };
  const feminineCache = new Map<string, boolean>();
  const feminineRole = (role: string): boolean => {
    let found = feminineCache.get(role);
    if (found === undefined) feminineCache.set(role, (found = normAr(words(role)[0] ?? "").endsWith("ه")));
    return found;
  };
  const roleWordCache = new Map<string, string[]>();
  const roleWordsOf = (role: string): string[] => {
    let found = roleWordCache.get(role);
    if (!found) roleWordCache.set(role, (found = roleWords(lang, role)));
    return found;
  };
  /** Where an entity was last named in the text before `pos` (title coreference picks the nearest). */
  let primed = false;
  const lastNamed = (e: Entity, pos: number): number => {
    if (!primed) {
      // The names and titles the attributions write, and their last words, found in one pass over the text.
      primed = true;
      const named = attributions.filter((a) => a.mention.kind === "name" || a.mention.kind === "title").map((a) => a.mention.surface);
      occurrences.prime([...named, ...named.map((s) => words(s).pop() ?? "")].filter((f) => f.length >= 3));
    }
    // "وأضاف وزير الثقافة" after "بحضور X وزير التخطيط": a titled reference counts as naming the person again.
    let best = lang === "ar" && e.lastMentionAt < pos ? e.lastMentionAt : -1;
    for (const s of [e.surface, ...e.spellings]) {
      const last = words(s).pop();
      for (const form of [s, last]) {
        if (!form || form.length < 3) continue;
        const at = occurrences.lastAtOrBefore(form, pos);
        if (at > best) best = at;
      }
    }
    return best;
  };

  const add = (m: Mention, kind: Entity["kind"], i: number, unnamed = false): Entity => {
    const e: Entity = { kind, surface: m.surface, role: m.role, gender: m.gender, spellings: new Set(), lastAttribution: m.cited ? -1 : i, unnamed, representative: !!m.speaksFor, lastMentionAt: -1 };
    entities.push(e);
    return e;
  };

  /** "“…,” the statement said" after "the club said in a statement": whoever last spoke in a statement. */
  const statementIssuer = (m: Mention, i: number): Entity | null => {
    if (nameKey(m.surface).replace(/^the /, "") !== "statement") return null;
    for (let k = i - 1; k >= 0; k--) {
      const a = attributions[k];
      const sentence = fullText.slice(a.mention.pos, a.mention.pos + 200).split(/[.!?](?:\s|$)/)[0];
      if (assigned[k] && /\bin a statement\b/.test(sentence)) return assigned[k];
    }
    return null;
  };
  /** "the company said" in an article that opens on a body's name ("Hanseong Energy opened …"): that body. */
  const leadBodyEntity = (m: Mention, i: number): Entity | null => {
    if (!BODY_NOUNS.has(nameKey(m.surface).replace(/^the /, ""))) return null;
    const lead = leadBody(fullText);
    if (!lead) return null;
    // "Elon Musk unveiled …" then "Musk said": a full name sharing a word, or a surname alone equal to its last
    // word, makes the lead a person ("Hanseong said" after "Hanseong Energy" is the body's short name).
    const names = attributions.filter((a) => a.mention.kind === "name").map((a) => words(a.mention.surface));
    const ws = words(lead);
    if (names.some((n) => (n.length > 1 && n.some((w) => ws.includes(w))) || (n.length === 1 && n[0] === ws[ws.length - 1]))) return null;
    return entities.find((x) => x.kind === "organization" && x.surface === lead) ?? add({ ...m, surface: lead }, "organization", i);
  };

  attributions.forEach((a, i) => {
    const m = lang === "en" ? acronymAsBody(personOfBody(withoutLeakedWords(withoutClauseOpener(a.mention, a.text))), fullText) : a.mention;
    let e: Entity | null = null;
    if (!a.sameAs && implausibleSpeaker(lang, m, fullText)) {
      // Kept as the latest speaker so that "he added" after it is not handed to someone earlier.
      e = add(m, m.kind === "name" || m.kind === "title" || m.kind === "epithet" || m.kind === "pronoun" ? "person" : m.kind, i);
      e.rejected = true;
    } else if (a.sameAs && attributions.indexOf(a.sameAs) > i) {
      // A pull quote before the quote it repeats: resolved once that quote is (below).
      assigned.push(null);
      return;
    } else if (a.sameAs) e = assigned[attributions.indexOf(a.sameAs)] ?? null;
    else if (m.ambiguous) {
      assigned.push(null);
      return;
    }
    else if (m.kind === "pronoun") {
      const g = m.gender;
      e = latestAttributed(entities.filter((x) => compatible(x, g, lang)));
      // "“…,” Cardoso said. … “…,” he added": passing over the person quoted last for an earlier one is a choice
      // made on gender alone, so the earlier one must be known to agree; one whose gender nothing told ("Inflation"
      // or "Tunde Bakare" behind "Yemi Cardoso", whom a name table calls female) is a guess: nobody.
      if (lang === "en" && e && (g === "m" || g === "f") && e.gender !== g && skipsLatestPerson(entities, e)) e = null;
      if (lang === "en" && !e && (g === "m" || g === "f")) e = mistakenByNameTable(entities, g, fullText);
      // "نفى رئيس الوحدة، X، اختفاء المحضر ودعا …" with nobody quoted before: only when no speaker fits, the person
      // the same paragraph introduced with a role before the verb.
      if (!e && lang === "ar" && g !== "pl" && g !== "n") {
        const p = introducedInParagraph(fullText, occurrences, m.pos, g);
        if (p) e = entities.find((x) => !x.rejected && x.kind === "person" && !x.unnamed && sameName(lang, x.surface, p.name)) ?? add({ ...m, kind: "name", surface: p.name, role: p.role }, "person", i);
      }
      if (e && (g === "m" || g === "f") && e.gender === null && e.kind === "person") e.gender = g;
    } else if (m.kind === "epithet") {
      // Left unresolved by the patterns (no person named just before): better no quote than a guess.
      assigned.push(null);
      return;
    } else if (m.kind === "name") {
      const named = entities.filter((x) => !x.rejected && x.kind === "person" && !x.unnamed);
      e = lang === "ar" ? arabicNameReferent(named, m) : (named.find((x) => sameName(lang, x.surface, m.surface)) ?? null);
      if (!e && lang === "en" && words(m.surface).length === 1) e = familyNameFirst(entities, m.surface);
      if (!e && lang === "en" && words(m.surface).length === 1) {
        const full = englishFullName(fullText, m.surface);
        // "Bakare said" after "Union chief John Bakare": the full name's given name tells the gender a later "she" is checked against.
        if (full) e = add({ ...m, surface: full, gender: m.gender ?? givenNameGender(words(full)[0]) }, "person", i);
      }
      // "وقال الشهابي" with no full name for it anywhere: a definite word alone names nobody we can tell.
      const loneSurname = !e && lang === "ar" && words(m.surface).length === 1 && normAr(m.surface).startsWith("ال");
      if (loneSurname) {
        assigned.push(null);
        return;
      }
      if (e) {
        if (words(m.surface).length > words(e.surface).length) {
          e.spellings.add(e.surface);
          e.surface = m.surface;
        } else if (m.surface !== e.surface) e.spellings.add(m.surface);
        if (!e.role && m.role) e.role = m.role;
      } else {
        // A name after a title-only mention of the same role ("the mayor" … "Mayor Ruiz") completes it.
        const titled = m.role ? entities.find((x) => !x.rejected && x.unnamed && !x.representative && sameRoleHolder(lang, x, m)) : undefined;
        if (titled) {
          titled.unnamed = false;
          titled.surface = m.surface;
          e = titled;
        } else e = add(m, "person", i);
      }
      if ((m.gender === "m" || m.gender === "f") && !e.gender) e.gender = m.gender;
      // A full name found by the cue stage carries no gender of its own: its given name tells it, as the patterns' do.
      if (lang === "en" && !e.gender && words(e.surface).length > 1) e.gender = givenNameGender(words(e.surface)[0]);
    } else if (m.kind === "title" && (m.speaksFor || m.indefinite)) {
      // "A spokesperson for X", "a police spokesperson": an indefinite newcomer, the same one only when the article
      // writes the same phrase again.
      e = entities.find((x) => x.representative && nameKey(x.surface) === nameKey(m.surface)) ?? add(m, "person", i, true);
      e.representative = true;
    } else if (m.kind === "title" && lang === "ar" && titleSurnameOf(entities, m)) {
      // "وأضاف السيد أن …" after "كريم السيد": a title of address that is the family name of a person already named.
      e = titleSurnameOf(entities, m);
    } else if (m.kind === "title") {
      const want = roleWords(lang, m.role ?? m.surface);
      // "الوزير" is never "وزيرة النقل": an Arabic title agrees in gender with the role it refers to.
      const feminine = (r: string) => feminineRole(r);
      // "وأضاف وزير الثقافة" resolved to "الكاتب الصحفي X": the titles the person was already referred to by count too.
      // "الوزير" is never "وزير الصحة السابق" either (nor "الوزير السابق" the minister in office).
      const fits = (r: string) => want.every((w) => roleWordsOf(r).includes(w)) && (lang === "en" || (feminine(r) === feminine(m.role ?? m.surface) && formerRole(words(r)) === formerRole(words(m.role ?? m.surface))));
      const candidates = latestAttributedFirst(entities.filter((x) => !x.rejected && x.kind === "person" && x.role && want.length && [x.role, ...(x.titles ?? [])].some(fits)), NEAREST_TITLE_CANDIDATES);
      // "the race director" after "race director X" and "Y, who heads …": the role written with the same word
      // outranks one that only shares its meaning; then the latest named.
      const headWord = literalRoleWords(m.role ?? m.surface).pop();
      const exact = (x: Entity) => (lang === "en" && !!headWord && literalRoleWordsOf(x.role!).includes(headWord) ? 1 : 0);
      // Each candidate's keys are found once, not once per comparison.
      e = null;
      let top = { exact: -1, named: -Infinity };
      for (const x of candidates) {
        const c = { exact: exact(x), named: lastNamed(x, m.pos) };
        if (c.exact > top.exact || (c.exact === top.exact && c.named > top.named)) [e, top] = [x, c];
      }
      // "Seismologist says …" in the headline: the seismologist the body names, later in the text.
      const inHeadline = lang === "en" && m.pos < englishHeadlineEnd(fullText);
      const introduced = lang === "en" ? englishTitledName(fullText, m.role ?? m.surface, inHeadline ? fullText.length : m.pos) : titleReferent(fullText, m.role ?? m.surface, m.pos) ?? (m.headline ? titleReferent(fullText, m.role ?? m.surface, m.pos, true) : null);
      if (introduced && (!e || introduced.at > lastNamed(e, m.pos))) {
        e = entities.find((x) => !x.rejected && x.kind === "person" && !x.unnamed && sameName(lang, x.surface, introduced.name))
          ?? add({ ...m, kind: "name", surface: introduced.name, role: introduced.role }, "person", i);
      }
      // "وأضاف المسؤول" right after the minister or "مسؤول كبير في الإدارة" spoke: the generic title alone goes on
      // with the speaker just quoted, when that speaker is an official (a person with a role or an unnamed official).
      if (!e && lang === "ar") e = genericTitleReferent(entities, m);
      // "The Hearts defender said" after "defender Kofi Mensah": the one person introduced with the title's noun.
      const byNoun = !e && lang === "en" && m.referring ? introducedWithNoun([{ text: fullText, base: 0 }], words(m.surface).pop()?.toLowerCase() ?? "", m.pos) : [];
      if (byNoun.length === 1) {
        e = entities.find((x) => !x.rejected && x.kind === "person" && !x.unnamed && sameName(lang, x.surface, byNoun[0].surface))
          ?? add({ ...m, kind: "name", surface: byNoun[0].surface }, "person", i);
      }
      // "Capt." or "Dr" alone, or an epithet with no person to refer to: nobody we can name.
      // "رئيس" or "المدير" alone, with no person introduced by it: a bare title names nobody either.
      if (!e && (m.referring || (lang === "ar" ? words(m.role ?? m.surface).length === 1 : words(m.surface || m.role || "").every((w) => isBareTitle(w))))) {
        assigned.push(null);
        return;
      }
      if (!e) e = add(m, "person", i, true);
    } else if (m.kind === "group") {
      const { head, mods } = groupParts(lang, m.surface);
      const same = entities
        .filter((x) => !x.rejected && x.kind === "group")
        .filter((x) => {
          const o = groupParts(lang, x.surface);
          if (o.head !== head) return false;
          if (!mods.size || !o.mods.size) return true;
          return o.mods.size === mods.size && [...mods].every((w) => o.mods.has(w));
        })
        .sort((x, y) => y.lastAttribution - x.lastAttribution)[0];
      e = same ?? add(m, "group", i);
      if (same && groupParts(lang, m.surface).mods.size > groupParts(lang, same.surface).mods.size) {
        same.spellings.add(same.surface);
        same.surface = m.surface;
      }
    } else {
      // "وقالت الوزارة": the ministry the text named before, by its full name.
      const fuller = lang === "ar" && m.kind === "organization" ? bodyReferent(fullText, m.surface, m.pos) : lang === "en" && m.kind === "organization" ? acronymOwner(fullText, m.surface) : null;
      const key = nameKey(fuller ?? m.surface).replace(/^(?:ال|the )/, "");
      e = entities.find((x) => !x.rejected && x.kind === m.kind && [x.surface, ...x.spellings].some((s) => nameKey(s).replace(/^(?:ال|the )/, "") === key))
        ?? (fuller ? add({ ...m, surface: fuller }, m.kind, i) : null)
        ?? (lang === "en" ? earlierDocument(entities, m) ?? earlierBody(entities, m) ?? statementIssuer(m, i) ?? leadBodyEntity(m, i) : null) ?? null;
      // "the ministry said" after "the Ministry of Health": the body of that kind the article named before.
      const named = !e && lang === "en" && genericBody(m) ? namedBodyBefore(fullText, m) : null;
      if (named) e = entities.find((x) => !x.rejected && x.kind === "organization" && nameKey(x.surface).replace(/^the /, "") === nameKey(named)) ?? add({ ...m, surface: named }, "organization", i);
      // "the agency said" after two bodies were quoted: a bare kind of body that none of the bodies quoted before
      // owns; which one it is the article does not say (with no body quoted before, it keeps its own name). ("the report said" stays the report's: annotators accept it.)
      if (!e && lang === "en" && unownedBareBody(m) && entities.some((x) => !x.rejected && x.kind === "organization" && /\p{Lu}/u.test(x.surface))) {
        assigned.push(null);
        return;
      }
      e ??= add(m, m.kind, i);
    }
    if (e && fullerSpelling(e, m)) e.spellings.add(m.surface);
    if (e && !m.cited) e.lastAttribution = i;
    if (e && !a.sameAs && (m.kind === "name" || m.kind === "title") && m.pos > e.lastMentionAt) e.lastMentionAt = m.pos;
    if (e && !a.sameAs && lang === "ar" && m.kind === "title" && e.kind === "person" && !e.unnamed) (e.titles ??= []).push(m.role ?? m.surface);
    assigned.push(e);
  });

  attributions.forEach((a, i) => {
    if (a.sameAs && attributions.indexOf(a.sameAs) > i) assigned[i] = assigned[attributions.indexOf(a.sameAs)] ?? null;
  });

  // Records, with ids as slugs: people by name; groups and unnamed sources are scoped to the article.
  const used = new Set<string>();
  const records = new Map<Entity, SpeakerRecord>();
  for (const e of entities) if (e.kind === "person" && !e.unnamed && (lang === "ar" ? arabicNameProblem(e.surface) : englishNameProblem(e.surface))) e.rejected = true;
  for (const e of entities) {
    if (!assigned.includes(e) || e.rejected) continue;
    const rec = toRecord(e, lang);
    let base = slugify(rec.name) || "speaker";
    if (e.kind === "group" || e.unnamed) base = `${articleId}-${base}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    records.set(e, { ...rec, id });
  }
  return { speakers: [...records.values()], speakerOf: assigned.map((e) => (e && !e.rejected ? records.get(e)!.id : null)) };
}

/** The latest person introduced with a role in the paragraph holding `pos`, before it, whose role agrees with
 *  `gender` (a feminine head for "f"). */
function introducedInParagraph(fullText: string, occurrences: Occurrences, pos: number, gender: Gender): { name: string; role: string } | null {
  const start = occurrences.lastAtOrBefore("\n", pos - 1) + 1;
  const p = introducedBefore(fullText, pos);
  if (!p || p.at < start) return null;
  const feminine = normAr(words(p.role)[0] ?? "").endsWith("ه");
  return gender === null || feminine === (gender === "f") ? p : null;
}

const HONORIFIC = /^(?:mr|mrs|ms|dr|sen|rep|gov)\.?$/i;

/** "Melissa Cronin of Gawker", "Mr. Burman of the Tax Policy Center", "Barbara Mikulski of Maryland": a person's
 *  name (two or more name words, or one after an honorific) then "of" and the body or place they are of. The
 *  name is the person; what follows "of" goes to the role. */
function personOfBody(m: Mention): Mention {
  if (m.kind !== "name" && m.kind !== "organization") return m;
  let ws = words(m.surface);
  // "Mr. Burman of the Tax Policy Center" (read as a body for its last word): the honorific makes it a person.
  const lead = HONORIFIC.test(ws[0] ?? "") ? ws[0] : null;
  if (lead) ws = ws.slice(1);
  else if (m.kind === "organization") return m;
  const of = ws.indexOf("of");
  if (of < 1 || of > 3 || !/^(?:the\s+)?\p{Lu}/u.test(ws.slice(of + 1).join(" "))) return m;
  const name = ws.slice(0, of);
  const nameWord = (w: string) => /^\p{Lu}/u.test(w) && !ORG_WORDS.has(w.toLowerCase()) && !GROUP_NOUNS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()) && !NP_WORDS.has(w.toLowerCase());
  const honorific = !!lead || (!!m.role && HONORIFIC.test(words(m.role).pop() ?? ""));
  if (!name.every(nameWord) || (name.length < 2 && !honorific)) return m;
  const rest = ws.slice(of).join(" ");
  const role = [m.role, lead, rest].filter(Boolean).join(" ");
  return { ...m, kind: "name", gender: lead && /^mrs|^ms/i.test(lead) ? "f" : lead && /^mr\b/i.test(lead) ? "m" : m.kind === "name" ? m.gender : null, surface: name.join(" "), role };
}

/** Arabic titles that fit any office ("المسؤول"، "المسؤولة"): alone they refer to the official who spoke last. */
const GENERIC_TITLES = new Set(["المسوول", "المسووله"]);

/** "السيد" alone when the article named "كريم السيد": the latest named person whose family name is that title of address. */
function titleSurnameOf(entities: Entity[], m: Mention): Entity | null {
  const w = normAr(m.surface.trim()).replace(/^[وف](?=ال)/, "");
  if (/\s/.test(w) || !TITLE_SURNAMES.has(w)) return null;
  const holders = entities.filter((x) => !x.rejected && x.kind === "person" && !x.unnamed && words(x.surface).length >= 2 && [x.surface, ...x.spellings].some((s) => normAr(words(s).pop() ?? "") === w));
  return holders.sort((x, y) => y.lastAttribution - x.lastAttribution)[0] ?? null;
}

function genericTitleReferent(entities: Entity[], m: Mention): Entity | null {
  if (!GENERIC_TITLES.has(normAr((m.role ?? m.surface).trim()))) return null;
  const last = [...entities].filter((x) => !x.rejected).sort((x, y) => y.lastAttribution - x.lastAttribution)[0];
  if (!last) return null;
  const feminine = normAr(m.surface.trim()).endsWith("ه");
  if (last.kind === "person" && last.role && !last.unnamed) return (last.gender === "f") === feminine || last.gender === null ? last : null;
  // "مسؤول كبير في إدارة بايدن" (an unnamed official, read as a group source): one official, named by the same head.
  if (last.kind === "group" && /^مسووله?$/.test(normAr(words(last.surface)[0] ?? "")) && normAr(words(last.surface)[0]).endsWith("ه") === feminine) return last;
  return null;
}

/** A body named by its head alone ("الوزارة") after its full name: that short form is one more way to find it. */
function fullerSpelling(e: Entity, m: Mention): boolean {
  return m.kind === "organization" && e.kind === "organization" && m.surface !== e.surface && !/\s/.test(m.surface.trim());
}

function cleanRole(role: string | null): string | null {
  const r = role?.replace(/^[\s،,]+|[\s،,]+$/g, "").replace(/^who\s+/i, "").trim();
  return r ? r : null;
}

/** "Park said" after "Park Ji-hoon": a family name written first, before a hyphenated given name, is the person. */
function familyNameFirst(entities: Entity[], surname: string): Entity | null {
  return entities.find((x) => {
    const ws = words(x.surface);
    return !x.rejected && x.kind === "person" && !x.unnamed && ws.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(ws[1]) && ws[0] === surname;
  }) ?? null;
}

const BODY_NAME_ENDINGS = new Set(["city", "united", "rovers", "athletic", "wanderers", "fc", "energy", "motors", "airways", "systems", "foods",
  "pharma", "pharmaceuticals", "electric", "electronics", "steel", "power", "telecom", "media", "mining", "oil", "gas", "chemicals",
  "logistics", "solar", "semiconductor", "capital", "insurance", "brands", "resources", "materials", "networks", "software"]);
const BODY_NOUNS = new Set(["company", "firm", "club", "side", "team", "carmaker", "automaker", "retailer", "airline", "bank", "group"]);
const LEAD_VERB = /^(?:have|has|had|is|are|was|were|will|[a-z]+ed|[a-z]+s)$/;

/** The name an article opens on when it reads as a body's: two to three capitalized words (after an owner such as
 *  "South Korea's") then a verb, none of them a listed first name. */
function leadBody(fullText: string): string | null {
  const first = fullText.trimStart().split(/[.!?](?:\s|$)/)[0];
  const m = /^(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+)?((?:\p{Lu}[\p{L}&-]*\s+){1,3})(\p{Ll}+)\b/u.exec(first);
  if (!m || !LEAD_VERB.test(m[2])) return null;
  const name = m[1].trim();
  const ws = words(name);
  // "Minister Koji Tanaka said": a title opening the name makes it a person's ("Westbridge City" ends on one).
  if (ws.length < 2 || TITLE_WORDS.has(ws[0].toLowerCase()) || ws.some((w) => FEMALE_NAMES.has(w.toLowerCase()) || MALE_NAMES.has(w.toLowerCase()))) return null;
  // "Koji Tanaka opened a bakery": only a name ending on a word bodies end on is read as one.
  const last = ws[ws.length - 1].toLowerCase();
  return ORG_WORDS.has(last) || BODY_NAME_ENDINGS.has(last) ? name : null;
}

const DOCUMENT_HEADS_EN = new Set(["report", "study", "survey", "audit", "review", "analysis", "assessment"]);

/** "The report also found …" after "according to a staff report": "the" and a document noun alone refer to the
 *  latest source of that kind. */
function earlierDocument(entities: Entity[], m: Mention): Entity | null {
  const noun = nameKey(m.surface).replace(/^the /, "");
  if (!DOCUMENT_HEADS_EN.has(noun)) return null;
  return [...entities].reverse().find((x) => !x.rejected && x.kind === m.kind && nameKey(x.surface).split(" ").pop() === noun) ?? null;
}

/** "The Nigeria Centre for Disease Control and Prevention (NCDC)": the name an acronym was introduced with. */
function acronymOwner(fullText: string, surface: string): string | null {
  const acr = surface.replace(/^the\s+/i, "");
  if (!/^\p{Lu}{2,8}$/u.test(acr)) return null;
  const at = fullText.indexOf(`(${acr})`);
  if (at < 0) return null;
  const before = fullText.slice(Math.max(0, at - 160), at).trimEnd();
  const m = /((?:\p{Lu}[\p{L}'’&-]*)(?:[^\S\n]+(?:of|for|and|on|the|\p{Lu}[\p{L}'’&-]*)){1,9})$/u.exec(before);
  if (!m) return null;
  const name = m[1].replace(/^(?:The|the)\s+/, "");
  return words(name).length >= 2 && !/\s(?:of|for|and|on|the)$/.test(name) ? name : null;
}

/** "NCDC said": an acronym the article introduced after a body's name is that body, whatever the patterns read it as. */
function acronymAsBody(m: Mention, fullText: string): Mention {
  return m.kind === "name" && acronymOwner(fullText, m.surface) ? { ...m, kind: "organization", gender: "n" } : m;
}

/** Lowercase nouns by which an article refers back to a body it named ("the agency said", "the ministry added"). */
const GENERIC_BODY_HEADS = new Set(["agency", "ministry", "department", "company", "firm", "group", "organization", "organisation", "body", "authority", "commission", "committee", "centre", "center", "council", "office", "government", "administration", "party", "union", "bank", "board", "institute", "foundation", "bureau", "service", "court", "watchdog", "regulator", "network", "outlet", "newspaper", "paper", "channel", "broadcaster"]);

/** "The agency said", "the Public Health agency said" after "The Nigeria Centre for Disease Control (NCDC) has reported":
 *  a body known only by a lowercase kind is the body already quoted whose name holds that kind, else the only body
 *  quoted before; with several and none holding the word it names nobody we can tell. */
function genericBody(m: Mention): string | null {
  const ws = words(m.surface.replace(/^the\s+/i, ""));
  const head = ws[ws.length - 1];
  return head && /^[a-z]+$/.test(head) && GENERIC_BODY_HEADS.has(head) ? head : null;
}

/** "the agency", "the ministry": a kind of body in one lowercase word (a body's own description, "the regional
 *  avalanche service", is kept, and so is a document, "the report"). */
function unownedBareBody(m: Mention): boolean {
  const ws = words(m.surface.replace(/^the\s+/i, ""));
  return ws.length === 1 && /^\p{Ll}+$/u.test(ws[0]) && !DOCUMENT_HEADS_EN.has(ws[0]) && !!genericBody(m);
}

/** The last capitalized name holding the kind of body ("the ministry" → "Ministry of Health", "Health Ministry")
 *  that the article writes before the mention (within the 4,000 characters before it). */
function namedBodyBefore(fullText: string, m: Mention): string | null {
  const head = genericBody(m);
  if (!head) return null;
  const Head = head[0].toUpperCase() + head.slice(1);
  const before = fullText.slice(Math.max(0, m.pos - 4000), m.pos);
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’&-]*[^\\S\\n]+){0,4})${Head}((?:[^\\S\\n]+(?:of|for|on)[^\\S\\n]+(?:the[^\\S\\n]+)?\\p{Lu}[\\p{L}'’&-]*(?:[^\\S\\n]+(?:and[^\\S\\n]+)?\\p{Lu}[\\p{L}'’&-]*){0,3}))?`, "gu");
  let last: string | null = null;
  for (const r of before.matchAll(re)) {
    const lead = r[1].trim().split(/\s+/).filter((w) => w && !/^(?:The|A|An|In|On|At|But|And)$/.test(w)).join(" ");
    const name = `${lead ? `${lead} ` : ""}${Head}${r[2] ?? ""}`.trim();
    if (words(name).length >= 2) last = name;
  }
  return last && holdsModifier(last, bodyModifiers(m)) ? last : null;
}

/** The capitalized words a body's lowercase kind carries ("Yemen's militant Houthi group" → yemen, houthi): it is
 *  then a particular body, never any body of that kind. */
function bodyModifiers(m: Mention): string[] {
  const ws = words(m.surface.replace(/^the\s+/i, ""));
  return ws.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s?$/, "").toLowerCase());
}
/** "Lebanese", "Yemeni", "Polish", "Chinese": the ending of a country's adjective. */
const NATIONALITY_ENDING = /(?:ese|ian|an|ish|i)$/;
const holdsModifier = (name: string, mods: string[]) => !mods.length || mods.some((w) => words(name.toLowerCase()).some((x) => x.replace(/['’]s?$/, "") === w));

function earlierBody(entities: Entity[], m: Mention): Entity | null {
  const head = genericBody(m);
  if (!head) return null;
  const mods = bodyModifiers(m);
  const bodies = entities.filter((x) => !x.rejected && x.kind === "organization" && /\p{Lu}/u.test(x.surface));
  const holding = bodies.filter((x) => [x.surface, ...x.spellings].some((s) => words(s.toLowerCase()).includes(head) && holdsModifier(s, mods)));
  if (holding.length) return holding.sort((x, y) => y.lastAttribution - x.lastAttribution)[0];
  // The only body quoted before, when its name is of the same kind ("the agency" for a "Centre", never "the company"
  // for a "Ministry"), or says no kind at all ("NCDC").
  // "the Lebanese health ministry" is not the Israeli army quoted before: a country's word must be the body's own
  // ("the Public Health agency" may still be the one centre quoted before).
  const countries = mods.filter((w) => NATIONALITY_ENDING.test(w));
  if (bodies.length !== 1 || ![bodies[0].surface, ...bodies[0].spellings].some((x) => holdsModifier(x, countries))) return null;
  const kinds = words(bodies[0].surface.toLowerCase()).map((w) => BODY_CLASS[w]).filter(Boolean);
  return !kinds.length || kinds.includes(BODY_CLASS[head]) ? bodies[0] : null;
}

/** Kinds of body: a public office, a business, a party or union, a charity, a police or armed force. */
const BODY_CLASS: Record<string, string> = Object.fromEntries([
  ...["agency", "ministry", "department", "office", "authority", "commission", "committee", "centre", "center", "council", "bureau", "service", "government", "administration", "board", "institute", "regulator", "watchdog", "court", "body", "organization", "organisation"].map((w) => [w, "public"]),
  ...["company", "firm", "bank", "group", "network", "outlet", "newspaper", "paper", "channel", "broadcaster", "corporation", "inc", "ltd", "airline", "carmaker"].map((w) => [w, "business"]),
  ...["party", "union", "caucus"].map((w) => [w, "party"]),
  ...["foundation", "charity", "trust"].map((w) => [w, "charity"]),
  // "Police said …" then "the ministry said …": the police are no ministry.
  ...["police", "army", "military", "navy", "forces", "command", "constabulary"].map((w) => [w, "force"]),
]);

function toRecord(e: Entity, lang: Lang): Omit<SpeakerRecord, "id"> {
  const role = cleanRole(e.role);
  const spellings = [...e.spellings].filter((s) => s !== e.surface);
  if (lang === "en") {
    const ws = words(e.surface);
    const aliases = new Set<string>(spellings);
    // "Spokesperson for Gov. Helen Marsh" is not to be found by "Marsh".
    if (e.kind === "person" && !e.unnamed && ws.length > 1) aliases.add(ws[ws.length - 1]);
    if (e.kind === "person" && !e.unnamed && role && /^[A-Z]/.test(role) && words(role).length <= 3) aliases.add(`${role} ${ws[ws.length - 1]}`);
    const name = e.surface.replace(/^the\s+/i, "");
    aliases.delete(name);
    return {
      name: name.charAt(0).toUpperCase() + name.slice(1),
      nameAr: null, aliases: [...aliases], role, roleAr: null, kind: e.kind,
    };
  }
  const aliases = new Set<string>(spellings);
  let name: string;
  if (e.kind === "person" && !e.unnamed) {
    name = transliterate(e.surface);
    const ws = words(e.surface);
    // The family name: the last word, or the last two after a compound head ("عبد السيد", "أبو الخير"), whose
    // second word alone is another word (السيد is "Mr.").
    const compound = ws.length >= 2 && COMPOUND_HEADS.has(normAr(ws[ws.length - 2]));
    if (ws.length > 1) aliases.add(ws.slice(compound ? -2 : -1).join(" "));
    // "عبدالعزيز بن سلمان بن عبدالعزيز": a chain of بن links is also written cut after its first link.
    const links = ws.map((w, x) => (/^(?:بن|ابن|بنت)$/.test(normAr(w)) ? x : -1)).filter((x) => x > 0);
    if (links.length >= 2 && links[1] >= 3) aliases.add(ws.slice(0, links[1]).join(" "));
    // "محمد بن زايد آل نهيان": a name closed by its family (آل …) is also written without it.
    if (links.length && ws[links[0] + 2] === "آل") aliases.add(ws.slice(0, links[0] + 2).join(" "));
    for (const s of [e.surface, ...spellings]) for (const v of transliterationVariants(s)) aliases.add(v);
    for (const s of spellings) aliases.add(transliterate(s));
  } else if (e.kind === "state") {
    name = STATES[normAr(e.surface)] ?? transliterate(e.surface);
  } else {
    // Unnamed sources are described, never spelled out as if a name: مصادر مصرفية → banking sources.
    name = (e.unnamed ? englishRole(e.surface) : null) ?? glossArabic(e.surface);
    if (e.surface.startsWith("ال")) aliases.add(e.surface.slice(2));
    // "مصادر مطلعة في وزارة المالية"، "الهيئة العليا للانتخابات في تونس": the source is also known without where it sits.
    const sits = /\s(?:في|فى|من)\s/.exec(e.surface);
    if (sits) aliases.add(e.surface.slice(0, sits.index));
    // "النيابة العمومية بالمحكمة الابتدائية بتونس 1": a بـ-attached definite noun after the body is its seat too.
    // Only a body's: sources and groups keep their description whole (مصادر بالوزارة is no "مصادر").
    const seat = e.kind === "organization" && !e.unnamed ? /\sبال\p{L}{2,}/u.exec(e.surface) : null;
    if (seat) aliases.add(e.surface.slice(0, seat.index));
  }
  aliases.delete(name);
  aliases.delete(e.surface);
  return {
    name, nameAr: e.surface, aliases: [...aliases].filter((a) => a.trim()), role: englishRole(role), roleAr: role, kind: e.kind,
  };
}
