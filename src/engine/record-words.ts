// The words of records' raw texts as the quote-mark tests read them (plainWords), read once per text on
// first use and kept as ids, in order: a quote-marked question of common words touches thousands of
// records, and scanning or normalizing each one's text again for every question was most of its time.
// A text no phrase fold applies to has normalize()'s very words: whether it holds a quoted phrase is
// then answered here, word for word, with no normalizing.
import { plainWords } from "../normalize/plain.js";
import { allowedEdits, MAX_MISSPELT_WORDS, MIN_PHRASE_WORDS, withinEdits } from "./spelling.js";

/** A quoted phrase (normalized words) as RecordWords matches it: its words' ids, -1 for words no text read so far holds. */
export interface PhraseWords {
  words: string[];
  ids: Int32Array;
  /** How many words the texts read had when the ids were looked up. */
  seen: number;
}

export class RecordWords {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /**
   * Text t's word ids in order: `pool[start[t] .. start[t] + length[t])`; start -1 until read. Made on
   * the first read (most engines never see a quote-marked question: 5.7 MB at 100,000 quotes).
   */
  private start: Int32Array | undefined = undefined;
  private length: Int32Array | undefined = undefined;
  /** 1 where the text's words are normalize()'s (plain text, no phrase fold). */
  private exactly: Uint8Array | undefined = undefined;
  private pool = new Int32Array(0);
  private used = 0;

  /** `text(t)` is text number t (of `count`); the texts never change. Only plain texts are read (isPlainText). */
  constructor(private readonly count: number, private readonly text: (t: number) => string) {}

  /** Whether text t holds the word (lowercase ASCII letters) as one of its plainWords. */
  holds(t: number, word: string): boolean {
    if (!this.start || this.start[t] < 0) this.read(t);
    const id = this.ids.get(word);
    if (id === undefined) return false;
    const from = this.start![t];
    const to = from + this.length![t];
    for (let j = from; j < to; j++) if (this.pool[j] === id) return true;
    return false;
  }

  /** Whether text t's words are normalize()'s (then `holdsPhrase` answers for it). */
  exact(t: number): boolean {
    if (!this.start || this.start[t] < 0) this.read(t);
    return this.exactly![t] === 1;
  }

  /** A phrase's words (normalized, as scoreRecords pads them) to match against texts. */
  phrase(phrase: string): PhraseWords {
    const words = phrase.split(" ").filter(Boolean);
    return { words, ids: Int32Array.from(words, (w) => this.ids.get(w) ?? -1), seen: this.ids.size };
  }

  /**
   * Whether exact text t holds the phrase as its normalized text would (` ${normalize(text)} `): word
   * for word (includes), or misspelt as holdsMisspelt allows: at least one word and at most
   * MAX_MISSPELT_WORDS within their allowed edits, and no more misspelt than spelt right.
   */
  holdsPhrase(t: number, p: PhraseWords): boolean {
    if (!this.start || this.start[t] < 0) this.read(t);
    if (p.seen !== this.ids.size) {
      p.words.forEach((w, k) => (p.ids[k] = this.ids.get(w) ?? -1));
      p.seen = this.ids.size;
    }
    const n = p.ids.length;
    const from = this.start![t];
    const to = from + this.length![t];
    const misspelt = n >= MIN_PHRASE_WORDS;
    const right = Math.max(n - MAX_MISSPELT_WORDS, Math.ceil(n / 2));
    for (let s = from; s + n <= to; s++) {
      let same = 0;
      for (let k = 0; k < n; k++) if (this.pool[s + k] === p.ids[k]) same++;
      if (same === n) return true;
      if (!misspelt || same < right) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        if (this.pool[s + k] === p.ids[k]) continue;
        const w = p.words[k];
        const x = this.words[this.pool[s + k]];
        ok = withinEdits(w, x, allowedEdits(Math.min(w.length, x.length)));
      }
      if (ok) return true;
    }
    return false;
  }

  private read(t: number): void {
    if (!this.start || !this.length || !this.exactly) {
      this.start = new Int32Array(this.count).fill(-1);
      this.length = new Int32Array(this.count);
      this.exactly = new Uint8Array(this.count);
      this.pool = new Int32Array(1 << 16);
    }
    const plain = plainWords(this.text(t));
    const words = plain?.words ?? [];
    if (this.used + words.length > this.pool.length) {
      const grown = new Int32Array(Math.max(this.pool.length * 2, this.used + words.length));
      grown.set(this.pool.subarray(0, this.used));
      this.pool = grown;
    }
    for (let k = 0; k < words.length; k++) {
      let id = this.ids.get(words[k]);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(words[k], id);
        this.words.push(words[k]);
      }
      this.pool[this.used + k] = id;
    }
    this.start[t] = this.used;
    this.length[t] = words.length;
    this.exactly[t] = plain && !plain.folds ? 1 : 0;
    this.used += words.length;
  }
}
