// `npm run bench:store -- [--quotes N]`: what the PostgreSQL store costs against the folder, on a
// generated corpus: the import (one transaction, search keys computed), reading the corpus back, and
// the engine build from each store, in one run. Needs DATABASE_URL (a scratch schema is made and dropped).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildCorpusView } from "../src/engine/records.js";
import { FileStore } from "../src/index.js";
import { openPgStore } from "../src/store/pg-store.js";
import { generateCorpus, removeCorpus } from "./generate.js";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quotes: { type: "string", default: "10000" } } });
  const url = process.env.DATABASE_URL?.trim();
  if (!url) throw new Error("set DATABASE_URL to a database where a scratch schema may be created");
  const quotes = Number(values.quotes);
  const generated = generateCorpus({ quotes, dir: mkdtempSync(join(tmpdir(), "qb-bench-store-")) });
  const schema = `bench_${process.pid}`;
  const pg = await openPgStore({ url, schema });
  const timed = async <T>(what: string, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const out = await work();
    console.log(`${what.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return out;
  };
  try {
    console.log(`${generated.quotes} quotes, ${generated.facts} facts, ${generated.articles} articles`);
    const folder = new FileStore(generated.dir);
    const files = await timed("read the folder (parse and check)", () => folder.files());
    await timed("import into PostgreSQL (one transaction)", () => pg.put(files));
    const corpusFromDb = await timed("read PostgreSQL (parse and check)", () => pg.load());
    const corpusFromFiles = await timed("read the folder for the engine", () => folder.load());
    await timed("build the engine from the folder's corpus", () => buildCorpusView(corpusFromFiles));
    await timed("build the engine from PostgreSQL's corpus", () => buildCorpusView(corpusFromDb));
    console.log(`${"database size (tables and indexes)".padEnd(44)} ${await pg.size()}`);
  } finally {
    await pg.dropSchema();
    await pg.close();
    removeCorpus(generated.dir);
  }
}

main().catch((err: Error) => {
  console.error(`bench:store: ${err.message}`);
  process.exitCode = 1;
});
