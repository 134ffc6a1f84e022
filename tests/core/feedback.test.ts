// The feedback log (src/feedback.ts) and what writes and reads it: `:wrong` / `:helpful` in the REPL and
// `quotebot feedback`, through the real built CLI in a child process.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FeedbackLog, readFeedback, registerSecret, summarizeFeedback, type FeedbackEntry } from "../../src/index.js";
import { PROJECT_ROOT } from "../../src/paths.js";

const BIN = join(PROJECT_ROOT, "bin", "quotebot.js");
/** Tests that start several node processes: on a loaded machine each can take seconds (a stall guard, not a timing). */
const SPAWNS = 120_000;
const tmp = mkdtempSync(join(tmpdir(), "qb-feedback-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const newLog = () => join(tmp, `log-${++n}`, "feedback.jsonl");

function run(args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input, encoding: "utf8", cwd: PROJECT_ROOT, timeout: 30000, env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const lines = (path: string): FeedbackEntry[] =>
  readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l) as FeedbackEntry);

describe("the feedback log", () => {
  it("appends one JSON line per verdict: time, surface, hashed user, question, records, verdict, comment", () => {
    const path = newLog();
    const log = new FeedbackLog(path, { now: () => new Date("2026-12-06T10:00:00Z") });
    log.append({ surface: "discord", userId: "140000000000000001", question: "who said X?", records: ["article-000/q-a"], verdict: "wrong_attribution", comment: "it was Y" });
    log.append({ surface: "slack", userId: "U0ABC", question: "who said X?", records: ["article-000/q-a"], verdict: "helpful" });
    const [first, second] = lines(path);
    expect(first).toEqual({
      time: "2026-12-06T10:00:00.000Z", surface: "discord", user: expect.stringMatching(/^[0-9a-f]{16}$/),
      question: "who said X?", records: ["article-000/q-a"], verdict: "wrong_attribution", comment: "it was Y",
    });
    expect(second.comment).toBeNull();
    // The user id is never written, only a keyed hash; the key sits beside the log, for its owner only.
    expect(readFileSync(path, "utf8")).not.toContain("140000000000000001");
    expect(readFileSync(path, "utf8")).not.toContain("U0ABC");
    expect(statSync(`${path}.key`).mode & 0o077).toBe(0);
    expect(statSync(path).mode & 0o077).toBe(0);
    // The same person hashes the same way in another process (the key is kept), a different key hashes differently.
    const again = new FeedbackLog(path).append({ surface: "discord", userId: "140000000000000001", records: [], verdict: "helpful" });
    expect(again.user).toBe(first.user);
    const salted = new FeedbackLog(newLog(), { salt: "another key" }).append({ surface: "discord", userId: "140000000000000001", records: [], verdict: "helpful" });
    expect(salted.user).not.toBe(first.user);
  });

  it("never holds a token: registered secrets, token shapes and control characters are masked in what people typed", () => {
    const path = newLog();
    registerSecret("super-secret-bot-token-value");
    const slackToken = ["xoxb", "1234567890", "abcdefghijkl"].join("-");
    new FeedbackLog(path).append({
      surface: "repl", userId: null, question: "who said super-secret-bot-token-value?", records: [],
      verdict: "wrong_attribution", comment: `token ${slackToken}\u0007\nand more`,
    });
    const text = readFileSync(path, "utf8");
    expect(text).not.toContain("super-secret-bot-token-value");
    expect(text).not.toContain(slackToken);
    expect(text).not.toContain("\\u0007");
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(lines(path)[0].comment).toBe("token [redacted] and more");
  });

  it("lines appended by several processes at once never interleave", { timeout: SPAWNS }, async () => {
    const path = newLog();
    const feedbackModule = join(PROJECT_ROOT, "dist", "src", "feedback.js");
    const script = `
      const { FeedbackLog } = await import(${JSON.stringify(feedbackModule)});
      const log = new FeedbackLog(${JSON.stringify(path)}, { salt: "k" });
      for (let i = 0; i < 150; i++) log.append({ surface: "repl", userId: "p" + process.pid, question: "q".repeat(400 + i), records: ["a/b"], verdict: "helpful", comment: "c".repeat(900) });`;
    await Promise.all(
      Array.from({ length: 4 }, () => new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "inherit" });
        child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`writer exited ${code}`))));
      })),
    );
    const read = await readFeedback(path);
    expect(read.skipped).toBe(0);
    expect(read.entries).toHaveLength(600);
    expect(new Set(read.entries.map((e) => e.user)).size).toBe(4);
  });

  it("reading skips broken lines, filters by time, and groups by record with the most disputed first", async () => {
    const path = newLog();
    const at = (iso: string) => new FeedbackLog(path, { salt: "k", now: () => new Date(iso) });
    at("2026-12-01T00:00:00Z").append({ surface: "discord", userId: "u1", question: "old", records: ["a/helpful-one"], verdict: "helpful" });
    at("2026-12-05T00:00:00Z").append({ surface: "discord", userId: "u1", question: "who said it?", records: ["a/disputed"], verdict: "wrong_attribution", comment: "it was B" });
    at("2026-12-05T01:00:00Z").append({ surface: "slack", userId: "u2", question: "who said it?", records: ["a/disputed"], verdict: "wrong_attribution" });
    at("2026-12-05T02:00:00Z").append({ surface: "slack", userId: "u2", question: "and this?", records: ["a/helpful-one"], verdict: "helpful" });
    writeFileSync(path, `${readFileSync(path, "utf8")}{"time": "cut short\nnot json at all\n`);
    const all = await readFeedback(path);
    expect(all.skipped).toBe(2);
    expect(all.entries).toHaveLength(4);
    const recent = await readFeedback(path, new Date("2026-12-04T00:00:00Z"));
    expect(recent.entries).toHaveLength(3);
    const [disputed, helpful] = summarizeFeedback(all.entries);
    expect(disputed).toMatchObject({
      record: "a/disputed", counts: { wrong_attribution: 2, unhelpful: 0, helpful: 0 }, people: 2,
      questions: [{ question: "who said it?", count: 2 }], comments: ["it was B"], last: "2026-12-05T01:00:00.000Z",
    });
    expect(helpful).toMatchObject({ record: "a/helpful-one", counts: { helpful: 2 }, people: 2 });
    expect(await readFeedback(join(tmp, "no-such-log.jsonl"))).toEqual({ entries: [], skipped: 0 });
  });
});

describe("the REPL's :wrong and :helpful", () => {
  it("write a verdict on the last answer, with its record ids and the comment", { timeout: SPAWNS }, () => {
    const log = newLog();
    const { code, out } = run(["repl"], { FEEDBACK_LOG: log }, ":wrong too early\nwho said the ISIS brand still exists?\n:wrong it was someone else\n:helpful\n:wromg\n");
    expect(code).toBe(0);
    expect(out).toContain("There is no answer to give feedback on yet");
    expect(out.match(/Thank you: your feedback is recorded/g)).toHaveLength(2);
    expect(out).toContain("did you mean :wrong?");
    const [wrong, helpful] = lines(log);
    expect(wrong).toMatchObject({
      surface: "repl", user: null, question: "who said the ISIS brand still exists?", verdict: "wrong_attribution",
      comment: "it was someone else",
    });
    expect(wrong.records[0]).toBe("article-000/q-sales-brand");
    expect(helpful).toMatchObject({ verdict: "helpful", comment: null, records: wrong.records });
  });

  it("answers in Arabic after an Arabic question", { timeout: SPAWNS }, () => {
    const log = newLog();
    const { out } = run(["repl"], { FEEDBACK_LOG: log }, "من قال إن العلامة التجارية لداعش ما زالت موجودة؟\n:wrong\n");
    expect(out).toContain("شكرًا: سُجّلت ملاحظتك للمحررين.");
    expect(existsSync(log)).toBe(true);
  });
});

describe("quotebot feedback", () => {
  const log = newLog();
  const writer = new FeedbackLog(log, { salt: "k" });
  writer.append({ surface: "discord", userId: "u1", question: "who said the brand still exists?", records: ["article-000/q-sales-brand"], verdict: "wrong_attribution", comment: "not him" });
  writer.append({ surface: "slack", userId: "u2", question: "who said the brand still exists?", records: ["article-000/q-sales-brand"], verdict: "unhelpful" });
  writer.append({ surface: "repl", userId: null, question: "who is quoted?", records: ["article-000/gone-record"], verdict: "helpful" });

  it("lists the verdicts grouped by record, the most disputed first, with the record's text from the corpus", { timeout: SPAWNS }, () => {
    const { code, out } = run(["feedback", "--log", log], {});
    expect(code).toBe(0);
    expect(out).toContain("3 verdicts on 2 records");
    const sales = out.indexOf("article-000/q-sales-brand — wrong attribution 1 · not helpful 1 · helpful 0 · 2 people");
    expect(sales).toBeGreaterThan(0);
    expect(out.indexOf("article-000/gone-record")).toBeGreaterThan(sales);
    expect(out).toContain("Nathan Sales: «");
    expect(out).toContain("asked: “who said the brand still exists?” ×2");
    expect(out).toContain("comment: “not him”");
    expect(out).toContain("(no longer in the corpus)");
  });

  it("--json gives the same groups to programs; --since filters; a bad --since is a usage error", { timeout: SPAWNS }, () => {
    const json = JSON.parse(run(["feedback", "--log", log, "--json"], {}).out);
    expect(json.entries).toBe(3);
    expect(json.records.map((r: { record: string }) => r.record)).toEqual(["article-000/q-sales-brand", "article-000/gone-record"]);
    expect(JSON.parse(run(["feedback", "--log", log, "--json", "--since", "2999-01-01"], {}).out).entries).toBe(0);
    expect(JSON.parse(run(["feedback", "--log", log, "--json", "--since", "1d"], {}).out).entries).toBe(3);
    const bad = run(["feedback", "--log", log, "--since", "yesterday"], {});
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--since expects");
    expect(run(["feedback", "--log", join(tmp, "none.jsonl")], {}).out).toContain("No feedback");
  });
});
