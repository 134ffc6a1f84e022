// Chat noise around a question: mentions, handles, emoji, greetings and thanks, repeated punctuation,
// quotation marks of every kind. The core drops it, so every adapter and the CLI read one question.
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH, createEngine, loadCorpus, stripChatNoise, type Engine } from "../../src/index.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("stripChatNoise", () => {
  it.each([
    ["<@8023456789012345> who said the ISIS brand still exists?", "who said the ISIS brand still exists?"],
    ["<@!8023456789012345> <@&77> what did Sales say", "what did Sales say"],
    ["<@U012AB3CD|quotebot> <#C01|news> what did Jeffrey tell reporters?", "what did Jeffrey tell reporters?"],
    ["what did <!here> Sales say <a:wave:123456>", "what did Sales say"],
    ["@quotebot: who warned Turkey???", "who warned Turkey?"],
    ["hey bot, who said it?! thanks 🙏🏽", "who said it?"],
    ["Hi! Can you tell me what did Erdogan say about Syria pls :pray: :)", "what did Erdogan say about Syria"],
    ["who 🇺🇸 said 👍🏼 the brand exists!!!!", "who said the brand exists!"],
    ["did Trump threaten Turkey or not?", "did Trump threaten Turkey?"],
  ])("English: %s", (raw, clean) => expect(stripChatNoise(raw)).toBe(clean));

  it.each([
    ["@quotebot أردوغان قال إيه؟", "أردوغان قال إيه؟"],
    ["مرحباً يا بوت، مين قال إن داعش موجود؟؟ شكراً جزيلاً", "مين قال إن داعش موجود؟"],
    ["<@123> لو سمحت ماذا قال ترامب عن الأكراد؟ 🙏", "ماذا قال ترامب عن الأكراد؟"],
    ["السلام عليكم، ممكن تقولي شو قال جيفري؟!", "شو قال جيفري؟"],
    ["marhaba ya bot, meen 2al en el 7arb khelset? shukran", "meen 2al en el 7arb khelset?"],
    ["هو ترامب هدد تركيا ولا لأ؟", "هو ترامب هدد تركيا؟"],
    ["هل قال جيفري إن داعش موجود أم لا؟", "هل قال جيفري إن داعش موجود؟"],
  ])("Arabic and Arabizi: %s", (raw, clean) => expect(stripChatNoise(raw)).toBe(clean));

  it("makes every kind of quotation mark one, and keeps what stands inside them", () => {
    expect(stripChatNoise("who said «thanks, hello» ?")).toBe('who said "thanks, hello"?');
    expect(stripChatNoise("who said ‘hi there’")).toBe('who said "hi there"');
    expect(stripChatNoise("who said 'thanks for nothing'?")).toBe('who said "thanks for nothing"?');
    expect(stripChatNoise("من قال „شكرا لكم“")).toBe('من قال "شكرا لكم"');
  });

  it("keeps words that are content as well as greetings where they carry content", () => {
    expect(stripChatNoise("ماذا قال رجب طيب")).toBe("ماذا قال رجب طيب");
    expect(stripChatNoise("من دعا إلى سلام")).toBe("من دعا إلى سلام");
    expect(stripChatNoise("what happened Tuesday morning")).toBe("what happened Tuesday morning");
    expect(stripChatNoise("write to me at a@b.example")).toBe("write to me at a@b.example");
  });

  it("leaves nothing of a message that is only noise", () => {
    for (const q of ["hello", "thanks!!", "<@123> 👋", "شكراً يا بوت", "مرحبا"]) expect(stripChatNoise(q), q).toBe("");
  });
});

describe("the engine reads questions through the chat noise", () => {
  it.each([
    ["<@1234567890123> من قال إن تركيا ستشن عملية عسكرية؟", "erdogan"],
    ["<@U012AB3CD> what did Jeffrey tell reporters?", "jeffrey"],
    ["@quotebot أردوغان قال إيه؟", "erdogan"],
    ["hey @quotebot!! who said the ISIS brand still exists worldwide??? thx 🙏", "sales"],
    ["مرحبا، شو قال ترامب عن الأكراد؟ شكراً", "trump"],
    ["Who said “the ISIS brand still exists”?", "sales"],
  ])("%s", (q, id) => {
    const a = engine.ask(q);
    expect(a.status, q).toBe("answered");
    expect(a.answers[0].speaker?.id, q).toBe(id);
  });

  it("answers a message of greetings alone as an empty question", () => {
    expect(engine.ask("hello 👋")).toMatchObject({ status: "no_match", reason: "empty" });
    expect(engine.ask("<@123> شكرا")).toMatchObject({ status: "no_match", reason: "empty" });
  });

  it("refuses a huge question before reading it, and counts the question, not its noise, against the cap", () => {
    const huge = `who said ${"x".repeat(10 * 1024 * 1024)}`;
    expect(engine.ask(huge)).toMatchObject({ status: "no_match", reason: "too_long" });
    const mentions = "<@U012AB3CD> ".repeat(40);
    expect(mentions.length).toBeGreaterThan(MAX_QUESTION_LENGTH);
    expect(engine.ask(`${mentions}what did Jeffrey tell reporters?`).status).toBe("answered");
  });
});
