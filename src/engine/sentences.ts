// The sentence around a span: an answer's `context` is the whole sentence (or sentences) of the
// article line that holds the quoted or stated text.

// The ends come from the one splitter engine and ingest share (abbreviations of both languages).
export { sentenceEnds, type SentenceEnds } from "../normalize/sentences.js";
import type { SentenceEnds } from "../normalize/sentences.js";

/** The offsets of the sentence (or sentences) of a line that hold `line[start, end)`. */
export function sentenceBounds(line: string, ends: SentenceEnds, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = line.length;
  for (let i = 0; i < ends.stops.length; i++) {
    // An end mark inside the span itself does not end its sentence.
    if (ends.stops[i] <= start) from = ends.stops[i];
    else if (ends.marks[i] >= end) {
      to = ends.stops[i];
      break;
    }
  }
  return { from, to };
}
