// One grapheme-safe cut for Discord and Slack (adapters/shared/truncate.ts): what each platform's
// truncation keeps of Arabic with its marks, emoji sequences and flags, and its cost on huge input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { truncate as discordTruncate } from "../../adapters/discord/render.js";
import { cutPoint, graphemeBoundaryAtOrBefore, truncate } from "../../adapters/shared/truncate.js";
import { fitEscaped, fitPlain } from "../../adapters/slack/mrkdwn.js";
import { work } from "./work.js";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** Every grapheme boundary of `text`, as the full segmenter sees it. */
function boundaries(text: string): Set<number> {
  const out = new Set<number>([text.length]);
  for (const { index } of segmenter.segment(text)) out.add(index);
  return out;
}

// A letter with shadda and a vowel mark (three code units), a family emoji (ZWJ sequence), a flag.
const SHADDA = "شَدّ";
const FAMILY = "👨‍👩‍👧‍👦";
const FLAG = "🇵🇸";
const cutters: [string, (text: string, max: number) => string][] = [
  ["shared", (text, max) => truncate(text, max)],
  ["discord", discordTruncate],
  ["slack plain", fitPlain],
  ["slack escaped", fitEscaped],
];

describe("the shared cut", () => {
  for (const [name, cut] of cutters) {
    it(`${name}: never separates an Arabic letter from its marks, nor splits an emoji sequence or a flag`, () => {
      for (const unit of [SHADDA, FAMILY, FLAG]) {
        const text = unit.repeat(30);
        const all = boundaries(text);
        for (let max = 2; max < 60; max++) {
          const out = cut(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          const kept = out.endsWith("…") ? out.slice(0, -1) : out;
          expect(text.startsWith(kept)).toBe(true);
          expect(all.has(kept.length)).toBe(true);
        }
      }
    });
  }

  it("Discord and Slack cut the same text at the same place", () => {
    const text = `${"قالَ الوزيرُ إنَّ ".repeat(20)}${FAMILY}`;
    for (let max = 5; max < 120; max += 7) expect(fitPlain(text, max)).toBe(truncate(text, max));
  });

  it("cuts at grapheme boundaries for any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 1, max: 250 }), (text, at) => {
        expect(boundaries(text).has(graphemeBoundaryAtOrBefore(text, Math.min(at, text.length)))).toBe(true);
        const max = Math.max(2, at);
        const out = truncate(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (cutPoint(text, max).whole) expect(out).toBe(text);
        else {
          const kept = out.slice(0, -1);
          expect(text.startsWith(kept)).toBe(true);
          expect(boundaries(text).has(kept.length)).toBe(true);
        }
      }),
    );
  });

  it("reads no more than it may keep: a huge text costs what a short one does", () => {
    // The segmenter sees only the neighbourhood of the cut (its window either side), whatever the length.
    const cuts = (text: string) => work(() => cutPoint(text, 3000));
    const huge = cuts("ب".repeat(5_000_000));
    expect(huge.out).toEqual(cuts("ب".repeat(4000)).out);
    expect(huge.segmented).toBe(cuts("ب".repeat(4000)).segmented);
    expect(huge.segmented).toBeLessThanOrEqual(2 * 64);
    // A long run of combining marks (no letter to hold them) still ends, reading only the cut's window.
    const marks = work(() => truncate(`a${"\u0651".repeat(200_000)}`, 100));
    expect(marks.out.length).toBeLessThanOrEqual(100);
    expect(marks.segmented + marks.scanned + marks.regexChars).toBeLessThanOrEqual(2 * 64 + 100);
  });
});
