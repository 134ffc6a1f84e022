// Names written in quotation marks. Levantine and Syrian outlets often quote a person's name after the title or
// the verb that introduces them («وقال الصحفي البريطاني "باترك وينتور"، …»، «وتابع "وينتور"، قائلاً: …»), and the
// place or body of a title («عميد «سبها»: …»): those marks set off a name, not a quotation, so the Arabic stages read
// the words between them as plain words.
import { quoteSpans } from "../segment.js";
import type { QuoteSpan } from "../types.js";
import { CONTINUING_VERBS, REPORTING_VERBS, ROLE_CONTINUATIONS, ROLE_HEADS } from "../lexicon-ar.js";
import { normAr, stripConj } from "../text.js";
import { nameLike } from "./names.js";
import type { Token } from "../tokens.js";

/** A name is one to three words. */
const MAX_NAME_WORDS = 3;
/** How far back a title may stand before its definite adjectives and genitive (الصحفي البريطاني، المتحدث باسم الحركة). */
const MAX_ROLE_WORDS = 5;

/** Quote spans of an Arabic line (segment.ts quoteSpans) less the ones that set off a name. */
export function arabicQuoteSpans(line: string, continued = false): QuoteSpan[] {
  return quoteSpans(line, continued).filter((q) => !quotedName(line, q));
}

const asToken = (text: string, start: number): Token => ({ kind: "word", text, start, end: start + text.length });

/** The span holds one to three name words, stands right after a reporting verb or a title, and the sentence goes
 *  on after it with a comma, a colon or the complement (a name closes no statement). */
function quotedName(line: string, q: QuoteSpan): boolean {
  if (q.open || q.end - q.start > 40) return false;
  const words = line.slice(q.start, q.end).split(/\s+/);
  if (!words.length || words.length > MAX_NAME_WORDS || words.some((w, i) => !/^[\u0621-\u064A]+$/.test(w) || !nameLike(asToken(w, q.start), i === 0))) return false;
  const after = line.slice(q.end + 1, q.end + 12);
  if (!/^\s*[،,:]/.test(after) && !/^\s+(?:[بل]?[أإا]ن(?:ه|ها|هم)?|في|خلال)\s/.test(after)) return false;
  const before = line.slice(Math.max(0, q.start - 1 - 80), q.start - 1).trim().split(/\s+/).slice(-MAX_ROLE_WORDS).map(normAr);
  const last = before[before.length - 1];
  if (!last) return false;
  if (REPORTING_VERBS.has(last) || REPORTING_VERBS.has(stripConj(last)) || CONTINUING_VERBS.has(stripConj(last))) return true;
  // Back over the title's definite adjectives and genitives to the title itself.
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k];
    if (ROLE_HEADS.has(w) || ROLE_HEADS.has(stripConj(w))) return true;
    if (!/^(?:[وبل]?ال|لل)/.test(w) && !ROLE_CONTINUATIONS.has(w)) return false;
  }
  return false;
}
