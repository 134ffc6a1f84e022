// Paragraphs (content lines), quote-mark spans and sentences of an article.
import { splitLines } from "../corpus/load.js";
import { navigationLines } from "../corpus/navigation.js";
import { sentenceEnds } from "../normalize/sentences.js";
import type { Paragraph, QuoteSpan, Sentence } from "./types.js";

/** Content lines of the article, 1-based; blank and "read also" lines are not content. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let base = 0;
  const lines = splitLines(text);
  const navigation = navigationLines(lines);
  lines.forEach((line, i) => {
    if (line.trim() && !navigation.has(i + 1)) out.push({ line: i + 1, text: line, base });
    base += line.length + 1;
  });
  return out;
}

/** A US lawmaker's party and state ("Sen. Ada Lowe (D-Ore.) said", "Ada Lowe, R-Ky., said") stands between
 *  the name and its verb as an aside the patterns would read as an apposition: it is blanked, one space for
 *  one character, so every offset holds. */
const PARTY_TAG = /\s\((?:R|D|I)-[A-Z][A-Za-z.]{0,10}(?:\s[A-Z][a-z.]{1,10})?\)|,\s(?:R|D|I)-[A-Z][A-Za-z.]{0,10}(?:\s[A-Z][a-z.]{1,10})?,/g;
export function blankPartyTags(line: string): string {
  // "Ada Lowe, R-Ky., a long-shot candidate, said": before a further apposition the closing comma stays.
  return line.replace(PARTY_TAG, (m, at: number) => (m.endsWith(",") && APPOSITION_NEXT.test(line.slice(at + m.length, at + m.length + 8)) ? `${" ".repeat(m.length - 1)},` : " ".repeat(m.length)));
}
const APPOSITION_NEXT = /^\s+(?:a|an|the|who|whose|one)\s/i;

/** Some papers (the New York Times among them) write a double quotation mark as two apostrophes
 *  (''…''). The line is returned with each such pair turned into a curly mark and a space, so that it
 *  keeps its length (every offset into it is an offset into the original line): an opening pair (after
 *  a space, a bracket, a dash or the line start) becomes " “", a closing one "” ". A third apostrophe
 *  is a single quote inside the double one (''' opening: “ then '; closing: ' then ”). */
export function apostrophePairsAsQuotes(line: string): string {
  if (!line.includes("''")) return line;
  return line.replace(/'{2,3}/g, (run: string, at: number) => {
    const opening = at === 0 || /[\s([—–-]/.test(line[at - 1]);
    if (run.length === 2) return opening ? " “" : "” ";
    return opening ? " “'" : "'” ";
  });
}

/** British and Irish pages quote with single marks (‘Some of the court lists …’) and keep double marks for a
 *  quotation inside one; an article with no double mark at all uses ‘ … ’ as its quotation marks. Each ‘ that opens
 *  a word (at a line's start or after a space or bracket) pairs with the next ’ that ends one (before a space,
 *  punctuation or the line's end; "it’s" stays an apostrophe), and both are written as “ ”. One character for one,
 *  so every offset holds. */
export function singleQuotesAsDouble(lines: string[]): string[] {
  if (lines.some((l) => /["“”„]/.test(l)) || !lines.some((l) => OPENING_SINGLE.test(l))) return lines;
  return lines.map((line) => {
    if (!line.includes("‘")) return line;
    let out = "";
    let open = -1;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      const before = i === 0 ? " " : line[i - 1];
      const after = i + 1 >= line.length ? " " : line[i + 1];
      if (c === "‘" && open < 0 && BEFORE_OPENING.test(before) && !/\s/.test(after)) {
        open = i;
        out += "“";
      } else if (c === "’" && open >= 0 && !/\s/.test(before) && AFTER_CLOSING.test(after)) {
        open = -1;
        out += "”";
      } else out += c;
    }
    return out;
  });
}
const OPENING_SINGLE = /(?:^|[\s([{—–-])‘\S/;

const DOUBLE_MARKS = new Set(['"', "“", "”"]);
const BEFORE_OPENING = /[\s([{—–-]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–-]/;

/** English pages mix their double quotation marks ("…” , “…“ , ”…”): each mark is read as opening or
 *  closing by where it stands (after a space and before a word: opening; after a word and before a space
 *  or punctuation: closing), else by its shape (" alternates), and written back as “ or ”. One character
 *  for one, so every offset holds. */
export function doubleQuotesByPosition(line: string): string {
  let out = "";
  let from = 0;
  let inside = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (!DOUBLE_MARKS.has(c)) continue;
    const before = i === 0 ? " " : line[i - 1];
    const after = i + 1 >= line.length ? " " : line[i + 1];
    const opensHere = BEFORE_OPENING.test(before) && !/\s/.test(after);
    const closesHere = !/\s/.test(before) && AFTER_CLOSING.test(after);
    let opening: boolean;
    // "” The one that we heard …": a mark that opens the paragraph, a space and a capital after it, closes
    // nothing (a quotation cannot end before its first word): a slip for the opening mark.
    if (i === 0 && /^\s\p{Lu}/u.test(line.slice(1, 3))) opening = true;
    else if (opensHere && !closesHere) opening = true;
    else if (closesHere && !opensHere) opening = false;
    else opening = c === "“" ? true : c === "”" ? false : !inside;
    inside = opening;
    out += line.slice(from, i) + (opening ? "“" : "”");
    from = i + 1;
  }
  return from === 0 ? line : out + line.slice(from);
}

const OPEN_CLOSE: Record<string, string> = { "“": "”", "«": "»", "„": "“" };

/** Spans between quote marks ("…", «…», “…”), marks excluded. A quote left open runs to the line end.
 *  `continued`: the paragraph before ended inside an open quote, so a closing mark met before any opening
 *  one (or the first of an odd number of ") ends a quote that starts with the line. */
export function quoteSpans(line: string, continued = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // "»…«" and "”…“": some pages write the marks reversed; a line whose first closing mark comes before any opening
  // one, with as many of each, uses them the other way round.
  const reversed = (open: string, close: string) => {
    const o = line.indexOf(open);
    const c = line.indexOf(close);
    return c >= 0 && o > c && line.split(open).length === line.split(close).length;
  };
  const pairs: Record<string, string> = { ...OPEN_CLOSE };
  if (!continued && reversed("«", "»")) {
    delete pairs["«"];
    pairs["»"] = "«";
  }
  if (!continued && reversed("“", "”") && !line.includes("„")) {
    delete pairs["“"];
    pairs["”"] = "“";
  }
  // "قال ” … ”": some pages write the closing mark at both ends; with no opening mark in the line and an even count,
  // they pair up like straight marks.
  if (!continued && !line.includes("“") && !line.includes("„") && (line.split("”").length - 1) % 2 === 0) pairs["”"] = "”";
  // "أن “ … “": or the opening mark at both ends.
  if (!continued && !line.includes("”") && !line.includes("„") && (line.split("“").length - 1) % 2 === 0) pairs["“"] = "“";
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
    // "…: "نلعب … فنيًا. وعن غياب …، رد قائلاً: "أود …"": a straight mark right after a colon opens the next quote; a
    // straight quote still open then was left unclosed, and ends with its last sentence before the cue.
    if (open?.close === '"' && c === '"' && /:\s*$/.test(line.slice(Math.max(0, i - 3), i))) {
      const ends = [...line.slice(open.at + 1, i).matchAll(/[.!?؟](?=\s)/g)];
      const last = ends[ends.length - 1];
      if (last) {
        const end = open.at + 1 + last.index!;
        let start = open.at + 1;
        while (start < end && /\s/.test(line[start])) start++;
        if (end > start) spans.push({ start, end, open: false });
        open = { close: '"', at: i };
        continue;
      }
    }
    if (open) {
      if (c === open.close) {
        // "” النواب متشبثون …”": spaces just inside the marks are no part of the quote.
        let [start, end] = [open.at + 1, i];
        while (start < end && /\s/.test(line[start])) start++;
        while (end > start && /\s/.test(line[end - 1])) end--;
        if (end > start) spans.push({ start, end, open: false });
        open = null;
      }
      continue;
    }
    if (c === '"') open = { close: '"', at: i };
    else if (pairs[c]) open = { close: pairs[c], at: i };
  }
  if (open && line.length - open.at > 12) spans.push({ start: open.at + 1, end: line.length, open: true });
  return spans;
}

/** The line with every quoted stretch (marks kept) blanked, so patterns never fire inside a quote. */
export function maskQuotes(line: string, spans: QuoteSpan[]): string {
  // One pass over the spans in order (rebuilding the line per span is spans × length).
  let out = "";
  let from = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < from) continue;
    out += line.slice(from, s.start) + "\u2591".repeat(s.end - s.start);
    from = s.end;
  }
  return out + line.slice(from);
}

/** After a closing quote mark: up to six words and the sentence end, with no quote mark among them. */
const ATTRIBUTION_TAIL = /^\s+(?:[^\s.!?"“”«»]+\s+){0,5}[^\s.!?"“”«»]+[.!?](?:\s|$)/u;
/** "…?” said Susan Hennessey, a former agency lawyer now at …": an inverted reporting verb, however long its speaker. */
const INVERTED_TAIL = /^\s+(?:said|says|asked|asks|added|adds|wrote|writes|told)\s+\p{Lu}/u;
/** A reporting verb among the first four words of an English tail. */
const LEADING_REPORTING_TAIL = /^\s+(?:[^\s.!?"“”«»]+\s+){1,3}(?:said|says|asked|asks|added|adds|wrote|writes|told|tells)\b/u;
/** A reporting verb among the words of an English tail. */
const REPORTING_TAIL = /\s(?:said|says|asked|asks|added|adds|wrote|writes|told|tells|recalled|explained|continued)\b/;

/** Sentences of a paragraph. Ends inside quote marks, between digits (3.5) or after abbreviations do not count. */
export function sentencesOf(p: Paragraph, spans: QuoteSpan[] = quoteSpans(p.text)): Sentence[] {
  const line = p.text;
  const out: Sentence[] = [];
  // Ends are met in order, so one pointer walks the spans (testing every span per end is quadratic).
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  const inside = (i: number) => {
    while (k < ordered.length && ordered[k].end <= i) k++;
    return k < ordered.length && ordered[k].start <= i;
  };
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ paragraph: p, start: from + lead, end: from + lead + text.length, text });
  };
  for (const stop of sentenceEnds(line, inside).stops) {
    // "“Why is he attacking me?” Trump said.": a quote ending in ? or ! and the short clause that
    // attributes it are one sentence (for ingest; the engine's splitter is left as it is).
    const closing = line.slice(Math.max(0, stop - 2), stop);
    const tail = line.slice(stop, stop + 100);
    // However long the clause: after the mark a word in lower case ('…?” she told reporters in a press conference')
    // or a reporting verb among its first words ('…?” Trump told Britain’s ITV in an interview aired …') goes on.
    if (/[?!]["”»]$/.test(closing) && (ATTRIBUTION_TAIL.test(tail) || INVERTED_TAIL.test(tail) || /^\s+\p{Ll}/u.test(tail) || LEADING_REPORTING_TAIL.test(tail))) continue;
    // "“… missing.” Trump said.": a quote closed by a full stop, then a short clause of a reporting verb.
    if (/\.["”»]$/.test(closing) && ATTRIBUTION_TAIL.test(tail) && REPORTING_TAIL.test(tail.split(/[.!?](?:\s|$)/)[0])) continue;
    push(stop);
    from = stop;
  }
  push(line.length);
  return out;
}
