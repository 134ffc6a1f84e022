// The registration script against the fake Discord's REST API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApplicationCommandOptionType } from "discord.js";
import { commandPayloads, registerCommands, registerMain } from "../../adapters/discord/register.js";
import { FAKE_TOKEN, FakeDiscord, IDS } from "./fake-discord.js";

const ENGLISH = ["ask", "whosaid", "said", "speakers", "source", "help"];
const ARABIC = ["اسأل", "من_قال", "ماذا_قال", "المتحدثون", "المصادر", "مساعدة"];

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

function output() {
  const text = { out: "", err: "" };
  return {
    text,
    io: {
      stdout: { write: (s: string) => ((text.out += s), true) } as unknown as NodeJS.WritableStream,
      stderr: { write: (s: string) => ((text.err += s), true) } as unknown as NodeJS.WritableStream,
    },
  };
}

describe("command definitions", () => {
  it("are the six commands and their Arabic-named twins, /said with an autocompleted speaker, each usable in servers, DMs and private channels, by server or user install", () => {
    const payloads = commandPayloads();
    expect(payloads.map((c) => c.name)).toEqual([...ENGLISH, ...ARABIC]);
    for (const c of payloads) {
      expect(c.integration_types).toEqual([0, 1]);
      expect(c.contexts).toEqual([0, 1, 2]);
      expect(c.description!.length).toBeLessThanOrEqual(100);
    }
    const said = payloads.find((c) => c.name === "said")!;
    expect(said.options?.[0]).toMatchObject({ name: "speaker", type: ApplicationCommandOptionType.String, autocomplete: true, required: true });
    for (const c of payloads) expect(c.description.length).toBeLessThanOrEqual(100);
  });

  it("pass Discord's name rule, and describe themselves and their options in Arabic and English within 100 characters", () => {
    const nameRule = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
    for (const c of commandPayloads()) {
      expect(c.name).toMatch(nameRule);
      expect(c.name).toBe(c.name.toLowerCase());
      for (const text of [c.description, ...(c.options ?? []).map((o) => o.description)]) {
        expect(text.length).toBeLessThanOrEqual(100);
        expect(text).toMatch(/[\u0600-\u06FF].* · .*[A-Za-z]/);
      }
    }
  });

  it("give an Arabic twin the same options as its English command", () => {
    const byName = new Map(commandPayloads().map((c) => [c.name, c]));
    ENGLISH.forEach((name, i) => {
      const { name: _en, ...english } = byName.get(name)!;
      const { name: _ar, ...arabic } = byName.get(ARABIC[i]!)!;
      expect(arabic).toEqual(english);
    });
  });
});

describe("registerCommands", () => {
  it("puts the commands to one guild when a guild id is given, with the bot token", async () => {
    const result = await registerCommands({ token: FAKE_TOKEN, clientId: IDS.app, guildId: IDS.guild, rest: { api: fake.apiUrl } });
    expect(result).toEqual({ scope: "guild", names: [...ENGLISH, ...ARABIC] });
    const put = await fake.waitForRequest((r) => r.method === "PUT" && r.path === `/applications/${IDS.app}/guilds/${IDS.guild}/commands`);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(commandPayloads())));
    expect(put.authorization).toBe(`Bot ${FAKE_TOKEN}`);
  });

  it("puts them globally otherwise", async () => {
    const result = await registerCommands({ token: FAKE_TOKEN, clientId: IDS.app, rest: { api: fake.apiUrl } });
    expect(result.scope).toBe("global");
    await fake.waitForRequest((r) => r.method === "PUT" && r.path === `/applications/${IDS.app}/commands`);
  });
});

describe("npm run discord:register", () => {
  const env = { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: IDS.app, DISCORD_GUILD_ID: IDS.guild };

  it("reports what it registered", async () => {
    const { text, io } = output();
    expect(await registerMain(env, io, { api: fake.apiUrl })).toBe(0);
    expect(text.out).toContain("registered 12 commands");
    expect(text.out).toContain(`guild ${IDS.guild}`);
  });

  it("names a missing or malformed variable, never echoing the token", async () => {
    const missing = output();
    expect(await registerMain({ DISCORD_CLIENT_ID: IDS.app }, missing.io, { api: fake.apiUrl })).toBe(1);
    expect(missing.text.err).toContain("DISCORD_TOKEN");

    const bad = output();
    expect(await registerMain({ DISCORD_TOKEN: "not-a-token-value", DISCORD_CLIENT_ID: "abc" }, bad.io, { api: fake.apiUrl })).toBe(1);
    expect(bad.text.err).toContain("DISCORD_TOKEN");
    expect(bad.text.err).toContain("DISCORD_CLIENT_ID");
    expect(bad.text.err).not.toContain("not-a-token-value");
  });

  it("fails with Discord's message when the token is rejected", async () => {
    fake.responder = (r) => (r.method === "PUT" ? { status: 401, body: { message: "401: Unauthorized", code: 0 } } : undefined);
    try {
      const { text, io } = output();
      expect(await registerMain(env, io, { api: fake.apiUrl })).toBe(1);
      expect(text.err).toContain("Unauthorized");
      expect(text.err).not.toContain(FAKE_TOKEN);
      expect(text.err).not.toMatch(/\n\s+at /);
    } finally {
      fake.responder = undefined;
    }
  });
});
