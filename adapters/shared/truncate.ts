// Cutting text to a platform's length limit, one way for Discord and Slack: only between grapheme
// clusters (an Arabic letter keeps its marks, an emoji sequence stays whole, a surrogate pair is never
// split), the cut marked with "…". Lengths are UTF-16 code units, as both platforms count them; a weight
// per code unit lets Slack count what escaping will make of a character (& → &amp;).

export const ELLIPSIS = "…";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/**
 * How far around a cut the segmenter looks. Segmenting only the neighbourhood of the cut keeps the cost
 * independent of the text's length; clusters are far shorter than this (a letter with its marks is a
 * few code units, the longest emoji sequences a dozen or so).
 */
const WINDOW = 64;

/** Weight of a code unit: 1 for plain text. */
export type Weight = (code: number) => number;
const PLAIN: Weight = () => 1;

/** The last grapheme boundary at or before `at`. */
export function graphemeBoundaryAtOrBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const from = Math.max(0, at - WINDOW);
  let best = from;
  for (const { index } of graphemes.segment(text.slice(from, Math.min(text.length, at + WINDOW)))) {
    if (from + index > at) break;
    best = from + index;
  }
  return best;
}

export interface Cut {
  /** True when the whole text fits: nothing is cut. */
  whole: boolean;
  /** When cut: the end of the part kept (room left for the ellipsis). */
  end: number;
}

/**
 * Where to cut `text` so that it weighs at most `max` with an ellipsis after it. Reads at most `max + 1`
 * code units (every weight is at least 1), so a huge text costs no more than a short one.
 */
export function cutPoint(text: string, max: number, weight: Weight = PLAIN): Cut {
  const room = max - ELLIPSIS.length;
  let used = 0;
  let end = 0;
  let i = 0;
  for (; i < text.length; i++) {
    used += weight(text.charCodeAt(i));
    if (used > max) break;
    if (used <= room) end = i + 1;
  }
  if (i === text.length) return { whole: true, end: text.length };
  return { whole: false, end: graphemeBoundaryAtOrBefore(text, end) };
}

export interface TruncateOptions {
  /** Cut at the last space instead when it is at most this many code units before the cut. */
  wordBoundaryWithin?: number;
}

/** `text` in at most `max` code units, cut between graphemes and ended with "…" when cut. */
export function truncate(text: string, max: number, options: TruncateOptions = {}): string {
  const cut = cutPoint(text, max);
  if (cut.whole) return text;
  let end = cut.end;
  if (options.wordBoundaryWithin !== undefined) {
    const space = text.lastIndexOf(" ", end);
    if (space > 0 && end - space <= options.wordBoundaryWithin) end = space;
  }
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}
