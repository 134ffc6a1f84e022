import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, type GeneratedCorpus } from "../../bench/generate.js";
import { syntheticQuestions, withTypo } from "../../bench/questions.js";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";

describe("synthetic corpus generator", () => {
  const dirs: string[] = [];
  let generated: GeneratedCorpus;
  let engine: Engine;

  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), "quotebot-gen-test-"));
    dirs.push(dir);
    return dir;
  };

  beforeAll(() => {
    generated = generateCorpus({ quotes: 200, dir: fresh() });
    engine = createEngine(loadCorpus(generated.dir));
  });

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("writes the asked number of quotes, with the seed article, in a corpus loadCorpus accepts", () => {
    const corpus = loadCorpus(generated.dir);
    const quotes = corpus.articles.reduce((n, a) => n + a.quotes.length, 0);
    expect(generated.quotes).toBe(200);
    expect(quotes).toBe(200 + 14); // the seed article holds 14 quotes
    expect(corpus.articles.map((a) => a.article.id)).toContain("article-000");
    expect(new Set(corpus.articles.map((a) => a.article.lang))).toEqual(new Set(["ar", "en"]));
  });

  it("is deterministic for a seed", () => {
    const again = generateCorpus({ quotes: 200, dir: fresh() });
    const files = readdirSync(generated.dir).sort();
    expect(readdirSync(again.dir).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(again.dir, f), "utf8")).toBe(readFileSync(join(generated.dir, f), "utf8"));
    const other = generateCorpus({ quotes: 200, dir: fresh(), seed: 1 });
    expect(readFileSync(join(other.dir, "syn-000000.json"), "utf8")).not.toBe(readFileSync(join(generated.dir, "syn-000000.json"), "utf8"));
  });

  it("answers who said a synthetic quote with its synthetic speaker, in both languages", () => {
    for (const lang of ["ar", "en"] as const) {
      const sample = generated.sampleQuotes.find((q) => q.lang === lang)!;
      const question = lang === "ar" ? `من قال إن ${sample.text}` : `who said ${sample.text}`;
      const answer = engine.ask(question);
      expect(answer.status).toBe("answered");
      expect(answer.answers[0].speaker?.id).toBe(sample.speaker.id);
      expect(answer.answers[0].text).toBe(sample.text);
    }
  });

  it("builds a question mix with a typo and an expected speaker for each who-said question", () => {
    const questions = syntheticQuestions(generated);
    const whoSaid = questions.filter((q) => q.category === "who_said");
    expect(whoSaid.length).toBeGreaterThanOrEqual(8);
    expect(whoSaid.every((q) => q.expectSpeaker?.startsWith("s-"))).toBe(true);
    expect(questions.some((q) => q.lang === "ar" && q.category === "what_said")).toBe(true);
    expect(withTypo(["brand", "still"], () => 0)).toEqual(["barnd", "still"]);
  });
});
