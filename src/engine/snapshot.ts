// A cache of the built corpus view (its records, texts, speakers, articles and search keys), so that a
// start on an unchanged corpus reads one file instead of parsing, checking and analysing every article
// (tens of seconds at 100,000 quotes).
//
// - Keyed by the corpus folder's status and a hash of the engine's code and data files. The folder's
//   status is its generation: every file added, renamed or removed in it changes its modification
//   and change times, and every writer of a corpus (ingest, the file store, an export) writes each
//   file to a temporary name and renames it, as `git`, `rsync` and most editors do. Statting every
//   file instead took 0.5–1 s of a start at 100,000 quotes. A file rewritten in place (its name kept)
//   changes only its own status: the snapshot keeps that of every file (`files`), checked when
//   `checkFiles` is asked (loadEngine asks unless told otherwise) and whenever the folder's
//   clock counts whole seconds (a file system whose times could not tell two writes in one second).
// - Kept in the per-user cache directory (cache-dir.ts), never in a shared one, and written only after
//   the corpus loaded and checked clean.
// - Checked before use: the checksums (CRC-32) of its header and of the numbers a start reads, its
//   form, every id and offset in range, and a sample of articles read again from the corpus folder
//   through the loader and built afresh, which must give the same records, texts, speakers and keys. On
//   any mismatch the corpus is loaded afresh and the bad snapshot replaced. What a start leaves in the
//   file (the key and posting lists, the strings: two thirds of it) is checked a page at a time as it
//   is read, against a checksum of each page kept in the header (hashing the whole file at every start
//   was a second pass over 150 MB at 100,000 quotes): a page damaged since is an error, never a wrong
//   read, and the file is removed so that the next start builds afresh. Without the checksums a byte
//   damaged in a record outside the sample was served: another speaker in range, a changed word.
// - Pruned: a corpus folder keeps only its newest snapshot, and the cache at most MAX_SNAPSHOTS.
//
// The file: a header line (ASCII JSON: format, key, the key strings, the speakers and articles as columns, the speaker
// directory's tables, section sizes), padded so that the body starts aligned, then a little-endian body (a big-endian machine does
// not cache) of typed arrays (SECTIONS): the records' fields as columns of numbers (strings as indexes
// into a table of distinct strings), their key lists, the search index's postings (search-index.ts),
// the string offsets; then the strings' UTF-8 bytes. A start reads the numbers in place and decodes a
// string only when a question reads it (stored-records.ts): it parses nothing and builds no index.
import { createHash } from "node:crypto";
import { crc32 } from "node:zlib";
import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from "node:fs";
import { endianness } from "node:os";
import { dirname, join, resolve } from "node:path";
import { userCacheDir } from "../cache-dir.js";
import { codeKey } from "../code-key.js";
import { readCorpusFile, readUncheckedCorpusFile, type LoadedArticle } from "../corpus/load.js";
import { normalize } from "../normalize/index.js";
import type { ArticleInfo, SpeakerInfo } from "../types.js";
import { buildCorpusView, type CorpusView, type SearchRecord } from "./records.js";
import { readDirectory, storeDirectory, type StoredDirectory } from "./speakers.js";
import { postingList, type Postings } from "./search-index.js";
import { FIELD, FIELDS, KEY_RANGES, KINDS, FilePages, PAGE, PagedBytes, RecordStore, SharedFile, StoredRecord, StringTable, type ByteSource, type RecordColumns } from "./stored-records.js";

const FORMAT = 15;
/** Snapshots kept in the cache, newest first; older ones are removed. */
export const MAX_SNAPSHOTS = 8;
/** Articles read again from the corpus and compared before a snapshot is used (their fixed cost, the loader and the analysis made ready, is most of it). */
const SAMPLE = 4;
const PREFIX = "corpus-";
const SUFFIX = ".keys";

const digest = (h: ReturnType<typeof createHash>) => h.digest("hex").slice(0, 32);

/**
 * The status of every corpus file, without reading them: any write to a file changes its ctime. Hashed
 * as the names, then the numbers as bytes (writing 27,812 files' times as decimal text was a third of it).
 */
export function filesStatus(dir: string): string {
  const names = readdirSync(dir).sort().filter((name) => name.endsWith(".json") || name.endsWith(".txt"));
  const numbers = new Float64Array(names.length * 5);
  const prefix = `${dir}/`;
  names.forEach((name, i) => {
    const st = statSync(prefix + name);
    numbers.set([st.size, st.mtimeMs, st.ctimeMs, st.ino, st.dev], i * 5);
  });
  const h = createHash("sha256").update(names.join("\0"));
  return digest(h.update(new Uint8Array(numbers.buffer)));
}

export interface SnapshotPlace {
  /** The snapshot file. */
  file: string;
  /** The hash of the corpus folder's status, the engine's code and data, written in the file and checked. */
  key: string;
  /** The corpus folder (sampled articles are read from it again). */
  dir: string;
  /** The folder's times are whole seconds: two writes in one second may leave its status alike, so every file's status is checked. */
  coarse: boolean;
}

/** Where the snapshot of a corpus folder as read by this build of the engine lives; null: no cache. */
export function snapshotPlace(corpusDir: string, cacheDir: string | null = userCacheDir()): SnapshotPlace | null {
  if (!cacheDir) return null;
  try {
    const dir = resolve(corpusDir);
    const st = statSync(dir);
    if (!st.isDirectory()) return null;
    const h = createHash("sha256").update(`format ${FORMAT}\0${dir}\0${st.dev}\0${st.ino}\0${st.mtimeMs}\0${st.ctimeMs}\0`);
    h.update(codeKey());
    const key = digest(h);
    const folder = digest(createHash("sha256").update(dir));
    const coarse = st.mtimeMs % 1000 === 0 && st.ctimeMs % 1000 === 0;
    return { file: join(cacheDir, `${PREFIX}${folder}-${key}${SUFFIX}`), key, dir, coarse };
  } catch {
    return null;
  }
}

// The articles and speakers as columns, one JSON array per field: parsed several times faster than one
// object each (11,961 articles and 10,561 speakers at 100,000 quotes: ~55 → ~10 ms of CPU, best of 25).
const ARTICLE_FIELDS = ["id", "lang", "title", "titleEn", "publisher", "url", "note", "date", "status", "paragraphs", "quoteCount", "factCount"] as const;
/** Each speaker names its articles by their place in the articles (the ids once, not once a speaker). */
const SPEAKER_FIELDS = ["id", "name", "nameAr", "role", "roleAr", "kind", "aliases", "quoteCount", "articles"] as const;
type Columns<F extends string> = Record<F, unknown[]>;

function toColumns<F extends string>(rows: Record<F, unknown>[], fields: readonly F[]): Columns<F> {
  return Object.fromEntries(fields.map((f) => [f, rows.map((r) => r[f])])) as Columns<F>;
}

/** How many rows the columns hold: -1 unless every field is a column and all are of one length. */
function rowsOf<F extends string>(columns: unknown, fields: readonly F[]): number {
  if (typeof columns !== "object" || columns === null) return -1;
  const c = columns as Partial<Columns<F>>;
  const n = c[fields[0]]?.length;
  return typeof n === "number" && fields.every((f) => Array.isArray(c[f]) && c[f].length === n) ? n : -1;
}

interface Header {
  format: number;
  key: string;
  /** The status of every corpus file when the corpus was read (filesStatus). */
  files: string;
  keys: string[];
  speakers: Columns<(typeof SPEAKER_FIELDS)[number]>;
  articles: Columns<(typeof ARTICLE_FIELDS)[number]>;
  /** The speaker directory's tables, when the view held them. */
  directory: StoredDirectory | null;
  records: number;
  /** How many numbers each section holds, in the order of SECTIONS. */
  lengths: number[];
  /** The CRC-32 of each page (PAGE bytes) of what a start leaves in the file, checked as it is read. */
  pages: Record<PagedName, number[]>;
}

/** The body's sections, each a typed array, widest first so that every one starts aligned; the string bytes follow. */
const SECTIONS = [
  ["confidence", Float64Array],
  ["fields", Int32Array],
  ["keyRanges", Int32Array],
  ["keyIds", Int32Array],
  ["stringStart", Int32Array],
  ["primaryStart", Int32Array],
  ["primary", Int32Array],
  ["secondaryStart", Int32Array],
  ["secondary", Int32Array],
  ["docKeyCount", Uint16Array],
] as const;
type SectionName = (typeof SECTIONS)[number][0];
interface Sections extends Postings {
  confidence: Float64Array;
  fields: Int32Array;
  keyRanges: Int32Array;
  keyIds: Int32Array;
  stringStart: Int32Array;
}
/** The body starts at a multiple of this after the header (the header line is padded), so that it is read as numbers in place. */
const ALIGN = 8;
/**
 * The file's first line, padded to PREAMBLE bytes: the sizes of the header line and of the numbers that
 * follow it, and the CRC-32 of the header line and of the numbers a start reads (every section not PAGED).
 */
interface Preamble {
  format: number;
  header: number;
  numbers: number;
  checks: [number, number];
}
const PREAMBLE = 128;

/** What a start leaves in the file, read a page at a time: the key and posting lists, and the strings' bytes. */
type PagedName = (typeof PAGED)[number] | "strings";

/** The CRC-32 of each PAGE bytes of `bytes`. */
function pageChecks(bytes: Buffer): number[] {
  const checks: number[] = [];
  for (let at = 0; at < bytes.length; at += PAGE) checks.push(crc32(bytes.subarray(at, at + PAGE)));
  return checks;
}

/** The file's parts, in order: the preamble, the header line, then the body's sections and string bytes. */
function encode(key: string, files: string, view: CorpusView): Buffer[] {
  const { records, postings } = view;
  const n = records.length;
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
  const fields = new Int32Array(n * FIELDS);
  const confidence = new Float64Array(n);
  const keyRanges = new Int32Array(n * KEY_RANGES);
  const keyIds = new Int32Array(records.reduce((sum, r, i) => sum + r.ownKeys.length + r.topicKeys.length + (i > 0 && r.secondaryKeys === records[i - 1].secondaryKeys ? 0 : r.secondaryKeys.length), 0));
  /** A text as a part of its sentence when the sentence holds it (byte offsets into UTF-8 are exact), else as its own string. */
  const part = (text: string, sentence: string, at: number) => {
    const inSentence = sentence.indexOf(text);
    const from = inSentence < 0 ? 0 : Buffer.byteLength(sentence.slice(0, inSentence));
    fields[at] = str(inSentence < 0 ? text : sentence);
    fields[at + 1] = from;
    fields[at + 2] = from + Buffer.byteLength(text);
  };
  let at = 0;
  const put = (list: Int32Array, base: number) => {
    keyRanges[base] = at;
    keyIds.set(list, at);
    keyRanges[base + 1] = (at += list.length);
  };
  records.forEach((r, i) => {
    const prefix = `${r.article}/`;
    if (!r.id.startsWith(prefix)) throw new Error(`record id ${r.id} outside its article`);
    const row = i * FIELDS;
    fields[row + FIELD.article] = articleIndex.get(r.article)!;
    fields[row + FIELD.kind] = KINDS.indexOf(r.kind);
    fields[row + FIELD.speaker] = r.speaker;
    fields[row + FIELD.paragraph] = r.paragraph;
    fields[row + FIELD.draft] = r.draft ? 1 : 0;
    fields[row + FIELD.id] = str(r.id.slice(prefix.length));
    part(r.text, r.context, row + FIELD.text);
    if (r.textEn === null) fields[row + FIELD.textEn] = -1;
    else part(r.textEn, r.context, row + FIELD.textEn);
    fields[row + FIELD.context] = str(r.context);
    fields[row + FIELD.verb] = str(r.verb);
    confidence[i] = r.confidence ?? Number.NaN;
    const base = i * KEY_RANGES;
    put(r.ownKeys, base);
    put(r.topicKeys, base + 2);
    // The records of one sentence share its keys.
    if (i > 0 && r.secondaryKeys === records[i - 1].secondaryKeys) keyRanges.copyWithin(base + 4, base + 4 - KEY_RANGES, base + 6 - KEY_RANGES);
    else put(r.secondaryKeys, base + 4);
  });
  // The strings' bytes, written one after the other into one buffer.
  const stringStart = new Int32Array(strings.length + 1);
  strings.forEach((text, i) => (stringStart[i + 1] = stringStart[i] + Buffer.byteLength(text)));
  const bytes = Buffer.allocUnsafe(stringStart[strings.length]);
  strings.forEach((text, i) => bytes.write(text, stringStart[i]));
  const sections: Sections = { confidence, fields, keyRanges, keyIds, stringStart, ...postings };
  const bodyOf = (name: SectionName) => {
    const a = sections[name];
    return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  };
  const body = [...SECTIONS.map(([name]) => bodyOf(name)), bytes];
  const pages = { ...Object.fromEntries(PAGED.map((name) => [name, pageChecks(bodyOf(name))])), strings: pageChecks(bytes) } as Record<PagedName, number[]>;
  const numbersCheck = SECTIONS.reduce((c, [name]) => (isPaged(name) ? c : crc32(bodyOf(name), c)), 0);
  const header: Header = {
    format: FORMAT, key, files, keys: view.keys,
    articles: toColumns(view.articles.map((a) => ({ ...a, ...a.source })), ARTICLE_FIELDS),
    speakers: toColumns(view.speakers.map((sp) => ({
      ...sp,
      articles: sp.articles.map((id) => {
        const at = articleIndex.get(id);
        if (at === undefined) throw new Error(`speaker ${sp.id} in an article the corpus lacks`);
        return at;
      }),
    })), SPEAKER_FIELDS),
    directory: view.directory ? storeDirectory(view.directory) : null, records: n, lengths: SECTIONS.map(([name]) => sections[name].length), pages,
  };
  // ASCII only (the JSON escapes of other characters parse back to them), read back as Latin-1: a
  // decoding of 14 MB at 100,000 quotes that UTF-8 made several times slower.
  const line = JSON.stringify(header).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const head = Buffer.from(`${line.padEnd(Math.ceil((line.length + 1) / ALIGN) * ALIGN - 1)}\n`, "latin1");
  const numbers = body.slice(0, SECTIONS.length).reduce((sum, b) => sum + b.length, 0);
  const preamble: Preamble = { format: FORMAT, header: head.length, numbers, checks: [crc32(head), numbersCheck] };
  return [Buffer.from(`${JSON.stringify(preamble).padEnd(PREAMBLE - 1)}\n`, "latin1"), head, ...body];
}

/** Every entry of `list` lies in [lo, hi). (Int32Array only: one element type keeps the loop fast over millions.) */
function within(list: Int32Array, lo: number, hi: number): boolean {
  for (let i = 0; i < list.length; i++) if (!(list[i] >= lo && list[i] < hi)) return false;
  return true;
}

/** Offsets into a list of `length`: from 0 to `length`, never going back. */
function offsets(start: Int32Array, length: number): boolean {
  if (start[0] !== 0 || start[start.length - 1] !== length) return false;
  for (let i = 1; i < start.length; i++) if (start[i] < start[i - 1]) return false;
  return true;
}

/**
 * Every record's numbers in range, in one pass over its row: its key ranges within the key lists, its
 * article, kind, speaker and strings within their tables, the parts of its sentence within it.
 */
function recordsInRange(s: Sections, records: number, size: { articles: number; speakers: number; strings: number }): boolean {
  const { fields, keyRanges, stringStart } = s;
  const keyIds = s.keyIds.length;
  for (let i = 0; i < records * KEY_RANGES; i += 2) {
    if (!(keyRanges[i] >= 0 && keyRanges[i] <= keyRanges[i + 1] && keyRanges[i + 1] <= keyIds)) return false;
  }
  const { strings } = size;
  /** String field `f` of the row at `row` names a string, -1 allowed when `optional`. */
  const string = (row: number, f: number, optional: boolean) => fields[row + f] < strings && fields[row + f] >= (optional ? -1 : 0);
  /** The part [from, to) of the string at field `f` lies within that string. */
  const part = (row: number, f: number) => {
    const id = fields[row + f];
    return id < 0 || (fields[row + f + 1] >= 0 && fields[row + f + 1] <= fields[row + f + 2] && fields[row + f + 2] <= stringStart[id + 1] - stringStart[id]);
  };
  for (let row = 0; row < records * FIELDS; row += FIELDS) {
    const fit =
      fields[row + FIELD.article] >= 0 && fields[row + FIELD.article] < size.articles &&
      fields[row + FIELD.kind] >= 0 && fields[row + FIELD.kind] < KINDS.length &&
      fields[row + FIELD.speaker] >= -1 && fields[row + FIELD.speaker] < size.speakers &&
      fields[row + FIELD.draft] >= 0 && fields[row + FIELD.draft] < 2 &&
      string(row, FIELD.id, false) && string(row, FIELD.text, false) && string(row, FIELD.textEn, true) &&
      string(row, FIELD.context, false) && string(row, FIELD.verb, true) && part(row, FIELD.text) && part(row, FIELD.textEn);
    if (!fit) return false;
  }
  return true;
}

/** The sections of the numbers, read in place (`numbers` starts aligned); null when their sizes are not its size. */
function sectionsOf(numbers: Buffer, lengths: number[]): Sections | null {
  const sizes = SECTIONS.map(([, type], i) => type.BYTES_PER_ELEMENT * lengths[i]);
  if (numbers.length !== sizes.reduce((a, b) => a + b, 0) || numbers.byteOffset % ALIGN !== 0) return null;
  const out: Partial<Record<SectionName, unknown>> = {};
  let at = numbers.byteOffset;
  SECTIONS.forEach(([name, type], i) => {
    out[name] = new type(numbers.buffer as ArrayBuffer, at, lengths[i]);
    at += sizes[i];
  });
  return out as Sections;
}

/** Fills `into` from the file at `position`; false when the file ends first. */
function readFully(fd: number, into: Buffer, position: number): boolean {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) return false;
    done += n;
  }
  return true;
}

/**
 * The sections of the numbers read as questions need them: the records' key lists (a third of the
 * numbers at 100,000 quotes) and the search index's posting lists (a fifth).
 */
const PAGED = ["keyIds", "primary", "secondary"] as const;
const isPaged = (name: SectionName) => (PAGED as readonly SectionName[]).includes(name);

/**
 * Reads a snapshot file: its preamble, header and numbers in one read each, but the key lists, the
 * posting lists and the strings, left in the file to be read as they are asked for (FilePages, which
 * then keep the file open).
 */
function readFile(path: string, key: string, files: (() => string) | null): CorpusView | null {
  const fd = openSync(path, "r");
  let kept = false;
  try {
    const size = fstatSync(fd).size;
    const first = Buffer.alloc(PREAMBLE);
    if (!readFully(fd, first, 0)) return null;
    const preamble = JSON.parse(first.toString("latin1")) as Partial<Preamble>;
    const { header: headerSize, numbers: numbersSize, checks } = preamble;
    if (preamble.format !== FORMAT || !Number.isSafeInteger(headerSize) || !Number.isSafeInteger(numbersSize) || !Array.isArray(checks)) return null;
    if (headerSize! <= 0 || headerSize! % ALIGN !== 0 || numbersSize! < 0 || PREAMBLE + headerSize! + numbersSize! > size) return null;
    const head = Buffer.allocUnsafeSlow(headerSize!);
    if (!readFully(fd, head, PREAMBLE) || crc32(head) !== checks[0]) return null;
    const header = JSON.parse(head.toString("latin1")) as Partial<Header>;
    if (header.format !== FORMAT || header.key !== key || endianness() !== "LE") return null;
    if (files && header.files !== files()) return null;
    const { lengths, keys, pages: pageChecks } = header;
    if (!Array.isArray(keys) || !Array.isArray(lengths) || lengths.length !== SECTIONS.length || !lengths.every((l) => Number.isSafeInteger(l) && l >= 0)) return null;
    if (typeof pageChecks !== "object" || pageChecks === null) return null;
    const records = header.records;
    if (!Number.isSafeInteger(records) || records! < 0) return null;
    // The numbers in memory of their own (offset 0: every section starts aligned); the paged sections'
    // parts are left unread.
    const numbers = Buffer.allocUnsafeSlow(numbersSize!);
    const sizes = SECTIONS.map(([, type], i) => type.BYTES_PER_ELEMENT * lengths[i]);
    const starts = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
    if (sizes.reduce((a, b) => a + b, 0) !== numbers.length) return null;
    const at = PREAMBLE + headerSize!;
    const paged = (i: number) => isPaged(SECTIONS[i][0]);
    let numbersCheck = 0;
    for (let i = 0; i < SECTIONS.length; ) {
      let j = i;
      while (j < SECTIONS.length && paged(j) === paged(i)) j++;
      const to = starts[j - 1] + sizes[j - 1];
      if (!paged(i)) {
        const run = numbers.subarray(starts[i], to);
        if (!readFully(fd, run, at + starts[i])) return null;
        numbersCheck = crc32(run, numbersCheck);
      }
      i = j;
    }
    if (numbersCheck !== checks[1]) return null;
    const stringsAt = at + numbersSize!;
    const pageCount = (bytes: number) => Math.ceil(bytes / PAGE);
    const counted = (name: PagedName, bytes: number) => Array.isArray(pageChecks[name]) && pageChecks[name].length === pageCount(bytes);
    if (!PAGED.every((name) => counted(name, sizes[SECTIONS.findIndex(([n]) => n === name)])) || !counted("strings", size - stringsAt)) return null;
    const file = new SharedFile(fd, PAGED.length + 1);
    kept = true;
    /** Page `index` of `name` is as written; when not, the file is removed (the next start builds afresh) and the read is an error. */
    const sound = (name: PagedName, page: Buffer, index: number) => {
      if (crc32(page) === pageChecks[name][index]) return true;
      rmSync(path, { force: true });
      return false;
    };
    /** Section `name`'s pages, each checked as written and to hold only numbers in [0, below) as it is read. */
    const pagesOf = (name: (typeof PAGED)[number], below: number) => {
      const i = SECTIONS.findIndex(([n]) => n === name);
      return new FilePages(file, at + starts[i], numbers.subarray(starts[i], starts[i] + sizes[i]), (page, index) =>
        sound(name, page, index) && within(new Int32Array(page.buffer, page.byteOffset, page.length / 4), 0, below),
      );
    };
    const pages: PagedSections = { keyIds: pagesOf("keyIds", keys.length), primary: pagesOf("primary", records!), secondary: pagesOf("secondary", records!) };
    return decode(header, numbers, pages, new PagedBytes(file, stringsAt, size - stringsAt, (page, index) => sound("strings", page, index)));
  } finally {
    if (!kept) closeSync(fd);
  }
}

/** Where each paged section is read from. */
type PagedSections = Record<(typeof PAGED)[number], FilePages>;

/** The view a snapshot's header, numbers and strings hold, when their form is sound. */
function decode(header: Partial<Header>, numbers: Buffer, pages: PagedSections, bytes: ByteSource): CorpusView | null {
  const { keys, speakers: sp, articles: a, records: n, lengths } = header;
  const articleCount = rowsOf(a, ARTICLE_FIELDS);
  const speakerCount = rowsOf(sp, SPEAKER_FIELDS);
  if (!Array.isArray(keys) || !Array.isArray(lengths) || !a || !sp || articleCount < 0 || speakerCount < 0) return null;
  if (!Number.isInteger(n) || lengths.length !== SECTIONS.length) return null;
  // Rebuilt with the fields in the order a fresh build makes them (records.ts), as answers print them.
  const articles = new Array<ArticleInfo>(articleCount);
  for (let i = 0; i < articleCount; i++) {
    articles[i] = {
      id: a.id[i], lang: a.lang[i], title: a.title[i], titleEn: a.titleEn[i],
      source: { publisher: a.publisher[i], url: a.url[i], note: a.note[i] }, date: a.date[i], status: a.status[i],
      paragraphs: a.paragraphs[i], quoteCount: a.quoteCount[i], factCount: a.factCount[i],
    } as ArticleInfo;
  }
  const articleIds = a.id as string[];
  const speakers = new Array<SpeakerInfo>(speakerCount);
  for (let i = 0; i < speakerCount; i++) {
    const places = sp.articles[i];
    if (!Array.isArray(places) || !places.every((at) => Number.isInteger(at) && at >= 0 && at < articleCount)) return null;
    speakers[i] = {
      id: sp.id[i], name: sp.name[i], nameAr: sp.nameAr[i], role: sp.role[i], roleAr: sp.roleAr[i],
      kind: sp.kind[i], aliases: sp.aliases[i], quoteCount: sp.quoteCount[i], articles: places.map((at: number) => articleIds[at]),
    } as SpeakerInfo;
  }
  // No hash of the body (a second pass over 150 MB at 100,000 quotes): every number is checked to be
  // in range below (the key lists page by page as they are read), so that a damaged file reads nothing
  // outside its lists, and the sample (fits) must say what the corpus says.
  const s = sectionsOf(numbers, lengths);
  if (!s) return null;
  const records = n!;
  const strings = s.stringStart.length - 1;
  // Every number in range, so that no question can read past a list.
  if (s.confidence.length !== records || s.fields.length !== records * FIELDS || s.keyRanges.length !== records * KEY_RANGES) return null;
  if (s.docKeyCount.length !== records || s.primaryStart.length !== keys.length + 1 || s.secondaryStart.length !== keys.length + 1) return null;
  if (strings < 0 || !offsets(s.stringStart, bytes.length)) return null;
  // The posting lists themselves are checked as they are read (postingList).
  if (!offsets(s.primaryStart, s.primary.length) || !offsets(s.secondaryStart, s.secondary.length)) return null;
  if (!recordsInRange(s, records, { articles: articles.length, speakers: speakers.length, strings })) return null;
  const { fields } = s;
  const directory = header.directory ? readDirectory(header.directory, speakers.length) ?? null : undefined;
  if (directory === null) return null;
  const columns: RecordColumns = {
    fields: s.fields, confidence: s.confidence, keyRanges: s.keyRanges, keyIds: s.keyIds, keyPages: pages.keyIds,
    stringStart: s.stringStart, articleIds,
  };
  const store = new RecordStore(columns, new StringTable(s.stringStart, bytes));
  const list: SearchRecord[] = new Array<SearchRecord>(records);
  for (let i = 0; i < records; i++) list[i] = new StoredRecord(store, i);
  // Each speaker's quotes, counted first so that every list is made at its size.
  const counts = new Int32Array(speakers.length);
  for (let i = FIELD.speaker; i < records * FIELDS; i += FIELDS) if (fields[i] >= 0) counts[fields[i]]++;
  const quotesOf: number[][] = Array.from(counts, (n) => new Array<number>(n));
  counts.fill(0);
  for (let i = 0; i < records; i++) {
    const speaker = fields[i * FIELDS + FIELD.speaker];
    if (speaker >= 0) quotesOf[speaker][counts[speaker]++] = i;
  }
  const postings: Postings = {
    primaryStart: s.primaryStart, primary: s.primary, secondaryStart: s.secondaryStart, secondary: s.secondary, docKeyCount: s.docKeyCount,
    pages: { primary: pages.primary, secondary: pages.secondary },
  };
  return { keys, records: list, speakers, quotesOf, articles, postings, directory };
}

const keyStrings = (view: CorpusView, ids: Int32Array) => Array.from(ids, (id) => view.keys[id]).join("\n");

/** What a record is, as answers show it and search finds it: the same for a fitting snapshot and a fresh build. */
function recordShape(view: CorpusView, r: SearchRecord): string {
  const speaker = r.speaker >= 0 ? normalize(view.speakers[r.speaker].name) : "";
  return JSON.stringify([r.id, r.kind, speaker, r.text, r.textEn, r.context, r.paragraph, r.draft, r.confidence, r.verb,
    keyStrings(view, r.ownKeys), keyStrings(view, r.topicKeys), keyStrings(view, r.secondaryKeys)]);
}

/** Whether a sorted list holds a value. */
function holds(list: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === value) return true;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The postings file a record under each of its keys: primary for its own and topic keys, else secondary. */
function filed(view: CorpusView, doc: number): boolean {
  const r = view.records[doc];
  const said = new Set([...r.ownKeys, ...r.topicKeys]);
  for (const id of said) if (!holds(postingList(view.postings, false, id), doc)) return false;
  for (const id of r.secondaryKeys) {
    if (!said.has(id) && !holds(postingList(view.postings, true, id), doc)) return false;
  }
  return true;
}

/**
 * A sample of articles read again from the corpus folder and built alone give the snapshot's records,
 * and the snapshot's postings file them.
 */
function fits(view: CorpusView, dir: string): boolean {
  const byArticle = new Map<string, number[]>();
  view.records.forEach((r, i) => {
    const list = byArticle.get(r.article);
    if (list) list.push(i);
    else byArticle.set(r.article, [i]);
  });
  const same = (article: LoadedArticle, stored: number[]): boolean => {
    const fresh = buildCorpusView({ dir, articles: [article] });
    if (fresh.records.length !== stored.length) return false;
    return fresh.records.every((r, j) => recordShape(fresh, r) === recordShape(view, view.records[stored[j]]) && filed(view, stored[j]));
  };
  const step = Math.max(1, Math.floor(view.articles.length / SAMPLE));
  for (let i = 0; i < view.articles.length; i += step) {
    const info = view.articles[i];
    const path = join(dir, `${info.id}.json`);
    const stored = byArticle.get(info.id) ?? [];
    // The file is unchanged since the loader checked it (the key holds its status): read without the
    // schema first (loading zod is most of a sample's cost), through the loader when that differs.
    let fitsUnchecked = false;
    try {
      const unchecked = readUncheckedCorpusFile(path);
      fitsUnchecked = unchecked !== null && same(unchecked, stored);
    } catch {
      fitsUnchecked = false; // a file the schema would have completed (a default, a trimmed string)
    }
    if (fitsUnchecked) continue;
    const { article } = readCorpusFile(path);
    if (!article || !same(article, stored)) return false;
  }
  return true;
}

/**
 * The stored view of the corpus at `place`: null (build afresh) unless sound and fitting. `checkFiles`:
 * also every corpus file's status as when the snapshot was made (a file rewritten in place is then seen).
 */
export function readSnapshot(place: SnapshotPlace, checkFiles = false): CorpusView | null {
  try {
    const view = readFile(place.file, place.key, checkFiles || place.coarse ? () => filesStatus(place.dir) : null);
    if (!view || !fits(view, place.dir)) return null;
    const now = new Date();
    utimesSync(place.file, now, now); // recently used: kept longest when pruning
    return view;
  } catch {
    return null;
  }
}

/**
 * Writes a snapshot (atomically: a whole file or none) and prunes the cache. Failures are ignored.
 * `files`: the corpus files' status (filesStatus) taken before the view was read from them.
 */
export function writeSnapshot(place: SnapshotPlace, view: CorpusView, files: string): void {
  const tmp = `${place.file}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, "w", 0o600);
    try {
      for (const part of encode(place.key, files, view)) {
        for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, place.file);
    pruneSnapshots(dirname(place.file), place.file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

// Beside a snapshot, what an engine found the first time it needed it, so that the next start on the
// same corpus does not find it again (the engine checks a sample before use):
// - `.words`: the corpus vocabulary for typo readings (the words of the records' normalized text),
//   one word a line (normalizing every record is seconds at 100,000 quotes; see KeptWords in engine.ts);
// - `.places`: every article's places, one article a line, its place ids separated by spaces (a pass
//   over every sentence; see KeptPlaces in article-places.ts).
// Each file's first line is JSON: format, key.
const KEPT_SUFFIXES = [".words", ".places"] as const;
type KeptSuffix = (typeof KEPT_SUFFIXES)[number];
const keptFile = (place: SnapshotPlace, suffix: KeptSuffix) => `${place.file}${suffix}`;

/** The lines kept beside the snapshot of `place`, or null when there are none for its key. */
function readKept(place: SnapshotPlace, suffix: KeptSuffix): string[] | null {
  try {
    const lines = readFileSync(keptFile(place, suffix), "utf8").split("\n");
    const header = JSON.parse(lines[0]) as { format?: unknown; key?: unknown };
    if (header.format !== FORMAT || header.key !== place.key || lines[lines.length - 1] !== "") return null;
    return lines.slice(1, -1);
  } catch {
    return null;
  }
}

/** Writes lines beside the snapshot (atomically); only while the snapshot itself is there. */
function writeKept(place: SnapshotPlace, suffix: KeptSuffix, lines: string[]): void {
  const file = keptFile(place, suffix);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    statSync(place.file);
    writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, key: place.key })}\n${lines.map((l) => `${l}\n`).join("")}`, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** The words kept beside the snapshot of `place`, or null when there are none for its key. */
export function readWords(place: SnapshotPlace): string[] | null {
  return readKept(place, ".words")?.filter(Boolean) ?? null;
}

export function writeWords(place: SnapshotPlace, words: string[]): void {
  writeKept(place, ".words", words);
}

/** The articles' places kept beside the snapshot of `place` (lists of integers, checked by the engine), or null. */
export function readPlaces(place: SnapshotPlace): number[][] | null {
  return readKept(place, ".places")?.map((line) => (line ? line.split(" ").map(Number) : [])) ?? null;
}

export function writePlaces(place: SnapshotPlace, places: number[][]): void {
  writeKept(place, ".places", places.map((list) => list.join(" ")));
}

/**
 * Keeps one snapshot per corpus folder (the one just written) and at most MAX_SNAPSHOTS in all, the
 * most recently used first; removes leftover temporary files of writers that died, and what was kept
 * beside snapshots that are gone.
 */
export function pruneSnapshots(dir: string, keep: string): void {
  const folder = (name: string) => name.slice(PREFIX.length).split("-")[0];
  const kept = folder(keep.slice(dirname(keep).length + 1));
  const entries = readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && !KEPT_SUFFIXES.some((suffix) => name.endsWith(suffix)))
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
    const suffix = KEPT_SUFFIXES.find((s) => name.endsWith(s));
    if (name.startsWith(PREFIX) && suffix && !statSync(join(dir, name.slice(0, -suffix.length)), { throwIfNoEntry: false })) {
      rmSync(join(dir, name), { force: true });
    }
  }
}
