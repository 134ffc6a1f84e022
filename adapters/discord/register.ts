// `npm run discord:register`: publishes the slash commands. With DISCORD_GUILD_ID to that guild only
// (instant, for development); otherwise globally (can take a while to reach every client).
import { REST, Routes, type RESTOptions } from "discord.js";
import dotenv from "dotenv";
import { ConfigError } from "../../src/index.js";
import { commands } from "./commands/index.js";
import { readRegisterEnv } from "./config.js";
import { isEntryPoint } from "./run.js";

export interface RegisterOptions {
  token: string;
  clientId: string;
  guildId?: string;
  /** Passed to the REST client; tests point `api` at a fake Discord. */
  rest?: Partial<RESTOptions>;
}

export interface RegisterResult {
  scope: "guild" | "global";
  names: string[];
}

export function commandPayloads() {
  return commands.map((c) => c.data.toJSON());
}

/** Replaces the application's commands (in one guild, or globally) with ours. */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST(options.rest).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  const saved = (await rest.put(route, { body: commandPayloads() })) as { name: string }[];
  return { scope: options.guildId ? "guild" : "global", names: saved.map((c) => c.name) };
}

export async function registerMain(
  env: NodeJS.ProcessEnv = process.env,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process,
  rest?: Partial<RESTOptions>,
): Promise<number> {
  try {
    const settings = readRegisterEnv(env);
    const result = await registerCommands({
      token: settings.DISCORD_TOKEN as string,
      clientId: settings.DISCORD_CLIENT_ID as string,
      guildId: settings.DISCORD_GUILD_ID,
      rest,
    });
    const where = result.scope === "guild" ? `in guild ${settings.DISCORD_GUILD_ID}` : "globally";
    const names = result.names.map((n) => `/${n}`).join(", ");
    io.stdout.write(`registered ${result.names.length} commands (${names}) ${where}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    io.stderr.write(`quotebot discord:register: ${message}\n`);
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) {
  dotenv.config({ quiet: true });
  registerMain().then((code) => process.exit(code));
}
