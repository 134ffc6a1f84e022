// "How did X respond to Z?" asks what X said of Z: Z is a topic the answer must hold, not words that may be
// dropped (any statement of X's is no response to Z).
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { parseQuestion } from "../../src/engine/question.js";
import { expectAnsweredBy } from "../support/answers.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("what a speaker responded to", () => {
  it.each([
    ["How did Sales respond to the Pope's statement?", "sales"],
    ["how did erdogan react to the pope", "erdogan"],
    ["What did Jeffrey reply to the senators?", "jeffrey"],
  ])("%s: nothing of theirs is stated when none of it holds the topic", (q, speaker) => {
    const answer = engine.ask(q);
    expect(answer.status).not.toBe("answered");
    expect(answer.answers.map((a) => a.speaker?.id).filter((id) => id && id !== speaker)).toEqual([]);
  });

  it("the topic after 'respond to' is required", () => {
    const q = parseQuestion("How did Sales respond to the Pope's statement?", (phrase) => (phrase.endsWith("sales") ? "name" : null));
    expect(q.topicRequired).toBe(true);
    expect(q.topic).toContain("pope");
  });

  it("a response whose topic the speaker's words hold is answered: 'How did Trump respond to Turkey's threats to hit the Kurds?'", () => {
    expectAnsweredBy(engine.ask("How did Trump respond to Turkey's threats to hit the Kurds?"), "trump");
  });
});
