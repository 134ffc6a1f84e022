// A news paragraph may open on a dateline: where (and when, and through which agency) the story was filed —
// "KUALA LUMPUR: …", "LAGOS, Nigeria (AP) — …", "NAIROBI, Dec 7 (Reuters) - …", "LONDON — …",
// "Kuala Lumpur, 7 December 2026 – …". It is page furniture: the place is nobody's name, its colon no cue, and
// the sentence after it opens the paragraph. It is blanked, one space for one character, so every offset holds.
import type { Paragraph } from "./types.js";

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?";
const DATE = `(?:${MONTH}\\s{1,3}\\d{1,2}|\\d{1,2}\\s{1,3}${MONTH})(?:,?\\s{1,3}\\d{4})?`;
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’-]{1,30}(?:\\s{1,3}\\p{Lu}[\\p{Lu}.'’-]{0,30}){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}.'’-]{1,30}(?:\\s{1,3}\\p{Lu}[\\p{Ll}.'’-]{1,30}){0,3}";
/** "Nigeria", "D.C.", "Calif.": the region or country written after the town. */
const REGION = "\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s{1,3}\\p{Lu}[\\p{L}.'’-]{0,30}){0,2}";
/** "(AP)", "(Reuters)", "(AFP)": the agency that filed the story; not a lawmaker's party and state ("(R-S.C.)"). */
const AGENCY = "\\(\\p{Lu}[\\p{L}.&/ ]{0,30}\\)";
/** A colon, a dash, or a hyphen with a space on one side at least ("CAIRO (Reuters) -The"; "AFL-CIO" is one word). */
const MARK = "(?::|[–—]{1,2}|(?<=\\s)-{1,2}|-{1,2}(?=\\s))";
const DATELINE = new RegExp(
  `^(?<place>${CAPS_PLACE}|${TITLE_PLACE})(?<region>,\\s{1,3}(?!${DATE})${REGION})?(?<date>,\\s{1,3}${DATE})?(?<agency>\\s{0,3}${AGENCY})?` +
    `\\s{0,3}(?<mark>${MARK})(?=\\s{0,3}[\\p{Lu}“"‘'])`, "u");
/** How far into the line a dateline may reach. */
const MAX_DATELINE = 160;
/** A line of a transcript: a speaker in capitals and a colon ("TAPPER: …"). */
const CAPS_COLON = /^["“]?\p{Lu}[\p{Lu}.'’ -]{1,40}:\s/u;

/** The length of the dateline that opens the line, or 0. A place in capitals and a colon is read as a dateline only
 *  when what follows is a sentence, not a quotation ("OBAMA: “I will …”"), and the article is no transcript (two lines
 *  or more that open on capitals and a colon); a place in title case ("Aziz Rahman: …" is a speaker) only with a date
 *  or an agency. */
export function datelineLength(line: string, transcript: boolean): number {
  const m = DATELINE.exec(line.slice(0, MAX_DATELINE));
  if (!m?.groups) return 0;
  const { place, region, date, agency, mark } = m.groups;
  const caps = !/\p{Ll}/u.test(place);
  const filed = !!(date || agency);
  if (!caps && !filed) return 0;
  if (mark === ":") {
    // 'Rep. Ada Lowe: "I have …"': a quotation after the colon makes the lead its speaker.
    if (/^\s*[“"‘']/u.test(line.slice(m[0].length))) return 0;
    // "AP: Trump chair routed …": a short acronym and a colon is a source.
    if (!filed && (transcript || region || /^\p{Lu}{2,3}$/u.test(place))) return 0;
  }
  return m[0].length;
}

/** The paragraphs with each opening dateline blanked. */
export function blankDatelines(paragraphs: Paragraph[]): Paragraph[] {
  const transcript = paragraphs.filter((p) => CAPS_COLON.test(p.text.slice(0, MAX_DATELINE))).length >= 2;
  return paragraphs.map((p) => {
    const n = datelineLength(p.text, transcript);
    return n ? { ...p, text: " ".repeat(n) + p.text.slice(n) } : p;
  });
}
