// The Discord adapter's settings, read from the environment (.env through dotenv).
import { checks, readEnv, type VarSpec } from "../shared/env.js";

/** A bot token: three dot-separated base64url parts. Checked for shape only, never echoed. */
function tokenShape(v: string): string | null {
  return /^[\w-]{10,}\.[\w-]{4,}\.[\w-]{10,}$/.test(v) ? null : "expected a bot token (three parts separated by dots)";
}

function shardsSetting(v: string): string | null {
  return v === "auto" || /^[1-9]\d{0,4}$/.test(v) ? null : 'expected "auto" or a number of shards';
}

const TOKEN: VarSpec = { secret: true, check: tokenShape };

export const BOT_ENV = {
  DISCORD_TOKEN: TOKEN,
  DISCORD_CLIENT_ID: { optional: true, check: checks.snowflake },
  DISCORD_GUILD_ID: { optional: true, check: checks.snowflake },
  DISCORD_SHARDS: { optional: true, check: shardsSetting },
  /** Discord's REST API base, for proxies and tests (default https://discord.com/api). */
  DISCORD_API_URL: { optional: true, check: checks.httpUrl },
} satisfies Record<string, VarSpec>;

export const REGISTER_ENV = {
  DISCORD_TOKEN: TOKEN,
  DISCORD_CLIENT_ID: { check: checks.snowflake },
  DISCORD_GUILD_ID: { optional: true, check: checks.snowflake },
} satisfies Record<string, VarSpec>;

export function readBotEnv(env: NodeJS.ProcessEnv = process.env) {
  return readEnv(BOT_ENV, env);
}

export function readRegisterEnv(env: NodeJS.ProcessEnv = process.env) {
  return readEnv(REGISTER_ENV, env);
}

/** "auto" or a shard count. */
export type ShardSetting = "auto" | number;

export function parseShardSetting(value: string): ShardSetting {
  return value === "auto" ? "auto" : Number(value);
}
