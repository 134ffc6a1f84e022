// One shard's process, spawned by the ShardingManager of main.ts. discord.js hands it the token
// (DISCORD_TOKEN) and its shard ids (SHARDS, SHARD_COUNT) through the environment.
import { createLogger, registerSecret } from "../../src/index.js";
import { installProcessGuards, runBot } from "./run.js";

const logger = createLogger("discord-shard");
installProcessGuards(logger);
const token = process.env.DISCORD_TOKEN;
if (!token) {
  logger.error("DISCORD_TOKEN was not passed to the shard");
  process.exit(1);
}
// This process logs on its own: its copy of the token must be masked here too.
registerSecret(token);
runBot(token, logger).catch((error: unknown) => {
  logger.error({ err: error }, "shard failed to start");
  process.exit(1);
});
