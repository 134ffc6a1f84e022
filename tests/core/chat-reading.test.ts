// How chat questions are read: a question word carrying "and" (وليش، ومتى), a follow-up that names a
// party but points back at the last answer, "when?" about a statement, "the name of the commander",
// a who-is question followed by a second question, "according to the article". Invented wording, on
// the built-in article.
import { beforeAll, describe, expect, it } from "vitest";
import { contextOf, createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { parseQuestion } from "../../src/engine/question.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

const top = (q: string, after?: string) => {
  const context = after ? contextOf(engine.ask(after)) : undefined;
  const a = engine.ask(q, { context });
  return { status: a.status, speaker: a.answers[0]?.speaker?.id ?? null, id: a.answers[0]?.id ?? null };
};

describe("an Arabic question word with و or ف before it", () => {
  it.each([
    ["وليش انسحبوا؟", "reason"],
    ["ولماذا تأخر القرار", "reason"],
    ["فلماذا رفضوا", "reason"],
    ["ومتى وصلت الصواريخ", "time"],
    ["وكم عدد الجنود", "number"],
    ["and why did they leave", "reason"],
  ])("%s asks for a %s", (q, hint) => {
    expect(parseQuestion(q).hint).toBe(hint);
  });

  it("'and why did it fail?' about talks whose failure the article gives no reason for is not answered", () => {
    expect(top("ولماذا فشلت؟", "هل نجحت محادثات المنطقة الآمنة؟").status).not.toBe("answered");
  });
});

describe("follow-ups about the last answer", () => {
  it("a why-follow-up that names a party and points back ('that') is about the last answer", () => {
    expect(top("and why would Turkey do that?", "what did Erdogan warn about?")).toMatchObject({ status: "answered", speaker: "turkey" });
  });

  it("'when?' after a statement whose sentence gives the date: that statement, by its speaker", () => {
    expect(top("ومتى كان ذلك؟", "ماذا قال ترامب عن سحب القوات؟")).toMatchObject({ status: "answered", speaker: "trump" });
  });
});

describe("what the question asks for", () => {
  it.each(["what's the name of the SDF commander?", "ما هو اسم زعيم حزب العمال الكردستاني؟"])(
    "%s asks for a person the article never names: not answered",
    (q) => {
      expect(parseQuestion(q).hint).toBe("person_name");
      expect(top(q).status).not.toBe("answered");
    },
  );

  it.each([
    ["من هو سالز وما هي وظيفته؟", "sales"],
    ["who is Jeffrey and what does he do?", "jeffrey"],
    ["منو هذا أردوغان؟ شنو منصبه؟", "erdogan"],
  ])("%s: a second question after the name leaves the name alone", (q, speaker) => {
    expect(top(q)).toMatchObject({ status: "answered", speaker });
  });

  it.each([
    ["according to the article, who is Erdogan?", "erdogan"],
    ["ماذا قال ترامب حسب المقال؟", "trump"],
    ["من هو جيفري بحسب الخبر؟", "jeffrey"],
  ])("'%s': a reference to the article is no part of the question", (q, speaker) => {
    expect(top(q)).toMatchObject({ status: "answered", speaker });
  });
});
