// Text for a terminal that may lay out right-to-left: Arabic runs of a mixed line inside Unicode
// directional isolates (FSI … PDI), so that punctuation and numbering keep their places; lines wrapped at
// word boundaries to the terminal's width with their indent kept, never inside a word (which would break
// the joining of Arabic letters).

const FSI = "\u2068";
const PDI = "\u2069";
const ARABIC = "\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF";
/** From an Arabic letter to the last Arabic letter before any Latin letter or line end. */
const ARABIC_RUN = new RegExp(`[${ARABIC}](?:[^A-Za-z\\n${FSI}${PDI}]*[${ARABIC}])?`, "g");
const HAS_ARABIC = new RegExp(`[${ARABIC}]`);
/** A line that opens with Arabic (no indent, number or Latin letter before it) and holds no Latin letter. */
const RIGHT_TO_LEFT_LINE = new RegExp(`^[^\\sA-Za-z0-9${ARABIC}]*[${ARABIC}][^A-Za-z]*$`);
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Columns a piece of text takes: one per grapheme, none for directional marks. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const { segment } of graphemes.segment(text)) if (!/^[\u200E\u200F\u2066-\u2069]$/.test(segment)) n++;
  return n;
}

/**
 * Each Arabic run of a line in an isolate. A line that is Arabic from its start ("لست متأكدًا. هل تقصد:",
 * "«…»") is left alone: its first letter makes it right-to-left, so its punctuation already sits right;
 * an indented or numbered one is isolated so that the indent and the number stay on the left.
 */
export function isolateArabic(line: string): string {
  if (!HAS_ARABIC.test(line) || RIGHT_TO_LEFT_LINE.test(line)) return line;
  return line.replace(ARABIC_RUN, (run, at: number) =>
    at === 0 && run.length === line.length ? run : `${FSI}${run}${PDI}`,
  );
}

/**
 * Wraps one line to `width` columns at spaces; continuation lines get the line's own indent (or
 * `hangingIndent`, e.g. past a "1. " number). A word longer than the width stays whole.
 */
export function wrapLine(line: string, width: number, hangingIndent?: string): string[] {
  const indent = hangingIndent ?? /^\s*/.exec(line)![0];
  if (displayWidth(line) <= width) return [line];
  const words = line.slice(/^\s*/.exec(line)![0].length).split(/ +/);
  const out: string[] = [];
  let current = /^\s*/.exec(line)![0];
  let currentWidth = displayWidth(current);
  let empty = true;
  for (const word of words) {
    const w = displayWidth(word);
    if (!empty && currentWidth + 1 + w > width) {
      out.push(current);
      current = indent + word;
      currentWidth = displayWidth(indent) + w;
      continue;
    }
    current += empty ? word : ` ${word}`;
    currentWidth += (empty ? 0 : 1) + w;
    empty = false;
  }
  out.push(current);
  return out;
}

/** The terminal's width: that of the output stream, 80 when unknown. */
export function terminalWidth(stream?: { columns?: number }): number {
  const c = stream?.columns;
  return c && c >= 20 ? c : 80;
}

/** Wraps every line of a block, then isolates its Arabic runs: ready to print. */
export function forTerminal(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      const numbered = /^(\s*\d+\. )/.exec(line);
      return wrapLine(line, width, numbered ? " ".repeat(numbered[1].length) : undefined);
    })
    .map(isolateArabic)
    .join("\n");
}
