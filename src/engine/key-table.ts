// Search keys as integers. Every distinct key of a corpus gets an id once; records hold arrays of ids,
// so that building the index and checking a record never hash the same strings again.
//
// Building a large corpus looks up millions of words. Normalizing each text, splitting it into word
// strings and hashing them in a Map cost most of the build, so plain text is folded code unit by code
// unit into a buffer, and its words are found in a table of their own, hashed from that buffer: a word
// already seen costs no allocation at all. Text that needs more than that goes through `normalize`.
// The table is flat typed arrays (a word's hash, letters and key ids each in one place), because at
// this size the time goes to memory reads, not to computing.
import { APOSTROPHE, DROP, FOLDED_BELOW, SEPARATOR, SLOW, foldTable, isDigit, isSpace, mayBeInitialism, mayFoldPhrase } from "../normalize/fold-table.js";
import { isContentWord, normalize, wordKeys } from "../normalize/index.js";
import { NOT_DESIGNATORS } from "../normalize/lexicon.js";

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const FULL_STOP = 0x2e;
const HYPHEN = 0x2d;
const LETTER_S = 0x73;
const NOT_DESIGNATOR = new Set(NOT_DESIGNATORS);
/** Ints in the largest block of kept key lists (1 MB). */
const MAX_BLOCK = 1 << 18;
/** Ints per slot of the word table. */
const SLOT_SIZE = 4;

function grown(array: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** The string of some code units, in chunks that a call's arguments can hold. */
function decode(units: Uint16Array, from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i += 4096) {
    // apply() takes the typed array as it is; a spread would go through an iterator.
    text += String.fromCharCode.apply(null, units.subarray(i, Math.min(to, i + 4096)) as unknown as number[]);
  }
  return text;
}

/**
 * Whether `normalize` removes the apostrophe before `at` together with an "s" there (a possessive:
 * `'s` before a non-word character), or undefined when a dropped code unit or a letter beyond ASCII
 * makes that depend on more than the next two code units.
 */
function possessiveAt(text: string, at: number, folded: Uint16Array): boolean | undefined {
  if (at >= text.length) return false;
  const s = text.charCodeAt(at);
  if ((s | 0x20) !== 0x73) return s < FOLDED_BELOW && folded[s] === DROP ? undefined : false;
  if (at + 1 >= text.length) return true;
  const next = text.charCodeAt(at + 1);
  if (next < 0x80) return !isWordChar(next);
  const f = next < FOLDED_BELOW ? folded[next] : SLOW;
  return f === SEPARATOR || f === APOSTROPHE ? true : undefined;
}

/** `\w` of a regular expression without the u flag. */
const isWordChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;

export class KeyTable {
  readonly ids = new Map<string, number>();
  readonly keys: string[];

  // The word table, open addressing. A slot is SLOT_SIZE ints: the word's hash, where its letters
  // start in `letters`, how many there are, and where its entry starts in `entries` (EMPTY: a free
  // slot). An entry is a header, (key count << 1) | 1 if the word may take part in a phrase fold
  // (a text holding it goes through `normalize`), then the word's key ids (none for a function word).
  private slots = new Int32Array(SLOT_SIZE << 12).fill(EMPTY);
  private words = 0;
  private letters = new Uint16Array(1 << 14);
  private lettersUsed = 0;
  private entries = new Int32Array(1 << 14);
  private entriesUsed = 0;

  // Scratch space of `takeFolded`: the folded text, and per word its bounds, hash and entry.
  private buffer = new Uint16Array(1024);
  private spans = new Int32Array(3 * 128);
  private found = new Int32Array(128);
  private wordUnits = new Uint16Array(64);

  // What the running `collect` has gathered: ids marked with the current mark, in order of finding.
  // Both have room for every key, so that taking one needs no bounds check.
  private marks = new Int32Array(1024);
  private mark = 0;
  private scratch = new Int32Array(1024);
  private count = 0;
  /** Where the lists `collect` returns live (see `kept`). */
  private block = new Int32Array(1024);
  private blockUsed = 0;

  constructor(keys: string[] = []) {
    this.keys = keys;
    keys.forEach((k, i) => this.ids.set(k, i));
    this.makeRoom();
  }

  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.makeRoom();
    }
    return id;
  }

  private makeRoom(): void {
    if (this.keys.length <= this.marks.length) return;
    this.marks = grown(this.marks, this.keys.length);
    this.scratch = grown(this.scratch, this.keys.length);
  }

  /** The distinct key ids of some texts (as written) and id lists, in order of first finding. */
  collect(texts: string[], lists: Int32Array[] = []): Int32Array {
    this.count = 0;
    const mark = this.nextMark();
    for (const list of lists) this.takeAll(list, 0, list.length, mark);
    for (const text of texts) {
      if (!this.takeFolded(text, mark)) this.takeNormalized(normalize(text), mark);
    }
    return this.kept(this.count);
  }

  /**
   * The first `count` ids of the scratch space, copied into a block shared with the lists kept before:
   * a large corpus has a million of them, and a list of its own (`slice`) is an ArrayBuffer each.
   */
  private kept(count: number): Int32Array {
    if (this.blockUsed + count > this.block.length) {
      this.block = new Int32Array(Math.max(count, Math.min(MAX_BLOCK, 2 * this.block.length)));
      this.blockUsed = 0;
    }
    const list = this.block.subarray(this.blockUsed, (this.blockUsed += count));
    list.set(this.scratch.subarray(0, count));
    return list;
  }

  /** Takes the keys of a normalized text (words separated by single spaces). */
  private takeNormalized(text: string, mark: number): void {
    const end = text.length;
    let from = 0;
    while (from < end) {
      let to = text.indexOf(" ", from);
      if (to < 0) to = end;
      this.takeEntry(this.entryOf(text.slice(from, to)), mark);
      from = to + 1;
    }
  }

  /**
   * Takes the keys of a text as written, folding it here. Says false, having taken and added nothing,
   * when the text needs `normalize`: so both ways find the same words and number new keys alike.
   */
  private takeFolded(text: string, mark: number): boolean {
    const folded = foldTable();
    if (text.length > this.buffer.length) this.buffer = new Uint16Array(text.length * 2);
    const buffer = this.buffer;
    let length = 0;
    let words = 0;
    let open = false;
    let hash = 0;
    // A number may be a designator that `normalize` joins to a short word before it ("S-400", "F 35"):
    // the last run of letters of one script (where it starts in `buffer`, how long, whether ASCII,
    // whether a space followed it), and whether only spaces, hyphens and dropped code units came since.
    let afterLetter = false;
    let inRun = false;
    let runFrom = 0;
    let runLength = 0;
    let runAscii = true;
    let spaceAfterRun = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let f = c < FOLDED_BELOW ? folded[c] : SLOW;
      if (f === SLOW) return false;
      if (f === DROP) continue;
      // An apostrophe after an "s" may go ("Kurds' 2019"), and a number after it may then join the "s".
      let mayGo = false;
      if (f === APOSTROPHE) {
        const possessive = possessiveAt(text, i + 1, folded);
        if (possessive === undefined) return false;
        if (possessive) {
          inRun = false;
          i++;
          continue;
        }
        mayGo = inRun && buffer[length - 1] === LETTER_S;
        f = SEPARATOR;
      }
      if (f === SEPARATOR) {
        if (c === FULL_STOP && mayBeInitialism(text, i, folded)) return false;
        if (open) this.closeSpan(words++, length, hash);
        open = false;
        if (inRun) spaceAfterRun = isSpace(c);
        inRun = false;
        if (!isSpace(c) && c !== HYPHEN && !mayGo) afterLetter = false;
        continue;
      }
      if (!isDigit(f)) {
        // A run is of one script: "f" after Arabic letters starts a word for a regular expression.
        const ascii = f <= 0x7a;
        if (!inRun || ascii !== runAscii) {
          runFrom = length;
          runLength = 0;
          runAscii = ascii;
          spaceAfterRun = false;
        }
        inRun = afterLetter = true;
        runLength++;
      } else {
        if (afterLetter && this.mayJoin(runFrom, runLength, runAscii, spaceAfterRun)) return false;
        inRun = afterLetter = false;
      }
      if (!open) {
        if (3 * words + 3 > this.spans.length) this.spans = grown(this.spans, 3 * words + 3);
        this.spans[3 * words] = length;
        hash = FNV_OFFSET;
        open = true;
      }
      hash = Math.imul(hash ^ f, FNV_PRIME);
      buffer[length++] = f;
    }
    if (open) this.closeSpan(words++, length, hash);

    // Every word is looked up before any is added, so that a text sent to `normalize` adds nothing.
    if (words > this.found.length) this.found = grown(this.found, words);
    const spans = this.spans;
    for (let k = 0; k < words; k++) {
      const from = spans[3 * k];
      const to = spans[3 * k + 1];
      const entry = this.find(buffer, from, to, spans[3 * k + 2]);
      if (entry === EMPTY ? mayFoldPhrase(decode(buffer, from, to)) : (this.entries[entry] & 1) === 1) return false;
      this.found[k] = entry;
    }
    for (let k = 0; k < words; k++) {
      const entry = this.found[k];
      this.takeEntry(entry !== EMPTY ? entry : this.entryOf(decode(buffer, spans[3 * k], spans[3 * k + 1])), mark);
    }
    return true;
  }

  /**
   * Whether a number after the letters `buffer[from, from + length)` may be joined to them by a phrase
   * fold: one to three ASCII letters but a short word with a space after it ("in 2016"), or up to four
   * Arabic ones ("اس-400", "الاف 16").
   */
  private mayJoin(from: number, length: number, ascii: boolean, spaceAfter: boolean): boolean {
    if (!ascii) return length <= 4;
    return length <= 3 && !(spaceAfter && NOT_DESIGNATOR.has(decode(this.buffer, from, from + length)));
  }

  private closeSpan(word: number, end: number, hash: number): void {
    this.spans[3 * word + 1] = end;
    this.spans[3 * word + 2] = hash;
  }

  /** The entry of the word `units[from, to)` with that hash, or EMPTY when the table lacks it. */
  private find(units: Uint16Array, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const letters = this.letters;
    const mask = slots.length / SLOT_SIZE - 1;
    const length = to - from;
    for (let slot = (hash & mask) * SLOT_SIZE; ; slot = (((slot / SLOT_SIZE + 1) & mask) * SLOT_SIZE)) {
      const entry = slots[slot + 3];
      if (entry === EMPTY) return EMPTY;
      if (slots[slot] === hash && slots[slot + 2] === length) {
        const start = slots[slot + 1];
        let i = 0;
        while (i < length && letters[start + i] === units[from + i]) i++;
        if (i === length) return entry;
      }
    }
  }

  /** The entry of a normalized word, added to the table when new. */
  private entryOf(word: string): number {
    const units = this.unitsOf(word);
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ units[i], FNV_PRIME);
    const found = this.find(units, 0, word.length, hash);
    return found !== EMPTY ? found : this.add(word, units, hash);
  }

  /** A word's code units, in scratch space of their own (`buffer` may hold the text being taken). */
  private unitsOf(word: string): Uint16Array {
    if (word.length > this.wordUnits.length) this.wordUnits = new Uint16Array(word.length * 2);
    for (let i = 0; i < word.length; i++) this.wordUnits[i] = word.charCodeAt(i);
    return this.wordUnits;
  }

  private add(word: string, units: Uint16Array, hash: number): number {
    const ids = isContentWord(word) ? wordKeys(word).map((k) => this.idOf(k)) : [];
    const entry = this.entriesUsed;
    if (entry + 1 + ids.length > this.entries.length) this.entries = grown(this.entries, entry + 1 + ids.length);
    this.entries[entry] = (ids.length << 1) | (mayFoldPhrase(word) ? 1 : 0);
    this.entries.set(ids, entry + 1);
    this.entriesUsed += 1 + ids.length;

    const start = this.lettersUsed;
    if (start + word.length > this.letters.length) {
      const bigger = new Uint16Array(Math.max(start + word.length, this.letters.length * 2));
      bigger.set(this.letters);
      this.letters = bigger;
    }
    this.letters.set(units.subarray(0, word.length), start);
    this.lettersUsed += word.length;

    // Kept at most half full, so that probes stay short.
    if (++this.words * 2 > this.slots.length / SLOT_SIZE) this.rehash();
    this.place(this.slots, hash, start, word.length, entry);
    return entry;
  }

  private place(slots: Int32Array, hash: number, start: number, length: number, entry: number): void {
    const mask = slots.length / SLOT_SIZE - 1;
    let slot = (hash & mask) * SLOT_SIZE;
    while (slots[slot + 3] !== EMPTY) slot = ((slot / SLOT_SIZE + 1) & mask) * SLOT_SIZE;
    slots[slot] = hash;
    slots[slot + 1] = start;
    slots[slot + 2] = length;
    slots[slot + 3] = entry;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(EMPTY);
    for (let slot = 0; slot < old.length; slot += SLOT_SIZE) {
      if (old[slot + 3] !== EMPTY) this.place(this.slots, old[slot], old[slot + 1], old[slot + 2], old[slot + 3]);
    }
  }

  private takeEntry(entry: number, mark: number): void {
    this.takeAll(this.entries, entry + 1, entry + 1 + (this.entries[entry] >> 1), mark);
  }

  /** Takes `ids[from, to)`: each id not taken yet by the running `collect` joins its result. */
  private takeAll(ids: Int32Array, from: number, to: number, mark: number): void {
    const marks = this.marks;
    const scratch = this.scratch;
    let count = this.count;
    for (let j = from; j < to; j++) {
      const id = ids[j];
      if (marks[id] !== mark) {
        marks[id] = mark;
        scratch[count++] = id;
      }
    }
    this.count = count;
  }

  private nextMark(): number {
    if (++this.mark === 0x7fffffff) {
      this.marks.fill(0);
      this.mark = 1;
    }
    return this.mark;
  }
}
