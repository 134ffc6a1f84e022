// Invented articles ingested as drafts into a temporary corpus that lives as long as one describe block.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { ingestFile, loadEngine, type Engine, type EngineOptions } from "../../src/index.js";

export interface InventedCorpus {
  /** The temporary folder: `<name>.txt` for each article and the drafts in `corpus/`. */
  readonly dir: string;
  /** The engine over the drafts, loaded with the options given. */
  readonly engine: Engine;
}

/** Changes one article's draft (its parsed JSON) before the engine loads it: an extractor's slip as drafts of
 *  real articles have it, which the current extractor no longer makes on the invented text. */
export type DraftEdit = (draft: any, name: string) => void;

/**
 * Registers the hooks that write each article (`name` → text) to `<dir>/<name>.txt`, ingest them in that
 * order into `<dir>/corpus`, apply `editDraft` to each draft if given, load an engine over it, and remove the folder after the tests. Both fields
 * are read inside the tests, once the hooks have run.
 */
export function inventedArticles(articles: Record<string, string>, options?: EngineOptions, editDraft?: DraftEdit): InventedCorpus {
  let dir = "";
  let engine: Engine | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `qb-${Object.keys(articles)[0]}-`));
    for (const [name, text] of Object.entries(articles)) {
      writeFileSync(join(dir, `${name}.txt`), text);
      ingestFile(join(dir, `${name}.txt`), { corpusDir: join(dir, "corpus") });
    }
    if (editDraft) {
      for (const name of Object.keys(articles)) {
        const file = join(dir, "corpus", `${name}.json`);
        const draft = JSON.parse(readFileSync(file, "utf8"));
        editDraft(draft, name);
        writeFileSync(file, JSON.stringify(draft, null, 2));
      }
    }
    engine = loadEngine(join(dir, "corpus"), options);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    get engine() {
      if (!engine) throw new Error("inventedArticles: the engine is made in beforeAll; read it inside a test");
      return engine;
    },
  };
}
