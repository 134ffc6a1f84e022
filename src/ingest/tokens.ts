// A sentence as a stream of words, punctuation and whole quotes (a quote is one token, so that the
// patterns see "verb speaker : QUOTE" whatever the quote holds).
import type { QuoteSpan, Sentence } from "./types.js";

export type TokenKind = "word" | "comma" | "colon" | "end" | "quote" | "paren";

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offsets in the paragraph line; for a quote, the marks included. */
  start: number;
  end: number;
  /** For a quote: the span inside the marks. */
  span?: QuoteSpan;
}

// Dotted initials ("J.D.", "U.S.", the "M." of "Lauren M. Castellano", both of "P. J. Hollis") and abbreviated titles before a
// name ("Capt. Lorenzo", "Sen. Ada") and "No." before a number ("the No. 2 Republican") are one word with their last dot.
const PIECE = /((?:\p{Lu}\.){2,}(?![\p{L}\p{N}])|\p{Lu}\.(?=\s(?:\p{Lu}\.\s){0,3}\p{Lu}\p{Ll})|(?<![\p{L}.])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Cpt|Sgt|Cmdr|Adm|Maj|Det|Insp|Supt|Atty|Amb|Rev|Fr|Cpl|Brig)\.(?=\s+\p{Lu})|(?<![\p{L}.])No\.(?=\s\d)|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}_'’\-.]*[\p{L}\p{M}\p{N}]|[\p{L}\p{M}\p{N}])|([،,;؛])|(:)|([.!?؟]+)|([()[\]])/gu;

const ABBREVIATION = /^(?:(?:[A-Z]\.)+|Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Capt|Cpt|Sgt|Cmdr|Adm|Maj|Det|Insp|Supt|Atty|Amb|Rev|Fr|Cpl|Brig|Jr|Sr|Inc|Corp|Ltd|No|د)\.?$/;

/** One-letter abbreviations of titles: د (doctor), م (engineer). */
const ARABIC_TITLE_INITIALS = new Set(["د", "م"]);

export function tokenize(s: Sentence, spans: QuoteSpan[]): Token[] {
  const line = s.paragraph.text;
  const inSentence = spans.filter((q) => q.start >= s.start && q.start <= s.end);
  const out: Token[] = [];
  let pos = s.start;
  const words = (from: number, to: number) => {
    const chunk = line.slice(from, to);
    PIECE.lastIndex = 0;
    for (let m = PIECE.exec(chunk); m; m = PIECE.exec(chunk)) {
      const start = from + m.index;
      const text = m[0];
      const kind: TokenKind = m[1] ? "word" : m[2] ? "comma" : m[3] ? "colon" : m[4] ? "end" : "paren";
      // "د. سامي الحربي"، "م. خالد المطيري": the full stop of an Arabic title's one-letter abbreviation ends nothing.
      const prev = out[out.length - 1];
      if (kind === "end" && text === "." && prev?.kind === "word" && prev.end === start && ARABIC_TITLE_INITIALS.has(prev.text) && /^\s/.test(line.slice(start + 1, start + 2))) continue;
      if (kind === "word" && /\.$/.test(text) && !ABBREVIATION.test(text)) {
        out.push({ kind, text: text.slice(0, -1), start, end: start + text.length - 1 });
        out.push({ kind: "end", text: ".", start: start + text.length - 1, end: start + text.length });
      } else out.push({ kind, text, start, end: start + text.length });
    }
  };
  for (const q of inSentence) {
    // A quote carried over from the paragraph before starts the line with no opening mark.
    const open = q.start > 0 ? q.start - 1 : 0;
    words(pos, Math.max(pos, open));
    const close = q.open ? q.end : Math.min(q.end + 1, line.length);
    out.push({ kind: "quote", text: line.slice(open, close), start: open, end: close, span: q });
    pos = close;
  }
  words(pos, s.end);
  return joinDetachedConjunctions(out);
}

/** "و أكد اللاعب …": some outlets type the conjunction و as a word of its own; it belongs to the word after it
 *  (read as "وأكد", its offsets spanning both). */
function joinDetachedConjunctions(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.kind === "word" && t.text === "و" && next?.kind === "word" && /^[\u0621-\u064A]/.test(next.text)) {
      out.push({ ...next, text: t.text + next.text, start: t.start });
      i++;
    } else out.push(t);
  }
  return out;
}

/** True when nothing but punctuation follows token index i in the sentence. */
export function restIsPunctuation(tokens: Token[], i: number): boolean {
  return tokens.slice(i + 1).every((t) => t.kind === "end" || t.kind === "comma");
}
