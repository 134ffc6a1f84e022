// Loading the engine for a CLI command, reporting a broken corpus clearly instead of crashing.
import { CorpusError, loadEngine, type Engine } from "../../src/index.js";
import type { CliIO } from "./command.js";

export function engineOrReport<E extends Engine = Engine>(
  corpusDir: string | undefined,
  io: CliIO,
  load: (dir: string | undefined) => E = loadEngine as (dir: string | undefined) => E,
): E | null {
  try {
    return load(corpusDir);
  } catch (e) {
    if (e instanceof CorpusError) {
      io.stderr.write(`quotebot: ${e.message}\n`);
      return null;
    }
    throw e;
  }
}
