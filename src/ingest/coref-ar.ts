// Arabic coreference stage: the people an article introduces with a role anywhere in its text (also in
// sentences that quote nobody: "علق المستشار سامح الخشن، المتحدث الرسمي باسم مجلس الوزراء، على …"), and the
// person a later title-only mention refers to ("وأضاف متحدث الوزراء"، "قال المسؤول الكويتي"، "وأضاف الوزير").
import LEXICON_AR from "./data/lexicon-ar.json" with { type: "json" };
import { ADDRESSEE_VERBS, COMPLEMENTIZER, ORG_HEADS, REPORT_NOUNS, REPORTING_VERBS, ROLE_HEADS } from "./lexicon-ar.js";
import { parseArabicSubject } from "./ar/candidates.js";
import { unclosedNameEnd } from "./ar/apposition.js";
import { glossWord } from "./roles.js";
import { arabicNameProblem } from "./name-guard.js";
import { paragraphsOf, sentencesOf } from "./segment.js";
import { arabicQuoteSpans } from "./ar/quoted-names.js";
import { normAr, stripConj } from "./text.js";
import { tokenize, type Token } from "./tokens.js";

export interface IntroducedPerson {
  name: string;
  role: string;
  /** Absolute offset of the name in the article. */
  at: number;
}

/** Heads that name the same function. */
const HEAD_CLASSES: Record<string, string> = { ناطق: "متحدث", ناطقه: "متحدثه" };
/** "المسؤول الكويتي": a generic head that fits any office; its other words must fit the person's role. */
const GENERIC_HEADS = new Set(["مسوول", "مسووله"]);

const w0 = (t: Token | undefined) => (t && t.kind === "word" ? normAr(t.text) : "");

/** Role words that name the same office (data/lexicon-ar.json roleWordClasses) → the class's first word. */
const ROLE_WORD_CLASS = new Map<string, string>(LEXICON_AR.roleWordClasses.classes.flatMap((c) => c.map((w): [string, string] => [w, c[0]])));

/** A role word as compared: normalized, without و/ف, ال, a preposition ب/ل, or a possessive on a head; a word of a
 *  class of the same office as its class ("الحكومة" as "الوزراء"). */
function roleKey(word: string): string {
  const key = normAr(word).replace(/^[وف](?=..)/, "").replace(/^(?:[بلك]?ال|لل)(?=..)/, "").replace(/^[بل](?=...)/, "");
  return ROLE_WORD_CLASS.get(key) ?? key;
}

/** The bare head of a role word ("الوزيرة" → وزيره, "ووزير" → وزير), or null when it is no role head. */
function headOf(word: string): string | null {
  const w = normAr(word);
  // "والي"، "وزير": a head may itself start with و; "ووزير"، "فالوزير": or carry the conjunction.
  for (const form of [w, w.replace(/^[وف](?=...)/, "")]) {
    const bare = form.replace(/^(?:ال|لل)(?=..)/, "");
    if (ROLE_HEADS.has(bare) || ROLE_HEADS.has(form)) return HEAD_CLASSES[bare] ?? bare;
  }
  // "إقالة مدربها البرتغالي X": a head with the possessive of the body it serves (not ـه: a feminine ة folds to it).
  const owned = /^(.{3,})(?:ها|هم)$/.exec(w);
  return owned && ROLE_HEADS.has(owned[1]) ? owned[1] : null;
}

/** End of a phrase introducing a person: its words, then one apposition set off by a comma that opens on a role
 *  word or a definite word ("سامح الخشن، المتحدث الرسمي باسم مجلس الوزراء،"), or a name set off after a role. */
function phraseEnd(tokens: Token[], i: number): number {
  let e = i;
  // "قال رئيس الوزراء X إن الحكومة ستدفع …": the phrase ends at the clause its verb opens (أن/إن) or at a verb of saying.
  const phraseWord = (t: Token) => t.kind === "word" && !COMPLEMENTIZER.test(w0(t)) && !REPORTING_VERBS.has(w0(t)) && !REPORTING_VERBS.has(w0(t).replace(/^[وف]/, ""));
  while (e < tokens.length && phraseWord(tokens[e]) && e - i < 10) e++;
  if (tokens[e]?.kind !== "comma") return e;
  let f = e + 1;
  while (f < tokens.length && phraseWord(tokens[f]) && f - e <= 8) f++;
  const closed = f >= tokens.length || tokens[f].kind !== "word";
  if (closed && f > e + 1) return f;
  // "دعا رئيس وزراء الحكومة …، حمزة عبدي بري حكومة وشعب …": the name set off by the comma alone.
  const name = unclosedNameEnd(tokens, e + 1);
  return name > 0 ? name : e;
}

/** "نظيره"، "نظيرته"، "ونظيرها": the counterpart of the one just named. */
const COUNTERPART = /^[وف]?نظير(?:ه|ها|ته|تها)$/;

/** The office of the one a counterpart was met by: the nearest bare role head before it in the sentence (وزير، رئيس). */
function counterpartHead(tokens: Token[], i: number): string | null {
  for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
    const raw = w0(tokens[k]);
    // "وزير" keeps its و; "ووزير" loses the conjunction.
    const joined = !ROLE_HEADS.has(raw) && /^[وف]/.test(raw);
    const w = joined ? raw.slice(1) : raw;
    if (ROLE_HEADS.has(w) && !w.startsWith("ال")) return joined ? tokens[k].text.slice(1) : tokens[k].text;
  }
  return null;
}

interface IntroducedIndex {
  people: IntroducedPerson[];
  /** The people whose role has a head, by head (and by "*f"/"*m" for a generic head of that gender), in text order. */
  byHead: Map<string, IntroducedPerson[]>;
}

const cache = new Map<string, IntroducedIndex>();

/** Every person the article introduces with a role, in text order. */
export function introducedPeople(fullText: string): IntroducedPerson[] {
  return introducedIndex(fullText).people;
}

function introducedIndex(fullText: string): IntroducedIndex {
  const hit = cache.get(fullText);
  if (hit) return hit;
  const out: IntroducedPerson[] = [];
  const seen = new Set<number>();
  for (const p of paragraphsOf(fullText)) {
    const spans = arabicQuoteSpans(p.text);
    for (const s of sentencesOf(p, spans)) {
      const tokens = tokenize(s, spans);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        // "التقى وزير الخارجية X نظيره الألماني Y": a counterpart holds the office of the one they met.
        const counterpart = t.kind === "word" && COUNTERPART.test(normAr(t.text)) ? counterpartHead(tokens, i) : null;
        if (t.kind !== "word" || (!headOf(t.text) && !counterpart)) continue;
        // The title as a phrase of its own: "ووزير" → "وزير", "للمخرجة" → "المخرجة".
        const w = counterpart ?? t.text;
        const cut = /^(?:لل)/.test(normAr(w)) ? 2 : /^[وف]/.test(w) && !ROLE_HEADS.has(normAr(w).replace(/^ال/, "")) && headOf(w.slice(1)) ? 1 : 0;
        const owned = /^(.{3,})(?:ها|هم)$/.exec(normAr(w));
        const suffix = owned && ROLE_HEADS.has(owned[1]) ? normAr(w).length - owned[1].length : 0;
        const first: Token = suffix ? { ...t, text: w.slice(0, w.length - suffix), end: t.end - suffix }
          : cut === 2 ? { ...t, text: "ال" + w.slice(2), start: t.start + 2 } : { ...t, text: w.slice(cut), start: t.start + cut };
        const end = phraseEnd(tokens, i);
        const m = parseArabicSubject(p.text, p.base, [first, ...tokens.slice(i + 1, end)], null);
        // A name the guard rejects introduces nobody a later title could refer to.
        if (m?.kind !== "name" || !m.role || m.surface.split(/\s+/).length < 2 || arabicNameProblem(m.surface)) continue;
        // "الدكتور محمد معيط وزير المالية": a role right after the name (no comma) is the holder's office too.
        // The name lies inside the phrase: it is looked for there only (a search to the paragraph's end,
        // once per title word, was title words × length on a long paragraph).
        const from = Math.max(0, m.pos - p.base);
        const within = p.text.slice(from, tokens[end - 1].end).indexOf(m.surface);
        const nameAt = within < 0 ? -1 : from + within;
        let after = -1;
        if (nameAt >= 0) for (let k = i; k < tokens.length && after < 0; k++) if (tokens[k].start >= nameAt + m.surface.length) after = k;
        let e = after;
        while (e >= 0 && e < tokens.length && tokens[e].kind === "word" && e - after < 6 && (e > after || headOf(tokens[e].text)) && !/^(?:في|من|الي|علي|عن|ان|انه|بان)$/.test(w0(tokens[e]))) e++;
        // "وطالب رئيس النقابة X وزير الصحة بزيادة …": after a verb that asks someone, the office after the name is the
        // one asked, not the asker's.
        const asking = ADDRESSEE_VERBS.has(stripConj(w0(tokens[i - 1])));
        const trailing = !asking && after >= 0 && e > after + 1 ? p.text.slice(tokens[after].start, tokens[e - 1].end) : "";
        const own = counterpart ? m.role.replace(/^\S+/, counterpart) : m.role;
        const role = trailing && !own.includes(trailing) ? `${own}، ${trailing}` : own;
        if (!seen.has(m.pos)) {
          seen.add(m.pos);
          out.push({ name: m.surface, role, at: m.pos });
        }
      }
    }
  }
  out.sort((a, b) => a.at - b.at);
  const byHead = new Map<string, IntroducedPerson[]>();
  for (const person of out) {
    const heads = new Set(roleWordsOf(person.role).map(headOf).filter((h): h is string => !!h));
    for (const key of new Set([...heads, ...[...heads].map(genericKey)])) {
      const list = byHead.get(key);
      if (list) list.push(person);
      else byHead.set(key, [person]);
    }
  }
  const index = { people: out, byHead };
  if (cache.size > 64) cache.clear();
  cache.set(fullText, index);
  return index;
}

/** "وزير الصحة السابق": a role of a holder no longer in office (السابق، الأسبق، سابقة), by its words. */
export const formerRole = (words: string[]) => words.some((w) => /^[وف]?(?:ال)?(?:سابق|اسبق)(?:ه)?$/.test(normAr(w)));
const roleWordsOf = (role: string) => role.replace(/[،,]/g, " ").split(/\s+/).filter(Boolean);
const feminine = (head: string) => head.endsWith("ه");
/** A generic head ("المسؤول") fits a role of its own gender whatever its head. */
const genericKey = (head: string) => (feminine(head) ? "*f" : "*m");

/** The latest person introduced before `pos` (or at it), by binary search. */
export function introducedBefore(fullText: string, pos: number): IntroducedPerson | null {
  const people = introducedPeople(fullText);
  const i = firstAtOrAfter(people, pos);
  return i > 0 ? people[i - 1] : null;
}

/** The index of the first person introduced at or after `pos` in the sorted `people`. */
function firstAtOrAfter(people: IntroducedPerson[], pos: number): number {
  let lo = 0;
  for (let hi = people.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (people[mid].at < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const PLACE = "@";
/** A role word as compared, a place word by its English ("الصومالي" and "الصومالية" are both Somali). */
function modifierKey(word: string): string {
  const en = glossWord(word);
  return en && /^\p{Lu}/u.test(en) ? PLACE + en : roleKey(word);
}

/** How well a person's role fits a title-only mention: "full" when the mention's head and all its other words are
 *  in the role; "prefix" when the head and the first of its other words are ("وزير التعليم الأهالي والطلاب": the
 *  words after a title may be the verb's objects); null when it does not fit. */
function fit(mention: string[], role: string): "full" | "prefix" | null {
  const head = headOf(mention[0] ?? "");
  if (!head) return null;
  const roleWords = roleWordsOf(role);
  const heads = new Set(roleWords.map(headOf).filter((h): h is string => !!h));
  const generic = GENERIC_HEADS.has(head);
  if (!generic && !heads.has(head)) return null;
  // "وزير الصحة السابق X": the former holder is no "الوزير" of the story, and "الوزير السابق" is nobody in office.
  if (formerRole(roleWords) !== formerRole(mention)) return null;
  if (generic && ![...heads].some((h) => feminine(h) === feminine(head))) return null;
  const have = new Set(roleWords.map(modifierKey));
  const others = mention.slice(1).map(modifierKey).filter((w) => w.length > 1);
  // "رئيس الوزراء الإثيوبي" is not the Somali prime minister: a place the mention names must be the role's place.
  if (others.some((w) => w.startsWith(PLACE) && !have.has(w))) return null;
  let k = 0;
  while (k < others.length && have.has(others[k])) k++;
  if (k === others.length) return generic && !others.length ? null : "full";
  return k >= 1 && !generic ? "prefix" : null;
}

/** The person a title-only mention refers to: the latest introduced before `pos` whose role fits it (a full fit
 *  before a prefix fit); with `forward` (a headline's title), the first introduced after it. */
export function titleReferent(fullText: string, role: string, pos: number, forward = false): IntroducedPerson | null {
  const mention = roleWordsOf(role);
  const head = headOf(mention[0] ?? "");
  if (!head) return null;
  // Only a person whose role has the mention's head (or, for a generic head, one of its gender) can fit; of
  // those, the nearest NEAREST_REFERENTS are tried (every person before, for every mention, was mentions × people).
  const people = introducedIndex(fullText).byHead.get(GENERIC_HEADS.has(head) ? genericKey(head) : head) ?? [];
  const at = firstAtOrAfter(people, forward ? pos + 1 : pos);
  const ordered = forward ? people.slice(at, at + NEAREST_REFERENTS) : people.slice(Math.max(0, at - NEAREST_REFERENTS), at).reverse();
  for (const level of ["full", "prefix"] as const) {
    const fitting = ordered.filter((x) => fit(mention, x.role) === level);
    if (!fitting.length) continue;
    // "التقى وزير الخارجية X نظيره Y … وقال الوزير": two people the role fits as well; which one it is the text does
    // not say, and a wrong name is worse than none.
    return fitting.every((x) => samePerson(x.name, fitting[0].name)) ? fitting[0] : null;
  }
  return null;
}

/** One person written in full and shorter ("سامي الحداد"، "سامي عبد الله الحداد"): every word of the shorter is in the other. */
function samePerson(a: string, b: string): boolean {
  const [short, long] = [a, b].map((x) => x.split(/\s+/).map(normAr)).sort((x, y) => x.length - y.length);
  return short.every((w) => long.includes(w));
}

/**
 * How many of the people introduced with a fitting head a title-only mention looks back over: a news article
 * introduces a handful (the most in the annotated sets is far below this), so the cap only bounds a built text.
 */
export const NEAREST_REFERENTS = 40;

/** "وقالت الوزارة" after "أعلنت وزارة الصحة الفلسطينية …": a body named by its head word alone is the latest body the
 *  text names before `pos` with that head and its own definite words (its name as first written there); null when
 *  the text names none. */
export function bodyReferent(fullText: string, surface: string, pos: number): string | null {
  const w = normAr(surface.trim());
  if (/\s/.test(w) || !w.startsWith("ال")) return null;
  const head = w.slice(2);
  if (!ORG_HEADS.has(head) || !ORG_HEADS.has(w)) return null;
  // The latest naming that starts before `pos`.
  const named = bodyNamings(fullText, w);
  let lo = 0;
  for (let hi = named.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (named[mid].at < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? named[lo - 1].name : null;
}

/**
 * Where the text names a body with head `w` ("وزارة الصحة الفلسطينية"), in text order; found once per text
 * and head (reading the text again for each mention was mentions × length).
 */
let namings: { text: string; byHead: Map<string, { at: number; name: string }[]> } | null = null;
function bodyNamings(fullText: string, w: string): { at: number; name: string }[] {
  if (namings?.text !== fullText) namings = { text: fullText, byHead: new Map() };
  let list = namings.byHead.get(w);
  if (list) return list;
  list = [];
  const head = w.slice(2);
  const word = /[\p{L}\p{M}]+/gu;
  for (const p of paragraphsOf(fullText)) {
    const ws = [...p.text.matchAll(word)];
    for (let i = 0; i < ws.length; i++) {
      const raw = normAr(ws[i][0]);
      // "ووزارة"، "بالوزارة": with a conjunction or a preposition attached (وزارة itself starts with و).
      const x = raw === head || raw === w ? raw : raw.replace(/^[وبلف](?=...)/, "");
      if (x !== head && x !== w) continue;
      let e = i + 1;
      const spaced = (k: number) => /^\s+$/.test(p.text.slice(ws[k - 1].index! + ws[k - 1][0].length, ws[k].index!));
      // "الموقع الذي تحدث …": a relative pronoun starts with ال too, but it ends the name.
      while (e < ws.length && e - i <= 4 && spaced(e) && /^(?:ال|لل)/.test(normAr(ws[e][0])) && !/^(?:الذي|التي|الذين|اللذان|اللتان|اللواتي)$/.test(normAr(ws[e][0]))
        // "نفت الوزارة التصريحات المنسوبة لها": what was reported is the verb's object, no part of the name.
        && !REPORT_NOUNS.has(normAr(ws[e][0]))
        // "بيان للدفاع المدني إلى، أنه …": إلى (normalized الي) and إلا are a preposition and a particle, never a name word.
        && !/^(?:الي|الا)$/.test(normAr(ws[e][0]))) e++;
      if (e === i + 1) continue;
      // "بوزارة الصحة": the body's name without the preposition or conjunction attached to it.
      const from = normAr(ws[i][0]).length > x.length ? ws[i].index! + 1 : ws[i].index!;
      list.push({ at: p.base + ws[i].index!, name: p.text.slice(from, ws[e - 1].index! + ws[e - 1][0].length) });
    }
  }
  namings.byHead.set(w, list);
  return list;
}
