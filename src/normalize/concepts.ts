// Concept sets: words and phrases that say the same thing, in English and Arabic, so that a question
// finds a statement worded otherwise ("the group's name still sells" → "the ISIS brand", "sent home" →
// "repatriate" → إعادة, "inflation" → التضخم). Two data files hold them (data/concepts.txt: the
// paraphrase sets, roles and places; data/glossary.txt: the bilingual news glossary); WordNet adds
// English synonyms for the senses a set names. A word found through a concept counts for less than the word itself, and a WordNet synonym
// for less than a curated one.
import { derivedStems, hasArabic, otherPersonStems } from "./arabic.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../paths.js";
import { parseSense, senseId, wordnetLemmas, type Sense } from "./wordnet.js";

/** A key a question word may also be found by, and how much such a find counts (the word itself: 1). */
export interface RelatedKey {
  key: string;
  weight: number;
  /** Only ever a word of a phrase member ("council" of "bar council"), never a member by itself. */
  part?: boolean;
}

/** How much a find through a curated member, or through a WordNet synonym, counts. */
export const CONCEPT_WEIGHT = { curated: 0.8, wordnet: 0.6 } as const;
/** How much a find through another form of a curated Arabic verb counts (see withDerivedForms). */
const DERIVED_WEIGHT = 0.75;


export const CONCEPTS_FILE = join(PROJECT_ROOT, "data", "concepts.txt");
/** The bilingual news glossary: vocabulary lines in the same format, read after the concept sets. */
export const GLOSSARY_FILE = join(PROJECT_ROOT, "data", "glossary.txt");

/** A word of a text: a content word's search keys, or a function word as written. */
export interface Token {
  keys: string[];
  content: boolean;
}

/** The words of a text, stopwords included; supplied by the normalizer. */
type Analyze = (text: string) => Token[];

interface Member {
  /** One entry per word: its keys (a function word: itself), so "pull out" differs from "pull". */
  words: string[][];
  /** The keys of its content words: what a phrase member is found by. */
  contentKeys: string[];
  weight: number;
}

export interface Concept {
  members: Member[];
  /** Tags in brackets before the line ("[anyone]"). */
  tags: string[];
}

export interface ConceptTable {
  concepts: Concept[];
  /** Key of a one-word member → the concepts it is a member of, with how strongly. */
  byKey: Map<string, { concept: number; weight: number }[]>;
  /** First key of a phrase member → the phrases that start with it. */
  byPhraseStart: Map<string, { words: string[][]; concept: number; weight: number }[]>;
}

interface ParsedLine {
  tags: string[];
  en: string[];
  ar: string[];
  senses: Sense[];
}

/** One line: `[tag] english, … | arabic, … | wn: word.pos.N …`; '#' starts a comment. */
export function parseConceptLine(line: string): ParsedLine | null {
  const text = line.replace(/#.*$/, "").trim();
  if (!text) return null;
  const tags: string[] = [];
  const body = text.replace(/^(?:\[([a-z-]+)\]\s*)+/, (m) => {
    for (const t of m.matchAll(/\[([a-z-]+)\]/g)) tags.push(t[1]);
    return "";
  });
  const [en = "", ar = "", wn = ""] = body.split("|").map((p) => p.trim());
  const list = (p: string) => p.split(/[,،]/).map((x) => x.trim()).filter(Boolean);
  const senses = list(wn.replace(/^wn:\s*/, "").replace(/\s+/g, ",")).map(parseSense).filter((s): s is Sense => !!s);
  return { tags, en: list(en), ar: list(ar), senses };
}

export function buildConceptTable(lines: string[], analyze: Analyze, lemmasOf: (senses: Sense[]) => Record<string, string[]>): ConceptTable {
  return indexConcepts(analyzeConcepts(lines, analyze, lemmasOf));
}

/** The concepts of the lines, their members analyzed into keys (the costly part: a per-user cache keeps it). */
export function analyzeConcepts(lines: string[], analyze: Analyze, lemmasOf: (senses: Sense[]) => Record<string, string[]>): Concept[] {
  const parsed = lines.map(parseConceptLine).filter((p): p is ParsedLine => !!p);
  const lemmas = lemmasOf(parsed.flatMap((p) => p.senses));
  const concepts: Concept[] = [];
  for (const p of parsed) {
    const members: Member[] = [];
    const seen = new Set<string>();
    const add = (text: string, weight: number) => {
      const tokens = analyze(text);
      // An Arabic member is written in its base form: its light stem is its key. The normalizer's other
      // variants (a leading ك or ب taken for a clitic) would make كامنة a member as امن.
      const words = tokens.map((t) => (t.content && hasArabic(text) ? t.keys.slice(0, 1) : t.keys));
      const id = words.map((k) => k.join("/")).join(" ");
      if (!tokens.some((t) => t.content) || (words.length === 1 && !tokens[0].content) || seen.has(id)) return;
      seen.add(id);
      members.push({ words, contentKeys: words.filter((_, i) => tokens[i].content).flat(), weight });
    };
    for (const m of [...p.en, ...p.ar]) add(m, CONCEPT_WEIGHT.curated);
    for (const s of p.senses) for (const l of lemmas[senseId(s)] ?? []) add(l, CONCEPT_WEIGHT.wordnet);
    concepts.push({ members, tags: p.tags });
  }
  return withDerivedForms(concepts);
}

/**
 * Each one-word Arabic member's other verb forms (derivedStems: انتشار → انتشر، منتشر، ينتشر) join its
 * concept, unless a line lists that form itself: a form with a meaning of its own (منتخب, the national
 * team, is no form of انتخب for the elections) is a member of its own line.
 */
function withDerivedForms(concepts: Concept[]): Concept[] {
  const listed = new Set(concepts.flatMap((c) => c.members.filter((m) => m.words.length === 1).flatMap((m) => m.words[0])));
  return concepts.map((c) => {
    if (c.tags.length) return c;
    const added = new Set<string>();
    for (const m of c.members) {
      if (m.words.length !== 1 || m.weight < CONCEPT_WEIGHT.curated || !hasArabic(m.words[0][0] ?? "")) continue;
      for (const d of derivedStems(m.words[0][0])) if (!listed.has(d)) added.add(d);
    }
    return added.size ? { ...c, members: [...c.members, ...[...added].map((d) => ({ words: [[d]], contentKeys: [d], weight: DERIVED_WEIGHT }))] } : c;
  });
}

/** Concepts as analyzed data, when they have that form (a cached copy is checked before use). */
export function isConceptList(x: unknown): x is Concept[] {
  const strings = (a: unknown) => Array.isArray(a) && a.every((w) => typeof w === "string");
  return Array.isArray(x) && x.every((c: Partial<Concept>) =>
    typeof c === "object" && c !== null && strings(c.tags) && Array.isArray(c.members) &&
    c.members.every((m: Partial<Member>) =>
      typeof m === "object" && m !== null && typeof m.weight === "number" && strings(m.contentKeys) &&
      Array.isArray(m.words) && m.words.length > 0 && m.words.every(strings)));
}

/** The table of analyzed concepts: their members by key, and phrases by their first key. */
export function indexConcepts(concepts: Concept[]): ConceptTable {
  const table: ConceptTable = { concepts, byKey: new Map(), byPhraseStart: new Map() };
  concepts.forEach(({ members }, concept) => {
    for (const m of members) {
      if (m.words.length === 1) {
        for (const k of m.words[0]) push(table.byKey, k, { concept, weight: m.weight });
      } else {
        for (const k of m.words[0]) push(table.byPhraseStart, k, { words: m.words.slice(1), concept, weight: m.weight });
      }
    }
  });
  return table;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The concepts each word of a text belongs to, with how strongly. A word inside a phrase of a concept
 * belongs to that phrase's concept only ("stamp out" is not "stamp", "back off" is not "back").
 */
export function conceptsOfWords(table: ConceptTable, words: Token[]): Map<number, number>[] {
  return linkWords(table, words).map((links) => new Map([...links].map(([c, l]) => [c, l.weight])));
}

interface Link {
  weight: number;
  /** Found as a phrase of the concept ("central bank"), not as a word. */
  phrase: boolean;
}

function linkWords(table: ConceptTable, words: Token[]): Map<number, Link>[] {
  const out = words.map(() => new Map<number, Link>());
  const note = (i: number, concept: number, weight: number, phrase = false) => {
    const prev = out[i].get(concept);
    if (!prev || prev.weight < weight) out[i].set(concept, { weight, phrase: phrase || !!prev?.phrase });
    else if (phrase) prev.phrase = true;
  };
  const phrases: { at: number; length: number; concept: number; weight: number }[] = [];
  words.forEach((w, i) => {
    for (const k of w.keys) {
      for (const phrase of table.byPhraseStart.get(k) ?? []) {
        if (phrase.words.every((keys, j) => words[i + 1 + j]?.keys.some((x) => keys.includes(x)))) {
          phrases.push({ at: i, length: phrase.words.length + 1, concept: phrase.concept, weight: phrase.weight });
        }
      }
    }
  });
  // The longest phrase holds its words: in "hard to stamp out", "stamp out" does not count.
  const held = new Int32Array(words.length);
  for (const p of phrases.sort((a, b) => b.length - a.length)) {
    let free = true;
    for (let j = p.at; j < p.at + p.length; j++) free &&= held[j] === 0 || held[j] === p.length;
    if (!free) continue;
    for (let j = p.at; j < p.at + p.length; j++) {
      held[j] = p.length;
      note(j, p.concept, p.weight, true);
    }
  }
  words.forEach((w, i) => {
    if (held[i] || !w.content) return;
    for (const k of w.keys) for (const { concept, weight } of table.byKey.get(k) ?? []) note(i, concept, weight);
    // A concept lists a present-tense verb in one person; a question says it of whoever it is about
    // ("تهاجم", she attacks, is "يهاجم").
    if (out[i].size || !hasArabic(w.keys[0] ?? "")) return;
    for (const k of otherPersonStems(w.keys[0])) for (const { concept, weight } of table.byKey.get(k) ?? []) note(i, concept, weight);
  });
  return out;
}

/**
 * Per word: the keys of the one-word members of its concepts, other than its own, each with the
 * weight of the weaker link (how the word belongs to the concept, how the member does).
 */
export function relatedKeys(table: ConceptTable, words: Token[], filter?: (c: Concept) => boolean): RelatedKey[][] {
  return relatedKeysKeeping(table, words, filter, { crossing: true, keepPhraseWord: () => true });
}

/**
 * relatedKeys for the words of a phrase naming a speaker: a word of the phrase keeps a phrase member's
 * word only when no other word of the phrase is that word's own translation ("finance minister" → وزير
 * المالية: finance → المالية, minister → وزير), so that "finance" alone does not stand for وزير and fit
 * the health minister.
 */
export function alignedRelatedKeys(table: ConceptTable, words: Token[], filter?: (c: Concept) => boolean): RelatedKey[][] {
  const own = words.map((w) => ownTranslations(table, w));
  return relatedKeysKeeping(table, words, filter, {
    crossing: false,
    keepPhraseWord: (i, key) => own[i].has(key) || !own.some((o, j) => j !== i && o.has(key)),
  });
}

/**
 * The related keys of each word. `rule.crossing`: a phrase may be read word by word into the other
 * language's phrases of its line; `rule.keepPhraseWord(i, key)`: whether word i keeps `key`, a phrase member's word.
 */
function relatedKeysKeeping(
  table: ConceptTable,
  words: Token[],
  filter: ((c: Concept) => boolean) | undefined,
  rule: { crossing: boolean; keepPhraseWord: (i: number, key: string) => boolean },
): RelatedKey[][] {
  return linkWords(table, words).map((concepts, i) => {
    const best = new Map<string, number>();
    const whole = new Set<string>();
    for (const [c, link] of concepts) {
      const concept = table.concepts[c];
      if (filter && !filter(concept)) continue;
      // Words are searched for as themselves; the words of phrase members only when the question said a
      // phrase of the concept: all of them for a concept of phrases alone ("central bank" → البنك,
      // المركزي), else those of the other language's phrases, its translation ("electronic systems" →
      // أنظمة إلكترونية; the phrase holds its words, so they have no other translation). Other wordings
      // in the same language stay phrases: "hard to stamp out" is not "hard". A phrase naming a speaker
      // keeps to the words of its own office (see alignedRelatedKeys).
      const byPhrases = link.phrase && concept.members.every((m) => m.words.length > 1);
      const ownScript = hasArabic(words[i].keys[0] ?? "");
      const across = (m: Member) => hasArabic(m.contentKeys[0] ?? "") !== ownScript;
      // An English word Arabic says only in phrases ("Medina" → المدينة المنورة, "retrial" → إعادة المحاكمة)
      // is read into their words as a phrase is: each a part, two of which are evidence. Not an Arabic word:
      // its line's Arabic phrases are its usual wording (غلاء، ارتفاع الأسعار), which an English part is not.
      const onlyPhrasesAcross = !link.phrase && !ownScript && rule.crossing && !concept.members.some((m) => m.words.length === 1 && across(m));
      const crossing = ((link.phrase && !byPhrases) || onlyPhrasesAcross) && rule.crossing;
      for (const m of concept.members) {
        if (m.words.length !== 1 && !byPhrases && !(crossing && across(m))) continue;
        const weight = Math.min(link.weight, m.weight);
        for (const k of m.words.length === 1 ? m.words[0] : m.contentKeys) {
          // A word read through a phrase keeps a one-word member of its own language as it keeps a phrase
          // member's word: in "defense lawyers", "lawyers" does not also stand for "defense", which its
          // neighbour says. A one-word rendering in the other language stands for the whole phrase
          // ("football federation" → الاتحاد, "State Department" → الخارجية): every word keeps it.
          const sameLanguage = m.words.length === 1 && link.phrase && hasArabic(k) === ownScript;
          if ((m.words.length !== 1 || sameLanguage) && !rule.keepPhraseWord(i, k)) continue;
          if (m.words.length === 1) whole.add(k);
          if ((best.get(k) ?? 0) < weight) best.set(k, weight);
        }
      }
    }
    for (const k of words[i].keys) best.delete(k);
    return [...best].map(([key, weight]) => (whole.has(key) ? { key, weight } : { key, weight, part: true }));
  });
}

/** The keys a word stands for by itself: its own, and its one-word concepts' members. */
function ownTranslations(table: ConceptTable, word: Token): Set<string> {
  const keys = new Set(word.keys);
  for (const k of word.keys) {
    for (const { concept } of table.byKey.get(k) ?? []) {
      for (const m of table.concepts[concept].members) if (m.words.length === 1) for (const x of m.words[0]) keys.add(x);
    }
  }
  return keys;
}

const lines = new Map<string, string[]>();

/** The data files' lines (the concept sets, then the glossary), or one file's. */
export function conceptLines(file?: string): string[] {
  const read = (f: string) => {
    let l = lines.get(f);
    if (!l) {
      try {
        l = readFileSync(f, "utf8").split("\n");
      } catch {
        l = [];
      }
      lines.set(f, l);
    }
    return l;
  };
  return file ? read(file) : [CONCEPTS_FILE, GLOSSARY_FILE].flatMap(read);
}

export { wordnetLemmas };
