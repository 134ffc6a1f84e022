// Ingest on articles built to be slow (issue 16 item 5): each role mention ("the minister", "الوزارة")
// looked for the person or body it refers to by reading the whole text before it again, so an article
// of many mentions took mentions × length. The text is read once now: the work is counted (work.ts), not
// timed, and four times the text costs about four times the work.
import { describe, expect, it } from "vitest";
import { bodyReferent } from "../../src/ingest/coref-ar.js";
import { englishTitledName } from "../../src/ingest/speakers.js";
import { work } from "./work.js";

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe("coreference on many mentions", () => {
  it("finds the titled person a mention refers to, once per text however many mentions", () => {
    const run = (length: number) => {
      const text = fill('Minister John Smith said "the plan is good." The minister said "we will act soon." ', length);
      const mentions = [...text.matchAll(/The minister/g)].map((m) => m.index!);
      return { text, mentions, ...work(() => mentions.map((pos) => englishTitledName(text, "minister", pos))) };
    };
    const [small, large] = [run(25_000), run(100_000)];
    expect(large.out.every((f) => f?.name === "John Smith")).toBe(true);
    // The latest introduction before the mention.
    expect(large.out.at(-1)!.at).toBe(large.text.lastIndexOf("John Smith", large.mentions.at(-1)));
    expect((large.regexChars + large.scanned) / (small.regexChars + small.scanned)).toBeLessThan(6);
  });

  it("finds the body a mention refers to, once per text however many mentions", () => {
    const run = (length: number) => {
      const text = fill("أعلنت وزارة الصحة الفلسطينية أن العدد ارتفع. وقالت الوزارة: «الوضع خطير». ", length);
      const mentions = [...text.matchAll(/الوزارة:/g)].map((m) => m.index!);
      return { text, ...work(() => mentions.map((pos) => bodyReferent(text, "الوزارة", pos))) };
    };
    const [small, large] = [run(25_000), run(100_000)];
    expect(new Set(large.out)).toEqual(new Set(["وزارة الصحة الفلسطينية"]));
    expect(bodyReferent(large.text, "الوزارة", 0)).toBeNull();
    expect((large.regexChars + large.scanned) / (small.regexChars + small.scanned)).toBeLessThan(6);
  });

  it("reads only the text before the mention", () => {
    const text = "The minister said it was fine. Minister Jane Doe said so too.";
    expect(englishTitledName(text, "minister", 4)).toBeNull();
    expect(englishTitledName(text, "minister", text.length)?.name).toBe("Jane Doe");
    expect(englishTitledName("Minister Jane Doe", "minister", "Minister Jane Do".length)?.name).toBe("Jane Do");
  });
});
