// `npm run slack`: reads .env, loads the engine and starts the Slack app (HTTP on PORT, or Socket Mode
// when SLACK_APP_TOKEN is set). Configuration problems end start-up with a message and exit code 1.
import { pathToFileURL } from "node:url";
import { config as loadDotenv } from "dotenv";
import {
  ConfigError, CorpusError, createLogger, loadEngine, redactSecrets, type Engine, type Logger,
} from "../../src/index.js";
import { createSlackApp, type SlackAppOptions, type SlackBot } from "./app.js";
import { readSlackConfig } from "./config.js";

export interface MainDeps {
  env?: NodeJS.ProcessEnv;
  stderr?: NodeJS.WritableStream;
  logger?: Logger;
  loadEngine?: () => Engine;
  /** Web API client options (tests point `slackApiUrl` at a local fake). */
  clientOptions?: SlackAppOptions["clientOptions"];
}

/** Starts the app; resolves to the running bot, or to exit code 1 when start-up failed. */
export async function main(deps: MainDeps = {}): Promise<SlackBot | 1> {
  const stderr = deps.stderr ?? process.stderr;
  const logger = deps.logger ?? createLogger("slack");
  const fail = (message: string): 1 => {
    stderr.write(`quotebot slack: ${redactSecrets(message)}\n`);
    return 1;
  };
  try {
    const cfg = readSlackConfig(deps.env ?? process.env);
    const bot = createSlackApp((deps.loadEngine ?? loadEngine)(), { ...cfg, logger, clientOptions: deps.clientOptions });
    try {
      await bot.start(cfg.port);
    } catch (err) {
      return fail(`could not start: ${describeStartError(err)}`);
    }
    logger.info(`quotebot is running on Slack (${bot.mode === "socket" ? "Socket Mode" : `HTTP on port ${cfg.port}`})`);
    return bot;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CorpusError) return fail(err.message);
    throw err;
  }
}

function describeStartError(err: unknown): string {
  const code = (err as { data?: { error?: unknown } }).data?.error;
  if (code === "invalid_auth" || code === "not_authed" || code === "account_inactive") {
    return `Slack refused SLACK_BOT_TOKEN (${code})`;
  }
  return err instanceof Error ? err.message : String(err);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  loadDotenv({ quiet: true });
  const logger = createLogger("slack");
  process.on("unhandledRejection", (err) => logger.error({ err }, "slack: unhandled rejection"));
  const result = await main({ logger });
  if (result === 1) process.exit(1);
  const shutdown = () => void result.stop().finally(() => process.exit(0));
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
