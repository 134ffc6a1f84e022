// The sentence around a span: an answer's `context` is the whole sentence (or sentences) of the
// article line that holds the quoted or stated text.

const END = /[.!?؟]+(?=\s|$)|\n/g;

/** The sentence ends of a line: where each end mark starts, and the offset just after it. */
export interface SentenceEnds {
  marks: number[];
  stops: number[];
}

export function sentenceEnds(line: string): SentenceEnds {
  const marks: number[] = [];
  const stops: number[] = [];
  END.lastIndex = 0;
  for (let m = END.exec(line); m; m = END.exec(line)) {
    const stop = m.index + m[0].length;
    // A full stop between digits ("3.5") does not end the sentence.
    if (/\d/.test(line[m.index - 1] ?? "") && /\d/.test(line[stop] ?? "")) continue;
    marks.push(m.index);
    stops.push(stop);
  }
  return { marks, stops };
}

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
