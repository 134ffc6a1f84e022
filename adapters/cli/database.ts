// The CLI's side of the PostgreSQL store: DATABASE_URL (from the environment only: a password never
// goes on a command line) and DATABASE_SCHEMA (default "quotebot"), and reporting what a store refuses as messages, not stack traces.
import { CorpusError, IngestError, openStore, type Store } from "../../src/index.js";
import { ingestIntoStore } from "../../src/store/ingest-into.js";
import type { CliIO } from "./command.js";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DATABASE_URL?.trim() || undefined;
}

/** Runs `work` on the store DATABASE_URL names; 1 with a message when it is unset, unreachable or refuses. */
export async function withDatabase(command: string, io: CliIO, work: (store: Store) => Promise<number>): Promise<number> {
  const url = databaseUrl();
  if (!url) {
    io.stderr.write(`quotebot ${command}: set DATABASE_URL (postgres://user:password@host:port/database) to use the shared store\n`);
    return 1;
  }
  let store: Store;
  try {
    store = await openStore({ databaseUrl: url, corpusDir: "", schema: process.env.DATABASE_SCHEMA?.trim() || undefined });
  } catch (err) {
    io.stderr.write(`quotebot ${command}: cannot open the PostgreSQL store: ${failure(err, url)}\n`);
    return 1;
  }
  try {
    return await work(store);
  } catch (err) {
    if (err instanceof CorpusError || err instanceof IngestError) {
      io.stderr.write(`quotebot ${command}: ${err.message}\n`);
      return 1;
    }
    io.stderr.write(`quotebot ${command}: ${failure(err, url)}\n`);
    return 1;
  } finally {
    await store.close().catch(() => {});
  }
}

/** A driver or server error as one line, without the connection string. */
function failure(err: unknown, url: string): string {
  const e = err as { message?: string; code?: string };
  const message = (e.message || e.code || String(err)).split(url).join("DATABASE_URL");
  return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}

export async function ingestIntoDatabase(paths: string[], options: { lang?: "ar" | "en"; id?: string; replace: boolean }, io: CliIO): Promise<number> {
  return withDatabase("ingest", io, async (store) => {
    const results = await ingestIntoStore(store, paths, options);
    for (const r of results) {
      const { speakers, quotes, facts } = r.data;
      io.stdout.write(
        `${r.id} (${r.lang}): ${speakers.length} speakers, ${quotes.length} quotes, ${facts.length} facts, draft${r.replaced ? " (replaced)" : ""} → ${r.where}\n`,
      );
    }
    return 0;
  });
}
