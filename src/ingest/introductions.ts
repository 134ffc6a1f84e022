// Roles from the article's introductions: a person quoted by name alone ("وهبي قائلا", "Al-Qasabi said")
// is usually introduced elsewhere with their office ("وزير العدل، عبد اللطيف وهبي", "Majid Al-Qasabi, the
// Saudi minister of commerce,"). Without it a question by role ("Morocco's justice minister", "وزير التجارة
// السعودي") finds nobody, in either language. This stage reads the first such introduction of each draft
// person who has no office yet: a title run just before the name, or an apposition just after it (English).
// It only describes a speaker already chosen; it never changes who said what.
import type { SpeakerRecord } from "../corpus/schema.js";
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS, isOfficeWord, isStopword, normalize } from "../normalize/index.js";
import { afterAbdSpellings, nameSpellings } from "../normalize/names.js";
import DATA from "./data/introductions.json" with { type: "json" };
import { englishRole } from "./roles.js";
import { hasArabic } from "../normalize/arabic.js";
import { normAr } from "./text.js";
import { isKnownName, transliterate, transliterationVariants } from "./transliterate.js";
import type { Lang } from "./types.js";

/** A word the name table knows as a given name (راشد too, which is also an ordinary word): it ends a title. */
const isNameWord = (w: string) => !normAr(w).startsWith("ال") && nameSpellings(w) !== null;

type Speaker = Omit<SpeakerRecord, "id"> & { id: string };

const EN_HEADS = new Set(DATA.englishHeads);
const EN_TITLE_WORDS = new Set(DATA.englishTitleWords);
const AR_LINKS = new Set(DATA.arabicNameLinks.map((w) => normAr(w)));
/** Honorifics written between a title and a name ("وزير المالية د. جبريل"): no part of the title. */
const HONORIFICS = new Set(DATA.arabicHonorifics.map((w) => normAr(w)));
const AR_MEETING_VERBS = new Set(DATA.arabicMeetingVerbs);
/** The most words a title run may have. */
const MAX_ROLE_WORDS = 8;
/** The most occurrences of a name read for an introduction (an article names its speakers a few times). */
const MAX_OCCURRENCES = 12;
/** Only the article's first 60,000 characters are read (an introduction comes early). */
const MAX_TEXT = 60_000;
const ENDS_CLAUSE = /[.,;:!?()“”"«»\u060C\u061B\u061F—–]$/u;
const OPENS_CLAUSE = /^[“"«(]/u;

const isHead = (word: string, lang: Lang): boolean => {
  const w = normalize(word.replace(/['’]s$/u, ""));
  // English heads are the list's person titles: an office word of the concept sets may name a body ("management").
  return !!w && (lang === "en" ? EN_HEADS.has(w) : isOfficeWord(w));
};

/** A role the speaker already has: one that names an office (not an honorific alone, "الدكتور"). */
function hasOffice(s: Speaker, lang: Lang): boolean {
  const role = lang === "ar" ? s.roleAr : s.role;
  return !!role && role.split(/\s+/).some((w) => isHead(w, lang));
}

/** Every start of `form` in `text` as a whole word, the first MAX_OCCURRENCES. */
function startsOf(text: string, form: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(form); at >= 0 && out.length < MAX_OCCURRENCES; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + form.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}

/** The words of the line before `at`, as written. */
function wordsBefore(text: string, at: number): string[] {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  // A quote mark that opens the name's own words ("قالت وزيرة الخارجية “نجلاء المنقوش") stands between title and name.
  return text.slice(lineStart, at).replace(/[“"«„\s]+$/u, "").split(/\s+/).filter(Boolean);
}

/** "Saudi Commerce Minister", "head coach": the title run just before an English name, cut after its last office word. */
function englishTitleBefore(words: string[]): string | null {
  // "the deputy commander of Hezbollah": the name is what the title is of, not the titled person.
  if (/^(?:of|for|at|by|from|with|to)$/i.test(words[words.length - 1] ?? "")) return null;
  const run: string[] = [];
  for (let k = words.length - 1; k >= 0 && run.length < MAX_ROLE_WORDS; k--) {
    const tok = words[k];
    if (ENDS_CLAUSE.test(tok) || OPENS_CLAUSE.test(tok)) break;
    const lc = tok.toLowerCase().replace(/['’]s$/u, "");
    // A determiner opens the title's phrase ("the Saudi minister"), or a phrase the name is part of ("the Hezbollah unit").
    if (/^(?:the|a|an)$/.test(lc)) break;
    const capital = /^\p{Lu}/u.test(tok) && !isStopword(normalize(lc));
    if (!(capital || EN_TITLE_WORDS.has(lc) || isHead(tok, "en"))) break;
    run.unshift(tok);
  }
  return titleOf(run, "en");
}

/** "Majid Al-Qasabi, the Saudi minister of commerce, and …": an apposition after an English name. */
function englishApposition(text: string, end: number): string | null {
  const after = /^,\s+(?:(?:the|a|an)\s+)?([^,.;:()“”"\n]{3,90})(?=[,.;)]|\s+(?:who|and)\s)/u.exec(text.slice(end, end + 120));
  if (!after) return null;
  const run: string[] = [];
  for (const tok of after[1].split(/\s+/).filter(Boolean)) {
    const lc = tok.toLowerCase();
    if (ENGLISH_SPEECH_VERBS[lc] || (isStopword(normalize(lc)) && !EN_TITLE_WORDS.has(lc)) || /(?:ed|ing)$/.test(lc)) break;
    run.push(tok);
  }
  // The apposition opens with the title ("the Saudi minister"), never with a clause about something else.
  return run.length && run.length === after[1].split(/\s+/).filter(Boolean).length ? titleOf(run, "en", false) : null;
}

/** "وزير العدل"، "مدرب القادسية": the title run just before an Arabic name, skipping given names and a comma. */
function arabicTitleBefore(words: string[], othersNames: Set<string>): { role: string; given: string[] } | null {
  let k = words.length - 1;
  const given: string[] = [];
  // "وزير العدل، عبد اللطيف وهبي" for a speaker named وهبي: the given name stands between the title and the surname.
  while (k >= 0 && given.length < 3 && !ENDS_CLAUSE.test(words[k])) {
    const w = normAr(words[k]);
    const afterAbd = k > 0 && normAr(words[k - 1]) === "عبد" && !!afterAbdSpellings(words[k]);
    if (afterAbd) {
      given.unshift(words[k - 1], words[k]);
      k -= 2;
    } else if (isKnownName(w) || isNameWord(w) || AR_LINKS.has(w)) {
      given.unshift(words[k]);
      k -= 1;
    } else break;
  }
  const run: string[] = [];
  for (; k >= 0 && run.length < MAX_ROLE_WORDS; k--) {
    let tok = words[k];
    // The comma between a title and the name it introduces ("وزير العدل، عبد اللطيف وهبي").
    if (run.length === 0 && /[،,]$/u.test(tok)) tok = tok.slice(0, -1);
    else if (ENDS_CLAUSE.test(tok)) break;
    if (OPENS_CLAUSE.test(tok)) break;
    const w = normalize(tok);
    if (!w || isStopword(w) || ARABIC_SPEECH_VERBS[w] || ARABIC_SPEECH_VERBS[w.replace(/^[وف]/, "")]) break;
    // "مدربا نادي القادسية راشد بديح ونادي الكويت محمد إبراهيم": a run holding another person's name is theirs.
    if (othersNames.has(normAr(w)) || isNameWord(w)) break;
    run.unshift(tok);
  }
  while (run.length && HONORIFICS.has(normAr(run[run.length - 1]).replace(/\.$/, ""))) run.pop();
  const role = titleOf(run, "ar");
  return role ? { role, given } : null;
}

/** "استقبل ولي العهد الأمير X": the name is the subject of a verb of receiving or meeting (a title between, at most),
 *  so the title written after it ("… وزير الخارجية الأمريكي") is the guest's. */
function receives(before: string[], others: Set<string>, own: Set<string>): boolean {
  for (let k = before.length - 1; k >= 0 && before.length - k <= MAX_ROLE_WORDS; k--) {
    const tok = before[k];
    if (ENDS_CLAUSE.test(tok) || OPENS_CLAUSE.test(tok)) return false;
    const w = normAr(tok);
    if (AR_MEETING_VERBS.has(w) || AR_MEETING_VERBS.has(w.replace(/^[وف]/, ""))) return true;
    // "استقبل الرئيس X الوزير Y": Y after another speaker's name is the one received. Only a title stands between
    // the verb and its subject: definite words and construct heads (ولي العهد), not "زار المستشفى وفد يرأسه X".
    if (others.has(w)) return false;
    // The speaker's own given names before the surname the form is ("فهد بن" before "ناصر").
    if (own.has(w)) continue;
    const construct = normAr(before[k + 1] ?? "").startsWith("ال");
    if (!w.startsWith("ال") && !construct && !isHead(tok, "ar")) return false;
  }
  return false;
}

/** "ماجد الأنصاري، المتحدث الرسمي باسم وزارة الخارجية": an apposition opening with a title after an Arabic name. */
function arabicApposition(text: string, end: number): string | null {
  // With or without a comma: "ماجد الأنصاري مستشار …" (the run must then open with a title, as it must anyway).
  const after = /^\s*[،,]?\s*([^\n.،,؛:()“”"«»]{3,120})/u.exec(text.slice(end, end + 160));
  if (!after) return null;
  const run: string[] = [];
  const toks = after[1].split(/\s+/).filter(Boolean).slice(0, MAX_ROLE_WORDS);
  for (const [i, tok] of toks.entries()) {
    const w = normalize(tok);
    // "رئيس الاتحاد السوداني لكرة القدم بتأهل منتخبنا": an indefinite ب-word before an indefinite word is what the verb
    // is about, not more title ("بوزارة الخارجية" goes on: a construct's genitive is definite).
    if (run.length && /^ب(?!ال)/.test(w) && toks[i + 1] && !/^(?:ال|لل)/.test(normalize(toks[i + 1]))) break;
    if (!w || (isStopword(w) && !/^(?:في|فى)$/.test(w)) || ARABIC_SPEECH_VERBS[w] || ARABIC_SPEECH_VERBS[w.replace(/^[وف]/, "")]) break;
    // One title: "مستشار نائب رئيس مجلس الوزراء وزير الخارجية والمتحدث …" is an adviser, whose title must not
    // read as the offices it advises (a question about the foreign minister would find him).
    if (run.length && (/^و/.test(w) || isHead(tok, "ar"))) break;
    run.push(tok);
  }
  // The apposition is a title from its first word ("المتحدث …"), never a clause that happens to hold one.
  return run.length && isHead(run[0], "ar") ? run.join(" ") : null;
}

/**
 * The title in a run of words: from its first office word (Arabic: "اختار وزير العدل" → وزير العدل), cut after
 * the last one in English, where what follows is a given name ("NBP President Adam" → NBP President).
 */
function titleOf(run: string[], lang: Lang, cutAfterLastHead = true): string | null {
  const heads = run.map((w) => isHead(w, lang));
  const first = lang === "ar" ? heads.indexOf(true) : 0;
  const last = heads.lastIndexOf(true);
  if (first < 0 || last < 0) return null;
  let words = run.slice(first, lang === "en" && cutAfterLastHead ? last + 1 : run.length);
  if (lang === "en") {
    while (words.length && /^(?:of|for|and|the|a|an)$/i.test(words[0])) words = words.slice(1);
    while (words.length && /^(?:of|for|and|the)$/i.test(words[words.length - 1])) words = words.slice(0, -1);
  }
  return words.length ? words.join(" ").replace(/['’]s$/u, "") : null;
}

/** The names a speaker is written with in the article's own script, the longest first. */
function formsOf(s: Speaker, lang: Lang): string[] {
  const own = lang === "ar" ? [s.nameAr ?? "", ...s.aliases.filter(hasArabic)] : [s.name, ...s.aliases.filter((a) => !hasArabic(a))];
  return [...new Set(own.filter((f) => f.trim().length >= 3))].sort((a, b) => b.length - a.length);
}

/**
 * The draft's speakers, each person with no office given the title the article introduces them with, and an
 * Arabic person named by surname alone also given the full name the introduction writes.
 */
export function rolesFromIntroductions<T extends Speaker>(speakers: T[], fullText: string, lang: Lang): T[] {
  const text = fullText.slice(0, MAX_TEXT);
  // Names of people (a speaker named by a title, "وزيرة الخارجية …", names nobody's words).
  const named = (x: Speaker) => x.kind === "person" && !(x.nameAr ?? x.name).split(/\s+/).some((w) => isHead(w, lang));
  const nameWords = (x: Speaker) => (named(x) ? formsOf(x, lang).flatMap((f) => f.split(/\s+/)).map((w) => normAr(w)) : []);
  const othersNames = (s: Speaker) => new Set(speakers.filter((x) => x !== s).flatMap(nameWords));
  return speakers.map((s) => {
    if (s.kind !== "person" || hasOffice(s, lang)) return s;
    const forms = formsOf(s, lang);
    for (const form of forms) {
      for (const at of startsOf(text, form)) {
        const before = wordsBefore(text, at);
        if (lang === "en") {
          const role = englishTitleBefore(before) ?? englishApposition(text, at + form.length);
          if (role) return { ...s, role };
          continue;
        }
        const appositive = receives(before, othersNames(s), new Set(nameWords(s))) ? null : arabicApposition(text, at + form.length);
        const found = arabicTitleBefore(before, othersNames(s)) ?? (appositive ? { role: appositive, given: [] } : null);
        if (!found) continue;
        const aliases = new Set(s.aliases);
        if (found.given.length) {
          const fullName = [...found.given, form].join(" ");
          if (fullName !== s.nameAr) {
            aliases.add(fullName);
            aliases.add(transliterate(fullName));
            for (const v of transliterationVariants(fullName)) aliases.add(v);
          }
        }
        aliases.delete(s.name);
        return { ...s, role: englishRole(found.role) ?? s.role, roleAr: found.role, aliases: [...aliases] };
      }
    }
    return s;
  });
}
