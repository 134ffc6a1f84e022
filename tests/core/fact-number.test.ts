// "How many …?" is answered by a record that gives a number: a record that shares the topic and gives no
// number is at most a suggestion, and the digits of a name (F-35, S-400) are no number.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a how-many question needs a number in its answer", () => {
  it.each([
    "how many meetings did US and Turkish officials hold about the safe zone?",
    "كم مرة اجتمع المسؤولون الأمريكيون والأتراك بشأن المنطقة الآمنة؟",
    "how many F-35 jets did Turkey lose?",
  ])("a record with no number is not the answer: %s", (q) => {
    expect(engine.ask(q).status).not.toBe("answered");
  });

  it("the topic's record is still offered as a suggestion", () => {
    const a = engine.ask("how many meetings did US and Turkish officials hold about the safe zone?");
    expect(a.status).toBe("suggested");
    expect(a.answers[0].text).toContain("منطقة آمنة");
  });
});
