// `quotebot serve discord [--shards auto|N]` (or `npm run start:discord`): starts the bot, in this
// process or under discord.js's ShardingManager (needed past 2,500 guilds). Bad settings stop it with
// a message naming the variable.
import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ShardingManager } from "discord.js";
import dotenv from "dotenv";
import { parseArgs } from "node:util";
import { ConfigError, CorpusError, type Logger } from "../../src/index.js";
import { Health } from "../shared/health.js";
import { closeServer, startOpsServer } from "../shared/ops-server.js";
import { exitOnSignals, installProcessGuards, isEntryPoint, reloadOnSighup } from "../shared/process.js";
import { processTelemetry, readRuntimeEnv, type RuntimeSettings } from "../shared/runtime.js";
import type { Metrics } from "../shared/metrics.js";
import { parseShardSetting, readBotEnv, type ShardSetting } from "./config.js";
import { runBot, type BotSettings } from "./run.js";
import { gatherShardMetrics } from "./shard-metrics.js";

/** What is running once start-up succeeded: stopping it ends every connection and shard. */
export interface Running {
  stop(): Promise<void>;
}

export interface MainDeps {
  env: NodeJS.ProcessEnv;
  stderr: NodeJS.WritableStream;
  logger: Logger;
  metrics: Metrics;
  runBot(token: string, logger: Logger, settings: BotSettings): Promise<unknown>;
  runSharded(token: string, shards: ShardSetting, logger: Logger, settings: BotSettings): Promise<unknown>;
  /** Called with what is running as soon as there is something to stop (signals are wired here). */
  onRunning(running: Running): void;
}

/** The file each shard process runs (next to this one, in dist/ once built). */
export function shardEntryFile(): string {
  return fileURLToPath(new URL("./shard.js", import.meta.url));
}

/** Asks every shard process to stop (SIGTERM), waits for each to exit, and kills those that take too long. */
export async function stopShards(manager: ShardingManager, logger: Logger, graceMs = 8_000): Promise<void> {
  manager.respawn = false;
  const children = [...manager.shards.values()]
    .map((shard) => shard.process)
    .filter((child): child is ChildProcess => child !== null && child.exitCode === null && child.signalCode === null);
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            logger.warn({ pid: child.pid }, "shard did not stop in time: killing it");
            child.kill("SIGKILL");
          }, graceMs);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
  logger.info({ shards: children.length }, "shards stopped");
}

async function runSharded(
  token: string,
  shards: ShardSetting,
  logger: Logger,
  settings: BotSettings,
  onRunning: (running: Running) => void = () => {},
): Promise<ShardingManager> {
  const manager = new ShardingManager(shardEntryFile(), { token, totalShards: shards, respawn: true });
  const health = new Health();
  manager.on("shardCreate", (shard) => {
    const name = `shard ${shard.id}`;
    health.set(name, false, "starting");
    logger.info({ shard: shard.id }, "shard launched");
    shard.on("spawn", (child) => logger.info({ shard: shard.id, pid: (child as ChildProcess).pid }, "shard process started"));
    shard.on("ready", () => health.set(name, true));
    shard.on("reconnecting", () => health.set(name, false, "reconnecting to the gateway"));
    shard.on("resume", () => health.set(name, true));
    shard.on("death", () => health.set(name, false, "process exited"));
  });
  const { metricsPort, metricsHost } = settings.runtime;
  const ops =
    metricsPort === undefined
      ? undefined
      : await startOpsServer({ port: metricsPort, host: metricsHost, health, metrics: () => gatherShardMetrics(manager.shards.values()) });
  onRunning({
    async stop() {
      await stopShards(manager, logger);
      if (ops) await closeServer(ops);
    },
  });
  await manager.spawn();
  return manager;
}

const USAGE = "usage: quotebot serve discord [--shards auto|N]";

/** Returns a non-zero exit code when the bot cannot start; resolves once it is logged in. */
export async function main(argv: string[], deps: Partial<MainDeps> = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const stderr = deps.stderr ?? process.stderr;
  const fail = (message: string) => {
    stderr.write(`quotebot discord: ${message}\n`);
    return 1;
  };
  let options: { shards?: string };
  try {
    options = parseArgs({ args: argv, options: { shards: { type: "string" } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }

  let settings: ReturnType<typeof readBotEnv>;
  let runtime: RuntimeSettings;
  try {
    settings = readBotEnv(env);
    runtime = readRuntimeEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const shardArg = typeof options.shards === "string" ? options.shards : settings.DISCORD_SHARDS;
  if (shardArg !== undefined && shardArg !== "auto" && !/^[1-9]\d{0,4}$/.test(shardArg)) {
    return fail(`--shards expects "auto" or a number of shards\n${USAGE}`);
  }
  const token = settings.DISCORD_TOKEN as string;
  const telemetry = deps.logger ? { logger: deps.logger, metrics: deps.metrics } : processTelemetry("discord");
  const logger = telemetry.logger;
  const botSettings: BotSettings = { runtime, apiUrl: settings.DISCORD_API_URL, metrics: telemetry.metrics };
  const onRunning = deps.onRunning ?? (() => {});
  try {
    if (shardArg === undefined) {
      const bot = await (deps.runBot ?? runBot)(token, logger, botSettings);
      if (deps.runBot === undefined) {
        const running = bot as Awaited<ReturnType<typeof runBot>>;
        reloadOnSighup(running.runtime.engine);
        onRunning(running);
      }
    } else {
      const sharded = deps.runSharded ?? ((t, s, l, b) => runSharded(t, s, l, b, onRunning));
      await sharded(token, parseShardSetting(shardArg), logger, botSettings);
    }
  } catch (error) {
    // A broken corpus, a rejected token or disallowed intents: say what happened, without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return fail(error instanceof CorpusError ? message : `could not start: ${message}`);
  }
  return 0;
}

/** The process entry (`quotebot serve discord`): .env, guards, signals; exits non-zero when start-up fails. */
export async function serve(argv: string[]): Promise<number> {
  dotenv.config({ quiet: true });
  const { logger, metrics } = processTelemetry("discord");
  installProcessGuards(logger);
  let running: Running | undefined;
  // Wired before start-up ends, so that a signal during a long shard spawn still stops every shard.
  exitOnSignals(logger, async () => running?.stop());
  const code = await main(argv, { logger, metrics, onRunning: (r) => (running = r) });
  if (code !== 0) {
    await running?.stop();
    process.exit(code);
  }
  return code;
}

if (isEntryPoint(import.meta.url)) void serve(process.argv.slice(2));
