// The CLI contract end to end: the real `bin/quotebot.js` (built by `npm test` / `npm ci`) in a child process.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT } from "../../src/paths.js";

const BIN = join(PROJECT_ROOT, "bin", "quotebot.js");
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", cwd: PROJECT_ROOT, timeout: 30000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "qb-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("quotebot ask --json", () => {
  it("prints one answer object in the contract's shape", () => {
    const { code, out } = run(["ask", "--json", "Who said the ISIS brand still exists worldwide?"]);
    expect(code).toBe(0);
    expect(out.trim().split("\n")).toHaveLength(1);
    const a = JSON.parse(out);
    expect(a).toMatchObject({ question: "Who said the ISIS brand still exists worldwide?", status: "answered" });
    const top = a.answers[0];
    expect(Object.keys(top).sort()).toEqual(["article", "citation", "context", "draft", "englishMissing", "id", "kind", "paragraph", "score", "speaker", "text", "textEn"].sort());
    expect(top.citation).toEqual({
      title: "مسؤولون أمريكيون: داعش ما زال يشكل تهديداً عالمياً، وتركيا تهدد بعملية ضد أكراد سوريا",
      titleEn: "US officials: ISIS is still a global threat; Turkey threatens an operation against Syria's Kurds",
      publisher: null, date: "2019-08", url: null, paragraph: 4,
      text: "“مسؤولون أمريكيون: داعش ما زال يشكل تهديداً عالمياً، وتركيا تهدد بعملية ضد أكراد سوريا” [US officials: ISIS is still a global threat; Turkey threatens an operation against Syria's Kurds], 2019-08, ¶ 4.",
    });
    expect(Object.keys(top.speaker).sort()).toEqual(["id", "name", "nameAr", "role", "roleAr"]);
    expect(top).toMatchObject({ kind: "quote", article: "article-000", paragraph: 4 });
    expect(top.speaker.name).toBe("Nathan Sales");
    expect(a.answers.length).toBeLessThanOrEqual(5);
  });
  it("exits 0 with no_match and no answers when it does not know", () => {
    const { code, out } = run(["ask", "--json", "What did Barack Obama say?"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ status: "no_match", answers: [] });
  });
  it("prints a readable answer without --json", () => {
    const { out } = run(["ask", "ماذا قال ترامب؟"]);
    expect(out).toContain("Donald Trump");
    expect(out).toContain("تدمير تركيا");
    // An Arabic question gets the Arabic interface.
    const plain = out.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ");
    expect(plain).toMatch(/ المصدر: “[^”]*” \[US officials: [^\]]*\], 2019-08, ¶ \d+\. /);
  });
});

describe("a near miss: status suggested", () => {
  it("--json keeps the answer shape, with status suggested and at most 3 answers", () => {
    const { code, out } = run(["ask", "--json", "who said the brand is still there?"]);
    expect(code).toBe(0);
    const a = JSON.parse(out);
    expect(a.status).toBe("suggested");
    expect(a.answers.length).toBeGreaterThanOrEqual(1);
    expect(a.answers.length).toBeLessThanOrEqual(3);
    expect(Object.keys(a.answers[0]).sort()).toEqual(["article", "citation", "context", "draft", "englishMissing", "id", "kind", "paragraph", "score", "speaker", "text", "textEn"].sort());
    expect(a.answers[0].speaker.name).toBe("Nathan Sales");
  });
  it("the readable answer says it is not sure and numbers the candidates (Arabic question, Arabic wording)", () => {
    const { out } = run(["ask", "من قال إن العلامة ما زالت هناك؟"]);
    expect(out.startsWith("لست متأكدًا. هل تقصد:\n")).toBe(true);
    expect(out).toMatch(/^1\. «/m);
    expect(out).toContain("Nathan Sales");
  });
  it("the REPL numbers them too, and a number picks one", () => {
    const { out } = run(["repl"], "who said the brand is still there?\n1\n");
    expect(out).toContain("Not sure. Did you mean:");
    const [, after] = out.split("Not sure. Did you mean:");
    // The pick shows the candidate alone, unnumbered, as the answer.
    expect(after).toMatch(/\n«إن العلامة التجارية لداعش/);
  });
});

describe("quotebot ask --jsonl", () => {
  it("answers one object per input line, in order, whatever the line holds", () => {
    const lines = ["ماذا قال أردوغان؟", "", "hello", "\u0000\u0001binary\uFFFD", "x".repeat(5000), "What did Salz say?"];
    const { code, out } = run(["ask", "--jsonl"], `${lines.join("\n")}\n`);
    expect(code).toBe(0);
    const objs = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(objs).toHaveLength(lines.length);
    expect(objs[0].answers[0].speaker.id).toBe("erdogan");
    expect(objs[1]).toMatchObject({ status: "no_match", reason: "empty" });
    expect(objs[2].status).toBe("no_match");
    expect(objs[3].status).toBe("no_match");
    expect(objs[4]).toMatchObject({ status: "no_match", reason: "too_long" });
    expect(objs[5].answers[0].speaker.id).toBe("sales");
  });

  it("splits lines at LF (and CRLF) only: a lone CR stays inside its line", () => {
    const { code, out } = run(["ask", "--jsonl"], "ماذا قال أردوغان؟\rWhat did Salz say?\r\nWhat did Salz say?\n");
    expect(code).toBe(0);
    const objs = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(objs).toHaveLength(2);
    expect(objs[1].question).toBe("What did Salz say?");
  });
});

describe("quotebot speakers --json", () => {
  it("lists the speakers", () => {
    const { code, out } = run(["speakers", "--json"]);
    expect(code).toBe(0);
    const list = JSON.parse(out);
    expect(list.map((s: { id: string }) => s.id)).toContain("jeffrey");
    expect(list.find((s: { id: string }) => s.id === "erdogan")).toMatchObject({ nameAr: "رجب طيب أردوغان" });
  });
});

describe("--corpus", () => {
  it("answers from another corpus directory", () => {
    const dir = join(tmp, "copy");
    cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
    const { out } = run(["ask", "--json", "--corpus", dir, "What did Jeffrey say?"]);
    expect(JSON.parse(out).answers[0].speaker.id).toBe("jeffrey");
  });
  it("reports a broken corpus by file, entry and field, and answers nothing", () => {
    const dir = join(tmp, "broken");
    cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
    writeFileSync(join(dir, "article-000.json"), '{"article": {"id": "article-000"}, "speakers": [], "quotes": [], "facts": []}');
    const { code, out, err } = run(["ask", "--json", "--corpus", dir, "What did Jeffrey say?"]);
    expect(code).not.toBe(0);
    expect(out).toBe("");
    expect(err).toMatch(/article-000\.json: article field "lang"/);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe("the REPL with a non-terminal stdin", () => {
  it("answers each line, runs its commands and exits at the end of input", () => {
    const { code, out } = run(["repl"], ":help\nWhat did Sales say?\n:json\nماذا قال جيفري؟\n:speakers\n");
    expect(code).toBe(0);
    expect(out).toContain(":speakers");
    expect(out).toContain("Nathan Sales");
    expect(out).toContain('"status": "answered"');
    expect(out).toContain("James Jeffrey");
  });
  it("is one conversation: a follow-up resolves against the last answer, while `ask` stays stateless", { timeout: 120_000 }, () => {
    const lines = "who said the ISIS brand still exists worldwide\nwhat else did he say?\n";
    const replies = run(["repl", "--json"], lines)
      .out.split(/\n(?=\{)/)
      .map((block) => JSON.parse(block));
    expect(replies.map((a) => a.status)).toEqual(["answered", "answered"]);
    expect(replies[1].answers[0].speaker.name).toBe("Nathan Sales");
    // What the first answer showed is not shown again.
    expect(replies[1].answers.map((a: { text: string }) => a.text)).not.toContain(replies[0].answers[0].text);
    const asked = run(["ask", "--jsonl"], lines).out.trim().split("\n").map((l) => JSON.parse(l));
    expect(asked[1].status).toBe("no_match");
  });
  it("stops at :quit", () => {
    const { out } = run(["repl"], ":quit\nWhat did Sales say?\n");
    expect(out).not.toContain("Nathan Sales");
  });
});

describe("usage errors", () => {
  it("an unknown command or option is refused with a hint", () => {
    expect(run(["frobnicate"])).toMatchObject({ code: 2, err: expect.stringContaining("unknown command") });
    expect(run(["ask", "--nope", "x"])).toMatchObject({ code: 2, out: "", err: expect.stringMatching(/Unknown option '--nope'[^]*usage: quotebot ask/) });
  });
  it("--help lists the commands; with no command the usage goes to stderr, exit 2", () => {
    const { code, out } = run(["--help"]);
    expect(code).toBe(0);
    for (const c of ["ask", "speakers", "repl", "ingest"]) expect(out).toContain(c);
    expect(run([])).toMatchObject({ code: 2, out: "", err: expect.stringContaining("usage: quotebot <command>") });
  });
  it("--version prints the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));
    expect(run(["--version"])).toMatchObject({ code: 0, out: `quotebot ${version}\n` });
  });
  it("-h and --help of each command print its usage, never answer a question", { timeout: 120_000 }, () => {
    for (const c of ["ask", "speakers", "repl", "ingest"]) {
      for (const flag of ["-h", "--help"]) {
        const r = run([c, flag]);
        expect(r).toMatchObject({ code: 0, err: "" });
        expect(r.out).toMatch(new RegExp(`^usage: quotebot ${c}`));
      }
    }
  });
  it("an option without its value is named as such, exit 2", () => {
    for (const args of [["ask", "--corpus"], ["speakers", "--corpus"], ["ingest", "x.txt", "--lang"]]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/argument missing/);
    }
  });
});

describe("ask and pipes", () => {
  it("reads the question from stdin when none is given", () => {
    const { code, out } = run(["ask", "--json"], "What did Jeffrey say?\n");
    expect(code).toBe(0);
    expect(JSON.parse(out).answers[0].speaker.id).toBe("jeffrey");
  });
  it("a reader that closes the pipe early ends it quietly: no EPIPE, no stack trace", () => {
    const questions = Array.from({ length: 1000 }, () => "What did Sales say?").join("\n");
    for (const args of [["ask", "--jsonl"], ["repl"]]) {
      const r = spawnSync("sh", ["-c", `node ${JSON.stringify(BIN)} ${args.join(" ")} | head -1`], {
        input: questions, encoding: "utf8", cwd: PROJECT_ROOT, timeout: 60000,
      });
      expect(r.status).toBe(0);
      expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.stderr).toBe("");
    }
  }, 90_000);
});
