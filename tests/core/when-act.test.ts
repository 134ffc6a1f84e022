// "When did X do Y?" is answered by the article's date for a record that gives none, so such a record
// must say the act asked about in full: the talks that began do not date a deal that was signed, nor a
// unit's cancelled leave "in recent weeks" an army crossing a border. A record that gives a calendar
// date of its own answers as before. Invented wording on the built-in article, and an invented article.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { inventedArticles } from "../support/invented-articles.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a when-question about an act no record says", () => {
  it.each([
    "when did Turkey and the US sign the safe zone agreement?",
    "when did Turkish troops cross the border into the Kurdish area?",
  ])("is not answered with a record on its other words: %s", (q) => {
    expect(engine.ask(q).status).not.toBe("answered");
  });
});

describe("a when-question about an act a record says", () => {
  it.each([
    ["when did the Russian S-400 begin to arrive?", "f-s400"],
    ["when did the Turkish operation look imminent?", "f-imminent"],
    ["when was the Dallas case announced?", "f-dallas-case"],
    ["امتى بدأت المناقشات على المنطقة الآمنة؟", "f-safe-zone"],
  ])("%s is answered (%s)", (q, id) => {
    const a = engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe(`article-000/${id}`);
  });
});

describe("a record that gives a calendar date of its own", () => {
  const harbour = inventedArticles({
    harbour:
      "Ferry service to end\n\nThe ferry company said the last ferry to Salt Island will sail on 28 December, after forty years of service.\n\n" +
      '"We cannot keep the old boats running," the company\'s director, Maria Lund, told reporters.\n',
  });

  it("answers a when-question in other words than its own", () => {
    const a = harbour.engine.ask("on what date will the final ferry leave for Salt Island?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("28 December");
  });
});

describe("a when-question about what someone said ('according to X, when …'), with no verb of saying", () => {
  const drafts = inventedArticles({
    library: [
      "Council backs new library and pool",
      "Mayor Ada Lowe said the new library would be built next to the old market.",
      "Lowe said the public pool would reopen in June after repairs.",
    ].join("\n\n"),
  });

  it("is not answered with a statement on the topic that gives no time", () => {
    for (const q of ["When will the new library be built, according to Lowe?", "When will the library be built next to the market, according to the mayor?"]) {
      expect(drafts.engine.ask(q).status, q).not.toBe("answered");
    }
  });

  it("is answered with the statement that gives the time", () => {
    const a = drafts.engine.ask("When will the pool reopen, according to Lowe?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("June");
  });
});
