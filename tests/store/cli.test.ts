// `quotebot db import|export|status` and `quotebot ingest --db`, run as an operator runs them (the
// built CLI), against the test PostgreSQL; and what the CLI says when there is no database to use.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR, loadCorpus, loadEngine } from "../../src/index.js";
import { BIN, STORY, STORY_QUESTION, STORY_SPEAKER, freePort } from "../ops/helpers.js";
import { TEST_DATABASE_URL, announceSkip, dropSchema, testSchema } from "./pg.js";

announceSkip("tests/store/cli.test.ts");

const run = promisify(execFile);

async function quotebot(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  const clean = { ...process.env, DATABASE_URL: "", DATABASE_SCHEMA: "", ...env };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: clean });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

describe("quotebot db without a database", () => {
  it("asks for DATABASE_URL, and names an unreachable database without its password", async () => {
    const none = await quotebot(["db", "status"], {});
    expect(none.code).toBe(1);
    expect(none.err).toContain("set DATABASE_URL");
    const port = await freePort();
    const down = await quotebot(["ingest", "--db", join(DEFAULT_CORPUS_DIR, "article-000.ar.txt")], { DATABASE_URL: `postgres://bot:s3cret-pw@127.0.0.1:${port}/corpus` });
    expect(down.code).toBe(1);
    expect(down.err).toContain("cannot open the PostgreSQL store");
    expect(down.err + down.out).not.toContain("s3cret-pw");
    const usage = await quotebot(["db", "copy", "x"], {});
    expect(usage.code).toBe(2);
  });
});

describe.skipIf(!TEST_DATABASE_URL)("quotebot db and ingest --db", () => {
  const schema = testSchema();
  const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema };
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "qb-db-cli-"));
  });
  afterAll(async () => {
    await dropSchema(schema);
    rmSync(scratch, { recursive: true, force: true });
  });

  it("imports a folder, ingests into the database, and exports a folder the loader reads", async () => {
    const imported = await quotebot(["db", "import", DEFAULT_CORPUS_DIR], env);
    expect(imported.err).toBe("");
    expect(imported.out).toMatch(/^imported 1 articles from .* into postgres:\/\/quotebot@/);
    const story = join(scratch, "marrow-ferry.txt");
    writeFileSync(story, `${STORY}\n`);
    const ingested = await quotebot(["ingest", "--db", story], env);
    expect(ingested.err).toBe("");
    const counts = /^marrow-ferry \(en\): \d+ speakers, (\d+) quotes, (\d+) facts, draft → postgres:/.exec(ingested.out);
    expect(counts, ingested.out).not.toBeNull();
    expect((await quotebot(["ingest", "--db", story], env)).out).toContain("(replaced)");
    const seed = loadCorpus(DEFAULT_CORPUS_DIR).articles[0];
    const [quotes, facts] = [seed.quotes.length + Number(counts![1]), seed.facts.length + Number(counts![2])];
    expect((await quotebot(["db", "status"], env)).out).toContain(`: 2 articles, ${quotes} quotes, ${facts} facts (revision 3)`);

    const out = join(scratch, "export");
    expect((await quotebot(["db", "export", out], env)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["article-000.ar.txt", "article-000.json", "marrow-ferry.en.txt", "marrow-ferry.json"]);
    const answer = loadEngine(out).ask(STORY_QUESTION);
    expect(answer.answers[0]?.speaker?.name).toBe(STORY_SPEAKER);

    // An occupied folder is swapped only when asked to, and never left half written.
    const refused = await quotebot(["db", "export", out], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("is not empty");
    mkdirSync(join(scratch, "x"));
    expect((await quotebot(["db", "export", out, "--replace"], env)).code).toBe(0);
    expect(readdirSync(out)).toHaveLength(4);
    expect(readdirSync(scratch).sort()).toEqual(["export", "marrow-ferry.txt", "x"]);
  }, 240_000);
});
