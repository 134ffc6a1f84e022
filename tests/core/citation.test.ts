import { describe, expect, it } from "vitest";
import { citationOf } from "../../src/engine/citation.js";
import { createEngine, loadCorpus, type ArticleInfo } from "../../src/index.js";

const article: ArticleInfo = {
  id: "a-1", lang: "en", title: "Harbor bridge reopens", titleEn: "Harbor bridge reopens",
  source: { publisher: "The Gazette", url: "https://gazette.example/bridge", note: null },
  date: "2024-03-05", status: "reviewed", paragraphs: 9, quoteCount: 3, factCount: 1,
};

describe("citations", () => {
  it("name every known part once, on one ready-to-paste line", () => {
    expect(citationOf(article, "a-1", 6)).toEqual({
      title: "Harbor bridge reopens", titleEn: "Harbor bridge reopens", publisher: "The Gazette",
      date: "2024-03-05", url: "https://gazette.example/bridge", paragraph: 6,
      text: "“Harbor bridge reopens”, The Gazette, 2024-03-05, ¶ 6. https://gazette.example/bridge",
    });
  });

  it("leave unknown parts null and out of the text; an address that is not http(s) is no link", () => {
    const c = citationOf({ ...article, titleEn: null, date: null, source: { publisher: " ", url: "javascript:alert(1)", note: null } }, "a-1", 2);
    expect(c).toMatchObject({ titleEn: null, publisher: null, date: null, url: null });
    expect(c.text).toBe("“Harbor bridge reopens”, ¶ 2.");
    expect(citationOf(undefined, "a-9", 1)).toMatchObject({ title: null, text: "a-9, ¶ 1." });
  });

  it("come with every answer item of the engine, from the item's own article and paragraph", () => {
    const engine = createEngine(loadCorpus());
    for (const q of ["What did Erdogan say?", "who is quoted?", "كم عمر الرجل في قضية دالاس؟"]) {
      for (const a of engine.ask(q).answers) {
        expect(a.citation.paragraph).toBe(a.paragraph);
        expect(a.citation.text).toContain(`¶ ${a.paragraph}.`);
        expect(a.citation.date).toBe(engine.articles().find((x) => x.id === a.article)!.date);
      }
    }
  });
});
