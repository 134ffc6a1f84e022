import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readCorpusFile, readUncheckedCorpusFile } from "../../src/corpus/load.js";
import { CorpusError, DEFAULT_CORPUS_DIR, loadCorpus } from "../../src/index.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the built-in corpus whose JSON file `edit` may change. */
function brokenCopy(edit: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "qb-corpus-"));
  dirs.push(dir);
  cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
  const file = join(dir, "article-000.json");
  const data = JSON.parse(readFileSync(file, "utf8"));
  edit(data);
  writeFileSync(file, JSON.stringify(data));
  return dir;
}

function problemsOf(dir: string) {
  try {
    loadCorpus(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(CorpusError);
    return { message: (e as CorpusError).message, problems: (e as CorpusError).problems };
  }
  throw new Error("the corpus loaded, but it is broken");
}

describe("the built-in corpus", () => {
  it("loads and passes every integrity check", () => {
    const corpus = loadCorpus();
    expect(corpus.articles).toHaveLength(1);
    const a = corpus.articles[0];
    expect(a.article.id).toBe("article-000");
    expect(a.text).toBe(readFileSync(join(DEFAULT_CORPUS_DIR, "article-000.ar.txt"), "utf8"));
    expect(a.quotes.length).toBeGreaterThanOrEqual(12);
    for (const q of a.quotes) expect(a.lines[q.paragraph - 1]).toContain(q.text);
  });
  it("takes nothing from 'read also' lines", () => {
    const a = loadCorpus().articles[0];
    for (const r of [...a.quotes, ...a.facts]) expect(a.lines[r.paragraph - 1]).not.toMatch(/^اقرأ أيضاً/);
  });
});

describe("a broken corpus is refused with file, entry and field", () => {
  it("unknown speaker id", () => {
    const { message, problems } = problemsOf(brokenCopy((d) => (d.quotes[2].speaker = "nobody")));
    expect(problems[0]).toMatchObject({ entry: expect.stringContaining("quotes[2]"), field: "speaker" });
    expect(message).toContain("article-000.json");
    expect(message).toContain('unknown speaker id "nobody"');
  });
  it("a span that is not in its paragraph", () => {
    const { problems } = problemsOf(brokenCopy((d) => (d.quotes[0].text = "كلام لم يقله أحد")));
    expect(problems[0]).toMatchObject({ entry: expect.stringContaining("quotes[0]"), field: "text" });
    expect(problems[0].message).toMatch(/does not occur word for word in paragraph/);
  });
  it("a paragraph out of range", () => {
    const { problems } = problemsOf(brokenCopy((d) => (d.facts[1].paragraph = 99)));
    expect(problems[0]).toMatchObject({ entry: expect.stringContaining("facts[1]"), field: "paragraph" });
  });
  it("a missing required field", () => {
    const { problems } = problemsOf(brokenCopy((d) => delete d.speakers[1].name));
    expect(problems[0]).toMatchObject({ entry: expect.stringContaining("speakers[1] (jeffrey)"), field: "name" });
  });
  it("a field of the wrong type or value", () => {
    const { problems } = problemsOf(brokenCopy((d) => (d.quotes[1].type = "rumour")));
    expect(problems[0]).toMatchObject({ entry: expect.stringContaining("quotes[1]"), field: "type" });
  });
  it("an unknown field", () => {
    const { problems } = problemsOf(brokenCopy((d) => (d.facts[0].colour = "blue")));
    expect(problems[0].entry).toContain("facts[0]");
    expect(problems[0].message).toMatch(/colour/);
  });
  it("duplicate ids", () => {
    const { problems } = problemsOf(brokenCopy((d) => (d.quotes[1].id = d.quotes[0].id)));
    expect(problems[0]).toMatchObject({ field: "id", message: expect.stringContaining("duplicate") });
  });
  it("a quote taken from a 'read also' line", () => {
    const { problems } = problemsOf(brokenCopy((d) => Object.assign(d.quotes[0], { paragraph: 6, text: "سمير راغب" })));
    expect(problems[0].message).toMatch(/read also/);
  });
  it("a missing article text file", () => {
    const { problems } = problemsOf(brokenCopy((d) => (d.article.file = "missing.txt")));
    expect(problems[0]).toMatchObject({ entry: "article", field: "file" });
  });
  it("invalid JSON", () => {
    const dir = brokenCopy(() => {});
    writeFileSync(join(dir, "article-000.json"), "{ not json");
    expect(problemsOf(dir).message).toMatch(/article-000\.json.*not valid JSON/);
  });
  it("a binary article text", () => {
    const dir = brokenCopy(() => {});
    writeFileSync(join(dir, "article-000.ar.txt"), Buffer.from([0x00, 0xff, 0xfe, 0x01]));
    expect(problemsOf(dir).problems[0].message).toMatch(/not valid UTF-8/);
  });
  it("an article id that does not match the file name", () => {
    const { problems } = problemsOf(brokenCopy((d) => (d.article.id = "article-999")));
    expect(problems[0]).toMatchObject({ entry: "article", field: "id" });
  });
  it("a missing or empty directory", () => {
    expect(() => loadCorpus(join(tmpdir(), "qb-no-such-dir"))).toThrow(/corpus directory not found/);
    const empty = mkdtempSync(join(tmpdir(), "qb-empty-"));
    dirs.push(empty);
    expect(() => loadCorpus(empty)).toThrow(/no article files/);
  });
  it("loads nothing half-way: one bad file refuses the whole corpus", () => {
    const dir = brokenCopy(() => {});
    writeFileSync(join(dir, "article-001.json"), "[]");
    expect(() => loadCorpus(dir)).toThrow(CorpusError);
  });
  it("lists every problem, not just the first", () => {
    const { problems } = problemsOf(brokenCopy((d) => {
      d.quotes[0].speaker = "x";
      d.quotes[3].paragraph = 500;
    }));
    expect(problems.length).toBe(2);
  });
});

describe("the unchecked reader (a snapshot's sample check, without the schema validator)", () => {
  it("reads a file whose texts the schema trims as the loader reads it", () => {
    const dir = brokenCopy((d) => {
      d.article.title = `  ${d.article.title} `;
      // The quote follows a space in its paragraph: its padded text is still in the paragraph.
      const q = d.quotes.find((x: { id: string }) => x.id === "q-officials-threat");
      q.text = ` ${q.text}`;
      if (q.textEn) q.textEn = ` ${q.textEn}\n`;
    });
    const file = join(dir, "article-000.json");
    const loaded = readCorpusFile(file).article;
    expect(loaded).toBeDefined();
    expect(readUncheckedCorpusFile(file)).toEqual(loaded);
  });
});
