// The records of a snapshot, read where they lie: each record's fields are columns of integers, and
// its strings are UTF-8 bytes of one blob, decoded the first time the engine reads them. A start
// then makes one small object per record instead of decoding a million strings and key lists, most of
// which no question reads. The blob itself is read from the file a page at a time, as its strings are
// first asked for (PagedBytes): a start does not read the third of the file most questions never touch.
import { closeSync, readSync } from "node:fs";
import type { SearchRecord } from "./records.js";

export const KINDS = ["quote", "fact"] as const;

/**
 * Ints per record in `RecordColumns.fields`, in this order. A record's text and its English rendering
 * are each the bytes [from, to) of a string: most often of its sentence (the context), which holds
 * them, so that they are not stored again (textEn -1: none).
 */
export const FIELD = {
  article: 0, kind: 1, speaker: 2, paragraph: 3, draft: 4, id: 5, context: 6, verb: 7,
  text: 8, textFrom: 9, textTo: 10, textEn: 11, textEnFrom: 12, textEnTo: 13,
} as const;
export const FIELDS = 14;
/** Ints per record in `RecordColumns.keyRanges`: [from, to) of its own, topic and sentence keys in `keyIds`. */
export const KEY_RANGES = 6;

export interface RecordColumns {
  /** FIELDS ints per record (strings as indexes into the string table; -1 for none). */
  fields: Int32Array;
  /** Each record's extractor confidence; NaN for none. */
  confidence: Float64Array;
  keyRanges: Int32Array;
  keyIds: Int32Array;
  /** Where `keyIds` is read from as records need it; null: read whole. */
  keyPages: FilePages | null;
  /** Offsets of each string's bytes in the string blob (one more than there are strings). */
  stringStart: Int32Array;
  /** Article ids by index; a record's id is its article's id, "/", and its own string. */
  articleIds: string[];
}

/** Bytes to decode as UTF-8 text: a buffer in memory, or a file's bytes read as they are asked for. */
export interface ByteSource {
  readonly length: number;
  /** The bytes [from, to) as UTF-8 text. */
  text(from: number, to: number): string;
}

/** A buffer's bytes. */
export class BufferBytes implements ByteSource {
  constructor(private readonly bytes: Buffer) {}
  get length(): number {
    return this.bytes.length;
  }
  text(from: number, to: number): string {
    return this.bytes.toString("utf8", from, to);
  }
}

/** Bytes read from the file on first use (a snapshot keeps a checksum of each page: snapshot.ts). */
export const PAGE = 1 << 16;

/** An open file that regions (FilePages) are read from: closed once none of them needs it. */
export class SharedFile {
  constructor(public fd: number, private users: number) {}

  release(): void {
    if (--this.users <= 0 && this.fd >= 0) {
      closeSync(this.fd);
      this.fd = -1;
    }
  }
}

/** Lets go of the file of a region nobody holds any more. */
const releaser = new FinalizationRegistry<SharedFile>((file) => file.release());

/**
 * `into.length` bytes of an open file from `offset`, read into `into` a page (64 KB) at a time as they
 * are first needed (untouched pages of a buffer allocated for them cost no memory). `check` refuses a
 * page read (page `index`): a snapshot damaged after its start was checked is then an error, never a
 * wrong read. The file stays open (a snapshot replaced or pruned meanwhile is still read whole) until every
 * page is read or the region is collected.
 */
export class FilePages {
  private readonly read: Uint8Array;
  private unread: number;

  constructor(private readonly file: SharedFile, private readonly offset: number, private readonly into: Buffer, private readonly check?: (page: Buffer, index: number) => boolean) {
    this.read = new Uint8Array(Math.ceil(into.length / PAGE));
    this.unread = this.read.length;
    if (this.unread === 0) file.release();
    else releaser.register(this, file, this);
  }

  /** Makes the bytes [from, to) present. */
  need(from: number, to: number): void {
    for (let page = from >>> 16, last = (to - 1) >>> 16; page <= last && to > from; page++) if (this.read[page] === 0) this.page(page);
  }

  private page(page: number): void {
    const at = page * PAGE;
    const size = Math.min(PAGE, this.into.length - at);
    for (let done = 0; done < size; ) {
      const n = readSync(this.file.fd, this.into, at + done, size - done, this.offset + at + done);
      if (n === 0) throw new Error("corpus snapshot: its file ended early (changed while in use)");
      done += n;
    }
    if (this.check && !this.check(this.into.subarray(at, at + size), page)) throw new Error("corpus snapshot: damaged since it was checked");
    this.read[page] = 1;
    if (--this.unread === 0) {
      releaser.unregister(this);
      this.file.release();
    }
  }
}

/** A file's bytes, read on first use (FilePages). */
export class PagedBytes implements ByteSource {
  private readonly bytes: Buffer;
  private readonly pages: FilePages;

  constructor(file: SharedFile, offset: number, readonly length: number, check?: (page: Buffer, index: number) => boolean) {
    this.bytes = Buffer.allocUnsafeSlow(length);
    this.pages = new FilePages(file, offset, this.bytes, check);
  }

  text(from: number, to: number): string {
    this.pages.need(from, to);
    return this.bytes.toString("utf8", from, to);
  }
}

/** The strings of a table, decoded once each, on first use. */
export class StringTable {
  private readonly decoded: (string | undefined)[];

  constructor(private readonly start: Int32Array, private readonly bytes: ByteSource) {
    this.decoded = new Array<string | undefined>(start.length - 1);
  }

  get(i: number): string {
    let s = this.decoded[i];
    if (s === undefined) {
      s = this.bytes.text(this.start[i], this.start[i + 1]);
      this.decoded[i] = s;
    }
    return s;
  }

  orNull(i: number): string | null {
    return i < 0 ? null : this.get(i);
  }

  /** How many bytes string i has. */
  byteLength(i: number): number {
    return this.start[i + 1] - this.start[i];
  }

  /** The bytes [from, to) of string i, decoded (not kept). */
  slice(i: number, from: number, to: number): string {
    return this.bytes.text(this.start[i] + from, this.start[i] + to);
  }
}

/**
 * What the records of one snapshot share: their columns, their strings, and what their getters decoded,
 * kept here by record (filled on first use) so that a record is two fields, cheap to make by the
 * hundred thousand at a start.
 */
export class RecordStore {
  private saidCache: (string | undefined)[] | undefined = undefined;
  private saidEnCache: (string | null | undefined)[] | undefined = undefined;
  private keyCache: (Int32Array | undefined)[] | undefined = undefined;

  constructor(readonly columns: RecordColumns, readonly strings: StringTable) {}

  field(at: number, f: number): number {
    return this.columns.fields[at * FIELDS + f];
  }

  /** The bytes of string field `f` of record `at`, from and to the offsets that follow it. */
  private part(at: number, f: number): string {
    return this.strings.slice(this.field(at, f), this.field(at, f + 1), this.field(at, f + 2));
  }

  text(at: number): string {
    const cache = (this.saidCache ??= new Array<string | undefined>(this.columns.confidence.length));
    return (cache[at] ??= this.part(at, FIELD.text));
  }

  textEn(at: number): string | null {
    const cache = (this.saidEnCache ??= new Array<string | null | undefined>(this.columns.confidence.length));
    let s = cache[at];
    if (s === undefined) cache[at] = s = this.field(at, FIELD.textEn) < 0 ? null : this.part(at, FIELD.textEn);
    return s;
  }

  /** Key list `range` (0 own, 1 topic, 2 sentence) of record `at`. */
  keys(at: number, range: number): Int32Array {
    const cache = (this.keyCache ??= new Array<Int32Array | undefined>(this.columns.confidence.length * 3));
    const slot = at * 3 + range;
    let list = cache[slot];
    if (list === undefined) {
      const r = this.columns.keyRanges;
      const base = at * KEY_RANGES + range * 2;
      this.columns.keyPages?.need(r[base] * 4, r[base + 1] * 4);
      cache[slot] = list = this.columns.keyIds.subarray(r[base], r[base + 1]);
    }
    return list;
  }
}

/** One record of the columns: read-only, each field read from them when asked. */
export class StoredRecord implements SearchRecord {
  constructor(private readonly store: RecordStore, private readonly at: number) {}

  get id(): string {
    return `${this.article}/${this.store.strings.get(this.store.field(this.at, FIELD.id))}`;
  }
  get kind(): SearchRecord["kind"] {
    return KINDS[this.store.field(this.at, FIELD.kind)];
  }
  get speaker(): number {
    return this.store.field(this.at, FIELD.speaker);
  }
  get text(): string {
    return this.store.text(this.at);
  }
  get textEn(): string | null {
    return this.store.textEn(this.at);
  }
  get context(): string {
    return this.store.strings.get(this.store.field(this.at, FIELD.context));
  }
  get article(): string {
    return this.store.columns.articleIds[this.store.field(this.at, FIELD.article)];
  }
  get paragraph(): number {
    return this.store.field(this.at, FIELD.paragraph);
  }
  get draft(): boolean {
    return this.store.field(this.at, FIELD.draft) === 1;
  }
  get confidence(): number | null {
    const c = this.store.columns.confidence[this.at];
    return Number.isNaN(c) ? null : c;
  }
  get verb(): string | null {
    return this.store.strings.orNull(this.store.field(this.at, FIELD.verb));
  }
  get ownKeys(): Int32Array {
    return this.store.keys(this.at, 0);
  }
  get topicKeys(): Int32Array {
    return this.store.keys(this.at, 1);
  }
  get secondaryKeys(): Int32Array {
    return this.store.keys(this.at, 2);
  }
}
