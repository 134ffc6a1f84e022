import { beforeAll, describe, expect, it } from "vitest";
import { CONVERSATION_TTL_MS, contextOf, createEngine, loadCorpus, type ConversationContext, type Engine } from "../../src/index.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

const after = (question: string, at = Date.now()): ConversationContext => contextOf(engine.ask(question), at);

describe("follow-up questions", () => {
  it("what else did he say: the same speaker, without the records already shown", () => {
    const context = after("who said the ISIS brand is still around worldwide?");
    expect(context.speakers).toEqual(["sales"]);
    const a = engine.ask("what else did he say?", { context });
    expect(a.status).toBe("answered");
    expect(a.answers.length).toBeGreaterThan(0);
    for (const item of a.answers) {
      expect(item.speaker?.id).toBe("sales");
      expect(context.shown).not.toContain(`${item.article}:${item.paragraph}:${item.text}`);
    }
    expect(a.question).toBe("what else did he say?");
  });

  it.each([
    ["who is he?", "who said the ISIS brand is still around worldwide?"],
    ["what's his actual title?", "what did Sales say?"],
    ["مين هو؟", "شو قال سيلز؟"],
  ])("%s resolves the pronoun to the last speaker", (q, previous) => {
    const a = engine.ask(q, { context: after(previous) });
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("sales");
  });

  it.each([
    ["وقالوا إيه كمان عن الخلايا؟", "مين اللي قال إن داعش لسا تهديد عالمي؟", "us_officials"],
    ["and what did he say about foreign fighters?", "what did Sales say?", "sales"],
    ["w 2al eh 3an el akrad?", "what did Trump say?", "trump"],
    ["وشو قال عن الأكراد؟", "ماذا قال ترامب؟", "trump"],
  ])("%s asks about a topic against the last speaker", (q, previous, speaker) => {
    const a = engine.ask(q, { context: after(previous) });
    expect(a.status, q).not.toBe("no_match");
    expect(a.answers[0].speaker?.id).toBe(speaker);
  });

  it("who else: the previous who-said question without its speaker", () => {
    const context = after("من هدد تركيا؟");
    const a = engine.ask("ومين كمان؟", { context });
    for (const item of a.answers) expect(context.speakers).not.toContain(item.speaker?.id);
  });

  it("a follow-up whose referent is unclear is refused, never guessed", () => {
    const context: ConversationContext = { ...after("what did Sales say?"), speakers: ["sales", "jeffrey"] };
    expect(engine.ask("what else did he say?", { context }).status).toBe("no_match");
    expect(engine.ask("who is he?", { context: { ...context, speakers: [] } }).status).toBe("no_match");
  });

  it("a question that is not a follow-up ignores the context", () => {
    const context = after("what did Sales say?");
    const q = "who said ISIS fighters are scattered across Syria and Iraq?";
    expect(engine.ask(q, { context })).toEqual(engine.ask(q));
  });

  it("forgets the context after ten minutes", () => {
    const context = after("who said the ISIS brand is still around worldwide?", Date.now() - CONVERSATION_TTL_MS - 1);
    expect(engine.ask("what else did he say?", { context })).toEqual(engine.ask("what else did he say?"));
    expect(engine.ask("what else did he say?", { context: { ...context, at: Date.now() } }).status).toBe("answered");
  });
});
