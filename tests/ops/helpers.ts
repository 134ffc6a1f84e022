// Shared by the operations tests: a temporary copy of the built-in corpus, an invented article to
// ingest into it, polling (never fixed sleeps), free loopback ports and an in-memory CLI IO.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CORPUS_DIR } from "../../src/index.js";

/** The checkout whose built CLI the process tests run: this one, or a production copy (QUOTEBOT_SMOKE_DIR). */
export const ROOT = process.env.QUOTEBOT_SMOKE_DIR ?? join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "quotebot.js");

/** A short invented article: one named speaker, one quote, asked about below. */
export const STORY = [
  "Ferry service to Marrow Island resumes after storm repairs",
  "The harbour authority reopened the Marrow Island ferry route on Tuesday after three weeks of repairs to the damaged pier.",
  "\"The pier is safe again and the first crossing leaves at seven in the morning,\" said Odile Varenne, the director of the harbour authority.",
  "Local shop owners said the closure had cost them most of their summer trade.",
].join("\n");
export const STORY_QUESTION = "who said the pier is safe again?";
export const STORY_SPEAKER = "Odile Varenne";
/** Answered from the built-in corpus (article-000). */
export const BUILT_IN_QUESTION = "who said the ISIS brand still exists worldwide?";

export interface TempCorpus {
  dir: string;
  /** The invented article's text file, outside the corpus (what an operator would ingest). */
  storyFile: string;
  remove(): void;
}

export function tempCorpus(): TempCorpus {
  const root = mkdtempSync(join(tmpdir(), "qb-ops-"));
  const dir = join(root, "corpus");
  cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
  const storyFile = join(root, "marrow-ferry.txt");
  writeFileSync(storyFile, `${STORY}\n`);
  return { dir, storyFile, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Re-checks `check` every 20 ms until it returns a value other than undefined/false; fails after `timeoutMs`. */
export async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A loopback port nothing listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function memoryIO() {
  let out = "";
  let err = "";
  return {
    io: {
      stdin: process.stdin,
      stdout: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream,
      stderr: { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WritableStream,
    },
    out: () => out,
    err: () => err,
  };
}
