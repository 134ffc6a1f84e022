// An engine that follows its corpus: a folder, or a shared store (PostgreSQL). A change (seen by
// fs.watch or the store's notifications, or by a slow poll where those do not arrive, as on some
// mounted volumes) reloads the corpus; when it loads cleanly the new engine replaces the old one in one
// assignment, so each question is answered by one whole engine. When it does not, the old engine keeps
// answering and the error is logged once.
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";
import {
  CorpusError, loadEngine, loadEngineFrom, type Answer, type AskOptions, type Engine, type Logger, type Store,
} from "../../src/index.js";

export type ReloadOutcome = "reloaded" | "unchanged" | "refused";

type LogSink = Pick<Logger, "info" | "warn" | "error">;

export interface LiveEngineOptions {
  corpusDir: string;
  logger: LogSink;
  /** Builds an engine from the folder; throws CorpusError for a broken corpus. Default: loadEngine, which checks every file's status (a bot follows its folder: a file rewritten in place must not leave it answering from the cached build). */
  load?: (corpusDir: string) => Engine;
  /** Quiet time after the last change before reloading (a writer adds a text file, then its JSON). */
  debounceMs?: number;
  /** Fingerprint check interval, for file systems that send no watch events; 0 turns it off. */
  pollMs?: number;
  onReload?: (outcome: ReloadOutcome, engine: LiveEngine) => void;
  /** Told of every answer and how long it took (metrics). */
  onAnswer?: (answer: Answer, seconds: number) => void;
}

export interface StoreEngineOptions extends Omit<LiveEngineOptions, "corpusDir" | "load"> {
  /** A shared store (PostgreSQL): followed through its change notifications instead of a folder. */
  store: Store;
}

/** Names, sizes and modification times of the corpus files: a change to any of them is a change. */
export function corpusFingerprint(corpusDir: string): string {
  try {
    return readdirSync(corpusDir)
      .filter((name) => /\.(json|txt)$/.test(name))
      .sort()
      .map((name) => {
        const st = statSync(join(corpusDir, name));
        return `${name}:${st.size}:${st.mtimeMs}`;
      })
      .join("\n");
  } catch (err) {
    return `unreadable: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  }
}

export class LiveEngine implements Engine {
  private current: Engine;
  private fingerprint: string;
  private watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private pending: NodeJS.Timeout | undefined;
  private readonly load: (corpusDir: string) => Engine;
  private readonly store: Store | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  /** A store reload under way, and whether another was asked for meanwhile. */
  private refreshing: Promise<void> | undefined;
  private again = false;
  /** Bumped at each swap: lets callers cache what they derive from the corpus (article titles). */
  generation = 0;
  loadedAt = new Date();
  /** The last refused reload's message, null once a reload succeeds. */
  lastError: string | null = null;

  /** Loads the corpus once; throws (CorpusError) when it is broken, as a bot must not start without one. */
  constructor(options: LiveEngineOptions);
  constructor(options: LiveEngineOptions, store: Store, initial: Engine, revision: string);
  constructor(private readonly options: LiveEngineOptions, store?: Store, initial?: Engine, revision?: string) {
    this.load = options.load ?? loadEngine;
    this.store = store;
    if (store && initial) {
      this.fingerprint = revision ?? "";
      this.current = initial;
      return;
    }
    this.fingerprint = corpusFingerprint(options.corpusDir);
    this.current = this.load(options.corpusDir);
  }

  /** An engine over a shared store, loaded once (throws CorpusError when it is broken). */
  static async fromStore(options: StoreEngineOptions): Promise<LiveEngine> {
    const revision = await options.store.revision();
    const initial = await loadEngineFrom(options.store);
    return new LiveEngine({ ...options, corpusDir: options.store.where }, options.store, initial, revision);
  }

  ask(question: string, options?: AskOptions): Answer {
    const started = performance.now();
    const answer = this.current.ask(question, options);
    this.options.onAnswer?.(answer, (performance.now() - started) / 1000);
    return answer;
  }
  speakers() {
    return this.current.speakers();
  }
  suggestSpeakers(prefix: string, limit?: number) {
    return this.current.suggestSpeakers(prefix, limit);
  }
  quotesBy(speakerId: string) {
    return this.current.quotesBy(speakerId);
  }
  articles() {
    return this.current.articles();
  }
  item(idOrRef: string) {
    return this.current.item(idOrRef);
  }

  /**
   * Reloads when the files changed since the last load, or always with `force` (SIGHUP). A store is
   * read asynchronously: the reload is then "pending", and `onReload` tells its outcome.
   */
  reload(reason: string, force = false): ReloadOutcome | "pending" {
    if (this.store) {
      void this.refresh(reason, force);
      return "pending";
    }
    const fingerprint = corpusFingerprint(this.options.corpusDir);
    if (!force && fingerprint === this.fingerprint) return "unchanged";
    // Taken before loading: a change made while loading is seen by the next check.
    this.fingerprint = fingerprint;
    let next: Engine;
    try {
      next = this.load(this.options.corpusDir);
    } catch (err) {
      this.refuse(err, reason);
      return this.report("refused");
    }
    this.swap(next, reason);
    return this.report("reloaded");
  }

  /** Reloads from the store when its revision moved (or with `force`); one reload at a time. */
  async refresh(reason: string, force = false): Promise<ReloadOutcome> {
    const store = this.store;
    if (!store) return this.reload(reason, force) as ReloadOutcome;
    if (this.refreshing) {
      // Runs once more after the one under way: it may have read the store before this change.
      this.again = true;
      await this.refreshing;
      return "unchanged";
    }
    let outcome: ReloadOutcome = "unchanged";
    this.refreshing = (async () => {
      do {
        this.again = false;
        try {
          const revision = await store.revision();
          if (!force && revision === this.fingerprint) continue;
          force = false;
          const next = await loadEngineFrom(store);
          this.fingerprint = revision;
          this.swap(next, reason);
          outcome = this.report("reloaded");
        } catch (err) {
          this.refuse(err, reason);
          outcome = this.report("refused");
        }
      } while (this.again);
    })();
    try {
      await this.refreshing;
    } finally {
      this.refreshing = undefined;
    }
    return outcome;
  }

  private swap(next: Engine, reason: string): void {
    this.current = next;
    this.generation++;
    this.loadedAt = new Date();
    this.lastError = null;
    this.options.logger.info({ reason, articles: next.articles().length, corpus: this.options.corpusDir }, "corpus reloaded");
  }

  /** Starts following the store's notifications (a store) or the folder. */
  async follow(): Promise<this> {
    if (!this.store?.watch) return this.watch();
    const { logger } = this.options;
    this.unlisten = await this.store.watch(
      () => this.schedule(),
      (err) => logger.warn({ err: { message: err.message }, corpus: this.store!.where }, "corpus change notifications interrupted; reconnecting"),
    );
    this.startPolling();
    return this;
  }

  /** Starts following the folder. */
  watch(): this {
    const { corpusDir, logger } = this.options;
    try {
      // Not persistent: a REPL at the end of its input exits even while watching.
      this.watcher = watch(corpusDir, { persistent: false }, () => this.schedule());
      this.watcher.on("error", (err) => logger.warn({ err, corpus: corpusDir }, "corpus watch stopped; the periodic check goes on"));
    } catch (err) {
      logger.warn({ err, corpus: corpusDir }, "cannot watch the corpus folder; changes are seen by the periodic check only");
    }
    this.startPolling();
    return this;
  }

  private startPolling(): void {
    const pollMs = this.options.pollMs ?? 30_000;
    if (pollMs > 0) {
      this.poller = setInterval(() => this.reload("poll"), pollMs);
      this.poller.unref();
    }
  }

  /** Stops following; the store itself is its owner's to close. */
  close(): void {
    void this.unlisten?.();
    this.unlisten = undefined;
    this.watcher?.close();
    clearInterval(this.poller);
    clearTimeout(this.pending);
    this.watcher = this.poller = this.pending = undefined;
  }

  private schedule(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.reload("change");
    }, this.options.debounceMs ?? 150);
    this.pending.unref();
  }

  private refuse(err: unknown, reason: string): void {
    const message = err instanceof Error ? err.message : String(err);
    // The same broken corpus is reported once, however many checks see it again.
    if (message === this.lastError) return;
    this.lastError = message;
    const problems: CorpusError["problems"] | undefined = err instanceof CorpusError ? err.problems.slice(0, 20) : undefined;
    this.options.logger.error(
      { reason, corpus: this.options.corpusDir, problems, ...(problems ? {} : { err }) },
      `corpus reload refused, the previous corpus keeps answering: ${message}`,
    );
  }

  private report(outcome: ReloadOutcome): ReloadOutcome {
    this.options.onReload?.(outcome, this);
    return outcome;
  }
}

/** Article id → display title, rebuilt after each reload of a live engine. */
export function articleTitles(engine: Engine): (id: string) => string | undefined {
  let titles: Map<string, string> | undefined;
  let seen = -1;
  return (id) => {
    const generation = (engine as Partial<LiveEngine>).generation ?? 0;
    if (!titles || generation !== seen) {
      titles = new Map(engine.articles().map((a) => [a.id, a.titleEn ?? a.title]));
      seen = generation;
    }
    return titles.get(id);
  };
}
