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

describe("a fact question about an act", () => {
  it("'in response to that': the act is found by the words of the sentence it points back to", () => {
    for (const q of ["ماذا فعل البنتاغون ردا على صفقة شراء تركيا للنظام الروسي؟", "what did the Pentagon do in reaction to Ankara's purchase of the Russian air defense system?"]) {
      const a = engine.ask(q);
      expect(a.status).toBe("answered");
      expect(a.answers[0].context).toContain("F-35");
    }
  });

  it("asked of a speaker whose statement shares the fact's sentence: that statement, with the fact as its context", () => {
    const a = engine.ask("did Trump go along with Congress and sanction Ankara for the purchase?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("trump");
    expect(a.answers[0].context).toContain("عقوبات");
  });

  it("a fact that names nobody the question names stays the article's own", () => {
    const a = engine.ask("How many years has the PKK been at war with the Turkish state?");
    expect(a.answers[0]?.kind).toBe("fact");
  });
});

describe("question words typed fast", () => {
  it.each([
    ["waht did Jeffrey say", "jeffrey"],
    ["whcih official talked about sleeper cells", "us_officials"],
  ])("%s", (q, speaker) => {
    expect(top(q)).toMatchObject({ status: "answered", speaker });
  });

  it("an English word one slip from a question word stays itself", () => {
    expect(parseQuestion("wheat prices in Syria").topic).toContain("wheat");
  });

  it("'اسم … ايه' (Egyptian: what is the name of …) asks for a name", () => {
    expect(parseQuestion("اسم المعسكر اللي فيه العائلات ايه").hint).toBe("name");
    expect(top("اسم المعسكر اللي فيه عائلات داعش ايه؟").status).not.toBe("answered");
  });
});
