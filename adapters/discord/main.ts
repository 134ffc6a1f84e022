// `npm run discord [-- --shards auto|N]`: starts the bot, in this process or under discord.js's
// ShardingManager (needed past 2,500 guilds). Bad settings stop it with a message naming the variable.
import { fileURLToPath } from "node:url";
import { ShardingManager } from "discord.js";
import dotenv from "dotenv";
import { ConfigError, createLogger, type Logger } from "../../src/index.js";
import { parseArgs } from "node:util";
import { parseShardSetting, readBotEnv, type ShardSetting } from "./config.js";
import { installProcessGuards, isEntryPoint, runBot } from "./run.js";

export interface MainDeps {
  env: NodeJS.ProcessEnv;
  stderr: NodeJS.WritableStream;
  logger: Logger;
  runBot(token: string, logger: Logger): Promise<unknown>;
  runSharded(token: string, shards: ShardSetting, logger: Logger): Promise<unknown>;
}

/** The file each shard process runs (next to this one, in dist/ once built). */
export function shardEntryFile(): string {
  return fileURLToPath(new URL("./shard.js", import.meta.url));
}

async function runSharded(token: string, shards: ShardSetting, logger: Logger): Promise<ShardingManager> {
  const manager = new ShardingManager(shardEntryFile(), { token, totalShards: shards, respawn: true });
  manager.on("shardCreate", (shard) => logger.info({ shard: shard.id }, "shard launched"));
  await manager.spawn();
  return manager;
}

const USAGE = "usage: npm run discord [-- --shards auto|N]";

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
  try {
    settings = readBotEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const shardArg = typeof options.shards === "string" ? options.shards : settings.DISCORD_SHARDS;
  if (shardArg !== undefined && shardArg !== "auto" && !/^[1-9]\d{0,4}$/.test(shardArg)) {
    return fail(`--shards expects "auto" or a number of shards\n${USAGE}`);
  }
  const token = settings.DISCORD_TOKEN as string;
  const logger = deps.logger ?? createLogger("discord");
  try {
    if (shardArg === undefined) await (deps.runBot ?? runBot)(token, logger);
    else await (deps.runSharded ?? runSharded)(token, parseShardSetting(shardArg), logger);
  } catch (error) {
    // A rejected token or disallowed intents: say what happened, without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return fail(`could not start: ${message}`);
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) {
  dotenv.config({ quiet: true });
  const logger = createLogger("discord");
  installProcessGuards(logger);
  main(process.argv.slice(2), { logger }).then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (error: unknown) => {
      logger.error({ err: error }, "start-up failed");
      process.exit(1);
    },
  );
}
