// Paragraphs (content lines), quote-mark spans and sentences of an article.
import { splitLines } from "../corpus/load.js";
import { isNavigationLine } from "../corpus/navigation.js";
import { sentenceEnds } from "../normalize/sentences.js";
import type { Paragraph, QuoteSpan, Sentence } from "./types.js";

/** Content lines of the article, 1-based; blank and "read also" lines are not content. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let base = 0;
  splitLines(text).forEach((line, i) => {
    if (line.trim() && !isNavigationLine(line)) out.push({ line: i + 1, text: line, base });
    base += line.length + 1;
  });
  return out;
}

const OPEN_CLOSE: Record<string, string> = { "“": "”", "«": "»", "„": "“" };

/** Spans between quote marks ("…", «…», “…”), marks excluded. A quote left open runs to the line end.
 *  `continued`: the paragraph before ended inside an open quote, so a closing mark met before any opening
 *  one (or the first of an odd number of ") ends a quote that starts with the line. */
export function quoteSpans(line: string, continued = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { close: string; at: number } | null = null;
  let from = 0;
  if (continued) {
    const close = line.search(/[”»"]/);
    const firstOpen = line.search(/[“«„]/);
    const straight = (line.match(/"/g) ?? []).length;
    if (close > 3 && (firstOpen < 0 || firstOpen > close) && (line[close] !== '"' || straight % 2 === 1)) {
      spans.push({ start: 0, end: close, open: false });
      from = close + 1;
    }
  }
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (open) {
      if (c === open.close) {
        if (i > open.at + 1) spans.push({ start: open.at + 1, end: i, open: false });
        open = null;
      }
      continue;
    }
    if (c === '"') open = { close: '"', at: i };
    else if (OPEN_CLOSE[c]) open = { close: OPEN_CLOSE[c], at: i };
  }
  if (open && line.length - open.at > 12) spans.push({ start: open.at + 1, end: line.length, open: true });
  return spans;
}

/** The line with every quoted stretch (marks kept) blanked, so patterns never fire inside a quote. */
export function maskQuotes(line: string, spans: QuoteSpan[]): string {
  let out = line;
  for (const s of spans) out = out.slice(0, s.start) + "\u2591".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** Sentences of a paragraph. Ends inside quote marks, between digits (3.5) or after abbreviations do not count. */
export function sentencesOf(p: Paragraph, spans: QuoteSpan[] = quoteSpans(p.text)): Sentence[] {
  const line = p.text;
  const out: Sentence[] = [];
  const inside = (i: number) => spans.some((s) => i >= s.start && i < s.end);
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ paragraph: p, start: from + lead, end: from + lead + text.length, text });
  };
  for (const stop of sentenceEnds(line, inside).stops) {
    push(stop);
    from = stop;
  }
  push(line.length);
  return out;
}
