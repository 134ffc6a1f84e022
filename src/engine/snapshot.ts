// A cache of the corpus's search keys, so that a start on an unchanged corpus skips the text analysis
// (most of the cost of building an engine). It holds keys only: the texts, speakers and articles are
// always read through the loader, so a snapshot can never put words in anyone's mouth.
//
// - Keyed by content: a hash of the corpus files, the engine's code and its data files. An edit that
//   keeps a file's size and time still makes a new key.
// - Kept in the per-user cache directory (cache-dir.ts), never in a shared one.
// - Checked before use: its form, every id in range, and a sample of records analysed again and
//   compared. On any mismatch the corpus is analysed afresh and the bad snapshot replaced.
// - Pruned: a corpus folder keeps only its newest snapshot, and the cache at most MAX_SNAPSHOTS.
//
// The file: a header line (JSON: format, key, the key strings), then each record's own, topic and
// sentence key ids as int32 in the machine's order (little-endian; a big-endian machine does not
// cache), each list led by its length, -1 for a sentence list that is the previous record's.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { endianness } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { userCacheDir } from "../cache-dir.js";
import { PROJECT_ROOT } from "../paths.js";
import type { LaidOutArticle } from "./analysis.js";
import { KeyTable } from "./key-table.js";
import type { CorpusKeys, RecordKeys } from "./records.js";

const FORMAT = 4;
/** Snapshots kept in the cache, newest first; older ones are removed. */
export const MAX_SNAPSHOTS = 8;
/** Records analysed again to check a snapshot before it is used. */
const SAMPLE = 32;
const CODE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PREFIX = "corpus-";
const SUFFIX = ".keys";

const digest = (h: ReturnType<typeof createHash>) => h.digest("hex").slice(0, 32);

function hashFiles(dir: string, recurse: boolean, h: ReturnType<typeof createHash>, accept: (name: string) => boolean): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      if (recurse) hashFiles(path, true, h, accept);
    } else if (accept(name)) {
      h.update(`${path}\0${st.size}\0`);
      h.update(readFileSync(path));
    }
  }
}

export interface SnapshotPlace {
  /** The snapshot file. */
  file: string;
  /** The hash of the corpus files, the engine's code and data, written in the file and checked. */
  key: string;
}

/** Where the snapshot of a corpus folder as read by this build of the engine lives; null: no cache. */
export function snapshotPlace(corpusDir: string, cacheDir: string | null = userCacheDir()): SnapshotPlace | null {
  if (!cacheDir) return null;
  try {
    const dir = resolve(corpusDir);
    const h = createHash("sha256").update(`format ${FORMAT}\0${dir}\0`);
    hashFiles(dir, false, h, (name) => /\.(json|txt)$/.test(name));
    hashFiles(CODE_DIR, true, h, () => true);
    hashFiles(join(PROJECT_ROOT, "data"), true, h, () => true);
    h.update(readFileSync(join(PROJECT_ROOT, "package-lock.json")));
    const key = digest(h);
    const folder = digest(createHash("sha256").update(dir));
    return { file: join(cacheDir, `${PREFIX}${folder}-${key}${SUFFIX}`), key };
  } catch {
    return null;
  }
}

function encode(key: string, view: CorpusKeys): Buffer {
  const header = Buffer.from(`${JSON.stringify({ format: FORMAT, key, keys: view.keys })}\n`);
  let size = 0;
  view.recordKeys.forEach((r, i) => {
    const same = i > 0 && r.secondary === view.recordKeys[i - 1].secondary;
    size += 3 + r.own.length + r.topics.length + (same ? 0 : r.secondary.length);
  });
  const body = new Int32Array(size);
  let at = 0;
  const put = (list: Int32Array) => {
    body[at++] = list.length;
    body.set(list, at);
    at += list.length;
  };
  view.recordKeys.forEach((r, i) => {
    put(r.own);
    put(r.topics);
    if (i > 0 && r.secondary === view.recordKeys[i - 1].secondary) body[at++] = -1;
    else put(r.secondary);
  });
  return Buffer.concat([header, Buffer.from(body.buffer, body.byteOffset, body.byteLength)]);
}

/** The keys a snapshot file holds, when its form is sound and it fits `records` laid-out records. */
function decode(bytes: Buffer, key: string, records: number): CorpusKeys | null {
  const newline = bytes.indexOf(10);
  if (newline < 0) return null;
  const header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as { format?: unknown; key?: unknown; keys?: unknown };
  if (header.format !== FORMAT || header.key !== key || !Array.isArray(header.keys)) return null;
  const keys = header.keys as unknown[];
  if (!keys.every((k) => typeof k === "string") || new Set(keys).size !== keys.length) return null;
  const raw = bytes.subarray(newline + 1);
  if (raw.length % 4 || endianness() !== "LE") return null;
  // One aligned copy; each list is a view into it.
  const body = new Int32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  let at = 0;
  const take = (): Int32Array | null => {
    const n = body[at++];
    if (!(n >= 0) || at + n > body.length) return null;
    const list = body.subarray(at, at + n);
    at += n;
    for (let i = 0; i < list.length; i++) if (list[i] < 0 || list[i] >= keys.length) return null;
    return list;
  };
  const recordKeys: RecordKeys[] = [];
  for (let i = 0; i < records; i++) {
    if (at >= body.length) return null;
    const own = take();
    const topics = own && take();
    if (!own || !topics || at >= body.length) return null;
    const secondary = body[at] === -1 && i > 0 ? (at++, recordKeys[i - 1].secondary) : take();
    if (!secondary) return null;
    recordKeys.push({ own, topics, secondary });
  }
  if (at !== body.length) return null;
  return { keys: keys as string[], recordKeys };
}

const sameIds = (a: Int32Array, b: Int32Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether the stored keys are what analysing the corpus gives: a sentence's keys hold each of its
 * records' own, and a sample of records analysed again has exactly the stored ids.
 */
function fits(stored: CorpusKeys, laidOut: LaidOutArticle[]): boolean {
  const texts = laidOut.flatMap(({ texts: t }) => t.texts.map((own, i) => ({ own, topics: t.topics[i] })));
  const inSentence = new Int32Array(stored.keys.length);
  for (let i = 0; i < stored.recordKeys.length; i++) {
    const r = stored.recordKeys[i];
    for (const id of r.secondary) inSentence[id] = i + 1;
    for (const id of r.own) if (inSentence[id] !== i + 1) return false;
  }
  const table = new KeyTable([...stored.keys]);
  const step = Math.max(1, Math.floor(texts.length / SAMPLE));
  for (let i = 0; i < texts.length; i += step) {
    if (!sameIds(table.collect(texts[i].own), stored.recordKeys[i].own)) return false;
    if (!sameIds(table.collect(texts[i].topics), stored.recordKeys[i].topics)) return false;
  }
  // A key the sample found that the snapshot lacks: the snapshot is from another analysis.
  return table.keys.length === stored.keys.length;
}

/** The stored keys of a corpus laid out as `laidOut`: null (analyse afresh) unless sound and fitting. */
export function readSnapshot(place: SnapshotPlace, laidOut: LaidOutArticle[]): CorpusKeys | null {
  try {
    const records = laidOut.reduce((n, a) => n + a.placed.length, 0);
    const stored = decode(readFileSync(place.file), place.key, records);
    if (!stored || !fits(stored, laidOut)) return null;
    const now = new Date();
    utimesSync(place.file, now, now); // recently used: kept longest when pruning
    return stored;
  } catch {
    return null;
  }
}

/** Writes a snapshot (atomically: a whole file or none) and prunes the cache. Failures are ignored. */
export function writeSnapshot(place: SnapshotPlace, view: CorpusKeys): void {
  const tmp = `${place.file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, encode(place.key, view), { mode: 0o600 });
    renameSync(tmp, place.file);
    pruneSnapshots(dirname(place.file), place.file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

// Beside a snapshot: the corpus vocabulary for typo readings (the words of the records' normalized
// text), written the first time an engine needs it, so that the next start on the same corpus does
// not normalize every record again. A first line (JSON: format, key), then one word a line. The engine
// checks a sample of records against it before use (see KeptWords in engine.ts).
const WORDS_SUFFIX = ".words";
const wordsFile = (place: SnapshotPlace) => `${place.file}${WORDS_SUFFIX}`;

/** The words kept beside the snapshot of `place`, or null when there are none for its key. */
export function readWords(place: SnapshotPlace): string[] | null {
  try {
    const lines = readFileSync(wordsFile(place), "utf8").split("\n");
    const header = JSON.parse(lines[0]) as { format?: unknown; key?: unknown };
    if (header.format !== FORMAT || header.key !== place.key) return null;
    return lines.slice(1).filter(Boolean);
  } catch {
    return null;
  }
}

/** Writes the words beside the snapshot (atomically); only while the snapshot itself is there. */
export function writeWords(place: SnapshotPlace, words: string[]): void {
  const file = wordsFile(place);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    statSync(place.file);
    writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, key: place.key })}\n${words.join("\n")}\n`, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/**
 * Keeps one snapshot per corpus folder (the one just written) and at most MAX_SNAPSHOTS in all, the
 * most recently used first; removes leftover temporary files of writers that died, and the words
 * of snapshots that are gone.
 */
export function pruneSnapshots(dir: string, keep: string): void {
  const folder = (name: string) => name.slice(PREFIX.length).split("-")[0];
  const kept = folder(keep.slice(dirname(keep).length + 1));
  const entries = readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && !name.endsWith(WORDS_SUFFIX))
    .map((name) => ({ name, path: join(dir, name), mtime: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime);
  let count = 0;
  const hour = 3_600_000;
  for (const e of entries) {
    const stale =
      e.name.endsWith(".tmp") ? Date.now() - e.mtime > hour
      : e.path !== keep && (folder(e.name) === kept || ++count >= MAX_SNAPSHOTS);
    if (stale) rmSync(e.path, { force: true });
  }
  for (const name of readdirSync(dir)) {
    if (name.startsWith(PREFIX) && name.endsWith(WORDS_SUFFIX) && !statSync(join(dir, name.slice(0, -WORDS_SUFFIX.length)), { throwIfNoEntry: false })) {
      rmSync(join(dir, name), { force: true });
    }
  }
}
