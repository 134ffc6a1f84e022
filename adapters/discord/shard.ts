// One shard's process, spawned by the ShardingManager of main.ts. discord.js hands it the token
// (DISCORD_TOKEN) and its shard ids (SHARDS, SHARD_COUNT) through the environment. It stops on
// SIGINT/SIGTERM (forwarded by the manager) and when the manager is gone (its IPC channel closes).
import dotenv from "dotenv";
import { registerSecret } from "../../src/index.js";
import { exitOnSignals, installProcessGuards, reloadOnSighup } from "../shared/process.js";
import { processTelemetry, readRuntimeEnv } from "../shared/runtime.js";
import { answerMetricsRequests } from "./shard-metrics.js";
import { runBot } from "./run.js";

dotenv.config({ quiet: true });
const { metrics, logger } = processTelemetry("discord-shard");
installProcessGuards(logger);
const token = process.env.DISCORD_TOKEN;
if (!token) {
  logger.error("DISCORD_TOKEN was not passed to the shard");
  process.exit(1);
}
// This process logs on its own: its copy of the token must be masked here too.
registerSecret(token);
// The manager serves /healthz and /metrics (gathered from the shards): a shard opens no port.
const runtime = { ...readRuntimeEnv(), metricsPort: undefined };
answerMetricsRequests(metrics);
runBot(token, logger, { runtime, apiUrl: process.env.DISCORD_API_URL || undefined, metrics }).then(
  (bot) => {
    reloadOnSighup(bot.runtime.engine);
    exitOnSignals(logger, bot.stop);
    process.once("disconnect", () => {
      logger.warn("the sharding manager is gone: stopping");
      process.kill(process.pid, "SIGTERM");
    });
  },
  (error: unknown) => {
    logger.error({ err: error }, "shard failed to start");
    process.exit(1);
  },
);
