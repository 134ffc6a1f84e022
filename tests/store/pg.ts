// The test PostgreSQL: .ci/run starts a throwaway cluster and exports QUOTEBOT_TEST_DATABASE_URL (not
// DATABASE_URL, which would switch every bot started by other tests to the database). Without one the
// PostgreSQL tests are skipped, and the reason is printed.
import { randomBytes } from "node:crypto";
import { openPgStore, type PgStore } from "../../src/store/pg-store.js";

export const TEST_DATABASE_URL = process.env.QUOTEBOT_TEST_DATABASE_URL?.trim() || undefined;

export function skipReason(): string | undefined {
  if (TEST_DATABASE_URL) return undefined;
  return process.env.QUOTEBOT_TEST_PG_SKIP ?? "QUOTEBOT_TEST_DATABASE_URL is not set (`bash .ci/run` starts a throwaway PostgreSQL and sets it)";
}

/** Says once, on stdout, why the PostgreSQL tests of a file do not run. */
export function announceSkip(file: string): void {
  const why = skipReason();
  if (why) process.stdout.write(`SKIPPED PostgreSQL store tests in ${file}: ${why}\n`);
}

/** A schema of its own for each test: tests and files run side by side in one database. */
export function testSchema(): string {
  return `t_${randomBytes(6).toString("hex")}`;
}

export async function openTestStore(schema: string): Promise<PgStore> {
  return openPgStore({ url: TEST_DATABASE_URL!, schema });
}

export async function dropSchema(schema: string): Promise<void> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
