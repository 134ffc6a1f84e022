// The snapshot read back answers as a clean build does, on the held-out question sets over the
// built-in corpus and on questions drawn from a generated one; a snapshot damaged after it was written
// (a flipped byte, a torn write) is never trusted: the start checks the checksums of its header and of
// the numbers it reads, and every page it leaves in the file is checked as it is read. Before the
// checksums, a byte damaged in a record of an article the sample check does not read was served:
// another speaker (a number still in range), a changed word.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpusView, type CorpusView } from "../../src/engine/records.js";
import { FIELD, FIELDS } from "../../src/engine/stored-records.js";
import { filesStatus, snapshotPlace, writeSnapshot } from "../../src/engine/snapshot.js";
import { DEFAULT_CORPUS_DIR, createEngine, loadCorpus, loadEngine, type Engine } from "../../src/index.js";
import { generateCorpus } from "../../bench/generate.js";
import { corpusQuestions } from "../../bench/questions.js";

const root = mkdtempSync(join(tmpdir(), "qb-snapshot-damage-"));
const cache = join(root, "cache");
const corpus = join(root, "corpus");
const saved = process.env.QUOTEBOT_CACHE_DIR;
let view: CorpusView;
let good: Buffer;
let path: string;

beforeAll(() => {
  mkdirSync(corpus);
  generateCorpus({ quotes: 300, dir: corpus, includeSeed: false, seed: 7 });
  process.env.QUOTEBOT_CACHE_DIR = cache;
  view = buildCorpusView(loadCorpus(corpus));
  loadEngine(corpus);
  [path] = readdirSync(cache).filter((f) => f.startsWith("corpus-") && f.endsWith(".keys")).map((name) => join(cache, name));
  good = readFileSync(path);
});
afterAll(() => {
  if (saved === undefined) delete process.env.QUOTEBOT_CACHE_DIR;
  else process.env.QUOTEBOT_CACHE_DIR = saved;
  rmSync(root, { recursive: true, force: true });
});

/** Where the file's parts start: the header line after the preamble line, then the sections (SECTIONS in snapshot.ts), then the strings. */
function layout(file: Buffer) {
  const headerAt = file.indexOf(10) + 1;
  const bodyAt = file.indexOf(10, headerAt) + 1;
  const { lengths } = JSON.parse(file.toString("latin1", headerAt, bodyAt - 1)) as { lengths: number[] };
  const widths = [8, 4, 4, 4, 4, 4, 4, 4, 4, 2];
  const section = (i: number) => bodyAt + lengths.slice(0, i).reduce((a, l, j) => a + l * widths[j], 0);
  return { headerAt, bodyAt, fieldsAt: section(1), stringsAt: section(widths.length) };
}

/** A quote with a speaker in an article the start's sample does not read (it reads every articles/4th from the first). */
function unsampledQuote(): number {
  const step = Math.max(1, Math.floor(view.articles.length / 4));
  const sampled = new Set(view.articles.filter((_, i) => i % step === 0).map((a) => a.id));
  const at = view.records.findIndex((r) => r.kind === "quote" && r.speaker >= 0 && !sampled.has(r.article) && r.text.length > 30);
  expect(at).toBeGreaterThanOrEqual(0);
  return at;
}

const snapshotsIn = () => readdirSync(cache).filter((f) => f.startsWith("corpus-") && f.endsWith(".keys"));

describe("a sound snapshot", () => {
  /** Each question's whole answer from a start on the snapshot and from a clean build, without the work budget (which times out differently). */
  function same(dir: string, questions: string[]) {
    const unbudgeted = { budgetMs: Number.MAX_SAFE_INTEGER };
    const fresh = createEngine(loadCorpus(dir), unbudgeted);
    loadEngine(dir); // writes it when missing
    const written = snapshotsIn().map((name) => readFileSync(join(cache, name)));
    const stored: Engine = loadEngine(dir, unbudgeted);
    // Read, not written again.
    expect(snapshotsIn().map((name) => readFileSync(join(cache, name)))).toEqual(written);
    const ask = (engine: Engine, q: string) => JSON.stringify(engine.ask(q));
    for (const q of questions) expect(ask(stored, q), q).toBe(ask(fresh, q));
  }

  it("answers the held-out question sets over the built-in corpus as a clean build does", () => {
    const seed = join(root, "seed");
    cpSync(DEFAULT_CORPUS_DIR, seed, { recursive: true });
    const sets = ["heldout-questions", "heldout-2", "heldout-3"].map((name) => fileURLToPath(new URL(`../fixtures/eval/${name}.jsonl`, import.meta.url)));
    // Every fourth question of each set (all of them took 20 s on a loaded machine).
    const questions = sets.flatMap((f) => readFileSync(f, "utf8").split("\n").filter((line, i) => line && i % 4 === 0).map((line) => (JSON.parse(line) as { q: string }).q));
    expect(questions.length).toBeGreaterThan(100);
    same(seed, questions);
  }, 60_000);

  it("answers questions drawn from a generated corpus as a clean build does", () => {
    const corpusOf = loadCorpus(corpus);
    const questions = corpusQuestions(corpusOf, { seed: 1 }).map((q) => q.text);
    expect(questions.length).toBeGreaterThan(30);
    same(corpus, questions);
  }, 60_000);
});

describe("a damaged snapshot", () => {
  let quote: number | undefined;
  const at = () => (quote ??= unsampledQuote());
  const question = () => `Who said "${view.records[at()].text}"?`;
  const shape = (engine: ReturnType<typeof createEngine>) => JSON.stringify(engine.ask(question()));
  /** Asked through a start on the damaged file: the clean build's answer or an error, never another; then the next start answers as a clean build from a clean file. */
  function neverTrusted(damaged: Buffer) {
    const expected = shape(createEngine(loadCorpus(corpus)));
    writeFileSync(path, damaged);
    let got: string | null = null;
    try {
      got = shape(loadEngine(corpus));
    } catch (error) {
      expect(String(error)).toMatch(/corpus snapshot: damaged/);
    }
    if (got !== null) expect(got).toBe(expected);
    expect(shape(loadEngine(corpus))).toBe(expected);
    expect(readFileSync(path).equals(good)).toBe(true);
  }

  it("with another speaker, in range, for a record outside the sample is rebuilt", () => {
    const copy = Buffer.from(good);
    const o = layout(copy).fieldsAt + (at() * FIELDS + FIELD.speaker) * 4;
    const speaker = copy.readInt32LE(o);
    copy.writeInt32LE((speaker + 1) % view.speakers.length, o);
    neverTrusted(copy);
  });

  it("with a changed letter in a quote outside the sample is never served", () => {
    const copy = Buffer.from(good);
    const text = Buffer.from(view.records[at()].text.slice(0, 30));
    const o = copy.indexOf(text, layout(copy).stringsAt);
    expect(o).toBeGreaterThan(0);
    copy[o + 3] = copy[o + 3] === 0x78 ? 0x79 : 0x78;
    neverTrusted(copy);
  });

  it("with a changed letter in a speaker's name in the header is rebuilt", () => {
    const copy = Buffer.from(good);
    const name = view.speakers[view.records[at()].speaker].name;
    const o = copy.indexOf(JSON.stringify(name), layout(copy).headerAt);
    expect(o).toBeGreaterThan(0);
    copy[o + 2] = copy[o + 2] === 0x78 ? 0x79 : 0x78;
    neverTrusted(copy);
  });

  it("is never left half written: a write that fails leaves the one before it whole and no temporary file", () => {
    writeFileSync(path, good);
    const broken = buildCorpusView(loadCorpus(corpus));
    // The encoder refuses a record outside its article (written to a temporary name, renamed only when whole).
    const last = broken.records.length - 1;
    Object.defineProperty(broken.records[last], "id", { value: "elsewhere/x" });
    writeSnapshot(snapshotPlace(corpus, cache)!, broken, filesStatus(corpus));
    expect(readFileSync(path).equals(good)).toBe(true);
    expect(readdirSync(cache).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("torn (cut short, or zeros written over its end) is rebuilt", () => {
    neverTrusted(good.subarray(0, layout(good).stringsAt + 10));
    const zeroed = Buffer.from(good);
    zeroed.fill(0, zeroed.length - 4096);
    neverTrusted(zeroed);
  });
});
