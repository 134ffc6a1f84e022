// The records of a snapshot, read where they lie: each record's fields are columns of integers, and
// its strings are UTF-8 bytes of one buffer, decoded the first time the engine reads them. A start
// then makes one small object per record instead of decoding a million strings and key lists, most of
// which no question reads.
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
  /** Offsets of each string's bytes in `bytes` (one more than there are strings). */
  stringStart: Int32Array;
  bytes: Buffer;
  /** Article ids by index; a record's id is its article's id, "/", and its own string. */
  articleIds: string[];
}

/** The strings of a table, decoded once each, on first use. */
export class StringTable {
  private readonly decoded: (string | undefined)[];

  constructor(private readonly start: Int32Array, private readonly bytes: Buffer) {
    this.decoded = new Array<string | undefined>(start.length - 1);
  }

  get(i: number): string {
    let s = this.decoded[i];
    if (s === undefined) {
      s = this.bytes.toString("utf8", this.start[i], this.start[i + 1]);
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
    return this.bytes.toString("utf8", this.start[i] + from, this.start[i] + to);
  }
}

/** One record of the columns: read-only, each field read from them when asked. */
export class StoredRecord implements SearchRecord {
  private own: Int32Array | undefined = undefined;
  private topics: Int32Array | undefined = undefined;
  private sentence: Int32Array | undefined = undefined;
  private said: string | undefined = undefined;
  private saidEn: string | null | undefined = undefined;

  constructor(private readonly columns: RecordColumns, private readonly strings: StringTable, private readonly at: number) {}

  private field(f: number): number {
    return this.columns.fields[this.at * FIELDS + f];
  }

  private keys(range: number): Int32Array {
    const r = this.columns.keyRanges;
    const base = this.at * KEY_RANGES + range;
    return this.columns.keyIds.subarray(r[base], r[base + 1]);
  }

  get id(): string {
    return `${this.article}/${this.strings.get(this.field(FIELD.id))}`;
  }
  get kind(): SearchRecord["kind"] {
    return KINDS[this.field(FIELD.kind)];
  }
  get speaker(): number {
    return this.field(FIELD.speaker);
  }
  private part(at: number): string {
    return this.strings.slice(this.field(at), this.field(at + 1), this.field(at + 2));
  }

  get text(): string {
    return (this.said ??= this.part(FIELD.text));
  }
  get textEn(): string | null {
    if (this.saidEn === undefined) this.saidEn = this.field(FIELD.textEn) < 0 ? null : this.part(FIELD.textEn);
    return this.saidEn;
  }
  get context(): string {
    return this.strings.get(this.field(FIELD.context));
  }
  get article(): string {
    return this.columns.articleIds[this.field(FIELD.article)];
  }
  get paragraph(): number {
    return this.field(FIELD.paragraph);
  }
  get draft(): boolean {
    return this.field(FIELD.draft) === 1;
  }
  get confidence(): number | null {
    const c = this.columns.confidence[this.at];
    return Number.isNaN(c) ? null : c;
  }
  get verb(): string | null {
    return this.strings.orNull(this.field(FIELD.verb));
  }
  get ownKeys(): Int32Array {
    return (this.own ??= this.keys(0));
  }
  get topicKeys(): Int32Array {
    return (this.topics ??= this.keys(2));
  }
  get secondaryKeys(): Int32Array {
    return (this.sentence ??= this.keys(4));
  }
}
