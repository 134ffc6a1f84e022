// Chat questions as people write them, classes of set V's failures (invented wording on the built-in
// article): a dialect "what (else) is it that he VERB-ed" follow-up (إيه اللي أعلنه، shu elli 2alo), whose
// relative اللي and verb with an object ending are follow-up words, not a question of their own; an
// Arabizi word typed with a vowel first (amrekeya) read as a word that begins with a consonant (ماركة).
import { beforeAll, describe, expect, it } from "vitest";
import { readFollowUp } from "../../src/engine/follow-up-reader.js";
import { contextOf, createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { expectAnsweredBy } from "../support/answers.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a dialect 'what is it that he said' follow-up", () => {
  it.each(["وشو كمان اللي حكاه؟", "وايش غير هيك اللي أعلنه؟", "w shu kaman elli 2alo?"])("%s asks what else he said", (q) => {
    expect(readFollowUp(q, () => false)?.shape).toBe("what_else");
  });

  it("after who threatened Turkey's economy, 'what else did he announce' is Trump's, not a fact holding the verb", () => {
    const context = contextOf(engine.ask("مين اللي توعد يدمر اقتصاد تركيا؟"));
    expectAnsweredBy(engine.ask("وإيه تاني اللي أعلنه؟", { context }), "trump");
  });
});

describe("an Arabizi word typed with a vowel first", () => {
  it("el amrekeya is the American (أمريكية), not the brand (ماركة): who pulled the American troops out is Trump", () => {
    expectAnsweredBy(engine.ask("meen 2al en el 2owat el amrekeya hatensa7eb kollaha?"), "trump");
  });

  it("a vowel-first word still reads a word that begins with alef or ع (a3lan → أعلن)", () => {
    expectAnsweredBy(engine.ask("meen a3lan ensi7ab el amrekan?"), "trump");
  });
});
