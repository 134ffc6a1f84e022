// Table words (data, not code): Maghrebi شكال/شكالو ("what did … say", as Gulf شقال), Arabizi wa7dat (وحدات,
// "units") and qadet/qadat (قادة, "leaders"). Invented wording on the built-in article.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("dialect and Arabizi table words", () => {
  it.each([
    ["شكال جيفري على مقاتلي داعش؟", "q-jeffrey-fighters"],
    ["شكالو الدبلوماسيين فأنقرة؟", "q-diplomats-buildup"],
    ["shu 2al sales 3an qadet da3esh?", "q-sales-prosecute"],
    ["sho 3emlo el turk bel wa7dat 3al 7dood?", "q-diplomats-buildup"],
  ])("%s → %s", (q, id) => {
    const a = engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe(`article-000/${id}`);
  });
});
