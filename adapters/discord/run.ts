// Starting the bot in this process: shared by main.ts (one process) and shard.ts (one shard of many).
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Client } from "discord.js";
import { loadEngine, type Logger } from "../../src/index.js";
import { createBot } from "./bot.js";

/** Loads the built-in corpus, builds the client and logs in; throws when login fails. */
export async function runBot(token: string, logger: Logger): Promise<Client> {
  const client = createBot(loadEngine(), { logger });
  await client.login(token);
  const stop = () => {
    logger.info("shutting down");
    void client.destroy().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return client;
}

/** A long-running bot logs what escapes every handler instead of dying on it. */
export function installProcessGuards(logger: Logger): void {
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  process.on("uncaughtException", (error) => logger.error({ err: error }, "uncaught exception"));
}

/** True when the module with this `import.meta.url` is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}

