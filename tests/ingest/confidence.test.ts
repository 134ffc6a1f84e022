// Every draft quote carries the extractor's confidence in its speaker; a quote whose speaker cannot be
// told is kept without one: the loader keeps it, with no speaker (see tests/core/speakerless-statements).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus, readCorpusFile } from "../../src/corpus/load.js";
import { schemas } from "../../src/corpus/schema.js";
import { extractRaw } from "./helpers.js";

describe("confidence and speakerless quotes", () => {
  it("a named speaker gets a confidence between 0 and 1", () => {
    const d = extractRaw("en", "Harbor Bridge Reopens", "Mayor Ada Lowe said the bridge would reopen in May.");
    const q = d.quotes.find((x) => x.text.includes("reopen in May"))!;
    expect(q.speaker).not.toBeNull();
    expect(q.confidence).toBeGreaterThan(0.5);
    expect(q.confidence).toBeLessThanOrEqual(1);
  });

  it("an Arabic surname never named in full keeps its quote, without a speaker and with confidence 0", () => {
    const d = extractRaw("ar", "وقال العطار إن المخزون يكفي لشهرين.");
    expect(d.quotes).toHaveLength(1);
    expect(d.quotes[0]).toMatchObject({ speaker: null, confidence: 0 });
    expect(d.speakers).toEqual([]);
    expect(schemas().CorpusFileSchema.safeParse(d).success).toBe(true);
  });

  it("the loader keeps a draft's speakerless quote without a speaker, and refuses one in a reviewed file", () => {
    const dir = mkdtempSync(join(tmpdir(), "qb-conf-"));
    try {
      const d = extractRaw("ar", "وقال العطار إن المخزون يكفي لشهرين.");
      writeFileSync(join(dir, "t.ar.txt"), "وقال العطار إن المخزون يكفي لشهرين.");
      writeFileSync(join(dir, "t.json"), JSON.stringify(d));
      expect(loadCorpus(dir).articles[0].quotes.map((q) => q.speaker)).toEqual([null]);
      writeFileSync(join(dir, "t.json"), JSON.stringify({ ...d, article: { ...d.article, status: "reviewed" } }));
      expect(readCorpusFile(join(dir, "t.json")).problems.map((p) => p.field)).toEqual(["speaker"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
