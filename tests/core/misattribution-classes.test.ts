// The constructions that put words in the wrong mouth (or a fact where a speaker's words were asked
// for), one test per class: a question word typed short, a filler word read as content, one word met
// only through another word for it, a why-question whose reason is a statement reported with the act,
// a time question about the sentence an act points back to. Invented wording, on the built-in article
// and on an invented one.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULES_ONLY, contextOf, createEngine, ingestFile, loadCorpus, loadEngine, stripChatNoise, type Engine } from "../../src/index.js";
import { parseQuestion } from "../../src/engine/question.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

const ask = (q: string, after?: string) => engine.ask(q, { context: after ? contextOf(engine.ask(after)) : undefined });

describe("an English question word typed short", () => {
  it.each([
    ["wat did trump threaten", "what_said"],
    ["wht did erdogan warn about", "what_said"],
    ["wut did sales say", "what_said"],
  ])("%s is read as %s", (q, intent) => {
    expect(parseQuestion(q).intent).toBe(intent);
  });

  it("a Levantine Arabizi 'wen' (where) is not read as 'when'", () => {
    expect(parseQuestion("wen sar el hujoom").hint).not.toBe("time");
  });

  it("wat did <misspelt name> warn about: that speaker's statement, not a fact that mentions them", () => {
    const a = ask("wat did erdgoan warn about");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("erdogan");
  });
});

describe("a filler word is no content", () => {
  it.each([
    ["ومين ده أصلاً؟", "ومين ده؟"],
    ["anyway, who said that?", "who said that?"],
  ])("%s reads as %s", (raw, clean) => {
    expect(stripChatNoise(raw)).toBe(clean);
  });

  it("'who is that, anyway?' after a who-said answer names the same speaker", () => {
    const a = ask("ومين ده أصلاً؟", "مين اللي قال إن آلاف المقاتلين لسه موجودين في سوريا والعراق؟");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("jeffrey");
  });
});

describe("one word met only through another word for it", () => {
  it.each(["persist", "label", "أصل"])("%s is offered at most, never stated", (q) => {
    expect(ask(q).status).not.toBe("answered");
  });

  it.each(["brand", "sleeper"])("%s, said in the statement's own words, is still answered", (q) => {
    expect(ask(q).status).toBe("answered");
  });
});

describe("why, when the article reports the reason as a statement with the act", () => {
  it("the statement is the answer, shown after the sentence the act points back to", () => {
    const a = ask("ليه البنتاغون بيشيل تركيا من برنامج الطائرات F-35؟");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("defense_officials");
    expect(a.answers[0].context).toContain("S-400");
    expect(a.answers[0].context).toContain("رداً على ذلك");
  });

  it("'why?' after the act gives the same statement, never a fact in another's place", () => {
    const a = ask("why?", "so the Pentagon is pushing Turkey out of the F-35 program?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("defense_officials");
    expect(a.answers[0].context).toContain("S-400");
  });

  it("a time question about the sentence pointed back to is answered by that sentence, not the act", () => {
    const a = ask("الـ S-400 بدأ يوصل تركيا امتى؟");
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("الشهر الماضي");
  });
});

describe("a sentence that points back, in an invented article", () => {
  let dir: string;
  let local: Engine;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "qb-points-back-"));
    const article = join(dir, "harbour.txt");
    writeFileSync(
      article,
      [
        "Harbour city drops its ferry contract",
        "The port authority said on Tuesday that the harbour will stay open through the winter.",
        "Relations with the ferry company were already strained by the port authority's purchase of diesel tugboats from a Norwegian yard, which began arriving last month. In response, the city council began cancelling the ferry contract, with council officials arguing that the diesel tugboats could damage the coral reef of the harbour.",
        "\"We will find another ferry before the summer,\" said Mayor Lina Farouk.",
      ].join("\n"),
    );
    ingestFile(article, { corpusDir: join(dir, "corpus") });
    local = loadEngine(join(dir, "corpus"), { answerBar: RULES_ONLY });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("an answer from it shows the sentence it responds to", () => {
    const a = local.ask("who said the tugboats could damage the reef?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].context).toMatch(/^Relations with the ferry company .* In response, the city council/);
  });

  it("an answer from a sentence that does not point back shows that sentence alone", () => {
    const a = local.ask("who said the harbour will stay open through the winter?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].context).toBe("The port authority said on Tuesday that the harbour will stay open through the winter.");
  });
});
