// "Did you mean …?": a near miss is offered (status "suggested", at most 3 candidates), never stated;
// a no-match question is never answered; a draft quote the extractor was unsure of is only suggested.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR, createEngine, loadCorpus, type Engine } from "../../src/index.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a near miss is suggested, not answered", () => {
  it.each([
    // One telling word (brand / العلامة) and nothing else of the question in the quote.
    ["who said the brand is still there?", "sales"],
    ["من قال إن العلامة ما زالت هناك؟", "sales"],
    // A one-word question says too little to put words in someone's mouth.
    ["من قال أنا موجود؟", "sales"],
    ["who said exists?", "sales"],
  ])("%s", (q, speaker) => {
    const a = engine.ask(q);
    expect(a.status).toBe("suggested");
    expect(a.answers.length).toBeGreaterThanOrEqual(1);
    expect(a.answers.length).toBeLessThanOrEqual(3);
    expect(a.answers.map((x) => x.speaker?.id)).toContain(speaker);
    // Offered, not stated: every candidate scores under the answer bar, in the same fields as an answer.
    for (const x of a.answers) {
      expect(x.score).toBeLessThan(0.5);
      expect(Object.keys(x).sort()).toEqual(["article", "citation", "context", "draft", "englishMissing", "id", "kind", "paragraph", "score", "speaker", "text", "textEn"]);
    }
    expect(a.reason).toBeUndefined();
  });

  it("what did Y say about a topic Y never spoke of: Y's nearest quote at most, offered", () => {
    const a = engine.ask("What did Trump say about the weather in Ankara?");
    expect(a.status).not.toBe("answered");
    for (const x of a.answers) expect(x.speaker?.id).toBe("trump");
  });

  it("respects a smaller limit", () => {
    expect(engine.ask("من قال أنا موجود؟", { limit: 1 }).answers).toHaveLength(1);
  });

  it.each([
    "What did Vladimir Putin say?",
    "ماذا قال بوتين عن تركيا؟",
    "asdkjh qwe zzxq",
    "كم سعر الدولار اليوم",
    'who said "I think therefore I exist"?',
    'من قال "أنا أفكر إذن أنا موجود"؟',
  ])("%s: nothing to suggest either", (q) => {
    expect(engine.ask(q)).toMatchObject({ status: "no_match", answers: [] });
  });
});

describe("an answer from an unsure draft quote is a suggestion", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  /** The built-in corpus as an unreviewed draft whose quotes carry the extractor's `confidence`. */
  function draftEngine(confidence: number): Engine {
    const dir = mkdtempSync(join(tmpdir(), "qb-draft-"));
    dirs.push(dir);
    cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
    const file = join(dir, "article-000.json");
    const data = JSON.parse(readFileSync(file, "utf8"));
    data.article.status = "draft";
    for (const q of data.quotes) q.confidence = confidence;
    writeFileSync(file, JSON.stringify(data));
    return createEngine(loadCorpus(dir));
  }

  it.each(["who said the ISIS brand still exists worldwide?", "من قال إن العلامة التجارية لداعش موجودة في كل العالم؟"])(
    "%s",
    (q) => {
      const unsure = draftEngine(0.4).ask(q);
      expect(unsure.status).toBe("suggested");
      expect(unsure.answers[0]).toMatchObject({ draft: true, speaker: { id: "sales" } });
      const sure = draftEngine(0.95).ask(q);
      expect(sure.status).toBe("answered");
      expect(sure.answers[0]).toMatchObject({ draft: true, speaker: { id: "sales" } });
    },
  );

  it("refuses a confidence outside 0..1", () => {
    const dir = mkdtempSync(join(tmpdir(), "qb-draft-"));
    dirs.push(dir);
    cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
    const file = join(dir, "article-000.json");
    const data = JSON.parse(readFileSync(file, "utf8"));
    data.quotes[0].confidence = 1.5;
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadCorpus(dir)).toThrow(/confidence/);
  });
});
