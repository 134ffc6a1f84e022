// The work a run does on hostile input, counted instead of timed (the standards: performance goes in
// benchmarks, never in timed tests). What is counted is what a stall on these inputs came from: the
// characters each regular expression was handed and passed over, the characters the text's own scans
// (indexOf, lastIndexOf) passed over, and what the grapheme segmenter was given. A regex's backtracking
// inside one match is not visible from here, so the tests bound it the way the code does: by the length
// of the longest input any regex is handed (capped before it is scanned).

export interface Work<T> {
  out: T;
  /** Characters the regexes passed over: from where each search started to the end of its match, or to the
   *  end of the input when none matched (one place for a search anchored at its start). */
  regexChars: number;
  /** The longest string any regex was run on. */
  longestRegexInput: number;
  /** Characters indexOf and lastIndexOf passed over. */
  scanned: number;
  /** Characters handed to Intl.Segmenter. */
  segmented: number;
}

export function work<T>(run: () => T): Work<T> {
  const regex = RegExp.prototype as unknown as { exec: (this: RegExp, s: string) => RegExpExecArray | null };
  const str = String.prototype as unknown as Record<"indexOf" | "lastIndexOf", (this: string, s: string, from?: number) => number>;
  const seg = Intl.Segmenter.prototype as unknown as { segment: (this: Intl.Segmenter, s: string) => Intl.Segments };
  const real = { exec: regex.exec, indexOf: str.indexOf, lastIndexOf: str.lastIndexOf, segment: seg.segment };
  const w = { regexChars: 0, longestRegexInput: 0, scanned: 0, segmented: 0 };
  regex.exec = function (this: RegExp, s: string) {
    const input = String(s);
    const start = Math.min(this.global || this.sticky ? this.lastIndex : 0, input.length);
    // A search anchored where it starts (sticky, or ^ without the m flag) tries one place only.
    const anchored = this.sticky || (this.source.startsWith("^") && !this.multiline);
    const m = real.exec.call(this, input);
    w.regexChars += m ? m.index + m[0].length - start : anchored ? 1 : input.length - start;
    w.longestRegexInput = Math.max(w.longestRegexInput, input.length);
    return m;
  };
  str.indexOf = function (this: string, s: string, from = 0) {
    const at = real.indexOf.call(this, s, from);
    w.scanned += Math.max(0, (at < 0 ? this.length : at) - Math.max(0, Number(from)));
    return at;
  };
  str.lastIndexOf = function (this: string, s: string, from = Infinity) {
    const at = real.lastIndexOf.call(this, s, from);
    w.scanned += Math.max(0, Math.min(this.length, Number(from)) - Math.max(0, at));
    return at;
  };
  seg.segment = function (this: Intl.Segmenter, s: string) {
    w.segmented += String(s).length;
    return real.segment.call(this, s);
  };
  try {
    return { out: run(), ...w };
  } finally {
    regex.exec = real.exec;
    str.indexOf = real.indexOf;
    str.lastIndexOf = real.lastIndexOf;
    seg.segment = real.segment;
  }
}
