// A cache of the built corpus view (its records, texts, speakers, articles and search keys), so that a
// start on an unchanged corpus reads one file instead of parsing, checking and analysing every article
// (tens of seconds at 100,000 quotes).
//
// - Keyed by the corpus files' status (name, size, modification and change times, inode: what git
//   uses to tell a file is unchanged; any write changes the change time, which no user tool can set
//   back) and by a hash of the engine's code and data files.
// - Kept in the per-user cache directory (cache-dir.ts), never in a shared one, and written only after
//   the corpus loaded and checked clean.
// - Checked before use: its form, a hash of its whole body, every id in range, and a sample of articles
//   read again from the corpus folder through the loader and built afresh, which must give the same
//   records, texts, speakers and keys. On any mismatch the corpus is loaded afresh and the bad
//   snapshot replaced.
// - Pruned: a corpus folder keeps only its newest snapshot, and the cache at most MAX_SNAPSHOTS.
//
// The file: a header line (JSON: format, key, body hash, the key strings, speakers, articles, sizes),
// then a little-endian body (a big-endian machine does not cache): each record's extractor confidence
// (float64, NaN for none), first so that every section starts aligned; each record's own, topic and
// sentence key ids (int32), each list led by its length (-1 for a sentence list that is the previous
// record's); per record its fields as int32 (strings as indexes into a table of distinct strings); the
// records' verbs; then the string table (int32 offsets, then UTF-8 bytes).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { endianness } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { userCacheDir } from "../cache-dir.js";
import { readCorpusFile } from "../corpus/load.js";
import { normalize } from "../normalize/index.js";
import { PROJECT_ROOT } from "../paths.js";
import type { ArticleInfo, SpeakerInfo } from "../types.js";
import { buildCorpusView, type CorpusView, type SearchRecord } from "./records.js";

const FORMAT = 5;
/** Snapshots kept in the cache, newest first; older ones are removed. */
export const MAX_SNAPSHOTS = 8;
/** Articles read again from the corpus and compared before a snapshot is used. */
const SAMPLE = 16;
const CODE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PREFIX = "corpus-";
const SUFFIX = ".keys";
/** Ints per record in the fields section. */
const FIELDS = 9;

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

/** The status of every corpus file, without reading them: any write to a file changes its ctime. */
function statFiles(dir: string, h: ReturnType<typeof createHash>): void {
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(json|txt)$/.test(name)) continue;
    const st = statSync(join(dir, name), { bigint: true });
    h.update(`${name}\0${st.size}\0${st.mtimeNs}\0${st.ctimeNs}\0${st.ino}\0${st.dev}\n`);
  }
}

export interface SnapshotPlace {
  /** The snapshot file. */
  file: string;
  /** The hash of the corpus files' status, the engine's code and data, written in the file and checked. */
  key: string;
  /** The corpus folder (sampled articles are read from it again). */
  dir: string;
}

/** Where the snapshot of a corpus folder as read by this build of the engine lives; null: no cache. */
export function snapshotPlace(corpusDir: string, cacheDir: string | null = userCacheDir()): SnapshotPlace | null {
  if (!cacheDir) return null;
  try {
    const dir = resolve(corpusDir);
    const h = createHash("sha256").update(`format ${FORMAT}\0${dir}\0`);
    statFiles(dir, h);
    hashFiles(CODE_DIR, true, h, () => true);
    hashFiles(join(PROJECT_ROOT, "data"), true, h, () => true);
    h.update(readFileSync(join(PROJECT_ROOT, "package-lock.json")));
    const key = digest(h);
    const folder = digest(createHash("sha256").update(dir));
    return { file: join(cacheDir, `${PREFIX}${folder}-${key}${SUFFIX}`), key, dir };
  } catch {
    return null;
  }
}

interface Header {
  format: number;
  key: string;
  /** sha256 of the body. */
  sum: string;
  keys: string[];
  speakers: SpeakerInfo[];
  articles: ArticleInfo[];
  records: number;
  /** Ints of the key lists, of the string offsets. */
  keyInts: number;
  strings: number;
}

const KINDS = ["quote", "fact"] as const;

function encode(key: string, view: CorpusView): Buffer {
  const { records } = view;
  let keyInts = 0;
  records.forEach((r, i) => {
    const same = i > 0 && r.secondaryKeys === records[i - 1].secondaryKeys;
    keyInts += 3 + r.ownKeys.length + r.topicKeys.length + (same ? 0 : r.secondaryKeys.length);
  });
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const str = (s: string | null): number => {
    if (s === null) return -1;
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      stringIds.set(s, id);
      strings.push(s);
    }
    return id;
  };
  const articleIndex = new Map(view.articles.map((a, i) => [a.id, i]));
  const ints = new Int32Array(keyInts + records.length * FIELDS);
  const confidence = new Float64Array(records.length);
  let at = 0;
  const put = (list: Int32Array) => {
    ints[at++] = list.length;
    ints.set(list, at);
    at += list.length;
  };
  records.forEach((r, i) => {
    put(r.ownKeys);
    put(r.topicKeys);
    if (i > 0 && r.secondaryKeys === records[i - 1].secondaryKeys) ints[at++] = -1;
    else put(r.secondaryKeys);
  });
  records.forEach((r, i) => {
    ints.set([articleIndex.get(r.article)!, KINDS.indexOf(r.kind), r.speaker, r.paragraph, r.draft ? 1 : 0, str(r.id), str(r.text), str(r.textEn), str(r.context)], at);
    at += FIELDS;
    confidence[i] = r.confidence ?? Number.NaN;
  });
  const verbs = Int32Array.from(records, (r) => str(r.verb));
  const bytes = strings.map((s) => Buffer.from(s, "utf8"));
  const offsets = new Int32Array(strings.length + 1);
  bytes.forEach((b, i) => (offsets[i + 1] = offsets[i] + b.length));
  // The 8-byte numbers first, so that each section starts aligned for its type.
  const body = Buffer.concat([
    Buffer.from(confidence.buffer),
    Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength),
    Buffer.from(verbs.buffer),
    Buffer.from(offsets.buffer),
    ...bytes,
  ]);
  const header: Header = {
    format: FORMAT, key, sum: createHash("sha256").update(body).digest("hex"), keys: view.keys,
    speakers: view.speakers, articles: view.articles, records: records.length, keyInts, strings: strings.length,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
}

/** The view a snapshot file holds, when its form is sound and its body hash fits. */
function decode(bytes: Buffer, key: string): CorpusView | null {
  const newline = bytes.indexOf(10);
  if (newline < 0) return null;
  const header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as Partial<Header>;
  if (header.format !== FORMAT || header.key !== key || endianness() !== "LE") return null;
  const { keys, speakers, articles, records: count, keyInts, strings: stringCount } = header;
  if (!Array.isArray(keys) || !Array.isArray(speakers) || !Array.isArray(articles)) return null;
  if (!Number.isInteger(count) || !Number.isInteger(keyInts) || !Number.isInteger(stringCount)) return null;
  const n = count!;
  const raw = bytes.subarray(newline + 1);
  if (createHash("sha256").update(raw).digest("hex") !== header.sum) return null;
  // One aligned copy of the numbers; each key list is a view into it.
  const numbersLength = 4 * (keyInts! + n * FIELDS + n) + 8 * n + 4 * (stringCount! + 1);
  if (raw.length < numbersLength) return null;
  const copy = raw.buffer.slice(raw.byteOffset, raw.byteOffset + numbersLength);
  const confidence = new Float64Array(copy, 0, n);
  const ints = new Int32Array(copy, confidence.byteLength, keyInts! + n * FIELDS);
  const verbs = new Int32Array(copy, confidence.byteLength + ints.byteLength, n);
  const offsets = new Int32Array(copy, confidence.byteLength + ints.byteLength + verbs.byteLength, stringCount! + 1);
  const text = raw.subarray(numbersLength);
  if (offsets[stringCount!] !== text.length) return null;
  const strings: string[] = [];
  for (let i = 0; i < stringCount!; i++) {
    if (!(offsets[i] >= 0 && offsets[i] <= offsets[i + 1])) return null;
    strings.push(text.toString("utf8", offsets[i], offsets[i + 1]));
  }
  const known = (i: number) => i >= -1 && i < strings.length;
  const string = (i: number): string | null => (i === -1 ? null : strings[i]);
  let at = 0;
  const take = (): Int32Array | null => {
    const length = ints[at++];
    if (!(length >= 0) || at + length > keyInts!) return null;
    const list = ints.subarray(at, at + length);
    at += length;
    for (let i = 0; i < list.length; i++) if (list[i] < 0 || list[i] >= keys.length) return null;
    return list;
  };
  const lists: { own: Int32Array; topics: Int32Array; secondary: Int32Array }[] = [];
  for (let i = 0; i < n; i++) {
    const own = take();
    const topics = own && take();
    if (!own || !topics || at >= keyInts!) return null;
    const secondary = ints[at] === -1 && i > 0 ? (at++, lists[i - 1].secondary) : take();
    if (!secondary) return null;
    lists.push({ own, topics, secondary });
  }
  if (at !== keyInts) return null;
  const records: SearchRecord[] = [];
  for (let i = 0; i < n; i++, at += FIELDS) {
    const [article, kind, speaker, paragraph, draft, id, txt, textEn, context] = ints.subarray(at, at + FIELDS);
    if (!articles[article] || !KINDS[kind] || speaker < -1 || speaker >= speakers.length) return null;
    if (![id, txt, textEn, context, verbs[i]].every(known) || id < 0 || txt < 0 || context < 0) return null;
    records.push({
      id: strings[id], kind: KINDS[kind], speaker, text: strings[txt], textEn: string(textEn), context: strings[context],
      article: articles[article].id, paragraph, draft: draft === 1, confidence: Number.isNaN(confidence[i]) ? null : confidence[i],
      verb: string(verbs[i]), ownKeys: lists[i].own, topicKeys: lists[i].topics, secondaryKeys: lists[i].secondary,
    });
  }
  const quotesOf: number[][] = speakers.map(() => []);
  records.forEach((r, i) => {
    if (r.speaker >= 0) quotesOf[r.speaker].push(i);
  });
  return { keys, records, speakers, quotesOf, articles };
}

const keyStrings = (view: CorpusView, ids: Int32Array) => Array.from(ids, (id) => view.keys[id]).join("\n");

/** What a record is, as answers show it and search finds it: the same for a fitting snapshot and a fresh build. */
function recordShape(view: CorpusView, r: SearchRecord): string {
  const speaker = r.speaker >= 0 ? normalize(view.speakers[r.speaker].name) : "";
  return JSON.stringify([r.id, r.kind, speaker, r.text, r.textEn, r.context, r.paragraph, r.draft, r.confidence, r.verb,
    keyStrings(view, r.ownKeys), keyStrings(view, r.topicKeys), keyStrings(view, r.secondaryKeys)]);
}

/** A sample of articles read again from the corpus folder and built alone give the snapshot's records. */
function fits(view: CorpusView, dir: string): boolean {
  const byArticle = new Map<string, SearchRecord[]>();
  for (const r of view.records) {
    const list = byArticle.get(r.article);
    if (list) list.push(r);
    else byArticle.set(r.article, [r]);
  }
  const step = Math.max(1, Math.floor(view.articles.length / SAMPLE));
  for (let i = 0; i < view.articles.length; i += step) {
    const info = view.articles[i];
    const { article } = readCorpusFile(join(dir, `${info.id}.json`));
    if (!article) return false;
    const fresh = buildCorpusView({ dir, articles: [article] });
    const stored = byArticle.get(info.id) ?? [];
    if (fresh.records.length !== stored.length) return false;
    if (!fresh.records.every((r, j) => recordShape(fresh, r) === recordShape(view, stored[j]))) return false;
  }
  return true;
}

/** The stored view of the corpus at `place`: null (build afresh) unless sound and fitting. */
export function readSnapshot(place: SnapshotPlace): CorpusView | null {
  try {
    const view = decode(readFileSync(place.file), place.key);
    if (!view || !fits(view, place.dir)) return null;
    const now = new Date();
    utimesSync(place.file, now, now); // recently used: kept longest when pruning
    return view;
  } catch {
    return null;
  }
}

/** Writes a snapshot (atomically: a whole file or none) and prunes the cache. Failures are ignored. */
export function writeSnapshot(place: SnapshotPlace, view: CorpusView): void {
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
