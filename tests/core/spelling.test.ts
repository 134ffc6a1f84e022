import { beforeAll, describe, expect, it } from "vitest";
import { allowedEdits, holdsMisspelt, withinEdits } from "../../src/engine/spelling.js";
import { loadEngine, type Engine } from "../../src/index.js";

describe("edit distance scaled to word length", () => {
  it("allows no edit in short words, one in middling ones, two in long ones", () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(withinEdits("destory", "destroy", 1)).toBe(true);
    expect(withinEdits("wrold", "world", 1)).toBe(true);
    expect(withinEdits("الاكرد", "الاكراد", 1)).toBe(true);
    expect(withinEdits("economicaly", "economically", 1)).toBe(true);
    expect(withinEdits("brand", "bread", 1)).toBe(false);
    expect(withinEdits("tanks", "ranks", 0)).toBe(false);
  });
});

describe("a quoted phrase held with a typo or two", () => {
  const text = "the isis brand still exists all around the world";
  it("holds when each word is spelt right or within its edits, and most are right", () => {
    expect(holdsMisspelt(text, "brand stil exists")).toBe(true);
    expect(holdsMisspelt(text, "isis brand stil exists all around the wrold")).toBe(true);
  });
  it("does not hold when it is spelt right (that is verbatim), too short, or mostly wrong", () => {
    expect(holdsMisspelt(text, "brand still exists")).toBe(false);
    expect(holdsMisspelt(text, "brand stil")).toBe(false);
    expect(holdsMisspelt(text, "brnad stil exsts")).toBe(false);
    expect(holdsMisspelt(text, "the moon is made of cheese")).toBe(false);
  });
  it("never lets a short word differ", () => {
    expect(holdsMisspelt("he said the war is over", "the car is over")).toBe(false);
  });
});

describe("who said, with typos inside the quote marks", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = loadEngine();
  });
  it.each([
    ['من قال "نحتاج إلى مقاضات قادة داعش"؟', "sales"],
    ['من قال "إذا ضرب الاكرد في سوريا"؟', "trump"],
    ['who said "the ISIS brand still exsits all around the wrold"?', "sales"],
  ])("%s", (question, speaker) => {
    const a = engine.ask(question);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe(speaker);
  });
  it("a misspelt famous quote that nobody in the corpus said is still not answered", () => {
    expect(engine.ask('who said "I think therfore I am"?').status).not.toBe("answered");
    expect(engine.ask('من قال "أنا أفكر إذن انا موجد"؟').status).not.toBe("answered");
  });
});
