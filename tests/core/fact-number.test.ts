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
    // "ستشن" (will launch) holds ست (six), "التحالف" الف (thousand): a number is a whole word.
    "how many military operations will Turkey launch in Syria?",
  ])("a record with no number is not the answer: %s", (q) => {
    expect(engine.ask(q).status).not.toBe("answered");
  });

  it.each([
    ["how many of the group's fighters are spread across Syria and Iraq?", "q-jeffrey-fighters"], // الآلاف
    ["كم عمر الرجل في قضية دالاس؟", "f-dallas-case"], // الثالثة والعشرين
  ])("a number word with its prefixes and endings is a number: %s", (q, id) => {
    const a = engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe(`article-000/${id}`);
  });

  it("the topic's record is still offered as a suggestion", () => {
    const a = engine.ask("how many meetings did US and Turkish officials hold about the safe zone?");
    expect(a.status).toBe("suggested");
    expect(a.answers[0].text).toContain("منطقة آمنة");
  });
});
