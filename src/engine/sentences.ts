// The sentence around a span: an answer's `context` is the whole sentence (or sentences) of the
// article line that holds the quoted or stated text.

const END = /[.!?؟]+(?=\s|$)|\n/g;

export function sentenceAround(line: string, start: number, end: number): string {
  let from = 0;
  let to = line.length;
  END.lastIndex = 0;
  for (let m = END.exec(line); m; m = END.exec(line)) {
    const stop = m.index + m[0].length;
    // A full stop between digits ("3.5") or inside the span itself does not end the sentence.
    if (/\d/.test(line[m.index - 1] ?? "") && /\d/.test(line[stop] ?? "")) continue;
    if (stop <= start) from = stop;
    else if (m.index >= end) {
      to = stop;
      break;
    }
  }
  return line.slice(from, to).trim();
}
