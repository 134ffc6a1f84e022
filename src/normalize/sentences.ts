// Where sentences end, for the engine (an answer's context) and for ingest (the sentences it reads): one
// splitter, so that both cut an article the same way. An end mark (. ! ? ؟, with a closing quote mark
// after it) ends a sentence unless it stands between digits (3.5), after an abbreviation of either
// language (Mr., U.S., Oct., د., م.) or inside a quotation that goes on.

// Abbreviations that take a full stop, matched on the word just before it. Dotted initials ("U.S",
// "J.D") and single letters of either script (an initial, "د" for doctor, "م" for the Gregorian year) too.
const ABBREVIATION_WORDS = [
  "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Capt", "Cpt", "Sgt", "Cmdr", "Adm",
  "Maj", "Det", "Insp", "Supt", "Atty", "Amb", "Rev", "Fr", "Cpl", "Brig", "Pres", "Jan", "Feb", "Mar", "Apr", "Jun",
  "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Inc", "Corp", "Ltd", "Jr", "Sr", "Mt", "Ft",
  // Arabic: doctor, engineer, professor, the hijri and Gregorian years, page, PO box.
  "د", "م", "أ", "ا", "ه", "هـ", "ص", "ق", "ب", "ص.ب", "ق.م",
];
const ABBREVIATION = new RegExp(
  `(?:^|[\\s(«“"'])(?:(?:[A-Z]\\.)+[A-Z]|[A-Z]|${ABBREVIATION_WORDS.map((w) => w.replace(/\./g, "\\.")).join("|")})$`,
);
/** The longest abbreviation looked at before a full stop. */
const LOOK_BACK = 8;

export interface SentenceEnds {
  /** Where each end mark starts. */
  marks: number[];
  /** The offset just after it (and after a closing quote mark that follows it). */
  stops: number[];
}

/** True when the full stop at `dot` closes an abbreviation, not a sentence. */
export function isAbbreviationStop(line: string, dot: number): boolean {
  return ABBREVIATION.test(line.slice(Math.max(0, dot - LOOK_BACK), dot));
}

/**
 * The sentence ends of one line. `inside(i)`: true when offset i is inside a quotation, where an end
 * mark only ends the sentence when the quotation closes right after it.
 */
export function sentenceEnds(line: string, inside: (i: number) => boolean = () => false): SentenceEnds {
  const marks: number[] = [];
  const stops: number[] = [];
  // Only from the first mark of a run: starting inside a run of marks retries the whole run (quadratic).
  // "… في الحوار.وقالت الوزيرة …": a full stop between Arabic words with no space after it (as pages are often
  // scraped) ends a sentence too; two letters either side, so "د.محمد" stays an abbreviation.
  const END = /(?<![.!?؟])[.!?؟]+["”»]?(?=\s|$)|(?<=[\u0621-\u064A]{2})[.؟](?=[\u0621-\u064A]{2})|\n/g;
  for (let m = END.exec(line); m; m = END.exec(line)) {
    const stop = m.index + m[0].length;
    const closes = /["”»]$/.test(m[0]);
    if (inside(m.index) && !closes) continue;
    // A full stop between digits ("3.5") does not end the sentence.
    if (/\d/.test(line[m.index - 1] ?? "") && /\d/.test(line[stop] ?? "")) continue;
    if (m[0] === "." && isAbbreviationStop(line, m.index)) continue;
    marks.push(m.index);
    stops.push(stop);
  }
  return { marks, stops };
}
