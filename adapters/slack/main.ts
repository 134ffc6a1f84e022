// `quotebot serve slack` (or `npm run start:slack`): reads .env, loads the engine over CORPUS_DIR
// (reloaded when it changes) and starts the Slack app (HTTP on PORT, or Socket Mode when
// SLACK_APP_TOKEN is set). Configuration problems end start-up with a message and exit code 1; an
// unreachable Web API does not (the app reports it, keeps retrying, and /healthz says "degraded").
import { config as loadDotenv } from "dotenv";
import {
  ConfigError, CorpusError, redactSecrets, type Engine, type Logger,
} from "../../src/index.js";
import type { Metrics } from "../shared/metrics.js";
import { exitOnSignals, installProcessGuards, isEntryPoint, reloadOnSighup } from "../shared/process.js";
import { processTelemetry, readRuntimeEnv, startRuntime, type Runtime } from "../shared/runtime.js";
import { INSTALL_PATH, createSlackApp, type SlackAppOptions, type SlackBot } from "./app.js";
import { SqliteInstallationStore } from "./installations.js";
import { readSlackConfig } from "./config.js";

export interface MainDeps {
  env?: NodeJS.ProcessEnv;
  stderr?: NodeJS.WritableStream;
  logger?: Logger;
  metrics?: Metrics;
  /** Builds the engine from CORPUS_DIR (tests); default loadEngine. */
  loadEngine?: (corpusDir: string) => Engine;
  /** Web API client options (tests set retries); SLACK_API_URL sets `slackApiUrl`. */
  clientOptions?: SlackAppOptions["clientOptions"];
  /** Start-up retry timings (tests shorten them). */
  connect?: SlackAppOptions["connect"];
}

export interface RunningSlack {
  bot: SlackBot;
  runtime: Runtime;
  stop(): Promise<void>;
}

/** Starts the app; resolves to what is running, or to exit code 1 when start-up failed. */
export async function main(deps: MainDeps = {}): Promise<RunningSlack | 1> {
  const stderr = deps.stderr ?? process.stderr;
  const logger = deps.logger ?? processTelemetry("slack").logger;
  const fail = (message: string): 1 => {
    stderr.write(`quotebot slack: ${redactSecrets(message)}\n`);
    return 1;
  };
  const env = deps.env ?? process.env;
  let runtime: Runtime | undefined;
  let installations: SqliteInstallationStore | undefined;
  try {
    const cfg = readSlackConfig(env);
    const settings = readRuntimeEnv(env);
    runtime = await startRuntime({ settings, logger, metrics: deps.metrics, load: deps.loadEngine });
    const { oauth, ...single } = cfg;
    installations = oauth ? openInstallations(oauth.installationsDb) : undefined;
    const bot = createSlackApp(runtime.engine, {
      ...single,
      ...(oauth && installations ? { oauth: { ...oauth, installationStore: installations } } : {}),
      rateLimit: settings.rateLimit,
      logger,
      health: runtime.health,
      clientOptions: { ...deps.clientOptions, ...(cfg.apiUrl ? { slackApiUrl: cfg.apiUrl } : {}) },
      connect: deps.connect,
    });
    const running: RunningSlack = {
      bot,
      runtime,
      async stop() {
        await bot.stop();
        installations?.close();
        await runtime?.close();
      },
    };
    try {
      await bot.start(cfg.port);
    } catch (err) {
      await running.stop();
      return fail(`could not start: ${describeStartError(err)}`);
    }
    const where = bot.mode === "socket" ? "Socket Mode" : `HTTP on port ${cfg.port}`;
    const workspaces = installations
      ? `installs in many workspaces through ${INSTALL_PATH}; ${installations.count()} installed so far (${installations.path})`
      : "one workspace (SLACK_BOT_TOKEN)";
    logger.info(`quotebot is running on Slack (${where}; ${workspaces})`);
    return running;
  } catch (err) {
    installations?.close();
    await runtime?.close();
    if (err instanceof ConfigError || err instanceof CorpusError) return fail(err.message);
    throw err;
  }
}

function openInstallations(path: string): SqliteInstallationStore {
  try {
    return new SqliteInstallationStore(path);
  } catch (err) {
    throw new ConfigError(`cannot open the Slack installations database SLACK_INSTALLATIONS_DB=${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function describeStartError(err: unknown): string {
  const code = (err as { data?: { error?: unknown } }).data?.error;
  if (code === "invalid_auth" || code === "not_authed" || code === "account_inactive" || code === "token_revoked") {
    return `Slack refused SLACK_BOT_TOKEN (${code})`;
  }
  return err instanceof Error ? err.message : String(err);
}

/** The process entry (`quotebot serve slack`): .env, guards, signals; exits 1 when start-up fails. */
export async function serve(): Promise<number> {
  loadDotenv({ quiet: true });
  const { logger, metrics } = processTelemetry("slack");
  installProcessGuards(logger);
  const result = await main({ logger, metrics });
  if (result === 1) process.exit(1);
  reloadOnSighup(result.runtime.engine);
  exitOnSignals(logger, result.stop);
  // A token Slack refuses once the API became reachable ends the process like one refused at start.
  result.bot.connected.catch(() => process.exit(1));
  return 0;
}

if (isEntryPoint(import.meta.url)) void serve();
