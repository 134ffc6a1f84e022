// Starting the bot in this process: shared by main.ts (one process) and shard.ts (one shard of many).
import { Events, type Client } from "discord.js";
import type { Logger } from "../../src/index.js";
import { startRuntime, type Runtime, type RuntimeSettings } from "../shared/runtime.js";
import type { Metrics } from "../shared/metrics.js";
import { createBot } from "./bot.js";

export { installProcessGuards, isEntryPoint } from "../shared/process.js";

export interface BotSettings {
  runtime: RuntimeSettings;
  /** Discord's REST API base (DISCORD_API_URL), for proxies and tests; default discord.com's. */
  apiUrl?: string;
  metrics?: Metrics;
}

export interface RunningBot {
  client: Client;
  runtime: Runtime;
  stop(): Promise<void>;
}

/** Loads the corpus, builds the client and logs in; throws when the corpus is broken or login fails. */
export async function runBot(token: string, logger: Logger, settings: BotSettings): Promise<RunningBot> {
  const runtime = await startRuntime({ settings: settings.runtime, logger, metrics: settings.metrics });
  const { health } = runtime;
  health.set("discord", false, "connecting");
  const client = createBot(runtime.engine, {
    logger,
    rateLimit: settings.runtime.rateLimit,
    rest: settings.apiUrl ? { api: settings.apiUrl } : undefined,
  });
  client.on(Events.ClientReady, () => health.set("discord", true));
  client.on(Events.ShardDisconnect, () => health.set("discord", false, "gateway disconnected"));
  client.on(Events.ShardReconnecting, () => health.set("discord", false, "reconnecting to the gateway"));
  client.on(Events.ShardResume, () => health.set("discord", true));
  const stop = async () => {
    await client.destroy();
    await runtime.close();
  };
  try {
    await client.login(token);
  } catch (error) {
    await stop();
    throw error;
  }
  return { client, runtime, stop };
}
