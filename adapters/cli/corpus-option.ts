// Loading the engine for a CLI command, reporting a broken corpus clearly instead of crashing.
import { CorpusError, loadEngine, type Engine } from "../../src/index.js";
import type { CliIO } from "./command.js";

export function engineOrReport(corpusDir: string | undefined, io: CliIO): Engine | null {
  try {
    return loadEngine(corpusDir);
  } catch (e) {
    if (e instanceof CorpusError) {
      io.stderr.write(`quotebot: ${e.message}\n`);
      return null;
    }
    throw e;
  }
}
