// Start-up of `npm run discord`: settings, sharding choice, clear failures.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main, shardEntryFile } from "../../adapters/discord/main.js";
import type { ShardSetting } from "../../adapters/discord/config.js";
import { FAKE_TOKEN, IDS } from "./fake-discord.js";
import { memoryLogger } from "./helpers.js";

function run(argv: string[], env: NodeJS.ProcessEnv, runBot?: () => Promise<unknown>) {
  const calls: { bot: string[]; sharded: [string, ShardSetting][] } = { bot: [], sharded: [] };
  let err = "";
  const result = main(argv, {
    env,
    logger: memoryLogger().logger,
    stderr: { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WritableStream,
    runBot: async (token) => {
      calls.bot.push(token);
      await runBot?.();
    },
    runSharded: async (token, shards) => {
      calls.sharded.push([token, shards]);
    },
  });
  return result.then((code) => ({ code, calls, err }));
}

describe("npm run discord", () => {
  it("stops with a message naming DISCORD_TOKEN when it is missing, exit code 1, no stack trace", async () => {
    const { code, err, calls } = await run([], {});
    expect(code).toBe(1);
    expect(err).toContain("DISCORD_TOKEN");
    expect(err).not.toMatch(/\n\s+at /);
    expect(calls.bot).toEqual([]);
  });

  it("names malformed variables without echoing their values", async () => {
    const { code, err } = await run([], { DISCORD_TOKEN: "oops-secret", DISCORD_GUILD_ID: "12", DISCORD_SHARDS: "many" });
    expect(code).toBe(1);
    for (const name of ["DISCORD_TOKEN", "DISCORD_GUILD_ID", "DISCORD_SHARDS"]) expect(err).toContain(name);
    expect(err).not.toContain("oops-secret");
  });

  it("runs one bot process by default", async () => {
    const { code, calls } = await run([], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: IDS.app });
    expect(code).toBe(0);
    expect(calls).toEqual({ bot: [FAKE_TOKEN], sharded: [] });
  });

  it("runs under the ShardingManager with --shards auto, or DISCORD_SHARDS", async () => {
    expect((await run(["--shards", "auto"], { DISCORD_TOKEN: FAKE_TOKEN })).calls.sharded).toEqual([[FAKE_TOKEN, "auto"]]);
    expect((await run(["--shards=3"], { DISCORD_TOKEN: FAKE_TOKEN })).calls.sharded).toEqual([[FAKE_TOKEN, 3]]);
    expect((await run([], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_SHARDS: "2" })).calls.sharded).toEqual([[FAKE_TOKEN, 2]]);
  });

  it("refuses bad arguments with the usage", async () => {
    const bad = await run(["--shards", "lots"], { DISCORD_TOKEN: FAKE_TOKEN });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("usage:");
    expect((await run(["--verbose"], { DISCORD_TOKEN: FAKE_TOKEN })).code).toBe(1);
  });

  it("reports a failed login in one line", async () => {
    const { code, err } = await run([], { DISCORD_TOKEN: FAKE_TOKEN }, async () => {
      throw new Error("An invalid token was provided.");
    });
    expect(code).toBe(1);
    expect(err).toBe("quotebot discord: could not start: An invalid token was provided.\n");
  });

  it("has a shard entry file next to it", () => {
    expect(shardEntryFile()).toMatch(/adapters[/\\]discord[/\\]shard\.js$/);
    expect(existsSync(shardEntryFile().replace(/\.js$/, ".ts"))).toBe(true);
  });
});
