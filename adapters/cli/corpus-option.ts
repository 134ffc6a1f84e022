// Loading the engine for a CLI command, reporting a broken corpus clearly instead of crashing.
import { CorpusError, loadEngine, type Engine } from "../../src/index.js";
import { corpusDirFrom } from "../shared/env.js";
import type { CliIO } from "./command.js";

/** `--corpus DIR`, else CORPUS_DIR, else the built-in corpus/. */
export function corpusDirOption(option: string | boolean | undefined): string {
  return typeof option === "string" ? option : corpusDirFrom();
}

export function engineOrReport<E extends Engine = Engine>(
  corpusDir: string | undefined,
  io: CliIO,
  load: (dir: string) => E = loadEngine as (dir: string) => E,
): E | null {
  try {
    return load(corpusDirOption(corpusDir));
  } catch (e) {
    if (e instanceof CorpusError) {
      io.stderr.write(`quotebot: ${e.message}\n`);
      return null;
    }
    throw e;
  }
}
