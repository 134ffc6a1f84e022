// Search keys as integers. Every distinct key of a corpus gets an id once; records hold arrays of ids,
// so that building the index and checking a record never hash the same strings again.
//
// Building a large corpus looks up millions of words. Normalizing each text, splitting it into word
// strings and hashing them in a Map cost most of the build, so plain text is folded code unit by code
// unit into a buffer, and its words are found in a table of their own, hashed from that buffer: a word
// already seen costs no allocation at all. Text that needs more than that goes through `normalize`.
import { DROP, FOLDED_BELOW, SEPARATOR, SLOW, foldTable, mayBeInitialism, mayFoldPhrase } from "../normalize/fold-table.js";
import { isContentWord, normalize, wordKeys } from "../normalize/index.js";

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const FULL_STOP = 0x2e;

function grown(array: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** The string of some code units, in chunks that a call's arguments can hold. */
function decode(units: Uint16Array, from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i += 4096) text += String.fromCharCode(...units.subarray(i, Math.min(to, i + 4096)));
  return text;
}

export class KeyTable {
  readonly ids = new Map<string, number>();
  readonly keys: string[];

  // The word table: open addressing over word numbers; a word's key ids are
  // `wordKeyIds[wordStart[w] .. wordStart[w + 1]]` (none for a function word).
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  private readonly words: string[] = [];
  private wordHash = new Int32Array(1 << 11);
  private wordStart = new Int32Array((1 << 11) + 1);
  private wordKeyIds = new Int32Array(1 << 13);
  /** 1 for a word that may take part in a phrase fold: a text holding it goes through `normalize`. */
  private wordTriggers = new Uint8Array(1 << 11);

  // Scratch space of `takeFolded`: the folded text, its words' bounds and their numbers.
  private buffer = new Uint16Array(1024);
  private bounds = new Int32Array(256);
  private found = new Int32Array(128);

  // What the running `collect` has gathered: ids marked with the current mark, in order of finding.
  // Both have room for every key, so that taking one needs no bounds check.
  private marks = new Int32Array(1024);
  private mark = 0;
  private scratch = new Int32Array(1024);
  private count = 0;

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
    return this.scratch.slice(0, this.count);
  }

  /** Takes the keys of a normalized text (words separated by single spaces). */
  private takeNormalized(text: string, mark: number): void {
    const end = text.length;
    let from = 0;
    while (from < end) {
      let to = text.indexOf(" ", from);
      if (to < 0) to = end;
      this.takeWord(this.wordAt(text, from, to), mark);
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
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const f = c < FOLDED_BELOW ? folded[c] : SLOW;
      if (f === SLOW) return false;
      if (f === DROP) continue;
      if (f === SEPARATOR) {
        if (c === FULL_STOP && mayBeInitialism(text, i, folded)) return false;
        if (open) this.bounds[words++ * 2 + 1] = length;
        open = false;
        continue;
      }
      if (!open) {
        if (words * 2 + 2 > this.bounds.length) this.bounds = grown(this.bounds, words * 2 + 2);
        this.bounds[words * 2] = length;
        open = true;
      }
      buffer[length++] = f;
    }
    if (open) this.bounds[words++ * 2 + 1] = length;

    // Every word is looked up before any is added, so that a text sent to `normalize` adds nothing.
    if (words > this.found.length) this.found = grown(this.found, words);
    for (let k = 0; k < words; k++) {
      const from = this.bounds[k * 2];
      const to = this.bounds[k * 2 + 1];
      const w = this.findFolded(buffer, from, to);
      if (w === EMPTY ? mayFoldPhrase(decode(buffer, from, to)) : this.wordTriggers[w] === 1) return false;
      this.found[k] = w;
    }
    for (let k = 0; k < words; k++) {
      let w = this.found[k];
      if (w === EMPTY) {
        const word = decode(buffer, this.bounds[k * 2], this.bounds[k * 2 + 1]);
        w = this.wordAt(word, 0, word.length);
      }
      this.takeWord(w, mark);
    }
    return true;
  }

  /** The number of the folded word `buffer[from, to)`, or EMPTY when the table lacks it. */
  private findFolded(buffer: Uint16Array, from: number, to: number): number {
    let hash = FNV_OFFSET;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ buffer[i], FNV_PRIME);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const w = this.slots[slot];
      if (w === EMPTY) return EMPTY;
      if (this.wordHash[w] === hash) {
        const word = this.words[w];
        if (word.length === to - from) {
          let i = 0;
          while (i < word.length && word.charCodeAt(i) === buffer[from + i]) i++;
          if (i === word.length) return w;
        }
      }
    }
  }

  /** The number of the word `text[from, to)`, added to the table when new. */
  private wordAt(text: string, from: number, to: number): number {
    let hash = FNV_OFFSET;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const w = this.slots[slot];
      if (w === EMPTY) return this.addWord(text.slice(from, to), hash, slot);
      if (this.wordHash[w] === hash && this.sameWord(this.words[w], text, from, to)) return w;
    }
  }

  private sameWord(word: string, text: string, from: number, to: number): boolean {
    if (word.length !== to - from) return false;
    for (let i = 0; i < word.length; i++) {
      if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
    }
    return true;
  }

  private addWord(word: string, hash: number, slot: number): number {
    const w = this.words.length;
    const ids = isContentWord(word) ? wordKeys(word).map((k) => this.idOf(k)) : [];
    if (w + 2 > this.wordStart.length) {
      this.wordStart = grown(this.wordStart, w + 2);
      this.wordHash = grown(this.wordHash, w + 1);
      const triggers = new Uint8Array(this.wordHash.length);
      triggers.set(this.wordTriggers);
      this.wordTriggers = triggers;
    }
    const start = this.wordStart[w];
    if (start + ids.length > this.wordKeyIds.length) this.wordKeyIds = grown(this.wordKeyIds, start + ids.length);
    this.wordKeyIds.set(ids, start);
    this.wordStart[w + 1] = start + ids.length;
    this.wordHash[w] = hash;
    this.wordTriggers[w] = mayFoldPhrase(word) ? 1 : 0;
    this.words.push(word);
    this.slots[slot] = w;
    // Kept at most half full, so that probes stay short.
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return w;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let w = 0; w < this.words.length; w++) {
      let slot = this.wordHash[w] & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = w;
    }
  }

  private takeWord(w: number, mark: number): void {
    this.takeAll(this.wordKeyIds, this.wordStart[w], this.wordStart[w + 1], mark);
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
