// A large corpus is analysed in two halves, the second in a worker thread: the built view must be
// exactly the one a single thread builds. The worker runs compiled code, so this drives dist/
// (which `npm test` builds first).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import type { CorpusView } from "../../src/engine/records.js";
import { PROJECT_ROOT } from "../../src/paths.js";

type Built = typeof import("../../src/engine/records.js");
type Loader = typeof import("../../src/corpus/load.js");
type Engines = typeof import("../../src/engine/engine.js");
const dist = (path: string) => join(PROJECT_ROOT, "dist", path);
const { buildCorpusView } = (await import(dist("src/engine/records.js"))) as Built;
const { loadCorpus } = (await import(dist("src/corpus/load.js"))) as Loader;
const { createEngine } = (await import(dist("src/engine/engine.js"))) as Engines;

const plain = (view: CorpusView) => ({
  ...view,
  records: view.records.map((r) => ({ ...r, ownKeys: Array.from(r.ownKeys), topicKeys: Array.from(r.topicKeys), secondaryKeys: Array.from(r.secondaryKeys) })),
});

describe("building a large corpus on two threads", () => {
  const dir = mkdtempSync(join(tmpdir(), "quotebot-analysis-"));
  const generated = generateCorpus({ quotes: 3_000, dir });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the same view as building it on one", () => {
    const corpus = loadCorpus(dir);
    const serial = buildCorpusView(corpus, { parallelFrom: Number.POSITIVE_INFINITY });
    let threads = 0;
    const parallel = buildCorpusView(corpus, { parallelFrom: 0, onThreads: (n) => (threads = n) });
    expect(threads).toBe(2);
    expect(parallel.records.length).toBeGreaterThan(3_000);
    expect(plain(parallel)).toEqual(plain(serial));
  });

  it("gives an engine that answers as the one-thread engine does", () => {
    const corpus = loadCorpus(dir);
    let threads = 0;
    const parallel = createEngine(corpus, { parallelFrom: 0, onThreads: (n) => (threads = n) });
    const serial = createEngine(corpus, { parallelFrom: Number.POSITIVE_INFINITY });
    expect(threads).toBe(2);
    const questions = generated.sampleQuotes.slice(0, 20).map((q) => `who said ${q.text}`);
    expect(questions.length).toBeGreaterThan(5);
    for (const q of questions) expect(parallel.ask(q), q).toEqual(serial.ask(q));
    expect(parallel.speakers()).toEqual(serial.speakers());
  });
});
