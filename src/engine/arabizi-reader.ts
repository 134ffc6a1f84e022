// Reading an Arabizi question in Arabic letters, with the corpus's own words: function and question
// words from the Arabizi lexicon, names the speaker directory knows kept as written, and every other
// word matched by sound skeleton (then within one sound of it) against the Arabic words the corpus
// holds. A word that matches nothing stays as typed: it is never turned into a word the corpus lacks.
import { hasArabic, normalizeArabic } from "../normalize/arabic.js";
import { ARABIZI_WORDS, arabicSkeleton, isArabizi, latinSkeletons, latinVariants, type LatinVariant } from "../normalize/arabizi.js";
import { DIALECT_WORDS, FUTURE_PARTICLES } from "../normalize/dialect.js";
import { ARABIC_SPEECH_VERBS, ENTITY_KEYS, normalize, wordKeys } from "../normalize/index.js";
import { conceptLines, parseConceptLine } from "../normalize/concepts.js";

interface Entry {
  /** An Arabic word whose search keys are those of the corpus. */
  word: string;
  /** Document frequency rank: lower idf is commoner. */
  idf: number;
  /** A reporting verb: what a question's verb position needs. */
  verb: boolean;
  /** A dialect word, read in its standard form; a corpus word of the same letters stays itself (عسكر). */
  dialect?: boolean;
  /** A word of a concept set, not of the corpus: matched by its exact sounds only, never one off. */
  concept?: boolean;
  /** A place of data/concepts.txt ([place]): read as itself when its sounds and long vowels are the spelling's. */
  place?: boolean;
}

export interface Vocabulary {
  /** The corpus's search keys. */
  keys: readonly string[];
  idf(key: string): number;
}

const MIN_SKELETON = 3;
/** What "about" words (3an, 3ala) read as: a topic follows them. */
const ABOUT = new Set(["عن", "علي", "حول"]);
/** Shorter skeletons (two consonants) are matched with their long vowels: دول، روس، امن. */
const SHORT_SKELETON = 2;
/** One sound off is another word below this. */
const MIN_FUZZY_SKELETON = 5;
/** A proper noun of an English question is looked for in Arabic only with this many sounds or more. */
const MIN_PROPER_NOUN_SKELETON = 4;

/**
 * A word typed with a vowel first (amrekeya, ensi7ab, a3lan) spells an Arabic word that begins with a
 * vowel's letter (alef or hamza, ع, و, ي), never one that begins with a consonant: skeletons drop the
 * vowel, so amrekeya (أمريكية) would otherwise be ماركة ("brand").
 */
const LATIN_VOWEL_FIRST = /^[aeiou]/;
const ARABIC_VOWEL_FIRST = /^[اأإآءئؤعوي]/;
const onsetFits = (variant: LatinVariant, e: Entry) => variant.lead !== "" || !LATIN_VOWEL_FIRST.test(variant.text) || ARABIC_VOWEL_FIRST.test(e.word);

/** Edit distance at most one between two skeletons. */
function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class ArabiziReader {
  private bySkeleton: Map<string, Entry[]> | null = null;
  /** Words of two consonants, by their skeleton with long vowels. */
  private byGlides = new Map<string, Entry[]>();
  private byLength: Map<number, string[]> | null = null;

  constructor(
    private readonly vocabulary: Vocabulary,
    /** Whether a Latin word names a speaker of the corpus (kept as written). */
    private readonly isName: (word: string) => boolean,
  ) {}

  /** Built on the first Arabizi question: one pass over the corpus's keys. */
  private table(): Map<string, Entry[]> {
    if (this.bySkeleton) return this.bySkeleton;
    const table = new Map<string, Entry[]>();
    const push = (map: Map<string, Entry[]>, skel: string, entry: Entry) => {
      const list = map.get(skel) ?? [];
      if (!list.some((e) => e.word === entry.word)) list.push(entry);
      map.set(skel, list);
    };
    const add = (word: string, key: string, verb: boolean, dialect = false, concept = false, place = false) => {
      const skel = arabicSkeleton(word);
      const entry = { word, idf: concept ? Number.POSITIVE_INFINITY : this.vocabulary.idf(key), verb, dialect, concept, place };
      if (skel.length >= MIN_SKELETON) push(table, skel, entry);
      else if (skel.length === SHORT_SKELETON) push(this.byGlides, arabicSkeleton(word, true), entry);
    };
    const known = new Set(this.vocabulary.keys);
    for (const key of this.vocabulary.keys) {
      // A key stands for itself when the normalizer reads it back as itself.
      if (/[\u0621-\u064A]/.test(key) && wordKeys(key).includes(key)) add(key, key, false);
    }
    // Place and group names are stored under one key for both scripts (=turkey): their Arabic stems.
    for (const [stem, key] of Object.entries(ENTITY_KEYS)) {
      if (known.has(key) && /[\u0621-\u064A]/.test(stem)) add(stem, key, false);
    }
    for (const form of Object.keys(ARABIC_SPEECH_VERBS)) add(form, form, true);
    // Dialect words whose standard form the corpus holds: the dialect reader takes them on from here.
    for (const [word, standard] of DIALECT_WORDS) {
      const keys = standard.split(" ").flatMap(wordKeys);
      if (standard && keys.some((k) => known.has(k))) add(word, keys.find((k) => known.has(k))!, false, true);
    }
    // Words of data/concepts.txt: another word for a corpus word (مفاوضات for المناقشات) is read as
    // itself and found through its concept; after every corpus word of the same sounds.
    for (const line of conceptLines()) {
      const c = parseConceptLine(line);
      if (!c || (c.tags.length && !c.tags.includes("place"))) continue;
      const place = c.tags.includes("place");
      for (const w of c.ar) {
        const word = normalize(w);
        if (word.includes(" ") || !/^[\u0621-\u064A]+$/.test(word)) continue;
        add(word, word, false, false, true, place);
        // A place is typed without its article as often as with it (s3oodiya, el-s3oodiya).
        if (place && word.startsWith("ال") && word.length > 4) add(word.slice(2), word, false, false, true, true);
      }
    }
    this.bySkeleton = table;
    this.byLength = new Map();
    for (const skel of table.keys()) {
      const list = this.byLength.get(skel.length) ?? [];
      list.push(skel);
      this.byLength.set(skel.length, list);
    }
    return table;
  }

  private nounTable: Map<string, Entry[]> | null = null;
  /** The table without its reporting verbs: what a topic word may be read as. */
  private nouns(): Map<string, Entry[]> {
    if (this.nounTable) return this.nounTable;
    const nouns = new Map<string, Entry[]>();
    for (const [skel, entries] of this.table()) {
      const kept = entries.filter((e) => !e.verb);
      if (kept.length) nouns.set(skel, kept);
    }
    return (this.nounTable = nouns);
  }

  /** The corpus word a Latin word stands for (a dialect word in its standard form), or null. */
  private match(word: string, future: boolean, topic = false): string | null {
    const table = topic ? this.nouns() : this.table();
    const plain = latinVariants(word);
    // After a future particle (ra7 tshenn), the verb is looked for with its standard future prefix first.
    const variants = future ? [...plain.map((v) => ({ ...v, lead: `s${v.lead}` })), ...plain] : plain;
    // Among words of one skeleton, the one whose long vowels agree with the spelling (شريك, not شارك).
    const vowelsOf = variants.map((v) => new Set(latinSkeletons(v.text, true).map((g) => v.lead + g)));
    const vowels = new Set(vowelsOf.flatMap((s) => [...s]));
    // Agreeing with the spelling as it stands (3askareya ↔ عسكرية) beats agreeing with it cut short
    // (3askar ↔ عسكر), which beats not agreeing.
    const agrees = (e: Entry, i: number) => {
      const g = arabicSkeleton(e.word, true);
      return vowelsOf[i]?.has(g) ? 2 : vowels.has(g) ? 1 : 0;
    };
    // A place whose sounds and long vowels are the spelling's (s3oodiya ↔ سعودية) is that place, though
    // the corpus never names it: a corpus word of the same consonants (توعد) would put another topic in
    // the question. Other concept words come after every corpus word.
    const rank = (e: Entry, i: number) => (e.place && agrees(e, i) === 2 ? 0 : e.concept ? 2 : 1);
    const pick = (entries: Entry[], i = -1) =>
      [...entries].sort((a, b) => rank(a, i) - rank(b, i) || agrees(b, i) - agrees(a, i) || Number(b.verb) - Number(a.verb) || a.idf - b.idf || a.word.localeCompare(b.word))[0];
    const standard = (e: Entry) => (e.dialect ? DIALECT_WORDS.get(e.word) ?? e.word : e.word);
    const skeletons = variants.map((v) => latinSkeletons(v.text).map((s) => v.lead + s));
    for (const [i, skels] of skeletons.entries()) {
      const hits = skels.filter((s) => s.length >= MIN_SKELETON).flatMap((s) => table.get(s) ?? []).filter((e) => onsetFits(variants[i], e));
      if (hits.length) return standard(pick(hits, i));
    }
    // Two sounds only after every reading of three or more: a digit read as a silent hamza joins the
    // sounds around it (bi2bdo as b-bd, بدا), while the same word without its prefix is قبض.
    for (const [i, skels] of skeletons.entries()) {
      if (!skels.some((s) => s.length === SHORT_SKELETON)) continue;
      const v = variants[i];
      const hits: Entry[] = [];
      for (const g of latinSkeletons(v.text, true)) hits.push(...(this.byGlides.get(v.lead + g) ?? []).filter((e) => (!topic || !e.verb) && onsetFits(v, e)));
      if (hits.length) return standard(pick(hits, i));
    }
    // Within one sound of a corpus word, for skeletons long enough that one sound is not a new word.
    for (const [i, skels] of skeletons.entries()) {
      const hits: Entry[] = [];
      for (const s of skels) {
        if (s.length < MIN_FUZZY_SKELETON) continue;
        // One sound off, but never in the first sound.
        for (let n = s.length - 1; n <= s.length + 1; n++) {
          for (const other of this.byLength!.get(n) ?? []) {
            if (other[0] === s[0] && withinOne(s, other)) hits.push(...(table.get(other) ?? []).filter((e) => !e.concept && onsetFits(variants[i], e)));
          }
        }
      }
      if (hits.length) return standard(pick(hits));
    }
    return null;
  }

  /**
   * The corpus's Arabic word that a Latin proper noun of an English question spells (Kirkuk → كركوك,
   * Lamjarred → لمجرد): same sound skeleton, never one sound off; null when none or several disagree.
   */
  spelledInArabic(word: string): string | null {
    const table = this.table();
    const hits = new Set<string>();
    for (const s of latinSkeletons(word.toLowerCase())) if (s.length >= MIN_PROPER_NOUN_SKELETON) for (const e of table.get(s) ?? []) if (!e.verb) hits.add(e.word);
    return hits.size === 1 ? [...hits][0] : null;
  }

  /** The question in Arabic letters when it is Arabizi (or `known` to be); otherwise the question unchanged. */
  read(text: string, known = false): string {
    if (!known && !isArabizi(text)) return text;
    if (hasArabic(text)) return text;
    let future = false;
    // After "about" (3an, 3ala) comes a topic: never a reporting verb (s3oodiya is not توعد).
    let topic = false;
    return text.replace(/[A-Za-z0-9']+(?:-[A-Za-z0-9']+)*/g, (token) => {
      const parts = token.split("-");
      // The article written apart: el-7arb, il-kurd.
      const words = parts.length > 1 && ARABIZI_WORDS.get(parts[0].toLowerCase()) === "" ? parts.slice(1) : parts;
      return words
        .map((w) => {
          const lexical = ARABIZI_WORDS.get(w.toLowerCase());
          if (lexical !== undefined && FUTURE_PARTICLES.has(lexical)) {
            future = true;
            return "";
          }
          const read = this.readWord(w, future, topic);
          future = false;
          // The article between (3an el s3oodiya) keeps the topic open.
          topic = lexical === "" ? topic : lexical !== undefined && ABOUT.has(lexical);
          return read;
        })
        .filter(Boolean)
        .join(" ");
    });
  }

  private readWord(word: string, future = false, topic = false): string {
    const lower = word.toLowerCase();
    const known = ARABIZI_WORDS.get(lower);
    // A dialect word of the table (shafo → شافوا) is read in its standard form, as the dialect reader
    // reads it in Arabic letters (رأوا); question words are no dialect words.
    if (known !== undefined) return DIALECT_WORDS.get(normalizeArabic(known)) ?? known;
    if (/^\d+$/.test(word)) return word;
    // Initials (PKK, ISIS, US) and names the directory knows are written as in English.
    if (/^[A-Z]{2,}$/.test(word) || this.isName(lower)) return word;
    // The article written with an apostrophe: l'marka, el'3alam.
    if (/^(?:l|el|al|il)'./.test(lower)) return this.readWord(word.slice(word.indexOf("'") + 1), false, topic);
    return this.match(lower, future, topic) ?? word;
  }
}
