// A when-question presumes that what it asks about happened ("when did the offensive begin?", "متى بدأت
// العملية؟", "... actually ..."): a record that says it will, may, looked imminent or had its way paved
// gives no time at which it did. A fact must say the act itself, not only its sentence; a word of a
// phrase ("air" of "air strike") is not the phrase. A cause question ("what made people think …")
// names nobody and asks for a cause: "made" is no word of its topic. Invented wording on the built-in
// article.
import { beforeAll, describe, expect, it } from "vitest";
import { contextOf, createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { claimsDone, saysNotYet } from "../../src/engine/realis.js";
import { parseQuestion } from "../../src/engine/question.js";
import { saysRelated, type MatchableTerm } from "../../src/engine/evidence.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a when-question claims that it happened", () => {
  it.each(["when did the offensive begin?", "so when was the deal signed?", "متى بدأت العملية؟", "ومتى تم الاتفاق؟", "امتى هجموا؟"])("%s", (q) => {
    expect(claimsDone(q)).toBe(true);
  });

  it.each(["when will the offensive begin?", "متى ستبدأ العملية؟", "متى بتبدأ العملية؟", "متى تبدأ العملية؟", "متى العملية؟", "when did Trump threaten to hit Turkey?", "متى هدد ترامب تركيا؟"])("%s does not", (q) => {
    expect(claimsDone(q)).toBe(false);
  });

  it("a way paved or a threat made says what has not happened yet", () => {
    expect(saysNotYet("", "That paved the way for the army to cross the river.")).toBe(true);
    expect(saysNotYet("", "The rebels threatened to take the city.")).toBe(true);
  });

  it("in its main clause: what a relative clause says will happen does not make the act unrealized", () => {
    expect(saysNotYet("", "Officials began talks on a zone from which the troops would withdraw.")).toBe(false);
    expect(saysNotYet("بدأ المسؤولون محادثات حول منطقة التي ستنسحب منها القوات", null)).toBe(false);
  });
});

describe("a when-question about an act the article says only will or may happen", () => {
  it.each([
    "when did the turkish offensive begin?",
    "متى بدأت العملية العسكرية التركية؟",
    "متى بدأ الهجوم التركي فعلا؟",
    "when did turkish forces really go over the border into syria?",
  ])("is not answered: %s", (q) => {
    expect(engine.ask(q).status).not.toBe("answered");
  });

  it("a when-question about what is to come may be answered by what will come", () => {
    expect(engine.ask("متى ستبدأ العملية العسكرية التركية؟").answers[0]?.id).toBe("article-000/f-many-believe");
  });

  it("after a threat, 'when did the invasion begin?' is not answered; 'when was that?' still asks about the threat", () => {
    const after = contextOf(engine.ask("who has long threatened to invade northern Syria?"));
    expect(engine.ask("and when did the invasion begin?", { context: after }).status).not.toBe("answered");
  });

  it("a threat's time is still asked for", () => {
    const a = engine.ask("when did Trump threaten to wreck Turkey's economy?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("trump");
  });
});

describe("one word of a phrase is not the phrase", () => {
  const term: MatchableTerm = { term: { word: "w", keys: ["w"], script: "en" }, ids: [1], related: [2, 3, 4], parts: [3, 4], generic: false };
  it.each([
    [[2], true],
    [[3], false],
    [[3, 4], true],
  ])("held %j: %s", (held, says) => {
    expect(saysRelated(term, (id) => (held as number[]).includes(id))).toBe(says);
  });
});

describe("a cause question", () => {
  it("names nobody: 'what led many to believe' is not the US-led coalition", () => {
    const q = parseQuestion("what led many to believe the operation could start soon?");
    expect(q.intent).toBe("fact");
    expect(q.topic.startsWith("many")).toBe(true);
  });

  it.each(["what made people think the turkish op could begin soon?", "what led many to believe the turkish operation could start soon?"])("%s is answered by the cause, not a statement saying 'made'", (q) => {
    const a = engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe("article-000/f-many-believe");
  });
});
