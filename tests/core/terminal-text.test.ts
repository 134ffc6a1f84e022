// Right-to-left in the terminal, checked by laying lines out with a Unicode bidi implementation (bidi-js,
// UAX #9) as a bidi-aware terminal does: paragraph direction from the first strong letter.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { contextLine, formatAnswer } from "../../adapters/cli/format.js";
import { displayWidth, forTerminal, isolateArabic, wrapLine } from "../../adapters/cli/terminal-text.js";
import { loadEngine } from "../../src/index.js";

// bidi-js is CommonJS: its module is the factory.
type Bidi = { getEmbeddingLevels(text: string, direction: string): unknown; getReorderedString(text: string, levels: unknown): string };
const bidi = (createRequire(import.meta.url)("bidi-js") as () => Bidi)();
/** What the terminal shows, left to right, for one line laid out with an auto-detected direction. */
function shown(line: string): string {
  const levels = bidi.getEmbeddingLevels(line, "auto");
  return bidi.getReorderedString(line, levels).replace(/[\u2066-\u2069]/g, "");
}

const MIXED = 'In context: وقال المنسق، ناثان سالز، "إن العلامة ما زالت موجودة".';

describe("directional isolates", () => {
  it("keep the closing punctuation of a mixed line at its end, the Arabic run whole", () => {
    const out = shown(isolateArabic(MIXED));
    expect(out.endsWith('".')).toBe(true);
    // The run is laid out right to left as one piece: its first word is shown last, before the closing marks.
    expect(out.endsWith("لاقو\".")).toBe(true);
    expect(shown(isolateArabic(MIXED)).startsWith("In context: ")).toBe(true);
  });

  it("keep a number in front of an Arabic quote from flipping", () => {
    const line = "1. «إن العلامة التجارية لداعش ما زالت موجودة»";
    expect(shown(line).startsWith("1. ")).toBe(false);
    expect(shown(isolateArabic(line)).startsWith("1. «")).toBe(true);
    expect(shown(isolateArabic(line)).endsWith("»")).toBe(true);
  });

  it("leave a line that is all one language alone", () => {
    expect(isolateArabic("Who said it?")).toBe("Who said it?");
    expect(isolateArabic("من قال ذلك")).toBe("من قال ذلك");
  });

  it("leave an Arabic line with closing punctuation right-to-left, the punctuation at its left end", () => {
    for (const line of ["لست متأكدًا. هل تقصد:", "«إن العلامة التجارية لداعش ما زالت موجودة»"]) {
      expect(isolateArabic(line)).toBe(line);
    }
    expect(shown(isolateArabic("لست متأكدًا. هل تقصد:")).startsWith(":")).toBe(true);
    // Indented, it is a continuation under an answer: isolated so the indent stays on the left.
    expect(shown(isolateArabic("   سالز، منسق مكافحة الإرهاب")).startsWith("   ")).toBe(true);
  });
});

describe("wrapping", () => {
  it("cuts at word boundaries only, keeps the indent, and fits the width", () => {
    const line = `   ${"العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم ".repeat(4).trim()}`;
    const lines = wrapLine(line, 40);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(displayWidth(l)).toBeLessThanOrEqual(40);
      expect(l.startsWith("   ")).toBe(true);
    }
    // No word was split: the words of the wrapped lines are the words of the line.
    expect(lines.map((l) => l.trim()).join(" ")).toBe(line.trim());
  });

  it("a whole answer fits the terminal, numbers keep their place and every Arabic run is isolated", () => {
    const text = forTerminal(formatAnswer(loadEngine().ask("What did Erdogan say?")), 60);
    for (const l of text.split("\n")) {
      expect(displayWidth(l)).toBeLessThanOrEqual(60);
      if (/^\d+\. /.test(l)) expect(shown(l)).toMatch(/^\d+\. /);
    }
  });
});

describe("the context line", () => {
  it("points at a long quote instead of repeating it", () => {
    const quote = "كلمة ".repeat(40).trim();
    const item = { text: quote, context: `وقال الوزير إن ${quote} في المؤتمر.` } as Parameters<typeof contextLine>[0];
    const line = contextLine(item)!;
    expect(line.length).toBeLessThan(120);
    expect(line).toContain("وقال الوزير إن كلمة كلمة كلمة كلمة … كلمة كلمة كلمة في المؤتمر.");
  });
});
