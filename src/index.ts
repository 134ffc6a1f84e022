// The core's public API: the only module adapters import from src/.
import { loadCorpus } from "./corpus/load.js";
import { createEngine } from "./engine/engine.js";
import type { Engine } from "./types.js";

export { createEngine } from "./engine/engine.js";
export { loadCorpus, type Corpus, type LoadedArticle } from "./corpus/load.js";
export { DEFAULT_CORPUS_DIR } from "./paths.js";
export { MAX_QUESTION_LENGTH } from "./engine/limits.js";
export { MESSAGES, CorpusError, IngestError, ConfigError } from "./errors.js";
export { createLogger, registerSecret, redactSecrets, type Logger } from "./log.js";
export type * from "./types.js";

/** Loads a corpus directory (default: the built-in corpus) and builds an engine over it. */
export function loadEngine(corpusDir?: string): Engine {
  return createEngine(loadCorpus(corpusDir));
}
