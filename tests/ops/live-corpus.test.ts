// Live corpus updates: an article ingested into a running bot's corpus is answered within 2 s, a
// broken corpus is refused (logged once, naming file, entry and field) while the old one answers,
// and SIGHUP forces a reload.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { LiveEngine, type ReloadOutcome } from "../../adapters/shared/live-engine.js";
import { reloadOnSighup } from "../../adapters/shared/process.js";
import type { Answer } from "../../src/index.js";
import { startHarness, memoryLogger } from "../discord/helpers.js";
import {
  BIN, BUILT_IN_QUESTION, STORY_QUESTION, STORY_SPEAKER, tempCorpus, until, type TempCorpus,
} from "./helpers.js";

const run = promisify(execFile);

const fromStory = (a: Answer) => a.status === "answered" && a.answers[0]?.speaker?.name === STORY_SPEAKER;

let corpus: TempCorpus;
beforeEach(() => {
  corpus = tempCorpus();
});
afterEach(() => corpus.remove());

/** `quotebot ingest` as an operator runs it, from the built CLI. */
async function ingest(): Promise<void> {
  await run(process.execPath, [BIN, "ingest", corpus.storyFile, "--corpus", corpus.dir, "--id", "marrow-ferry"]);
}

describe("a running bot's corpus", () => {
  it("answers an article ingested while it runs within 2 s, from the Discord bot, with no restart", async () => {
    const log = memoryLogger();
    const live = new LiveEngine({ corpusDir: corpus.dir, logger: log.logger, pollMs: 0 }).watch();
    const h = await startHarness(live);
    try {
      const ask = async () => {
        const interaction = h.fake.slashCommand("ask", { question: STORY_QUESTION }, h.fake.newUser());
        h.fake.dispatch("INTERACTION_CREATE", interaction);
        return JSON.stringify((await h.fake.interactionCallback(interaction)).body);
      };
      expect(await ask()).not.toContain(STORY_SPEAKER);
      await ingest();
      // From the moment `quotebot ingest` has written the article.
      const started = Date.now();
      await until(async () => (await ask()).includes(STORY_SPEAKER), "the bot to answer from the ingested article", 2000);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(log.lines.some((l) => l.msg === "corpus reloaded")).toBe(true);
    } finally {
      await h.stop();
      live.close();
    }
  });

  it("keeps answering every question while the engine is swapped", async () => {
    const log = memoryLogger();
    const live = new LiveEngine({ corpusDir: corpus.dir, logger: log.logger, pollMs: 0, debounceMs: 20 }).watch();
    const seen: boolean[] = [];
    let asking = true;
    const loop = (async () => {
      while (asking) {
        expect(live.ask(BUILT_IN_QUESTION).status).toBe("answered");
        seen.push(fromStory(live.ask(STORY_QUESTION)));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await ingest();
    await until(() => seen.at(-1) === true, "the new article to answer");
    asking = false;
    await loop;
    live.close();
    // Old engine, then new: never back (one assignment swaps them).
    expect(seen.indexOf(true)).toBeGreaterThan(0);
    expect(seen.slice(seen.indexOf(true)).every(Boolean)).toBe(true);
  });

  it("refuses a broken corpus, logs file, entry and field once, keeps the old engine answering, then takes the fix", async () => {
    await ingest();
    const log = memoryLogger();
    const outcomes: ReloadOutcome[] = [];
    const live = new LiveEngine({ corpusDir: corpus.dir, logger: log.logger, pollMs: 0, onReload: (o) => outcomes.push(o) }).watch();
    try {
      expect(fromStory(live.ask(STORY_QUESTION))).toBe(true);
      const jsonPath = join(corpus.dir, "marrow-ferry.json");
      const good = readFileSync(jsonPath, "utf8");
      const broken = JSON.parse(good);
      broken.quotes[0].speaker = "nobody-by-that-id";
      writeFileSync(jsonPath, JSON.stringify(broken, null, 2));
      const error = await until(() => log.lines.find((l) => l.level === 50), "the refusal to be logged");
      expect(error.msg).toContain("corpus reload refused");
      expect(error.problems).toEqual([
        expect.objectContaining({ file: expect.stringContaining("marrow-ferry.json"), entry: expect.stringMatching(/^quotes\[0\]/), field: "speaker" }),
      ]);
      expect(live.lastError).toContain("nobody-by-that-id");
      // The old engine answers, the new article's included.
      expect(fromStory(live.ask(STORY_QUESTION))).toBe(true);
      expect(live.ask(BUILT_IN_QUESTION).status).toBe("answered");

      // The same broken file saved again: checked again, refused again, not logged again.
      writeFileSync(jsonPath, `${JSON.stringify(broken, null, 2)}\n`);
      await until(() => outcomes.filter((o) => o === "refused").length === 2, "a second refused reload");
      expect(log.lines.filter((l) => l.level === 50)).toHaveLength(1);

      writeFileSync(jsonPath, good);
      await until(() => outcomes.at(-1) === "reloaded", "the fixed corpus to load");
      expect(live.lastError).toBeNull();
      expect(fromStory(live.ask(STORY_QUESTION))).toBe(true);
    } finally {
      live.close();
    }
  });

  it("reloads on SIGHUP even with no file change seen, and when only the periodic check sees a change", async () => {
    const log = memoryLogger();
    const outcomes: ReloadOutcome[] = [];
    // Not watching: only SIGHUP and the poll can see anything.
    const live = new LiveEngine({ corpusDir: corpus.dir, logger: log.logger, pollMs: 50, onReload: (o) => outcomes.push(o) });
    const stop = reloadOnSighup(live);
    try {
      process.kill(process.pid, "SIGHUP");
      await until(() => outcomes.includes("reloaded"), "the SIGHUP reload");
      expect(live.generation).toBe(1);
      expect(log.lines.find((l) => l.msg === "corpus reloaded")?.reason).toBe("SIGHUP");
      live.watch();
      await ingest();
      await until(() => fromStory(live.ask(STORY_QUESTION)), "the ingested article");
    } finally {
      stop();
      live.close();
    }
  });

  it("the REPL answers an article ingested while it is open", async () => {
    const repl = spawn(process.execPath, [BIN, "repl", "--corpus", corpus.dir], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    repl.stdout.on("data", (chunk) => (out += chunk));
    const exited = new Promise<number | null>((resolve) => repl.on("exit", (code) => resolve(code)));
    // Each answer ends with a blank line; one question is asked at a time.
    const answers = () => out.split("\n\n").length - 1;
    let asked = 1;
    repl.stdin.write(`${STORY_QUESTION}\n`);
    // Starting node and loading the corpus is not what is measured here: a loaded machine may take a while.
    await until(() => answers() >= 1, "the first answer", 30_000);
    expect(out).not.toContain(STORY_SPEAKER);
    await ingest();
    await until(() => {
      if (out.includes(STORY_SPEAKER)) return true;
      if (answers() >= asked) {
        asked++;
        repl.stdin.write(`${STORY_QUESTION}\n`);
      }
      return false;
    }, "the REPL to answer from the ingested article", 2000);
    repl.stdin.end();
    expect(await exited).toBe(0);
  }, 60_000);
});
