// What every bot process runs besides its platform client: the live engine over CORPUS_DIR (or over
// the PostgreSQL store that DATABASE_URL names, shared by every replica), its health and metrics,
// and the /healthz + /metrics server on METRICS_PORT (off unless set).
import type { Server } from "node:http";
import { createLogger, openStore, type Engine, type Logger, type Store } from "../../src/index.js";
import { checks, corpusDirFrom, readEnv } from "./env.js";
import { Health } from "./health.js";
import { LiveEngine, type ReloadOutcome } from "./live-engine.js";
import { createMetrics, errorCountingDestination, recordAnswer, type Metrics } from "./metrics.js";
import { closeServer, startOpsServer } from "./ops-server.js";
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from "./rate-limit.js";

export interface RuntimeSettings {
  corpusDir: string;
  /** The shared PostgreSQL store; the folder is used when absent. */
  databaseUrl?: string;
  /** Its schema (default "quotebot"). */
  databaseSchema?: string;
  /** Interval of the corpus fingerprint check that backs up fs.watch; 0: watch events only. */
  pollMs: number;
  metricsPort?: number;
  metricsHost: string;
  /** Questions per user per window, the same on every platform. */
  rateLimit: RateLimitOptions;
}

const wholeSeconds = (v: string) => (/^\d{1,6}$/.test(v) ? null : "expected a whole number of seconds");
const positive = (v: string) => (/^[1-9]\d{0,5}$/.test(v) ? null : "expected a whole number above 0");

export const RUNTIME_ENV = {
  CORPUS_DIR: { optional: true },
  DATABASE_URL: { optional: true, secret: true, check: (v: string) => (/^postgres(ql)?:\/\/\S+$/.test(v) ? null : "expected a postgres:// connection string") },
  DATABASE_SCHEMA: { optional: true, check: (v: string) => (/^[a-z_][a-z0-9_]{0,40}$/.test(v) ? null : "expected a lowercase schema name") },
  CORPUS_POLL_SECONDS: { default: "30", check: wholeSeconds },
  METRICS_PORT: { optional: true, check: checks.port },
  METRICS_HOST: { default: "127.0.0.1" },
  RATE_LIMIT_MAX: { default: String(DEFAULT_RATE_LIMIT.max), check: positive },
  RATE_LIMIT_WINDOW_SECONDS: { default: String(DEFAULT_RATE_LIMIT.windowMs / 1000), check: positive },
};

/** Throws a ConfigError naming a malformed variable. */
export function readRuntimeEnv(env: NodeJS.ProcessEnv = process.env): RuntimeSettings {
  const vars = readEnv(RUNTIME_ENV, env);
  return {
    corpusDir: corpusDirFrom(env),
    databaseUrl: vars.DATABASE_URL,
    databaseSchema: vars.DATABASE_SCHEMA,
    pollMs: Number(vars.CORPUS_POLL_SECONDS) * 1000,
    metricsPort: vars.METRICS_PORT === undefined ? undefined : Number(vars.METRICS_PORT),
    metricsHost: vars.METRICS_HOST as string,
    rateLimit: { max: Number(vars.RATE_LIMIT_MAX), windowMs: Number(vars.RATE_LIMIT_WINDOW_SECONDS) * 1000 },
  };
}

/** A process's metrics and a logger whose error lines they count. */
export function processTelemetry(name: string): { metrics: Metrics; logger: Logger } {
  const metrics = createMetrics();
  return { metrics, logger: createLogger(name, errorCountingDestination(metrics)) };
}

export interface Runtime {
  engine: LiveEngine;
  health: Health;
  metrics: Metrics;
  /** The /healthz + /metrics server, when METRICS_PORT is set. */
  opsServer?: Server;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  settings: RuntimeSettings;
  logger: Logger;
  metrics?: Metrics;
  health?: Health;
  /** Builds the engine (tests); default loadEngine. */
  load?: (corpusDir: string) => Engine;
  /** Follow the corpus folder (default true). */
  watch?: boolean;
}

/** Loads the corpus (throws CorpusError when broken), starts watching it and serves health and metrics. */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { settings, logger } = options;
  const metrics = options.metrics ?? createMetrics({ processMetrics: false });
  const health = options.health ?? new Health();
  const live = {
    logger,
    pollMs: settings.pollMs,
    onAnswer: recordAnswer(metrics),
    onReload: (outcome: ReloadOutcome, engine: LiveEngine) => {
      if (outcome === "unchanged") return;
      metrics.reloads.inc({ outcome });
      metrics.articles.set(engine.articles().length);
    },
  };
  let store: Store | undefined;
  let engine: LiveEngine;
  if (settings.databaseUrl) {
    store = await openStore({ databaseUrl: settings.databaseUrl, corpusDir: settings.corpusDir, schema: settings.databaseSchema });
    try {
      engine = await LiveEngine.fromStore({ ...live, store });
    } catch (err) {
      await store.close();
      throw err;
    }
    logger.info({ store: store.where, articles: engine.articles().length }, "corpus loaded from PostgreSQL");
  } else {
    engine = new LiveEngine({ ...live, corpusDir: settings.corpusDir, load: options.load });
  }
  metrics.articles.set(engine.articles().length);
  health.describe("corpus", () => ({
    articles: engine.articles().length,
    loadedAt: engine.loadedAt.toISOString(),
    lastReloadError: engine.lastError?.split("\n").slice(0, 3).join(" ") ?? null,
    store: store?.kind ?? "files",
  }));
  try {
    if (options.watch ?? true) await engine.follow();
  } catch (err) {
    engine.close();
    await store?.close();
    throw err;
  }
  let opsServer: Server | undefined;
  if (settings.metricsPort !== undefined) {
    try {
      opsServer = await startOpsServer({
        port: settings.metricsPort,
        host: settings.metricsHost,
        health,
        metrics: async () => ({ contentType: metrics.registry.contentType, text: await metrics.registry.metrics() }),
      });
    } catch (err) {
      engine.close();
      await store?.close();
      throw err;
    }
    logger.info({ port: settings.metricsPort, host: settings.metricsHost }, "serving /healthz and /metrics");
  }
  return {
    engine,
    health,
    metrics,
    opsServer,
    async close() {
      engine.close();
      if (opsServer) await closeServer(opsServer);
      await store?.close();
    },
  };
}
