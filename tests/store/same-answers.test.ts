// The PostgreSQL store answers exactly as the folder does: the same questions asked of an engine
// built from the files and of one built from the database, on the seed corpus and on a generated
// corpus of 10,000 quotes; and a corpus moved folder → database → folder comes back the same.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import { NO_MATCH_QUESTIONS, SEED_QUESTIONS, corpusQuestions } from "../../bench/questions.js";
import { DEFAULT_CORPUS_DIR, FileStore, createEngine, loadEngineFrom, type Engine } from "../../src/index.js";
import { readCorpus } from "../../src/corpus/load.js";
import type { PgStore } from "../../src/store/pg-store.js";
import { TEST_DATABASE_URL, announceSkip, dropSchema, openTestStore, testSchema } from "./pg.js";

announceSkip("tests/store/same-answers.test.ts");

/** Everything an adapter can read from an engine, for the given questions. */
function everything(engine: Engine, questions: string[]) {
  const speakers = engine.speakers();
  return {
    answers: questions.map((q) => engine.ask(q)),
    speakers,
    articles: engine.articles(),
    quotesBy: speakers.slice(0, 50).map((s) => engine.quotesBy(s.id)),
    suggest: ["na", "tr", "ال", "س"].map((p) => engine.suggestSpeakers(p)),
  };
}

describe.skipIf(!TEST_DATABASE_URL)("the PostgreSQL store answers as the folder does", () => {
  const schema = testSchema();
  let store: PgStore;
  let scratch: string;
  beforeAll(async () => {
    store = await openTestStore(schema);
    scratch = mkdtempSync(join(tmpdir(), "qb-store-"));
  });
  afterAll(async () => {
    await store?.close();
    await dropSchema(schema);
    rmSync(scratch, { recursive: true, force: true });
  });

  it("on the seed corpus: the same answers, and an export holds the same files byte for byte", async () => {
    const files = new FileStore(DEFAULT_CORPUS_DIR);
    await store.put(await files.files());
    const questions = [...SEED_QUESTIONS, ...NO_MATCH_QUESTIONS].map((q) => q.text);
    const fromFiles = everything(await loadEngineFrom(files), questions);
    const fromDb = everything(await loadEngineFrom(store), questions);
    expect(fromFiles.answers.filter((a) => a.status === "answered").length).toBeGreaterThan(3);
    expect(fromDb).toEqual(fromFiles);

    const out = join(scratch, "seed-export");
    await new FileStore(out).replaceAll(await store.files());
    const names = readdirSync(DEFAULT_CORPUS_DIR).sort();
    expect(readdirSync(out).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(out, name), "utf8"), name).toBe(readFileSync(join(DEFAULT_CORPUS_DIR, name), "utf8"));
  });

  it("on a generated corpus of 10,000 quotes: the same answers to every kind of question, and the same corpus exported", async () => {
    const generated = generateCorpus({ quotes: 10_000, dir: mkdtempSync(join(scratch, "gen-")) });
    const { corpus, files } = readCorpus(generated.dir);
    const other = testSchema();
    const big = await openTestStore(other);
    try {
      await big.put(files);
      const drawn = [7, 11].flatMap((seed) => corpusQuestions(corpus, { seed }));
      const questions = [...SEED_QUESTIONS, ...NO_MATCH_QUESTIONS, ...drawn].map((q) => q.text);
      expect(questions.length).toBeGreaterThan(100);
      const fromFiles = everything(createEngine(corpus), questions);
      const fromDb = everything(createEngine(await big.load()), questions);
      expect(fromFiles.answers.filter((a) => a.status === "answered").length).toBeGreaterThan(50);
      // One comparison per question first, so that a difference names its question.
      fromFiles.answers.forEach((a, i) => expect(fromDb.answers[i], questions[i]).toEqual(a));
      expect(fromDb).toEqual(fromFiles);

      const out = join(scratch, "big-export");
      await new FileStore(out).replaceAll(await big.files());
      expect(readCorpus(out).files).toEqual(files);
    } finally {
      await big.close();
      await dropSchema(other);
    }
  }, 300_000);
});
