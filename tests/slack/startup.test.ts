// Configuration, start-up failures and the manifest.
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDIRECT_PATH, createSlackApp } from "../../adapters/slack/app.js";
import { readSlackConfig } from "../../adapters/slack/config.js";
import { ACTION_SHARE, BOT_SCOPES, COMMAND, SHORTCUT_WHO_SAID } from "../../adapters/slack/ids.js";
import { main } from "../../adapters/slack/main.js";
import { boltLogger } from "../../adapters/slack/logger.js";
import { ConfigError, createLogger, registerSecret } from "../../src/index.js";
import { FakeSlackApi, fakeEngine, item } from "./harness.js";

function capture(): { stream: Writable; text: () => string } {
  let out = "";
  const stream = new Writable({ write(chunk, _enc, done) { out += String(chunk); done(); } });
  return { stream, text: () => out };
}

const engine = fakeEngine(() => [item()]);

describe("readSlackConfig", () => {
  it("names every missing variable", () => {
    expect(() => readSlackConfig({})).toThrow(ConfigError);
    try {
      readSlackConfig({});
    } catch (e) {
      expect((e as Error).message).toContain("SLACK_BOT_TOKEN");
      expect((e as Error).message).toContain("SLACK_SIGNING_SECRET");
    }
  });

  it("HTTP mode: bot token + signing secret, PORT defaults to 3000", () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_SIGNING_SECRET: "abcdef123456" })).toEqual({
      botToken: "xoxb-1-2", signingSecret: "abcdef123456", appToken: undefined, port: 3000,
    });
  });

  it("Socket Mode: an app token makes the signing secret optional", () => {
    const cfg = readSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_APP_TOKEN: "xapp-1-2", PORT: "8080" });
    expect(cfg).toMatchObject({ appToken: "xapp-1-2", signingSecret: undefined, port: 8080 });
  });

  it("malformed values are named, never echoed", () => {
    const env = { SLACK_BOT_TOKEN: "xoxp-user-token-secret-42", SLACK_SIGNING_SECRET: "s3cr3t-value", SLACK_APP_TOKEN: "wrong-app-token-77", PORT: "99999" };
    try {
      readSlackConfig(env);
      expect.unreachable();
    } catch (e) {
      const msg = (e as Error).message;
      for (const name of ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "PORT"]) expect(msg).toContain(name);
      for (const value of ["xoxp-user-token-secret-42", "wrong-app-token-77", "s3cr3t-value"]) expect(msg).not.toContain(value);
    }
  });
});

describe("main (npm run slack)", () => {
  it("missing variables: a message naming them, exit code 1, no stack trace", async () => {
    const err = capture();
    const code = await main({ env: { SLACK_SIGNING_SECRET: "only-this-one-secret" }, stderr: err.stream, loadEngine: () => engine });
    expect(code).toBe(1);
    expect(err.text()).toContain("SLACK_BOT_TOKEN");
    expect(err.text()).not.toMatch(/\n\s+at /);
    expect(err.text()).not.toContain("only-this-one-secret");
  });

  describe("with a fake Slack API", () => {
    let api: FakeSlackApi;
    beforeAll(async () => {
      api = await FakeSlackApi.start();
    });
    afterAll(async () => {
      await api.close();
    });

    it("a token Slack refuses: exit code 1 with the reason, the token never printed", async () => {
      api.failNext("auth.test", "invalid_auth");
      const err = capture();
      const token = "xoxb-revoked-token-9876";
      const code = await main({
        env: { SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: "signing-secret-1234", PORT: "3999" },
        stderr: err.stream,
        loadEngine: () => engine,
        clientOptions: { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } },
      });
      expect(code).toBe(1);
      expect(err.text()).toContain("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
      expect(err.text()).not.toContain(token);
      expect(api.callsOf("auth.test").at(-1)!.authorization).toBe(`Bearer ${token}`);
    });

    it("createSlackApp picks Socket Mode when an app token is given, HTTP otherwise", () => {
      const clientOptions = { slackApiUrl: api.apiUrl };
      expect(createSlackApp(engine, { botToken: "xoxb-1", appToken: "xapp-1", clientOptions }).mode).toBe("socket");
      expect(createSlackApp(engine, { botToken: "xoxb-1", signingSecret: "abc123def", clientOptions }).mode).toBe("http");
      expect(() => createSlackApp(engine, { botToken: "xoxb-1", clientOptions })).toThrow(/SLACK_SIGNING_SECRET/);
    });
  });
});

describe("manifest.json", () => {
  const manifest = JSON.parse(readFileSync(new URL("../../adapters/slack/manifest.json", import.meta.url), "utf8"));

  it("declares what the code listens to", () => {
    expect(manifest.features.slash_commands.map((c: any) => c.command)).toEqual([COMMAND]);
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: "message", callback_id: SHORTCUT_WHO_SAID, name: "Who said this?" })]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(["app_mention", "app_uninstalled", "message.im", "tokens_revoked"]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(ACTION_SHARE).toBe("share_answer");
  });

  it("asks for exactly the scopes the app uses", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(["app_mentions:read", "chat:write", "commands", "im:history"]);
    // The OAuth install asks for the same scopes, and Slack sends the browser back to the app's redirect path.
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
    expect(manifest.oauth_config.redirect_urls.map((u: string) => new URL(u).pathname)).toEqual([REDIRECT_PATH]);
  });
});

describe("Bolt's logs", () => {
  it("go through our logger, with secret values masked", () => {
    const out = capture();
    const logger = createLogger("slack", out.stream);
    logger.level = "debug";
    const secret = "xoxb-logged-by-accident-5555";
    registerSecret(secret);
    const bolt = boltLogger(logger);
    bolt.warn("http request failed", { headers: { authorization: `Bearer ${secret}` } });
    bolt.error(new Error(`boom with ${secret}`));
    expect(out.text()).toContain("http request failed");
    expect(out.text()).toContain("boom with");
    expect(out.text()).not.toContain(secret);
  });
});
