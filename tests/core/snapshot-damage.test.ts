// A snapshot damaged after it was written (a flipped byte, a torn write) is never trusted: the start
// checks the checksums of its header and of the numbers it reads, and every page it leaves in the file
// is checked as it is read. Before the checksums, a byte damaged in a record of an article the sample
// check does not read was served: another speaker (a number still in range), a changed word.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpusView, type CorpusView } from "../../src/engine/records.js";
import { FIELD, FIELDS } from "../../src/engine/stored-records.js";
import { createEngine, loadCorpus, loadEngine } from "../../src/index.js";
import { generateCorpus } from "../../bench/generate.js";

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
  const [name] = readdirSync(cache).filter((f) => f.startsWith("corpus-") && f.endsWith(".keys"));
  path = join(cache, name);
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

  it("torn (cut short, or zeros written over its end) is rebuilt", () => {
    neverTrusted(good.subarray(0, layout(good).stringsAt + 10));
    const zeroed = Buffer.from(good);
    zeroed.fill(0, zeroed.length - 4096);
    neverTrusted(zeroed);
  });
});
