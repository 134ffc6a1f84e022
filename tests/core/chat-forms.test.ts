// Forms of chat questions the reader missed, one test per form: thanks in advance, "what's X's take on
// Y", a count asked inside the topic, a who-is question with a dialect question word and a definite
// noun, and "بالـ" written apart before a Latin name. Invented wording on the built-in article.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, stripChatNoise, type Engine } from "../../src/index.js";
import { expectAnsweredBy } from "../support/answers.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("thanks in advance is chat noise", () => {
  it.each([
    ["thanks in advance - who said the ISIS brand still exists?", "who said the ISIS brand still exists?"],
    ["who threatened Turkey? thank you in advance", "who threatened Turkey?"],
    ["شكرا مقدما، مين هدد تركيا؟", "مين هدد تركيا؟"],
  ])("%s", (raw, clean) => {
    expect(stripChatNoise(raw)).toBe(clean);
  });
});

describe("what's X's take on Y", () => {
  it.each([
    ["what's Sales's take on the coalition?", "sales"],
    ["what is Erdogan's view on the Kurds", "erdogan"],
  ])("%s is X's statement on Y (%s)", (q, speaker) => {
    expectAnsweredBy(engine.ask(q), speaker);
  });
});

describe("a count asked inside the topic is the slot, not a word", () => {
  it("what did Y say about how many N …: Y's statement that gives the number", () => {
    const a = engine.ask("what did Jeffrey say about how many fighters there are");
    expectAnsweredBy(a, "jeffrey");
    expect(a.answers[0].id).toBe("article-000/q-jeffrey-fighters");
  });
});

describe("a who-is question in dialect with a definite noun", () => {
  it.each(["شنو هو الدور متاع جيمس جيفري؟", "ايه هي الوظيفة بتاعة جيفري؟"])("%s", (q) => {
    expectAnsweredBy(engine.ask(q), "jeffrey");
  });
});

describe("بالـ written apart before a Latin name opens the topic", () => {
  it("شنو رأي البنتاغون بالـ F-35؟ is the Pentagon officials' statement", () => {
    expectAnsweredBy(engine.ask("شنو رأي البنتاغون بالـ F-35؟"), "defense_officials");
  });
});

describe("a participle after 'what was/is the N' describes the thing asked about", () => {
  it.each(["what is the case announced in Dallas about?", "what was that Dallas case announced last week about"])("%s is a fact question, answered by the fact that reports the act", (q) => {
    const a = engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe("article-000/f-dallas-case");
  });

  it("'what was Erdogan warning about' still asks what Erdogan said", () => {
    expectAnsweredBy(engine.ask("what was Erdogan warning about"), "erdogan");
  });

  it("a fact that does not itself report the act named is still no statement ('what did the US announce?')", () => {
    expect(engine.ask("what did the US announce?").status).not.toBe("answered");
  });
});
