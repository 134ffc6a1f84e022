// Dialect → standard Arabic for questions: people ask in Egyptian, Levantine, Gulf, Iraqi or Maghrebi
// Arabic about articles written in the standard language. Word for word from one data file
// (data/dialects.json), and a few rules that are not one word: future and progressive particles and
// prefixes (رح يهاجموا، هيشن، بيقول), the negation circumfix (ما يكونش → لا يكون), and possessive
// particles (الماركة مال داعش). A prefix is only taken off when the corpus knows the word without it.
import DIALECTS from "./data/dialects.json" with { type: "json" };
import { normalizeArabic, otherPersonStems } from "./arabic.js";

export const DIALECT_NAMES = ["egyptian", "levantine", "gulf", "iraqi", "maghrebi"] as const;
export type Dialect = (typeof DIALECT_NAMES)[number];

const norm = (s: string) => normalizeArabic(s).replace(/[^\u0621-\u064A ]/g, "").trim();

function table(sections: Record<string, string>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const section of sections) for (const [from, to] of Object.entries(section)) out.set(norm(from), norm(to));
  return out;
}

const WORDS = table([DIALECTS.common, ...DIALECT_NAMES.map((d) => DIALECTS[d])]);
/** Every dialect word (normalized) → its standard form ("" when it is dropped). */
export const DIALECT_WORDS: ReadonlyMap<string, string> = WORDS;
/** One dialect's own words (with the common ones): for tests and for telling what a word is. */
export const dialectWords = (d: Dialect): ReadonlyMap<string, string> => table([DIALECTS.common, DIALECTS[d]]);

const { rules } = DIALECTS;
const set = (list: string[]) => new Set(list.map(norm));
/** Words that make the next verb a future (رح، غادي، ح). */
export const FUTURE_PARTICLES: ReadonlySet<string> = set(rules.futureParticles);
const PROGRESSIVE_PARTICLES = set(rules.progressiveParticles);
const POSSESSIVES = set(rules.possessives);
/** بعده، بعدهم ("still") → ما زال، ما زالوا: only before a present-tense verb. */
const STILL = table([rules.stillBeforeVerb]);
const DO_VERBS = set(rules.doVerbs);
const DO_ASKING = set(rules.doAsking);
/** What a dialect's "did" is read as: the standard verb, which a question reads as no content. */
const DID = norm("فعل");
/** A word that asks, with or without "and" on it (واللي). */
const asks = (w: string) => DO_ASKING.has(w) || (w.length > 2 && /^[وف]/.test(w) && DO_ASKING.has(w.slice(1)));
const NEGATION_PREFIXES = rules.negationPrefixes.map(norm).sort((a, b) => b.length - a.length);
const NEGATION_SUFFIX = norm(rules.negationSuffix);
/** سوى after a standard negation is "except" ("ليس سوى", "لم يبق سوى"), not the Gulf "did". */
const STANDARD_EXCEPTIONS = set(rules.standardExceptions);
const STANDARD_NEGATIONS = set(rules.standardNegations);
const EXCEPTION_REACH = 4;
const byLength = (list: string[]) => list.map(norm).sort((a, b) => b.length - a.length);
const FUTURE_PREFIXES = byLength(rules.futurePrefixes);
const PROGRESSIVE_PREFIXES = byLength(rules.progressivePrefixes);
/** The prefix of an imperfect verb (يقول، تشن، نقوي، اقول). */
const IMPERFECT = /^[يتنا]/;

const ARABIC_WORD = /[\u0621-\u064A\u0640\u064B-\u065F\u0670\u0671-\u06D3]+/g;

/**
 * A question with its dialect words in the standard language. `known` tells whether the corpus holds
 * a word; prefixes are only taken off to reach a word it holds.
 */
export function standardizeDialect(text: string, known: (word: string) => boolean = () => false): string {
  const matches = [...text.matchAll(ARABIC_WORD)];
  if (!matches.length) return text;
  const words = matches.map((m) => norm(m[0]));
  const out: (string | null)[] = words.map(() => null);
  let future = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1] ?? "";
    const prev = words[i - 1] ?? "";
    if (POSSESSIVES.has(w) && prev.startsWith("ال") && next) {
      out[i] = "";
      continue;
    }
    // "ايه اللي عمله الجيش؟", "الجيش عمله ايه؟": what someone did, not their work (عمله) or a currency (عملة).
    if (DO_VERBS.has(w) && (asks(prev) || asks(next))) {
      out[i] = DID;
      continue;
    }
    if (FUTURE_PARTICLES.has(w) && IMPERFECT.test(next)) {
      out[i] = "";
      future = true;
      continue;
    }
    if (STILL.has(w) && ((IMPERFECT.test(next) && !next.startsWith("ال")) || /^ب[يتن]/.test(next))) {
      out[i] = STILL.get(w)!;
      continue;
    }
    if (PROGRESSIVE_PARTICLES.has(w) && (IMPERFECT.test(next) || /^ب[يتن]/.test(next))) {
      out[i] = "";
      continue;
    }
    if (STANDARD_EXCEPTIONS.has(w) && words.slice(Math.max(0, i - EXCEPTION_REACH), i).some((p) => STANDARD_NEGATIONS.has(p))) {
      out[i] = w;
      continue;
    }
    if (NEGATION_PREFIXES.includes(w) && next.length >= 4 && next.endsWith(NEGATION_SUFFIX)) {
      out[i] = "لا";
      words[i + 1] = next.slice(0, -NEGATION_SUFFIX.length);
      continue;
    }
    let word = readWord(w, known);
    if (future) {
      const first = word.split(" ")[0];
      if (known(`س${first}`)) word = `س${word}`;
      future = false;
    }
    out[i] = word;
  }
  let result = "";
  let at = 0;
  matches.forEach((m, i) => {
    const start = m.index ?? 0;
    result += text.slice(at, start) + (out[i] === norm(m[0]) ? m[0] : out[i]);
    at = start + m[0].length;
  });
  return (result + text.slice(at)).replace(/ {2,}/g, " ");
}

function readWord(w: string, known: (word: string) => boolean): string {
  const mapped = WORDS.get(w);
  if (mapped !== undefined) return mapped;
  // A conjunction on a dialect word: واللي، وبدهم.
  if (w.length > 2 && /^[وف]/.test(w) && WORDS.has(w.slice(1))) {
    const rest = WORDS.get(w.slice(1))!;
    return rest ? `${w[0]}${rest}` : w[0];
  }
  // The negation circumfix written as one word: مايكونش، ماعندهمش.
  for (const p of NEGATION_PREFIXES) {
    if (w.length >= p.length + 3 && w.startsWith(p) && w.endsWith(NEGATION_SUFFIX)) {
      const inner = w.slice(p.length, -NEGATION_SUFFIX.length);
      if (p.length > 1 || known(inner)) return `لا ${WORDS.get(inner) ?? inner}`;
    }
  }
  if (known(w)) return w;
  // على and the article run together (عالكرد، عالحدود): read apart when the corpus holds the noun.
  const onThe = /^عال(.{3,})$/.exec(w);
  if (onThe && known(`ال${onThe[1]}`)) return `علي ال${onThe[1]}`;
  // Future and progressive prefixes on a verb: هيشن → ستشن or يشن, بيهاجم → يهاجم; the verb in
  // another person when only that is known ("مش هيرفعوا" asks about "لن نرفع": the quote says "we").
  for (const p of FUTURE_PREFIXES) {
    const rest = w.slice(p.length);
    if (w.startsWith(p) && IMPERFECT.test(rest) && rest.length >= 3) {
      const std = WORDS.get(rest) ?? rest;
      if (known(`س${std}`)) return `س${std}`;
      if (known(std) || WORDS.has(rest)) return std;
      const other = otherPersonStems(std).find(known);
      if (other) return known(`س${other}`) ? `س${other}` : other;
    }
  }
  for (const p of PROGRESSIVE_PREFIXES) {
    const rest = w.slice(p.length);
    if (w.startsWith(p) && IMPERFECT.test(rest) && rest.length >= 3) {
      const std = WORDS.get(rest) ?? rest;
      if (known(std) || WORDS.has(rest)) return std;
      const other = otherPersonStems(std).find(known);
      if (other) return other;
    }
  }
  return w;
}
