// "What did X <verb> …?" asks about an act: an answer from an article that never says that act (in any
// wording) answers something else, however many of the question's other words it holds.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { askedAct } from "../../src/engine/answer-slots.js";
import { expectAnsweredBy } from "../support/answers.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("the act of a what-did question", () => {
  it.each([
    ["what did the official languages commissioner conclude after the investigation", "conclude"],
    ["what did the kurdish forces decide about the border", "decide"],
    ["what did turkey threaten", "threaten"],
    ["what did turkey", null],
  ])("%s → %s", (topic, act) => {
    expect(askedAct(topic)).toBe(act);
  });

  it("an act the article never says is not stated: 'What did the Kurdish forces decide about the border?'", () => {
    expect(engine.ask("What did the Kurdish forces decide about the border?").status).not.toBe("answered");
  });

  it("an act the article says still is: 'What did Turkey threaten to invade?'", () => {
    expectAnsweredBy(engine.ask("What did Turkey threaten to invade?"), "turkey");
  });
});
