// The folder store: what the engine loads is what loadCorpus loads, writes go through the loader's
// checks, and an export replaces a folder whole or not at all.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CorpusError, DEFAULT_CORPUS_DIR, ExportError, FileStore, loadCorpus, loadEngine, loadEngineFrom, openStore } from "../../src/index.js";
import { BUILT_IN_QUESTION } from "../ops/helpers.js";

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "qb-file-store-"));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe("the folder store", () => {
  it("is the store without DATABASE_URL, and loads what loadCorpus loads", async () => {
    const store = await openStore({ corpusDir: DEFAULT_CORPUS_DIR });
    expect(store.kind).toBe("files");
    expect(await store.load()).toEqual(loadCorpus(DEFAULT_CORPUS_DIR));
    expect((await loadEngineFrom(store)).ask(BUILT_IN_QUESTION)).toEqual(loadEngine().ask(BUILT_IN_QUESTION));
  });

  it("writes an article the loader reads back, and refuses one the loader would refuse", async () => {
    const dir = join(scratch, "corpus");
    const store = new FileStore(dir);
    const [seed] = await new FileStore(DEFAULT_CORPUS_DIR).files();
    await store.put([seed]);
    expect(loadCorpus(dir).articles.map((a) => a.article.id)).toEqual(["article-000"]);
    const broken = { ...seed, data: { ...seed.data, quotes: [{ ...seed.data.quotes[0], paragraph: 999 }] } };
    await expect(store.put([broken])).rejects.toThrow(CorpusError);
    const outside = { ...seed, data: { ...seed.data, article: { ...seed.data.article, file: "../x.txt" } } };
    await expect(store.put([outside])).rejects.toThrow(/outside the corpus folder/);
    let told = "";
    await store.put([seed], (incoming, existing) => {
      told = `${incoming.data.article.id}:${existing.status}`;
    });
    expect(told).toBe("article-000:reviewed");
  });

  it("exports into a new or empty folder, and swaps an occupied one only when asked", async () => {
    const files = await new FileStore(DEFAULT_CORPUS_DIR).files();
    const out = join(scratch, "out");
    await new FileStore(out).replaceAll(files);
    for (const name of readdirSync(DEFAULT_CORPUS_DIR)) {
      expect(readFileSync(join(out, name), "utf8")).toBe(readFileSync(join(DEFAULT_CORPUS_DIR, name), "utf8"));
    }
    writeFileSync(join(out, "stale.json"), "{}");
    await expect(new FileStore(out).replaceAll(files)).rejects.toThrow(ExportError);
    expect(readdirSync(out)).toContain("stale.json");
    await new FileStore(out).replaceAll(files, true);
    expect(readdirSync(out).sort()).toEqual(readdirSync(DEFAULT_CORPUS_DIR).sort());
    expect(readdirSync(scratch)).toEqual(["out"]);
    cpSync(DEFAULT_CORPUS_DIR, join(scratch, "copy"), { recursive: true });
  });
});
