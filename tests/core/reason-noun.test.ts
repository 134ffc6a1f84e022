// A noun that names a reason ("justification", "argument", "pretext", "حجة", "ذريعة", "مبرر") asks for a
// reason wherever it stands, like "why": it is the slot, not a word the answer must say. Invented wording on
// the built-in article.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { parseQuestion } from "../../src/engine/question.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a reason asked by its noun", () => {
  it.each([
    ["what's the mayor's justification for closing the bridge?", "justification"],
    ["شو حجة البلدية لإغلاق الجسر؟", "حجه"],
  ])("%s asks a reason, and %s is no topic word", (q, noun) => {
    const p = parseQuestion(q);
    expect(p.hint).toBe("reason");
    expect(p.topic.split(" ")).not.toContain(noun);
  });

  it.each([
    ["what's Turkey's argument for invading northern Syria?", "q-turkey-security"],
    ["شو حجة تركيا لغزو شمال سوريا؟", "q-turkey-security"],
    ["what's the justification the Pentagon gives for dropping Turkey from the F-35 program?", "q-defense-stealth"],
  ])("%s → %s", (q, id) => {
    const a = engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe(`article-000/${id}`);
  });
});
