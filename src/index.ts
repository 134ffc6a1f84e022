// The core's public API: the only module adapters import from src/.
import { loadCorpus } from "./corpus/load.js";
import { createEngineFromView, type EngineOptions } from "./engine/engine.js";
import { buildCorpusView } from "./engine/records.js";
import { filesStatus, readPlaces, readSnapshot, readWords, snapshotPlace, writePlaces, writeSnapshot, writeWords } from "./engine/snapshot.js";
import { DEFAULT_CORPUS_DIR } from "./paths.js";
import { FileStore } from "./store/file-store.js";
import type { Store } from "./store/store.js";
import type { BudgetOptions } from "./engine/budget.js";
import type { Engine } from "./types.js";

export { createEngine, type EngineOptions } from "./engine/engine.js";
export { RULES_ONLY, featureVector, type AnswerBarModel, type DecisionInput, type StatusDecision } from "./engine/answer-bar.js";
export { loadCorpus, type Corpus, type LoadedArticle } from "./corpus/load.js";
export { DEFAULT_CORPUS_DIR } from "./paths.js";
export { MAX_QUESTION_LENGTH } from "./engine/limits.js";
export { RECORD_REF_LENGTH, recordRef } from "./engine/record-ref.js";
export {
  FeedbackLog, VERDICTS, feedbackLogPath, readFeedback, summarizeFeedback,
  type FeedbackEntry, type FeedbackInput, type FeedbackSurface, type RecordFeedback, type Verdict,
} from "./feedback.js";
export { QUESTION_BUDGET_MS, type BudgetOptions } from "./engine/budget.js";
export { CONVERSATION_TTL_MS, contextOf } from "./engine/follow-up.js";
/** The question without mentions, emoji, greetings and the like: what a reply may show as asked. */
export { stripChatNoise } from "./normalize/chat-noise.js";
export { MESSAGES, CorpusError, IngestError, ConfigError } from "./errors.js";
/** Adds an article file to a corpus folder as a draft: callers that ingest many files share one process. */
export { ingestFile, type IngestOptions, type IngestResult } from "./ingest/ingest.js";
export { batchFiles, ingestBatch, type BatchEvent, type BatchSummary } from "./ingest/batch.js";
export { CATALOGUE, bilingual, interfaceLanguage, noMatchMessage, t, type Lang, type MessageKey } from "./messages/index.js";
export { createLogger, registerSecret, redactSecrets, type Logger } from "./log.js";
export type * from "./types.js";
export { openStore, FileStore, exportFolder, ExportError, type ArticleFile, type ReplaceGuard, type Store, type StoreSettings } from "./store/index.js";

/** How loadEngine trusts its cached build. */
export interface CacheOptions {
  /**
   * Check every corpus file's status, not only the folder's, before using the cached build: sees a
   * file another tool rewrote in place (nano, VS Code and a hand-corrected speaker do that). On by
   * default, because a stale build could serve a speaker someone corrected; it costs a stat of every
   * file (0.5–1 s at 100,000 quotes). `false` trusts the folder's status alone: only for a caller
   * that knows every writer of the folder renames files into place (quotebot's own writers do).
   */
  checkFiles?: boolean;
}

/**
 * Loads a corpus directory (default: the built-in corpus) and builds an engine over it, reusing the
 * cached build when neither the corpus nor the engine changed since. Throws CorpusError for a broken corpus.
 */
export function loadEngine(corpusDir: string = DEFAULT_CORPUS_DIR, options: EngineOptions = {}, cache: CacheOptions = {}): Engine {
  const place = snapshotPlace(corpusDir);
  const stored = place && readSnapshot(place, cache.checkFiles ?? true);
  // Taken before the files are read: a file changed meanwhile is seen by the next check.
  const files = place && !stored ? filesStatus(place.dir) : "";
  const view = stored ?? buildCorpusView(loadCorpus(corpusDir));
  // The typo vocabulary and the articles' places are kept beside the snapshot once an engine has needed them.
  const words = place ? { stored: () => (stored ? readWords(place) : null), save: (w: string[]) => writeWords(place, w) } : {};
  const places = place ? { stored: () => (stored ? readPlaces(place) : null), save: (p: number[][]) => writePlaces(place, p) } : {};
  const engine = createEngineFromView(view, options, words, places);
  // Written once the engine is made: the view then holds the speaker directory's tables too.
  if (place && !stored) writeSnapshot(place, view, files);
  return engine;
}

/**
 * Builds an engine over whatever the store holds: the folder's cached build when it is a folder, else
 * a fresh build from the store's articles (the same build, so the same answers).
 */
export async function loadEngineFrom(store: Store, options: EngineOptions = {}): Promise<Engine> {
  if (store instanceof FileStore) return loadEngine(store.dir, options);
  return createEngineFromView(buildCorpusView(await store.load()), options);
}
