// Search keys as integers. Every distinct key of a corpus gets an id once; records hold arrays of ids,
// so that building the index and checking a record never hash the same strings again.
import { isContentWord, wordKeys } from "../normalize/index.js";

const NONE = new Int32Array(0);

export class KeyTable {
  readonly ids = new Map<string, number>();
  readonly keys: string[];
  /** Normalized word → its key ids (none for a function word). */
  private readonly byWord = new Map<string, Int32Array>();
  private marks = new Int32Array(1024);
  private mark = 0;
  /** The ids collected so far by the running `collect`. */
  private scratch = new Int32Array(256);
  private count = 0;

  constructor(keys: string[] = []) {
    this.keys = keys;
    keys.forEach((k, i) => this.ids.set(k, i));
  }

  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  private wordIds(word: string): Int32Array {
    let ids = this.byWord.get(word);
    if (!ids) {
      ids = isContentWord(word) ? Int32Array.from(wordKeys(word), (k) => this.idOf(k)) : NONE;
      this.byWord.set(word, ids);
    }
    return ids;
  }

  /** The distinct key ids of some normalized texts (words separated by single spaces) and id lists. */
  collect(texts: string[], lists: Int32Array[] = []): Int32Array {
    this.count = 0;
    const mark = this.nextMark();
    for (const list of lists) {
      for (let j = 0; j < list.length; j++) this.take(list[j], mark);
    }
    for (const text of texts) {
      if (!text) continue;
      for (const word of text.split(" ")) {
        const ids = this.wordIds(word);
        for (let j = 0; j < ids.length; j++) this.take(ids[j], mark);
      }
    }
    return this.scratch.slice(0, this.count);
  }

  private take(id: number, mark: number): void {
    if (id >= this.marks.length) this.grow(id);
    if (this.marks[id] !== mark) {
      this.marks[id] = mark;
      if (this.count === this.scratch.length) {
        const bigger = new Int32Array(this.scratch.length * 2);
        bigger.set(this.scratch);
        this.scratch = bigger;
      }
      this.scratch[this.count++] = id;
    }
  }

  private nextMark(): number {
    if (++this.mark === 0x7fffffff) {
      this.marks.fill(0);
      this.mark = 1;
    }
    return this.mark;
  }

  private grow(id: number): void {
    const bigger = new Int32Array(Math.max(id + 1, this.marks.length * 2));
    bigger.set(this.marks);
    this.marks = bigger;
  }
}
