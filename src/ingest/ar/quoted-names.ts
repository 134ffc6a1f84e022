// Names written in quotation marks. Levantine, Syrian and Gulf outlets often quote a person's name after the title or
// the verb that introduces them («وقال الصحفي البريطاني "باترك وينتور"، …»، «وتابع "وينتور"، قائلاً: …»،
// «أكد وزير الطاقة الأمير “عبد العزيز بن سلمان بن عبد العزيز”، أنه …»), and the place or body of a title
// («عميد «سبها»: …»): those marks set off a name, not a quotation, so the Arabic stages read the words between them
// as plain words.
import { quoteSpans } from "../segment.js";
import type { QuoteSpan } from "../types.js";
import { CONTINUING_VERBS, NAME_LINKS, ORG_HEADS, REPORTING_VERBS, ROLE_CONTINUATIONS, ROLE_HEADS } from "../lexicon-ar.js";
import { carriesPreposition } from "./clitic.js";
import { normAr, stripConj } from "../text.js";
import { HONORIFICS, nameLike, nameRun } from "./names.js";
import type { Token } from "../tokens.js";

/** A name is one word after its title, or up to seven with its links (عبد العزيز بن سلمان بن عبد العزيز). */
const MAX_NAME_WORDS = 7;
/** The span is read only when this short (seven name words and their spaces). */
const MAX_NAME_CHARS = 60;
/** How far back a title may stand before its definite adjectives and genitives (الصحفي البريطاني، المتحدث باسم
 *  الحركة، المدير الفني للمنتخب السعودي الأول لكرة القدم). */
const MAX_ROLE_WORDS = 8;

/** Quote spans of an Arabic line (segment.ts quoteSpans) less the ones that set off a name. */
export function arabicQuoteSpans(line: string, continued = false): QuoteSpan[] {
  return quoteSpans(line, continued).filter((q) => !quotedName(line, q));
}

/** The line with each quoted name and its marks blanked (a name's marks quote nothing). */
export function withoutQuotedNames(line: string): string {
  let out = line;
  for (const q of quoteSpans(line).filter((x) => quotedName(line, x))) {
    const [open, close] = marks(line, q);
    out = out.slice(0, open) + " ".repeat(close + 1 - open) + out.slice(close + 1);
  }
  return out;
}

/** Where the span's opening and closing marks are: they may stand a space away from the words ("” X ”"). */
function marks(line: string, q: QuoteSpan): [number, number] {
  let open = q.start - 1;
  while (open > 0 && /\s/.test(line[open])) open--;
  let close = q.end;
  while (close < line.length - 1 && /\s/.test(line[close])) close++;
  return [Math.max(0, open), close];
}

/** The words read as one person's name: name words, with the links of a long name (بن، عبد، آل) read part by part. */
function readsAsName(line: string, q: QuoteSpan): boolean {
  const tokens: Token[] = [];
  for (const m of line.slice(q.start, q.end).matchAll(/\S+/g)) {
    if (!/^[\u0621-\u064A]+$/.test(m[0])) return false;
    tokens.push({ kind: "word", text: m[0], start: q.start + m.index, end: q.start + m.index + m[0].length });
  }
  if (!tokens.length || tokens.length > MAX_NAME_WORDS) return false;
  if (tokens.length === 1) return nameLike(tokens[0], true);
  let end = nameRun(tokens, 0, true);
  // nameRun reads six words at most: a longer chain of descent goes on from its next link.
  while (end > 0 && end < tokens.length && NAME_LINKS.has(normAr(tokens[end].text))) {
    const next = nameRun(tokens, end, true);
    if (next <= end) break;
    end = next;
  }
  return end === tokens.length;
}

/** The span reads as a name, stands right after a reporting verb or a title (and its comma), and the sentence goes on
 *  after it with a comma, a colon or the complement (a name closes no statement). */
function quotedName(line: string, q: QuoteSpan): boolean {
  if (q.open || q.end - q.start > MAX_NAME_CHARS) return false;
  if (!readsAsName(line, q)) return false;
  const [open, close] = marks(line, q);
  const after = line.slice(close + 1, close + 12);
  if (!/^\s*[،,:]/.test(after) && !/^\s+(?:[بل]?[أإا]ن(?:ه|ها|هم)?|في|خلال)\s/.test(after)) return false;
  const before = line.slice(Math.max(0, open - 120), open).trim().split(/\s+/).slice(-MAX_ROLE_WORDS).map(normAr);
  const last = before[before.length - 1];
  if (!last) return false;
  if (REPORTING_VERBS.has(last) || REPORTING_VERBS.has(stripConj(last)) || CONTINUING_VERBS.has(stripConj(last))) return true;
  // "المدير الفني للمنتخب، "X Y" في …": a comma may set the name off its title.
  before[before.length - 1] = last.replace(/[،,]$/, "");
  // Back over the title's definite adjectives and genitives to the title itself.
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k];
    if (ROLE_HEADS.has(w) || ROLE_HEADS.has(stripConj(w)) || HONORIFICS.has(w)) return true;
    // "المدير الفني لنادي الوحدة"، "مدرب نادي الوحدة": a body in construct, with or without its preposition.
    if (!/^(?:[وبل]?ال|لل)/.test(w) && !ROLE_CONTINUATIONS.has(w) && !ORG_HEADS.has(w) && !carriesPreposition(w)) return false;
  }
  return false;
}
