import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../adapters/cli/commands/ingest.js";
import { loadCorpus, loadEngine, MESSAGES } from "../../src/index.js";
import { idFromFileName, ingestFile } from "../../src/ingest/ingest.js";
import { fixture, memoryIO, removeDir, snapshot, tempDir } from "./helpers.js";

let corpus: string;
let inputs: string;
beforeEach(() => {
  corpus = tempDir("qb-corpus-");
  inputs = tempDir("qb-input-");
});
afterEach(() => {
  removeDir(corpus);
  removeDir(inputs);
});

async function cli(...args: string[]) {
  const m = memoryIO();
  const code = await ingest.run(args, m.io);
  return { code, out: m.out(), err: m.err() };
}

describe("quotebot ingest: bad input is refused and the corpus is left untouched", () => {
  const cases: [string, (p: string) => void, (p: string) => string][] = [
    ["an empty file", (p) => writeFileSync(p, ""), MESSAGES.ingestEmpty],
    ["a blank file", (p) => writeFileSync(p, "  \n\n \n"), MESSAGES.ingestEmpty],
    ["a binary file", (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff])), MESSAGES.ingestBinary],
    ["a file that is not UTF-8", (p) => writeFileSync(p, Buffer.from("Caf\xe9 au lait, said the mayor.\n", "latin1")), MESSAGES.ingestNotUtf8],
    ["a folder with no .txt file in it", (p) => mkdirSync(p), MESSAGES.ingestNoArticles],
    ["a missing file", () => undefined, MESSAGES.ingestMissing],
  ];
  for (const [what, make, message] of cases) {
    it(`${what}: exit 1, a clear message on stderr`, async () => {
      copyFileSync(fixture("en-harbor-bridge").path, join(inputs, "existing.txt"));
      await cli(join(inputs, "existing.txt"), "--corpus", corpus);
      const before = snapshot(corpus);
      const path = join(inputs, "bad.txt");
      make(path);
      const r = await cli(path, "--corpus", corpus);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`quotebot ingest: ${message(path)}\n`);
      expect(r.out).toBe("");
      expect(snapshot(corpus)).toEqual(before);
    });
  }

  it("usage errors (no file, unknown option, bad --lang, --lang without a value) exit 2; a bad --id exits 1", async () => {
    const path = fixture("en-harbor-bridge").path;
    for (const args of [[], [path, "--bogus"], [path, "--lang", "fr"], [path, "--corpus", corpus, "--lang"]]) {
      const r = await cli(...(args.includes("--corpus") ? args : [...args, "--corpus", corpus]));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^quotebot ingest: .*\nusage: quotebot ingest/);
    }
    const r = await cli(path, "--id", "Bad Id!", "--corpus", corpus);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^quotebot ingest: /);
    expect(readdirSync(corpus)).toEqual([]);
  });

  it("never overwrites a reviewed article of the same id", async () => {
    const reviewed = JSON.stringify({ article: { id: "harbor", status: "reviewed" } });
    writeFileSync(join(corpus, "harbor.json"), reviewed);
    const r = await cli(fixture("en-harbor-bridge").path, "--corpus", corpus, "--id", "harbor");
    expect(r.code).toBe(1);
    expect(readFileSync(join(corpus, "harbor.json"), "utf8")).toBe(reviewed);
  });
});

describe("quotebot ingest: drafts", () => {
  it("writes <id>.<lang>.txt and <id>.json that loadCorpus accepts, and prints a summary", async () => {
    const f = fixture("ar-water-crisis");
    const r = await cli(f.path, "--corpus", corpus);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ar-water-crisis \(ar\): \d+ speakers, \d+ quotes, \d+ facts, draft → /);
    expect(readdirSync(corpus).sort()).toEqual(["ar-water-crisis.ar.txt", "ar-water-crisis.json"]);
    expect(readFileSync(join(corpus, "ar-water-crisis.ar.txt"), "utf8")).toBe(f.text);
    const [article] = loadCorpus(corpus).articles;
    expect(article.article.status).toBe("draft");
    expect(article.quotes.length).toBeGreaterThanOrEqual(f.expected.length - 1);
    expect(article.quotes.every((q) => q.textEn === null)).toBe(true);
  });

  it("re-ingesting the same file replaces its draft; --lang and --id are honoured", async () => {
    const f = fixture("en-clinic-strike");
    const path = join(inputs, "Clinic Strike.txt");
    copyFileSync(f.path, path);
    expect(idFromFileName(path)).toBe("clinic-strike");
    await cli(path, "--corpus", corpus);
    writeFileSync(path, f.text.replace("Santos said the union would decide", "Santos said the union would vote"));
    const again = await cli(path, "--corpus", corpus);
    expect(again.code).toBe(0);
    expect(again.out).toContain("(replaced)");
    expect(readdirSync(corpus).sort()).toEqual(["clinic-strike.en.txt", "clinic-strike.json"]);
    const loaded = loadCorpus(corpus).articles;
    expect(loaded).toHaveLength(1);
    expect(loaded[0].quotes.some((q) => q.text.includes("the union would vote"))).toBe(true);
    expect(loaded[0].quotes.some((q) => q.text.includes("the union would decide"))).toBe(false);

    const other = ingestFile(path, { corpusDir: corpus, lang: "en", id: "strike-2" });
    expect(other.id).toBe("strike-2");
    expect(loadCorpus(corpus).articles.map((a) => a.article.id).sort()).toEqual(["clinic-strike", "strike-2"]);
    expect(readdirSync(corpus).some((x) => x.includes(".tmp-"))).toBe(false);
  });
});

describe("drafts answer through the real engine", () => {
  it("who-said questions name the right speaker; a 'read also' headline gets no match", async () => {
    for (const name of ["en-harbor-bridge", "ar-election-tunis"]) expect((await cli(fixture(name).path, "--corpus", corpus)).code).toBe(0);
    const engine = loadEngine(corpus);
    const en = engine.ask('Who said "Half my customers come over that bridge"?');
    expect(en.status).toBe("answered");
    expect(en.answers[0].speaker?.name).toContain("Okafor");
    expect(en.answers[0].draft).toBe(true);
    const ar = engine.ask("من قال «المواطنين فقدوا الثقة في صناديق الاقتراع»؟");
    expect(ar.answers[0]?.speaker?.nameAr).toBe("نادين بن سالم");
    expect(engine.ask("Who said Portvale voters back new seawall in November referendum?").status).toBe("no_match");
    expect(existsSync(join(corpus, "en-harbor-bridge.json"))).toBe(true);
  });
});

describe("quotebot ingest FILE… | DIR: a batch in one process", () => {
  const names = ["en-harbor-bridge", "ar-water-crisis", "en-clinic-strike"];
  const copyInputs = () => names.forEach((n) => copyFileSync(fixture(n).path, join(inputs, `${n}.txt`)));

  it("a folder: every .txt article written as a draft, one line each and a summary; other files ignored", async () => {
    copyInputs();
    writeFileSync(join(inputs, "notes.md"), "not an article");
    const r = await cli(inputs, "--corpus", corpus);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.trim().split("\n");
    expect(lines.slice(0, 3).map((l) => l.split(" ")[0])).toEqual([...names].sort());
    expect(lines[3]).toMatch(/^ingested 3 of 3 files: \d+ quotes, \d+ facts in [\d.]+ s \([\d.]+ articles\/s\)$/);
    expect(r.out).not.toContain("\r");
    expect(loadCorpus(corpus).articles.map((a) => a.article.id).sort()).toEqual([...names].sort());
    expect(readdirSync(corpus).some((x) => x.includes(".tmp-") || x.includes(".staged-"))).toBe(false);
  });

  it("a file that cannot be ingested is named with its reason; the rest of the batch is written; exit 1", async () => {
    copyInputs();
    const empty = join(inputs, "b-empty.txt");
    writeFileSync(empty, "");
    const missing = join(inputs, "gone.txt");
    const r = await cli(join(inputs, "en-harbor-bridge.txt"), empty, missing, join(inputs, "ar-water-crisis.txt"), "--corpus", corpus);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`quotebot ingest: ${MESSAGES.ingestEmpty(empty)}\nquotebot ingest: ${MESSAGES.ingestMissing(missing)}\n`);
    expect(r.out).toMatch(/\ningested 2 of 4 files, 2 failed \(named above\): /);
    expect(loadCorpus(corpus).articles.map((a) => a.article.id).sort()).toEqual(["ar-water-crisis", "en-harbor-bridge"]);
  });

  it("draws a progress line only when stderr is a terminal, and clears it before the summary", async () => {
    copyInputs();
    const m = memoryIO();
    Object.assign(m.io.stderr, { isTTY: true });
    expect(await ingest.run([inputs, "--corpus", corpus], m.io)).toBe(0);
    expect(m.err()).toContain("\r\x1b[K[1/3]  33% ");
    expect(m.err()).toContain("[3/3] 100% ");
    expect(m.err().endsWith("\r\x1b[K")).toBe(true);
    expect(m.out()).not.toContain("\x1b");
  });

  it("--id names one article: refused with two files (exit 2), nothing written", async () => {
    copyInputs();
    const r = await cli(join(inputs, "en-harbor-bridge.txt"), join(inputs, "en-clinic-strike.txt"), "--id", "x", "--corpus", corpus);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^quotebot ingest: --id names one article/);
    expect(readdirSync(corpus)).toEqual([]);
  });
});
