import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, type GeneratedCorpus } from "../../bench/generate.js";
import { CATEGORIES, corpusQuestions, withTypo } from "../../bench/questions.js";
import { MAX_QUESTION_LENGTH, createEngine, loadCorpus, type Engine } from "../../src/index.js";

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
    const corpus = loadCorpus(generated.dir);
    for (const lang of ["ar", "en"] as const) {
      const article = corpus.articles.find((a) => a.article.lang === lang && a.article.id.startsWith("syn-"))!;
      const quote = article.quotes[0];
      const answer = engine.ask(lang === "ar" ? `من قال إن ${quote.text}` : `who said ${quote.text}`);
      expect(answer.status).toBe("answered");
      expect(answer.answers[0].speaker?.id).toBe(quote.speaker);
      expect(answer.answers[0].text).toBe(quote.text);
    }
  });

  it("finds a quoted phrase verbatim however many other words of the corpus the question holds", () => {
    // The search skips records that share too little of a question; one that holds a quoted phrase
    // verbatim must never be skipped, whatever share of the whole question it covers.
    const corpus = loadCorpus(generated.dir);
    const english = corpus.articles.filter((a) => a.article.lang === "en" && a.article.id.startsWith("syn-"));
    const quote = english[0].quotes[0];
    const phrase = quote.text.split(" ").slice(2, 7).join(" ");
    const others = english.slice(1, 6).flatMap((a) => a.quotes.map((q) => q.text)).join(" ");
    const question = `Who said "${phrase}" ${others}`.slice(0, MAX_QUESTION_LENGTH - 20).replace(/\s\S*$/, "?");
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.answers[0].speaker?.id).toBe(quote.speaker);
    expect(answer.answers[0].text).toBe(quote.text);
  });

  it("follows news distributions: facts outnumber quotes about two to one, a few speakers hold many quotes", () => {
    const big = generateCorpus({ quotes: 3_000, dir: fresh() });
    expect(big.facts / big.quotes).toBeGreaterThan(1.6);
    expect(big.facts / big.quotes).toBeLessThan(2.4);
    const counts = new Map<string, number>();
    for (const a of loadCorpus(big.dir).articles) for (const q of a.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    const sorted = [...counts.values()].sort((x, y) => y - x);
    expect(sorted[0]).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]);
  });

  it("draws every kind of question from a corpus, each who-said question with its expected speaker", () => {
    const questions = corpusQuestions(loadCorpus(generated.dir));
    for (const c of CATEGORIES.filter((c) => c !== "no_match")) expect(questions.some((q) => q.category === c)).toBe(true);
    const whoSaid = questions.filter((q) => q.category.startsWith("who_said"));
    expect(whoSaid.length).toBeGreaterThanOrEqual(16);
    expect(whoSaid.every((q) => q.expectSpeaker?.startsWith("s-"))).toBe(true);
    expect(questions.some((q) => q.lang === "ar" && q.category === "what_said_topic")).toBe(true);
    expect(questions.filter((q) => q.category === "who_said_quoted").every((q) => /"[^"]+"/.test(q.text))).toBe(true);
    expect(withTypo(["brand", "still"], () => 0)).toEqual(["barnd", "still"]);
  });
});
