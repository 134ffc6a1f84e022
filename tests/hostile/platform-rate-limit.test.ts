// The same rate limit on Discord and Slack: one default, one setting (RATE_LIMIT_MAX,
// RATE_LIMIT_WINDOW_SECONDS) read once for both, checked end to end through both loopback fakes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MessageFlags } from "discord.js";
import { ConfigError, t } from "../../src/index.js";
import { DEFAULT_RATE_LIMIT } from "../../adapters/shared/rate-limit.js";
import { readRuntimeEnv } from "../../adapters/shared/runtime.js";
import { startHarness, type Harness } from "../discord/helpers.js";
import { BotHarness, fakeEngine, item } from "../slack/harness.js";

const engine = fakeEngine(() => [item()]);

/** Asks `n` questions as one user on each platform; what each answered, in order. */
async function discordOutcomes(h: Harness, n: number, asker = h.fake.newUser()): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const interaction = h.fake.slashCommand("ask", { question: "who said the brand exists?" }, asker);
    h.fake.dispatch("INTERACTION_CREATE", interaction);
    const { body } = await h.fake.interactionCallback(interaction);
    const limited = (body.data.flags & MessageFlags.Ephemeral) !== 0 && String(body.data.content).startsWith(t("en", "rateLimited", 1).slice(0, 12));
    out.push(limited ? "rate_limited" : "answered");
  }
  return out;
}

async function slackOutcomes(h: BotHarness, n: number, user: string): Promise<string[]> {
  const before = h.handled.filter((x) => x.user === user).length;
  for (let i = 0; i < n; i++) await h.command("who said the brand exists?", user);
  // Replies can finish out of order: compared as a sorted list.
  return (await h.handledFor(user, before + n)).slice(before).map((x) => x.outcome).sort();
}

describe("one rate limit for both platforms", () => {
  it("the default is 6 per 30 seconds, and the settings change it for both", () => {
    expect(DEFAULT_RATE_LIMIT).toEqual({ max: 6, windowMs: 30_000 });
    expect(readRuntimeEnv({}).rateLimit).toEqual(DEFAULT_RATE_LIMIT);
    expect(readRuntimeEnv({ RATE_LIMIT_MAX: "2", RATE_LIMIT_WINDOW_SECONDS: "10" }).rateLimit).toEqual({ max: 2, windowMs: 10_000 });
    expect(() => readRuntimeEnv({ RATE_LIMIT_MAX: "0" })).toThrow(ConfigError);
    expect(() => readRuntimeEnv({ RATE_LIMIT_WINDOW_SECONDS: "soon" })).toThrow(/RATE_LIMIT_WINDOW_SECONDS/);
  });

  describe("without settings: the same default on both", () => {
    let discord: Harness;
    let slack: BotHarness;
    beforeAll(async () => {
      discord = await startHarness(engine);
      slack = await BotHarness.start(engine, { rateLimit: undefined });
    });
    afterAll(async () => {
      await discord?.stop();
      await slack?.close();
    });

    it("the seventh question inside 30 seconds is refused on Discord and on Slack", async () => {
      const expected = [...Array(6).fill("answered"), "rate_limited"];
      expect(await discordOutcomes(discord, 7)).toEqual(expected);
      expect(await slackOutcomes(slack, 7, "U0DEFAULT1")).toEqual(expected);
    });
  });

  describe("with RATE_LIMIT_MAX=2 and RATE_LIMIT_WINDOW_SECONDS=10", () => {
    let now = 5_000_000;
    const clock = () => now;
    let discord: Harness;
    let slack: BotHarness;
    beforeAll(async () => {
      const { rateLimit } = readRuntimeEnv({ RATE_LIMIT_MAX: "2", RATE_LIMIT_WINDOW_SECONDS: "10" });
      discord = await startHarness(engine, { rateLimit: { ...rateLimit, now: clock } });
      slack = await BotHarness.start(engine, { rateLimit: { ...rateLimit, now: clock } });
    });
    afterAll(async () => {
      await discord?.stop();
      await slack?.close();
    });

    it("both refuse the third question, and both allow one again once the window has passed", async () => {
      const asker = discord.fake.newUser();
      expect(await discordOutcomes(discord, 3, asker)).toEqual(["answered", "answered", "rate_limited"]);
      expect(await slackOutcomes(slack, 3, "U0SETTING1")).toEqual(["answered", "answered", "rate_limited"]);
      now += 10_001;
      expect(await discordOutcomes(discord, 1, asker)).toEqual(["answered"]);
      expect(await slackOutcomes(slack, 1, "U0SETTING1")).toEqual(["answered"]);
    });
  });
});
