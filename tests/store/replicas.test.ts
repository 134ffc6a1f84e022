// Replicas sharing one PostgreSQL store: an ingest through one is answered by the others once they
// are notified (LISTEN/NOTIFY), a write is all or nothing, and a listener whose connection is cut
// reconnects and catches up.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LiveEngine, type ReloadOutcome } from "../../adapters/shared/live-engine.js";
import { DEFAULT_CORPUS_DIR, FileStore, IngestError } from "../../src/index.js";
import { ingestIntoStore } from "../../src/store/ingest-into.js";
import type { PgStore } from "../../src/store/pg-store.js";
import { memoryLogger } from "../discord/helpers.js";
import { BUILT_IN_QUESTION, STORY, STORY_QUESTION, STORY_SPEAKER } from "../ops/helpers.js";
import { TEST_DATABASE_URL, announceSkip, dropSchema, openTestStore, testSchema } from "./pg.js";

announceSkip("tests/store/replicas.test.ts");

/** Generous: the reload is event-driven and takes well under 2 s; this only bounds a hung test. */
const NOTIFIED_WITHIN_MS = 10_000;

interface Replica {
  store: PgStore;
  engine: LiveEngine;
  /** Resolves at the next reload that loaded (or refused) a new corpus. */
  nextReload(): Promise<ReloadOutcome>;
}

const answeredBy = (engine: LiveEngine, question: string) => {
  const a = engine.ask(question);
  return a.status === "answered" ? a.answers[0]?.speaker?.name : undefined;
};

describe.skipIf(!TEST_DATABASE_URL)("bot replicas sharing a PostgreSQL store", () => {
  let schema: string;
  let scratch: string;
  let storyFile: string;
  const replicas: Replica[] = [];

  async function replica(): Promise<Replica> {
    const store = await openTestStore(schema);
    const waiting: ((o: ReloadOutcome) => void)[] = [];
    const engine = await LiveEngine.fromStore({
      store, logger: memoryLogger().logger, pollMs: 0,
      onReload: (outcome) => {
        if (outcome !== "unchanged") waiting.splice(0).forEach((resolve) => resolve(outcome));
      },
    });
    await engine.follow();
    const r: Replica = {
      store, engine,
      nextReload: () =>
        new Promise<ReloadOutcome>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no reload within ${NOTIFIED_WITHIN_MS} ms`)), NOTIFIED_WITHIN_MS);
          waiting.push((o) => {
            clearTimeout(timer);
            resolve(o);
          });
        }),
    };
    replicas.push(r);
    return r;
  }

  beforeEach(async () => {
    schema = testSchema();
    scratch = mkdtempSync(join(tmpdir(), "qb-replicas-"));
    storyFile = join(scratch, "marrow-ferry.txt");
    writeFileSync(storyFile, `${STORY}\n`);
    const seed = await openTestStore(schema);
    await seed.put(await new FileStore(DEFAULT_CORPUS_DIR).files());
    await seed.close();
  });
  afterEach(async () => {
    for (const r of replicas.splice(0)) {
      r.engine.close();
      await r.store.close();
    }
    await dropSchema(schema);
    rmSync(scratch, { recursive: true, force: true });
  });

  it("answers on every replica an article ingested through one of them, once notified", async () => {
    const [a, b] = [await replica(), await replica()];
    expect(answeredBy(b.engine, BUILT_IN_QUESTION)).toBe("Nathan Sales");
    expect(answeredBy(b.engine, STORY_QUESTION)).toBeUndefined();
    const reloads = [a.nextReload(), b.nextReload()];
    const [result] = await ingestIntoStore(a.store, [storyFile], { id: "marrow-ferry" });
    const committed = performance.now();
    expect(result.id).toBe("marrow-ferry");
    expect(await Promise.all(reloads)).toEqual(["reloaded", "reloaded"]);
    const ms = Math.round(performance.now() - committed);
    process.stdout.write(`replica B answers the ingest committed through replica A ${ms} ms after the commit\n`);
    expect(answeredBy(b.engine, STORY_QUESTION)).toBe(STORY_SPEAKER);
    expect(answeredBy(a.engine, STORY_QUESTION)).toBe(STORY_SPEAKER);
    expect(answeredBy(b.engine, BUILT_IN_QUESTION)).toBe("Nathan Sales");
  });

  it("writes all of an ingest or none of it, and refuses to replace a reviewed article", async () => {
    const [b] = [await replica()];
    const before = await b.store.revision();
    const articles = (await b.store.files()).length;
    // The story under the reviewed seed article's id: refused, and the story with it is not written.
    const other = join(scratch, "other.txt");
    writeFileSync(other, `${STORY.replace(/Odile Varenne/g, "Bruno Leclair")}\n`);
    await expect(ingestIntoStore(b.store, [storyFile, other], { id: "article-000" })).rejects.toThrow(IngestError);
    await expect(ingestIntoStore(b.store, [storyFile], { id: "article-000" })).rejects.toThrow(/reviewed article "article-000" already exists/);
    expect(await b.store.revision()).toBe(before);
    expect((await b.store.files()).length).toBe(articles);
    expect(answeredBy(b.engine, BUILT_IN_QUESTION)).toBe("Nathan Sales");
  });

  it("reconnects a listener whose connection was cut, and catches up on what it missed", async () => {
    const b = await replica();
    const reload = b.nextReload();
    const pg = (await import("pg")).default;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      const cut = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()", [`LISTEN ${schema}_corpus`],
      );
      expect(cut.rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    // Written while no one listens: only the check made on reconnecting can see it.
    const writer = await openTestStore(schema);
    try {
      await ingestIntoStore(writer, [storyFile], { id: "marrow-ferry" });
    } finally {
      await writer.close();
    }
    expect(await reload).toBe("reloaded");
    expect(answeredBy(b.engine, STORY_QUESTION)).toBe(STORY_SPEAKER);
  });
});
