// The speaker directory: resolves how a person writes a speaker ("Salz", "سيلز", "the counterterrorism
// coordinator", "president erdogan") to speaker ids. fuse.js scores misspelled name words against the
// directory's words; a phrase resolves only when every one of its words matches the same speaker.
import Fuse from "fuse.js";
import { contentTerms, isOfficeWord, normalize, speakerTerms, wordKeys, type Term } from "../normalize/index.js";
import { arabicNameSpellings, crossScriptKey, latinNameForms, latinSpellings, phoneticKey, qafReading, shortNameKey } from "../normalize/names.js";
import type { SpeakerInfo } from "../types.js";
import { MAX_SPEAKER_PHRASE_WORDS } from "./limits.js";
import { hasArabic } from "../normalize/arabic.js";

interface DirectoryWord {
  /** Met through the place of the speaker's articles, not a word of their name or role. */
  byPlace?: boolean;
  /** Met by its sound in the other script (كوبر for Cooper), not as written. */
  bySound?: boolean;
  /** The normalized word as written in a name, alias or role. */
  word: string;
  speaker: number;
  /** Words of names and aliases identify; words of roles only describe. */
  fromName: boolean;
}

/** One word of the phrase a person wrote. */
interface PhraseWord {
  word: string;
  keys: string[];
  /** Other words for it (an office's other names, its translation), from data/concepts.txt. */
  related?: { key: string; part?: boolean }[];
  /** A head noun that fits any person or group ("guy", "official", مسؤول). */
  anyone?: boolean;
  /** The places it names ([place] concept ids): may be met by the speaker's articles ("Egypt's finance minister"). */
  places?: number[];
}

/** A directory word a written word may stand for, with a 0..1 closeness. */
interface WordMatch {
  entry: DirectoryWord;
  closeness: number;
  /** Met through a word of a concept's phrase member ("council" of "bar council"), not a whole member. */
  part?: boolean;
}

export interface SpeakerMatch {
  speaker: SpeakerInfo;
  /** 0..1: how closely the phrase matched. */
  confidence: number;
  /** Whether a word of the speaker's name (not only the role) matched. */
  byName: boolean;
  /** How many words of the phrase matched words of the speaker's name. */
  nameWords: number;
}

/** Words that only address a person and may be left unmatched ("Mr Sales", "السيد سالز"). */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "mister", "سيد", "سيده", "دكتور"]);
/**
 * The article of an Arabic family name written apart in Latin letters ("al-Hamwi", "El Sayed"): it names
 * no one by itself, so it is neither needed nor a name word that matched ("al Hamwi" is not Al-Dbeibah).
 */
const NAME_ARTICLES = new Set(["al", "el"]);

/** How close a word is to a directory word it stands for through a concept ("leader" for "president"). */
const CONCEPT_CLOSENESS = 0.95;
/** How close a head noun that fits anyone ("the guy at State") is to a speaker: never a match alone. */
const ANYONE_CLOSENESS = 0.8;
/** How close a place word is to a speaker whose articles name the place but whose name and role do not. */
const PLACE_CLOSENESS = 0.9;
/** How close a place word is to a speaker of articles that name no place at all: nothing confirms it. */
const UNSAID_PLACE_CLOSENESS = 0.85;

/**
 * Whether a place ([place] concept id) is where a speaker speaks from although their name and role do
 * not say so: "article" for a domestic official of an article about that country ("Egypt's finance
 * minister" for وزير المالية in an article about Egypt); "unsaid" when neither the speaker nor their
 * articles name any place (local news leaves its own country unsaid), so nothing says otherwise; null
 * when the speaker or the article names other places.
 */
export type PlaceContext = (speaker: number, place: number) => "article" | "unsaid" | null;

/** How one word of a phrase fits a speaker: the directory word it met, and how. */
interface Fit {
  word: string;
  closeness: number;
  fromName: boolean;
  part?: boolean;
  byPlace?: boolean;
  bySound?: boolean;
  office?: boolean;
  /** For a fit through a word of a concept's phrase: every such directory word the phrase word may stand for. */
  options?: string[];
}

/** Of two fits, the closer; of equal ones, a word of the name, then a whole member, then the head of the role. */
function fitsBetter(a: Fit, b: Fit): boolean {
  const rank = (f: Fit) => [f.closeness, f.fromName ? 1 : 0, f.part ? 0 : 1, f.office ? 1 : 0];
  const [x, y] = [rank(a), rank(b)];
  const i = x.findIndex((v, j) => v !== y[j]);
  return i >= 0 && x[i] > y[i];
}

/**
 * The fits of a phrase's words to one speaker, each fit through a word of a concept's phrase given a
 * directory word of its own: two words of a phrase never both stand for one word of another phrase
 * ("نقابة المحامين", through "bar council", is not the "council" of a medical association's chairman),
 * while a phrase read word for word into another keeps both ("البنك المركزي" → central, bank). A whole
 * member may stand for several ("القيادة المركزية" → CENTCOM). A fit left without a word of its own is dropped.
 */
function distinctParts(list: Fit[]): Fit[] {
  const owner = new Map<string, number>();
  const assign = (i: number, seen: Set<string>): boolean => {
    for (const o of list[i].options!) {
      if (seen.has(o)) continue;
      seen.add(o);
      const j = owner.get(o);
      if (j === undefined || assign(j, seen)) {
        owner.set(o, i);
        return true;
      }
    }
    return false;
  };
  const kept = list.map((f, i) => !f.part || assign(i, new Set()));
  const wordOf = new Map([...owner].map(([o, i]) => [i, o]));
  return list.flatMap((f, i) => (!kept[i] ? [] : f.part ? [{ ...f, word: wordOf.get(i)! }] : [f]));
}

/**
 * A role that names its body only as "the ministry" ("المتحدث باسم الوزارة", "spokesperson for ministry")
 * means the one ministry its article quotes by name: the names of that body, per speaker, to read as
 * words of the role ("the Iraqi education ministry spokesman"). An article quoting two ministries, or
 * none, names none.
 */
function unnamedBodies(speakers: SpeakerInfo[]): Map<number, string[]> {
  const ministries = new Map<string, number[]>();
  speakers.forEach((s, i) => {
    if (s.kind === "person" || !MINISTRY_NAME.test(`${s.name} ${normalize(s.nameAr ?? "")}`)) return;
    for (const a of s.articles) (ministries.get(a) ?? ministries.set(a, []).get(a)!).push(i);
  });
  const out = new Map<number, string[]>();
  speakers.forEach((s, i) => {
    if (s.kind !== "person" || !(BARE_MINISTRY_AR.test(normalize(s.roleAr ?? "")) || BARE_MINISTRY_EN.test(s.role ?? ""))) return;
    const found = new Set(s.articles.flatMap((a) => ministries.get(a) ?? []));
    if (found.size !== 1) return;
    const body = speakers[[...found][0]];
    out.set(i, [body.name, body.nameAr].filter((x): x is string => !!x));
  });
  return out;
}
/** A body's name that is a ministry's. */
const MINISTRY_NAME = /\bministry\b|(?:^|\s)وزاره(?:\s|$)/i;
/** A role whose body is "the ministry", unnamed: it ends there. */
const BARE_MINISTRY_AR = /(?:^|\s)(?:باسم |ب|في |من )?الوزاره$/;
const BARE_MINISTRY_EN = /\b(?:for|of|at) (?:the )?ministry$/i;

/** The last word of an English role when it is an office ("the Law Society of Kenya President"). */
function officeAtEnd(role: string): Term | undefined {
  const last = contentTerms(role).at(-1);
  return last && isOfficeWord(last.word) ? last : undefined;
}

const FUSE_THRESHOLD = 0.3;
/** The shortest word (without the Arabic article) matched by its sound across scripts: shorter ones collide. */
const MIN_ACROSS_LENGTH = 4;
// Arabic words are built on three-letter roots: one changed letter in a short word is another word.
const MIN_FUZZY_LENGTH = { latin: 4, arabic: 5 };
const fuzzyLength = (w: string) => (hasArabic(w) ? MIN_FUZZY_LENGTH.arabic : MIN_FUZZY_LENGTH.latin);

/**
 * A name's consonant skeleton: vowels (long vowels in Arabic) and doubled letters dropped, so that the
 * spellings people use meet: Sales/Sals, Jeffrey/Jefry, Erdogan/Erdgan, سالز/سيلز/ساليز, اردوغان/اوردوغان.
 */
function skeleton(word: string): string | null {
  if (word.length < 4) return null;
  const bare = hasArabic(word)
    ? word.replace(/^ال/, "").replace(/[اويء]/g, "")
    : word.replace(/(?!^)[aeiouy]/g, "").replace(/^[aeiouy]/, "");
  const skel = bare.replace(/(.)\1+/g, "$1");
  return skel.length >= 3 ? skel : null;
}

function phraseWords(text: string): PhraseWord[] {
  return contentTerms(text).map((t) => ({ word: t.word, keys: t.keys }));
}

/** The words of a phrase a person wrote to name a speaker, with the other words for each. */
function askedWords(text: string): PhraseWord[] {
  return speakerTerms(text).map((t) => ({ word: t.word, keys: t.keys, related: t.related, anyone: t.anyone, places: t.places }));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A function of a string, computed once per distinct string. */
function memoized<T>(f: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    if (known.has(s)) return known.get(s)!;
    const value = f(s);
    known.set(s, value);
    return value;
  };
}

/** Buckets for fuzzy candidates: words of about the same length sharing the first or the last letter. */
const bucketsOf = (w: string, length = w.length) => [`^${w[0]}${length}`, `$${w[w.length - 1]}${length}`];

const RESOLVE_CACHE_LIMIT = 2_000;
const WORD_CACHE_LIMIT = 10_000;

/** The directory's tables of entries by word, key, skeleton and sound: what its constructor builds from the speakers. */
const WORD_TABLES = ["byKey", "bySkeleton", "bySound", "byConsonants", "byShortKey", "arabicBySound", "byWord"] as const;
type WordTable = (typeof WORD_TABLES)[number];

/** Everything the directory computes from its speakers (normalizing every name and role: seconds at 100,000 quotes). */
export type DirectoryTables = Record<WordTable, Map<string, DirectoryWord[]>> & {
  /** A name's keys, joined → the speakers it is the whole name of. */
  exact: Map<string, number[]>;
  /** Distinct written words by fuzzy bucket. */
  buckets: Map<string, string[]>;
};

/**
 * The tables as JSON data: the distinct entries once each ([word, speaker, 1 if from a name], the word
 * an index into `words`), and every table as [key, entry numbers] pairs (`exact`: speaker numbers;
 * `buckets`: word numbers).
 */
export interface StoredDirectory {
  words: string[];
  entries: number[];
  exact: [string, number[]][];
  buckets: [string, number[]][];
  tables: Record<WordTable, [string, number[]][]>;
}

/** The tables as JSON data (see StoredDirectory). */
export function storeDirectory(t: DirectoryTables): StoredDirectory {
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  const wordId = (w: string) => {
    let id = wordIds.get(w);
    if (id === undefined) wordIds.set(w, (id = words.push(w) - 1));
    return id;
  };
  const entries: number[] = [];
  const entryIds = new Map<DirectoryWord, number>();
  const entryId = (e: DirectoryWord) => {
    let id = entryIds.get(e);
    if (id === undefined) {
      entryIds.set(e, (id = entries.length / 3));
      entries.push(wordId(e.word), e.speaker, e.fromName ? 1 : 0);
    }
    return id;
  };
  const tables = {} as StoredDirectory["tables"];
  for (const name of WORD_TABLES) tables[name] = Array.from(t[name], ([k, list]) => [k, list.map(entryId)]);
  return {
    words, entries, tables,
    exact: [...t.exact],
    buckets: Array.from(t.buckets, ([b, list]) => [b, list.map(wordId)]),
  };
}

/** The tables stored data holds, when every number in it is in range for `speakerCount` speakers; else null. */
export function readDirectory(s: StoredDirectory, speakerCount: number): DirectoryTables | null {
  const { words, entries } = s;
  if (!Array.isArray(words) || !Array.isArray(entries) || entries.length % 3 !== 0 || !s.tables || !Array.isArray(s.exact) || !Array.isArray(s.buckets)) return null;
  if (!words.every((w) => typeof w === "string")) return null;
  const count = entries.length / 3;
  const list: DirectoryWord[] = new Array<DirectoryWord>(count);
  for (let i = 0; i < count; i++) {
    const [word, speaker, fromName] = [entries[3 * i], entries[3 * i + 1], entries[3 * i + 2]];
    if (!(Number.isInteger(word) && word >= 0 && word < words.length && Number.isInteger(speaker) && speaker >= 0 && speaker < speakerCount)) return null;
    list[i] = { word: words[word], speaker, fromName: fromName === 1 };
  }
  const map = <T>(pairs: [string, number[]][], limit: number, of: (i: number) => T): Map<string, T[]> | null => {
    if (!Array.isArray(pairs)) return null;
    const out = new Map<string, T[]>();
    for (const pair of pairs) {
      if (!Array.isArray(pair) || typeof pair[0] !== "string" || !Array.isArray(pair[1])) return null;
      const ids = pair[1];
      for (const id of ids) if (!(Number.isInteger(id) && id >= 0 && id < limit)) return null;
      out.set(pair[0], ids.map(of));
    }
    return out;
  };
  const exact = map(s.exact, speakerCount, (i) => i);
  const buckets = map(s.buckets, words.length, (i) => words[i]);
  if (!exact || !buckets) return null;
  const tables = { exact, buckets } as DirectoryTables;
  for (const name of WORD_TABLES) {
    const m = map(s.tables[name], count, (i) => list[i]);
    if (!m) return null;
    tables[name] = m;
  }
  return tables;
}

export class SpeakerDirectory {
  private readonly exact = new Map<string, number[]>();
  private readonly byKey = new Map<string, DirectoryWord[]>();
  private readonly bySkeleton = new Map<string, DirectoryWord[]>();
  /** Latin name words by sound (Omair/Omeir/Umair, Desouky/Dsouqi). */
  private readonly bySound = new Map<string, DirectoryWord[]>();
  /** Latin name words by their consonants as Arabic writes them (Cooper for كوبر): see crossScriptKey. */
  private readonly byConsonants = new Map<string, DirectoryWord[]>();
  /** Short Latin name words (two consonants: Saar, Azzam, Bilal) by their shortNameKey. */
  private readonly byShortKey = new Map<string, DirectoryWord[]>();
  /**
   * Arabic words of names and roles by the consonants of their Latin spellings: a club, place or family
   * name an English role leaves out (مدرب فريق الاتفاق: "coach") is still met by "Ettifaq".
   */
  private readonly arabicBySound = new Map<string, DirectoryWord[]>();
  /** Directory entries by written word, and the distinct words by fuzzy bucket. */
  private readonly byWord = new Map<string, DirectoryWord[]>();
  private readonly buckets = new Map<string, string[]>();
  private readonly resolved = new Map<string, SpeakerMatch[]>();
  /** What each written word may stand for, remembered: a phrase's words recur in its shorter parts. */
  private readonly wordMatches = new Map<string, WordMatch[]>();
  /** Each speaker's names and all its words, normalized for autocomplete: made on the first `suggest`. */
  private searchable: { names: string[]; all: string }[] | undefined;

  /** `tables`: those of a directory over the same speakers (kept in the corpus snapshot); else built here. */
  constructor(readonly speakers: SpeakerInfo[], private readonly placeContext: PlaceContext = () => null, tables?: DirectoryTables) {
    if (tables) {
      ({ exact: this.exact, buckets: this.buckets, byKey: this.byKey, bySkeleton: this.bySkeleton, bySound: this.bySound } = tables);
      ({ byConsonants: this.byConsonants, byShortKey: this.byShortKey, arabicBySound: this.arabicBySound, byWord: this.byWord } = tables);
      return;
    }
    const seen = new Set<string>();
    const add = push;
    // Speakers of many articles share names, roles and words ("the president"): each is read once.
    const wordsOf = memoized(phraseWords);
    const skeletonOf = memoized(skeleton);
    const soundOf = memoized(phoneticKey);
    const consonantsOf = memoized(crossScriptKey);
    const shortKeyOf = memoized(shortNameKey);
    const formsOf = memoized(latinNameForms);
    const officeWordsOf = memoized((n: string) => wordsOf(n).map((w) => w.word).filter(isOfficeWord));
    const acrossOf = memoized((w: string) => [...new Set(latinSpellings(w).map(crossScriptKey))].filter((c): c is string => !!c));

    const bodyOf = unnamedBodies(speakers);
    speakers.forEach((s, i) => {
      const names = [s.name, s.nameAr, ...s.aliases].filter((x): x is string => !!x);
      const roles = [s.role, s.roleAr, ...(bodyOf.get(i) ?? [])].filter((x): x is string => !!x);
      for (const n of names) {
        const key = wordsOf(n).map((w) => w.keys[0]).join(" ");
        // Speaker i's entries are the last ones: looking only there keeps this linear in speakers.
        if (key && this.exact.get(key)?.at(-1) !== i) push(this.exact, key, i);
      }
      // "Foreign Minister Nasser" (an alias) names Nasser; its title words stay role words, so that "the
      // Omani foreign minister" is never a name match for him. So do the office words a person's name was
      // written with ("وزيرة خارجية … نجلاء المنقوش"): "وزير الخارجية" alone is no name. A name that is all
      // role words keeps them (a draft speaker named by an office, "وزير النقل").
      const roleWords = new Set(roles.flatMap((r) => wordsOf(r).map((w) => w.word)));
      const titled = s.kind === "person" ? names.flatMap(officeWordsOf).filter((w) => !roleWords.has(w)) : [];
      for (const w of titled) roleWords.add(w);
      // A person's alias all of title words ("the US president") names no one by name: "the president" must fit
      // every president by role alike, not the one whose alias happens to say it.
      const primary = new Set([s.name, s.nameAr].filter((x): x is string => !!x));
      const ownWords = (t: string, fromName: boolean) => {
        const ws = wordsOf(t);
        if (!fromName || s.kind !== "person" || !ws.some((w) => roleWords.has(w.word)) || (primary.has(t) && ws.every((w) => roleWords.has(w.word)))) return ws;
        return ws.filter((w) => !roleWords.has(w.word));
      };
      for (const [texts, fromName] of [[names, true], [titled.length ? [...roles, titled.join(" ")] : roles, false]] as const) {
        for (const t of texts) {
          for (const w of ownWords(t, fromName)) {
            const id = `${i}|${w.word}|${fromName}`;
            if (seen.has(id)) continue;
            seen.add(id);
            const e = { word: w.word, speaker: i, fromName };
            if (!this.byWord.has(w.word) && w.word.length >= fuzzyLength(w.word)) {
              for (const b of bucketsOf(w.word)) push(this.buckets, b, w.word);
            }
            push(this.byWord, w.word, e);
            for (const k of w.keys) add(this.byKey, k, e);
            const skel = fromName ? skeletonOf(w.word) : null;
            if (skel) add(this.bySkeleton, skel, e);
            for (const form of fromName && !hasArabic(w.word) ? formsOf(w.word) : []) {
              for (const [map, key] of [[this.bySound, soundOf], [this.byConsonants, consonantsOf], [this.byShortKey, shortKeyOf]] as const) {
                const k = key(form);
                if (k && map.get(k)?.at(-1) !== e) add(map, k, e);
              }
            }
            if (hasArabic(w.word) && w.word.replace(/^ال/, "").length >= MIN_ACROSS_LENGTH) {
              for (const c of acrossOf(w.word)) add(this.arabicBySound, c, e);
            }
          }
        }
      }
    });
  }

  /** Its lookup tables, shared (not copied): what a snapshot keeps so that a start builds none. */
  tables(): DirectoryTables {
    const { exact, buckets, byKey, bySkeleton, bySound, byConsonants, byShortKey, arabicBySound, byWord } = this;
    return { exact, buckets, byKey, bySkeleton, bySound, byConsonants, byShortKey, arabicBySound, byWord };
  }

  private searchableNames(): { names: string[]; all: string }[] {
    return (this.searchable ??= this.speakers.map((s) => {
      const names = [s.name, s.nameAr, ...s.aliases].filter((x): x is string => !!x).map(normalize);
      return { names, all: [...names, normalize(s.role ?? ""), normalize(s.roleAr ?? "")].join(" ") };
    }));
  }

  /** Directory words that a written word may stand for, with a 0..1 closeness. */
  private matches(pw: PhraseWord): WordMatch[] {
    const key = [pw.word, pw.keys.join(" "), (pw.related ?? []).map((r) => (r.part ? `${r.key}~` : r.key)).join(" ")].join("\u0001");
    let found = this.wordMatches.get(key);
    if (!found) {
      if (this.wordMatches.size >= WORD_CACHE_LIMIT) this.wordMatches.clear();
      found = this.matchesUncached(pw);
      this.wordMatches.set(key, found);
    }
    return found;
  }

  private matchesUncached(pw: PhraseWord): WordMatch[] {
    const exact = pw.keys.flatMap((k) => this.byKey.get(k) ?? []);
    const byConcept = (pw.related ?? []).flatMap((r) => (this.byKey.get(r.key) ?? []).map((entry) => ({ entry, part: r.part })));
    if (exact.length || byConcept.length) {
      // Another word for a word of a name describes the speaker, it does not name them: "state" is not the
      // "international" (الدولي) of a coalition's name, though both are read from دولة.
      return [
        ...exact.map((entry) => ({ entry, closeness: 1 })),
        ...byConcept.map(({ entry, part }) => ({ entry: entry.fromName ? { ...entry, fromName: false } : entry, closeness: CONCEPT_CLOSENESS, part })),
      ];
    }
    const skel = skeleton(pw.word);
    const sameSkeleton = skel ? this.bySkeleton.get(skel) ?? [] : [];
    if (sameSkeleton.length) return sameSkeleton.map((entry) => ({ entry, closeness: 0.85 }));
    const bySound = this.soundMatches(pw.word);
    if (bySound.length) return bySound;
    if (pw.word.length < fuzzyLength(pw.word)) return [];
    // A word the concept sets know is no misspelling of another word: "minister" is not "ministry".
    if (pw.related?.length) return [];
    // fuse.js scores the few directory words of about this length that share its first or last letter.
    const candidates = new Set<string>();
    for (let length = pw.word.length - 2; length <= pw.word.length + 2; length++) {
      for (const b of bucketsOf(pw.word, length)) for (const w of this.buckets.get(b) ?? []) candidates.add(w);
    }
    if (!candidates.size) return [];
    // A name the name table knows is no misspelling of another name it knows: "Jamal" (جمال) is not "Kamal" (كمال).
    const asName = hasArabic(pw.word) ? [] : arabicNameSpellings(pw.word);
    const otherName = (w: string) => {
      const theirs = asName.length && !hasArabic(w) ? arabicNameSpellings(w) : [];
      return theirs.length > 0 && !theirs.some((x) => asName.includes(x));
    };
    const fuse = new Fuse([...candidates].filter((w) => !otherName(w)), { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true });
    return fuse.search(pw.word).flatMap((r) =>
      (this.byWord.get(r.item) ?? []).map((entry) => ({ entry, closeness: Math.min(1 - (r.score ?? 1), 0.9) })),
    );
  }

  /**
   * Name words that sound like a written word: a Latin word by its phonetic key; an Arabic word by the
   * keys of its usual Latin spellings (أوباما → Obama, كلينتون → Clinton), for speakers named in English.
   */
  private soundMatches(word: string): { entry: DirectoryWord; closeness: number }[] {
    const spellings = hasArabic(word) ? latinSpellings(word) : [word];
    const keysBy = (key: (w: string) => string | null) => new Set(spellings.flatMap((s) => s.split(/[\s-]+/).map(key).filter((k): k is string => !!k)));
    const closeness = hasArabic(word) ? 0.8 : 0.85;
    const found = [...keysBy(phoneticKey)].flatMap((k) => this.bySound.get(k) ?? []);
    // An Arabic word spelled as Arabic writes a foreign name (كوبر: b for p) meets it by its consonants.
    if (!found.length && hasArabic(word)) found.push(...[...keysBy(crossScriptKey)].flatMap((k) => this.byConsonants.get(k) ?? []));
    // A short name has too few consonants for either key (ساعر or Sellal for Sa'ar or Slal): its
    // consonants and outer vowels.
    if (!found.length && word.length >= 3) found.push(...[...keysBy(shortNameKey)].flatMap((k) => this.byShortKey.get(k) ?? []));
    // A Latin word may spell an Arabic word of a name or role (Ettifaq, الاتفاق).
    if (!found.length && !hasArabic(word) && word.length >= MIN_ACROSS_LENGTH) {
      for (const w of [word, qafReading(word)]) {
        const c = w ? crossScriptKey(w) : null;
        if (c) found.push(...(this.arabicBySound.get(c) ?? []));
        if (found.length) break;
      }
    }
    return found.map((entry) => ({ entry: { ...entry, bySound: true }, closeness }));
  }

  /** The speakers a phrase names, best first; [] when it names nobody in the corpus. */
  resolve(phrase: string): SpeakerMatch[] {
    let found = this.resolved.get(phrase);
    if (!found) {
      if (this.resolved.size >= RESOLVE_CACHE_LIMIT) this.resolved.clear();
      found = this.resolveUncached(phrase);
      this.resolved.set(phrase, found);
    }
    return found;
  }

  private resolveUncached(phrase: string): SpeakerMatch[] {
    if (phrase.trim().split(/\s+/).length > MAX_SPEAKER_PHRASE_WORDS) return [];
    const ws = askedWords(phrase);
    if (!ws.length) return [];
    const exact = this.exact.get(ws.map((w) => w.keys[0]).join(" "));
    if (exact) return exact.map((i) => ({ speaker: this.speakers[i], confidence: 1, byName: true, nameWords: ws.length }));

    const perSpeaker = new Map<number, { total: number; matched: number; exact: number; literal: number; nameWords: number; byPlace: number; unsaid: number; bySound: number; office: boolean }>();
    const needed = ws.filter((w) => !HONORIFICS.has(w.word) && !NAME_ARTICLES.has(w.word) && !w.keys.some((k) => HONORIFICS.has(k)));
    // "the guy", "someone", "شي واحد": a head noun that fits anyone names nobody by itself.
    if (needed.every((w) => w.anyone)) return [];
    // How each word of the phrase fits each speaker: its best directory word, per speaker.
    const fitsOf = new Map<number, Fit[]>();
    for (const w of needed) {
      const best = new Map<number, Fit>();
      // The words of concept phrases the word may stand for, per speaker (see distinctParts).
      const partWords = new Map<number, Set<string>>();
      // "guy", "official": fits every person or group; a role word of the speaker fits better.
      const found: WordMatch[] = [
        ...this.matches(w),
        ...(w.anyone ? this.speakers.flatMap((sp, i) => (sp.kind === "person" || sp.kind === "group" ? [{ entry: { word: w.word, speaker: i, fromName: false }, closeness: ANYONE_CLOSENESS }] : [])) : []),
      ];
      // "Egypt's finance minister": a place the speaker's name and role do not hold, but the article does.
      if (w.places?.length) {
        const named = new Set(found.map((f) => f.entry.speaker));
        this.speakers.forEach((_, i) => {
          if (named.has(i)) return;
          const fits = w.places!.map((p) => this.placeContext(i, p));
          const closeness = fits.includes("article") ? PLACE_CLOSENESS : fits.includes("unsaid") ? UNSAID_PLACE_CLOSENESS : 0;
          if (closeness) found.push({ entry: { word: w.word, speaker: i, fromName: false, byPlace: true }, closeness });
        });
      }
      for (const { entry, closeness, part } of found) {
        if (part) (partWords.get(entry.speaker) ?? partWords.set(entry.speaker, new Set()).get(entry.speaker)!).add(entry.word);
        const fit: Fit = { word: entry.word, closeness, fromName: entry.fromName, part, byPlace: entry.byPlace, bySound: entry.bySound, office: w.anyone || this.isRoleHead(entry.speaker, entry.word) };
        const prev = best.get(entry.speaker);
        if (!prev || fitsBetter(fit, prev)) best.set(entry.speaker, fit);
      }
      for (const [speaker, m] of best) {
        const fit = m.part ? { ...m, options: [...partWords.get(speaker)!] } : m;
        (fitsOf.get(speaker) ?? fitsOf.set(speaker, []).get(speaker)!).push(fit);
      }
    }
    for (const [speaker, list] of fitsOf) {
      for (const m of distinctParts(list)) {
        const acc = perSpeaker.get(speaker) ?? { total: 0, matched: 0, exact: 0, literal: 0, nameWords: 0, byPlace: 0, unsaid: 0, bySound: 0, office: false };
        if (m.part ? this.isRoleHead(speaker, m.word) : m.office) acc.office = true;
        if (m.byPlace) acc.byPlace += 1;
        if (m.byPlace && m.closeness === UNSAID_PLACE_CLOSENESS) acc.unsaid += 1;
        if (m.bySound && m.fromName) acc.bySound += 1;
        acc.total += m.closeness;
        acc.matched += 1;
        if (m.closeness >= CONCEPT_CLOSENESS) acc.exact += 1;
        if (m.closeness === 1) acc.literal += 1;
        if (m.fromName) acc.nameWords += 1;
        perSpeaker.set(speaker, acc);
      }
    }
    const out: SpeakerMatch[] = [];
    // Speakers every word fits as written (or through the article's place), none through a misspelling or another word.
    const asWritten = new Set<number>();
    for (const [i, acc] of perSpeaker) {
      if (acc.literal + acc.byPlace === needed.length && acc.literal > 0) asWritten.add(i);
    }
    for (const [i, acc] of perSpeaker) {
      // "Syria's health minister" is the minister, not the ministry that "minister" also stands for.
      if (asWritten.size && !asWritten.has(i)) continue;
      if (acc.matched < needed.length) continue; // a word that fits nobody: "the Russian envoy" is not Jeffrey
      if (acc.byPlace === acc.matched) continue; // "Egypt" alone is not every speaker of an article about Egypt
      // A place nothing confirms is taken only with every other word as written: "the Lebanese army
      // commander" is not a "president" of an article that names no country.
      if (acc.unsaid && acc.literal + acc.byPlace < needed.length) continue;
      // Every word only looks like one: "سمير راغب" is not "السفير …"; a full name whose every word sounds
      // like one of the speaker's name words (هاكان فيدان, Hakan Fidan) is the name in the other script.
      if (needed.length > 1 && acc.exact === 0 && acc.bySound < needed.length) continue;
      // "البنك المركزي في عدن" names the bank, not its deputy governor (وكيل البنك المركزي): a person
      // found by role words alone must be found by the role's head, the office they hold.
      if (acc.nameWords === 0 && !acc.office && this.hasRoleHead(i)) continue;
      out.push({ speaker: this.speakers[i], confidence: acc.total / Math.max(needed.length, 1), byName: acc.nameWords > 0, nameWords: acc.nameWords });
    }
    out.sort((a, b) => Number(b.byName) - Number(a.byName) || b.confidence - a.confidence);
    // A match by name outranks matches by role alone ("Erdogan" never also means "the president").
    return out[0]?.byName ? out.filter((m) => m.byName && m.confidence >= out[0].confidence - 0.15) : out;
  }

  /**
   * A directory word (as matched: a misspelling is read as it) is the head noun of the person's role in
   * its language: the first word of an Arabic role (of each part: "الدكتور، وزير المالية"), the word
   * before "of" in an English one. A role whose head is not known in that language takes any word.
   */
  private isRoleHead(i: number, word: string): boolean {
    const head = this.roleHeads(i)[hasArabic(word) ? "ar" : "en"];
    return head === null || wordKeys(word).some((k) => head.includes(k));
  }

  /** A person whose role has a known head, in either language (see isRoleHead). */
  private hasRoleHead(i: number): boolean {
    const { ar, en } = this.roleHeads(i);
    return ar !== null || en !== null;
  }

  private heads: Map<number, { ar: string[] | null; en: string[] | null }> | undefined;

  private roleHeads(i: number): { ar: string[] | null; en: string[] | null } {
    const known = (this.heads ??= new Map()).get(i);
    if (known) return known;
    const s = this.speakers[i];
    // A role may list several ("الدكتور، وزير المالية"): each part has its head.
    const parts = (role: string | null) => (role ?? "").split(/\s*[،,;]\s*|\s+and\s+/i).filter(Boolean);
    const keysOf = (terms: (Term | undefined)[]) => {
      const keys = terms.filter((t): t is Term => !!t && !HONORIFICS.has(t.word)).flatMap((t) => t.keys);
      return keys.length ? keys : null;
    };
    const person = s.kind === "person";
    const heads = {
      ar: person ? keysOf(parts(s.roleAr).map((p) => contentTerms(p)[0])) : null,
      // "Minister of Health": the word before "of"; "Law Society of Kenya President": the office it ends with.
      en: person ? keysOf(parts(s.role).filter((p) => / of /i.test(p)).map((p) => officeAtEnd(p) ?? contentTerms(p.split(/ of /i)[0]).at(-1))) : null,
    };
    this.heads.set(i, heads);
    return heads;
  }

  /** Speakers whose names, aliases or roles contain or fuzzily match `prefix`: for autocomplete. */
  suggest(prefix: string, limit = 25): SpeakerInfo[] {
    const q = normalize(prefix);
    const byCount = (a: SpeakerInfo, b: SpeakerInfo) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name);
    if (!q) return [...this.speakers].sort(byCount).slice(0, limit);
    const scored = this.speakers.map((s, i) => {
      const { names, all } = this.searchableNames()[i];
      let score = 0;
      if (names.some((n) => n.startsWith(q))) score = 3;
      else if (names.some((n) => n.split(" ").some((w) => w.startsWith(q)))) score = 2;
      else if (all.includes(q)) score = 1;
      return { s, score };
    });
    const hits = scored.filter((x) => x.score > 0);
    if (!hits.length) return this.resolve(prefix).map((m) => m.speaker).slice(0, limit);
    return hits.sort((a, b) => b.score - a.score || byCount(a.s, b.s)).map((x) => x.s).slice(0, limit);
  }
}
