// Chat noise: what people type around a question in Discord, Slack or a terminal that is no part of
// it — mention tokens, @handles, emoji, greetings and thanks, "pls", repeated punctuation, every kind
// of quotation mark. The core drops it before reading a question, so every adapter and the CLI read
// the same question. Every pattern here is linear; the caller caps the length first.
import NOISE from "./data/chat-noise.json" with { type: "json" };
import { normalize } from "./index.js";

// Discord `<@123>`, `<@!123>`, `<@&role>`, `<#channel>`, `<a:emoji:123>`, `<t:1700000000:R>`,
// `</command:123>`; Slack `<@U123>`, `<@U123|name>`, `<#C123|news>`, `<!here>`, `<!subteam^S1>`.
const PLATFORM_TOKEN = /<(?:[@#!][^<>\n]{1,100}|a?:\w{1,32}:\d{1,20}|t:-?\d{1,20}(?::\w)?|\/[^<>\n]{1,40}:\d{1,20})>/g;
// `@quotebot`, `@someone` where a handle starts (not inside an e-mail address).
const HANDLE = /(^|[\s(،,])@[\p{L}\p{N}_.-]{1,40}/gu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u20E3\u{E0020}-\u{E007F}]/gu;
// Slack and Discord shortcodes (`:pray:`) and emoticons, as whole tokens only.
const SHORTCODE = /(^|\s):[a-z0-9_+-]{2,40}:(?=\s|$)/gi;
const EMOTICON = /(^|\s)(?:[:;=][-'^]?[)(\][DPpOo3/\\|*]{1,5}|<3|\^_?\^|-_-|xD+|XD+)(?=\s|$)/g;
// Quotation marks of every script and typography, made one: the question reader looks for '"'.
const DOUBLE_QUOTES = /[“”„‟«»‹›〝〞〟＂「」『』″‶❝❞]/g;
const SINGLE_QUOTED = /(^|[\s(:،,])['‘‚‛]([^'‘’‚‛\n]{2,300})['’](?=[\s?!.,؟،:;)]|$)/g;
const REPEATED_PUNCTUATION = /([!?؟.,،;:~*_\-])\1+/g;
const MIXED_MARKS = /[!?؟]{2,}/g;

/** A clause ends at any of these (so a greeting before "," or "!" is its own clause). */
const CLAUSE_BREAK = /[.!?؟,،;:\n"()]/;
const WORD = /[\p{L}\p{N}\p{M}\u0640'’]+/gu;
const MAX_PHRASE_WORDS = 6;

type Lists = Record<string, string[]>;
const phraseSet = (lists: Lists) => new Set(Object.values(lists).flat().map(normalize).filter(Boolean));
const OPENERS = phraseSet(NOISE.openers);
const EDGES = phraseSet(NOISE.edges);
const ANYWHERE = phraseSet(NOISE.anywhere);

interface Word {
  start: number;
  end: number;
  norm: string;
  /** Inside a pair of quotation marks: the person's own words, never noise. */
  quoted: boolean;
  /** A clause break stands between this word and the one before. */
  opensClause: boolean;
}

function wordsOf(text: string): Word[] {
  const quotes: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) quotes.push(i);
  let before = 0; // quotation marks before the current word
  const out: Word[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    while (before < quotes.length && quotes[before] < start) before++;
    const gap = text.slice(prevEnd, start);
    out.push({
      start, end: start + m[0].length, norm: normalize(m[0]),
      quoted: before % 2 === 1 && before < quotes.length, opensClause: out.length === 0 || CLAUSE_BREAK.test(gap),
    });
    prevEnd = start + m[0].length;
  }
  return out;
}

/** The length (in words) of the longest phrase of `set` at words[from..], within one clause. */
function phraseAt(words: Word[], from: number, set: Set<string>, clauseEnd: number): number {
  let best = 0;
  let joined = "";
  for (let k = 1; k <= MAX_PHRASE_WORDS && from + k <= clauseEnd; k++) {
    const w = words[from + k - 1];
    if (w.quoted) break;
    joined = joined ? `${joined} ${w.norm}` : w.norm;
    if (set.has(joined)) best = k;
  }
  return best;
}

/** The length of the longest phrase of `set` that ends at words[to - 1], within one clause. */
function phraseEndingAt(words: Word[], to: number, set: Set<string>, clauseStart: number): number {
  let best = 0;
  let joined = "";
  for (let k = 1; k <= MAX_PHRASE_WORDS && to - k >= clauseStart; k++) {
    const w = words[to - k];
    if (w.quoted) break;
    joined = joined ? `${w.norm} ${joined}` : w.norm;
    if (set.has(joined)) best = k;
  }
  return best;
}

/** Word indexes to drop: noise phrases anywhere, and greetings and thanks at the edges of a clause. */
function noiseWords(words: Word[]): Set<number> {
  const drop = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const n = phraseAt(words, i, ANYWHERE, words.length);
    for (let k = 0; k < n; k++) drop.add(i + k);
    if (n) i += n - 1;
  }
  let start = 0;
  while (start < words.length) {
    let end = start + 1;
    while (end < words.length && !words[end].opensClause) end++;
    let i = start;
    while (i < end) {
      if (drop.has(i)) {
        i++;
        continue;
      }
      const n = Math.max(phraseAt(words, i, OPENERS, end), phraseAt(words, i, EDGES, end));
      if (!n) break;
      for (let k = 0; k < n; k++) drop.add(i + k);
      i += n;
    }
    let j = end;
    while (j > i) {
      if (drop.has(j - 1)) {
        j--;
        continue;
      }
      const n = phraseEndingAt(words, j, EDGES, i);
      if (!n) break;
      for (let k = 1; k <= n; k++) drop.add(j - k);
      j -= n;
    }
    start = end;
  }
  return drop;
}

/** The question without chat noise; "" when nothing but noise was said. */
export function stripChatNoise(text: string): string {
  let s = text
    .replace(PLATFORM_TOKEN, " ")
    .replace(HANDLE, "$1 ")
    .replace(EMOJI, " ")
    .replace(SHORTCODE, "$1 ")
    .replace(EMOTICON, "$1 ")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTED, '$1"$2"')
    .replace(/…/g, ".")
    .replace(REPEATED_PUNCTUATION, "$1")
    .replace(MIXED_MARKS, (m) => (m.includes("؟") ? "؟" : "?"));
  const words = wordsOf(s);
  const drop = noiseWords(words);
  if (drop.size) {
    let out = "";
    let at = 0;
    for (const i of [...drop].sort((a, b) => a - b)) {
      out += s.slice(at, words[i].start);
      at = words[i].end;
    }
    s = out + s.slice(at);
  }
  // What is left of a dropped clause: its punctuation.
  return s
    .replace(/[ \t]+/g, " ")
    .replace(/^[\s,.!،;:\-]+/, "")
    .replace(/\s+([,.!?؟،;:])/g, "$1")
    .replace(/([,،;:])(?=[,.!?؟،;:])/g, "")
    .replace(MIXED_MARKS, (m) => (m.includes("؟") ? "؟" : "?"))
    .replace(/[\s,،;:]+$/, "")
    .replace(/^[,.!?؟،;:\s]+$/, "")
    .trim();
}
