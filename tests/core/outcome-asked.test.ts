// A question that asks how something turned out in so many words ("what came of the talks?", "شو صار
// بالمحادثات؟", "ما مصير …", "did the plan work?") is answered by a record that says it (failed, stalled,
// reversed, removed …): one of the records that match it, or the first after it in its paragraph. A record
// that only says the thing began is at most offered. A follow-up "did the US go through with it?" points
// back through "it" after "with". Invented article, and invented wording on the built-in article.
import { beforeAll, describe, expect, it } from "vitest";
import { contextOf, createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { outcomeAsked } from "../../src/engine/answer-slots.js";
import { readFollowUp } from "../../src/engine/follow-up-reader.js";
import { normalize } from "../../src/normalize/index.js";
import { inventedArticles } from "../support/invented-articles.js";

describe("the words that ask how something turned out", () => {
  it.each([
    ["what came of the bridge talks?", "the bridge talks"],
    ["whatever happened to the ferry plan?", "the ferry plan"],
    ["شو صار بمحادثات الجسر؟", "محادثات الجسر"],
    ["ما مصير خطة الجسر؟", "ما خطه الجسر"],
    ["did the bridge talks work?", "did the bridge talks"],
  ])("%s → %s", (q, rest) => {
    expect(outcomeAsked(normalize(q))).toBe(rest);
  });

  it.each(["what happened in December?", "شو صار بعدين؟", "what did the mayor say about the bridge?", "when did the talks begin?"])("not: %s", (q) => {
    expect(outcomeAsked(normalize(q))).toBeNull();
  });
});

describe("a record that only says it began", () => {
  const bridge = inventedArticles({
    bridge:
      "Bridge talks stall\n\nCity officials and the builders began talks on a new river bridge in March, after floods closed the old crossing.\n\n" +
      "But the talks, though continuing, have failed to produce an agreement on the cost.\n\n" +
      "Mayor Ana Ruiz said on Tuesday that the city would keep the ferry running until a deal is signed.\n",
  });

  it.each(["what came of the bridge talks?", "did the river bridge talks work?", "what happened with the talks on the new bridge?"])("does not answer %s", (q) => {
    expect(bridge.engine.ask(q).status).not.toBe("answered");
  });
});

describe("on the built-in article", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(loadCorpus());
  });

  it.each([
    ["ما مصير المفاوضات حول المنطقة الآمنة؟", "f-talks-stalled"],
    ["did the negotiations over the buffer zone work?", "f-talks-stalled"],
    ["whatever happened to Turkey's role in the F-35 jet programme?", "f-f35"],
    ["ايش صار بخطة انسحاب القوات الأمريكية من سوريا؟", "f-us-reversed"],
  ])("%s → %s", (q, id) => {
    const a = engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe(`article-000/${id}`);
  });

  it("'did the US go through with it?' after the withdrawal is how the withdrawal turned out", () => {
    expect(readFollowUp("did the US go through with it?", () => false)?.shape).toBe("outcome");
    const a = engine.ask("did the US go through with it?", { context: contextOf(engine.ask("what did Trump announce in December?")) });
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe("article-000/f-us-reversed");
  });

  it("an outcome told a paragraph before is not how the last answer turned out", () => {
    const a = engine.ask("would that cause problems with the Americans?", { context: contextOf(engine.ask("what did Erdogan warn about?")) });
    expect(a.answers[0]?.id).not.toBe("article-000/f-dallas-case");
  });
});
