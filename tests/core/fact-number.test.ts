// "How many …?" is answered by a record that gives a number: a record that shares the topic and gives no
// number is at most a suggestion, and the digits of a name (F-35, S-400) are no number. A measure ("how
// deep", "what was the magnitude") needs a number with its unit: a count of people measures nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { givesMeasure } from "../../src/engine/answer-slots.js";
import { normalize } from "../../src/normalize/index.js";
import { inventedArticles } from "../support/invented-articles.js";

const QUAKE_EN = [
  "Quake felt across Mirova",
  "A strong earthquake shook the central North Island of Mirova on Monday night, waking thousands of residents.",
  "Seismologist Anna Berg said the quake struck at a depth of 180 kilometres and had a magnitude of 6.1.",
  "Berg said the central North Island earthquake would not trigger volcanic activity or a larger quake.",
].join("\n\n");

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

describe("a measure asked for needs a number with its unit", () => {
  const drafts = inventedArticles({ quake: QUAKE_EN });

  it("reads a unit beside the number, before or after it, glued or apart, in both languages", () => {
    for (const t of ["the quake struck at a depth of 180 kilometres", "had a magnitude of 6.1", "a 6.2-magnitude quake 200km deep", "بقوة 5.8 درجات على مقياس ريختر وعلى عمق 10 كلم"]) expect(givesMeasure(normalize(t)), t).toBe(true);
    for (const t of ["waking thousands of residents", "the attack killed 12 people in 2019", "the magnitude of the crisis"]) expect(givesMeasure(normalize(t)), t).toBe(false);
  });

  it.each(["What was the magnitude of the central North Island earthquake?", "How deep was the central North Island earthquake?"])(
    "a sentence that shares the topic and gives no measure is not stated: %s",
    (q) => {
      const a = drafts.engine.ask(q);
      if (a.status === "answered") expect(a.answers[0].text).toMatch(/6\.1|180 kilometres/);
    },
  );

  it("the sentence that gives it is the answer", () => {
    const a = drafts.engine.ask("What was the magnitude of the quake?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("6.1");
  });
});
