// Installs in many workspaces: Bolt's OAuth flow against the fake Slack's oauth.v2.access, installs kept
// in a SQLite file, and each workspace answered with its own token, before and after a restart.
import { mkdtempSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INSTALL_PATH, REDIRECT_PATH } from "../../adapters/slack/app.js";
import { BOT_SCOPES } from "../../adapters/slack/ids.js";
import { SqliteInstallationStore, installationsDbPath } from "../../adapters/slack/installations.js";
import { readSlackConfig } from "../../adapters/slack/config.js";
import { ConfigError, createLogger } from "../../src/index.js";
import { BotHarness, FakeSlackApi, allTexts, fakeEngine, item } from "./harness.js";

const CLIENT_ID = "1234567890.9876543210";
const CLIENT_SECRET = "client-secret-5f1e9a7c";
const STATE_SECRET = "state-secret-2b8d4e6f0a1c";
const WORKSPACES = {
  alpha: { team: "TALPHA001", token: "xoxb-alpha-workspace-token-111", bot: "UBOTALPHA" },
  beta: { team: "TBETA0002", token: "xoxb-beta-workspace-token-222", bot: "UBOTBETA0" },
} as const;

const engine = fakeEngine((q) => (q.toLowerCase().includes("brand") ? [item()] : []));

function memoryLog() {
  let text = "";
  const logger = createLogger("slack-oauth-test", new Writable({ write(chunk, _e, done) { text += String(chunk); done(); } }));
  logger.level = "debug";
  return { logger, text: () => text };
}

function oauthAccess(w: (typeof WORKSPACES)[keyof typeof WORKSPACES]) {
  return {
    ok: true,
    app_id: "A0APP001",
    authed_user: { id: "UINSTALLER" },
    scope: BOT_SCOPES.join(","),
    token_type: "bot",
    access_token: w.token,
    bot_user_id: w.bot,
    team: { id: w.team, name: `Workspace ${w.team}` },
    enterprise: null,
    is_enterprise_install: false,
  };
}

let api: FakeSlackApi;
let h: BotHarness;
let dir: string;
let store: SqliteInstallationStore;
const log = memoryLog();

async function install(w: (typeof WORKSPACES)[keyof typeof WORKSPACES], on: BotHarness = h) {
  const base = on.url.replace(/\/slack\/events$/, "");
  // The install page sets the state in a cookie and links to Slack's consent screen with it.
  const page = await fetch(`${base}${INSTALL_PATH}`, { redirect: "manual" });
  expect(page.status).toBe(200);
  const cookie = page.headers.get("set-cookie")!;
  const state = /slack-app-oauth-state=([^;]+)/.exec(cookie)![1];
  const html = await page.text();
  const link = new URL(/<a href="([^"]+)"/.exec(html)![1].replace(/&amp;/g, "&"));
  expect(link.searchParams.get("state")).toBe(state);
  expect(link.searchParams.get("client_id")).toBe(CLIENT_ID);
  expect(link.searchParams.get("scope")!.split(",").sort()).toEqual([...BOT_SCOPES].sort());
  // Slack sends the browser back with a code, which the app trades for the workspace's token.
  api.respondTo("oauth.v2.access", oauthAccess(w));
  api.respondTo("auth.test", { ok: true, team_id: w.team, user_id: w.bot, bot_id: `B${w.team}` });
  const back = await fetch(`${base}${REDIRECT_PATH}?code=code-${w.team}&state=${encodeURIComponent(state)}`, {
    headers: { cookie: `slack-app-oauth-state=${state}` },
    redirect: "manual",
  });
  return { status: back.status, text: await back.text() };
}

async function mention(team: string, user: string, text = "<@UBOT> who said the brand still exists?") {
  const ts = `17000000${Math.floor(Math.random() * 1e6)}.000100`;
  await h.event({ type: "app_mention", user, text, ts, channel: `C${team}`, team }, { team });
  return h.handledFor(user);
}

/**
 * better-sqlite3 is a native module, built by `npm ci`. A checkout whose node_modules predates it skips
 * these tests, saying why; CI (CI=true), where `npm ci` ran, never skips them.
 */
const sqliteLoads = (() => {
  try {
    createRequire(import.meta.url)("better-sqlite3");
    return true;
  } catch {
    console.warn("better-sqlite3 is not installed in this checkout (run npm ci): the Slack install tests are skipped, except in CI");
    return false;
  }
})();

describe.skipIf(!sqliteLoads && !process.env.CI)("installing in two workspaces", () => {
  beforeAll(async () => {
    api = await FakeSlackApi.start();
    dir = mkdtempSync(join(tmpdir(), "qb-slack-oauth-"));
    store = new SqliteInstallationStore(join(dir, "installations.db"));
    h = await BotHarness.start(
      engine,
      {
        oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, stateSecret: STATE_SECRET, installationStore: store },
        logger: log.logger,
      },
      api,
    );
  });

  afterAll(async () => {
    await h?.close();
    store?.close();
  });

  it("trades each code at oauth.v2.access and keeps each install in the database file", async () => {
    for (const w of [WORKSPACES.alpha, WORKSPACES.beta]) {
      const done = await install(w);
      expect(done.status).toBe(200);
      expect(done.text).not.toContain(w.token);
    }
    const exchanges = api.callsOf("oauth.v2.access");
    expect(exchanges.map((c) => c.body.code)).toEqual([`code-${WORKSPACES.alpha.team}`, `code-${WORKSPACES.beta.team}`]);
    expect(exchanges.every((c) => c.body.client_id === CLIENT_ID)).toBe(true);
    expect(store.count()).toBe(2);
    const alpha = await store.fetchInstallation({ teamId: WORKSPACES.alpha.team, enterpriseId: undefined, isEnterpriseInstall: false });
    expect(alpha.bot?.token).toBe(WORKSPACES.alpha.token);
    // The file that holds the tokens is readable by its owner only.
    expect(statSync(store.path).mode & 0o077).toBe(0);
  });

  it("a callback with a forged state installs nothing", async () => {
    const base = h.url.replace(/\/slack\/events$/, "");
    const before = api.callsOf("oauth.v2.access").length;
    const res = await fetch(`${base}${REDIRECT_PATH}?code=stolen&state=forged`, { headers: { cookie: "slack-app-oauth-state=forged" } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(api.callsOf("oauth.v2.access").length).toBe(before);
    expect(store.count()).toBe(2);
  });

  it("answers each workspace's mention with that workspace's token", async () => {
    await mention(WORKSPACES.alpha.team, "UALPHAUSER");
    await mention(WORKSPACES.beta.team, "UBETAUSER");
    const posts = api.callsOf("chat.postMessage");
    const inAlpha = posts.find((c) => c.body.channel === `C${WORKSPACES.alpha.team}`)!;
    const inBeta = posts.find((c) => c.body.channel === `C${WORKSPACES.beta.team}`)!;
    expect(inAlpha.authorization).toBe(`Bearer ${WORKSPACES.alpha.token}`);
    expect(inBeta.authorization).toBe(`Bearer ${WORKSPACES.beta.token}`);
    expect(allTexts(inAlpha.body).join(" ")).toContain("Nathan Sales");
  });

  it("answers a DM in each workspace in the DM, with its own token", async () => {
    for (const [w, user] of [[WORKSPACES.beta, "UBETADM01"], [WORKSPACES.alpha, "UALPHADM1"]] as const) {
      const ts = "1700000001.000100";
      await h.event({ type: "message", channel_type: "im", channel: `D${w.team}`, user, text: "who said the brand still exists?", ts }, { team: w.team });
      await h.handledFor(user);
      const dm = api.callsOf("chat.postMessage").find((c) => c.body.channel === `D${w.team}`)!;
      expect(dm.authorization).toBe(`Bearer ${w.token}`);
      expect(dm.body.thread_ts).toBeUndefined();
    }
  });

  it("a workspace that never installed the app gets nothing, and the app goes on", async () => {
    const before = api.callsOf("chat.postMessage").length;
    const res = await h.event({ type: "app_mention", user: "UNOBODY", text: "who said the brand?", ts: "1700000002.000100", channel: "CGAMMA" }, { team: "TGAMMA003" });
    expect(res.status).toBeLessThan(500);
    await mention(WORKSPACES.alpha.team, "UALPHAUSR2");
    expect(api.callsOf("chat.postMessage").length).toBe(before + 1);
  });

  it("after a restart, the installs are still there: each workspace is answered with its own token", async () => {
    await h.bot.stop();
    store.close();
    store = new SqliteInstallationStore(join(dir, "installations.db"));
    h = await BotHarness.start(
      engine,
      { oauth: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, stateSecret: STATE_SECRET, installationStore: store }, logger: log.logger },
      api,
    );
    const before = api.callsOf("chat.postMessage").length;
    await mention(WORKSPACES.beta.team, "UBETAAFTER");
    const reply = api.callsOf("chat.postMessage").slice(before)[0];
    expect(reply.authorization).toBe(`Bearer ${WORKSPACES.beta.token}`);
  });

  it("a workspace that uninstalls the app has its install, and its token, deleted", async () => {
    const ids = { teamId: WORKSPACES.alpha.team, enterpriseId: undefined, isEnterpriseInstall: false as const };
    const res = await h.event({ type: "app_uninstalled", event_ts: "1700000003.000100" }, { team: WORKSPACES.alpha.team });
    expect(res.status).toBe(200);
    await expect.poll(() => store.count()).toBe(1);
    await expect(store.fetchInstallation(ids)).rejects.toThrow(/no installation/);
    // Beta is untouched, and still answered.
    const before = api.callsOf("chat.postMessage").length;
    await mention(WORKSPACES.beta.team, "UBETALAST");
    expect(api.callsOf("chat.postMessage").slice(before)[0].authorization).toBe(`Bearer ${WORKSPACES.beta.token}`);
  });

  it("no token reaches a log line or a reply", () => {
    const tokens = Object.values(WORKSPACES).map((w) => w.token);
    const logs = log.text();
    expect(logs.length).toBeGreaterThan(0);
    const replies = JSON.stringify(api.calls.filter((c) => c.method !== "oauth.v2.access").map((c) => c.body));
    for (const secret of [...tokens, CLIENT_SECRET, STATE_SECRET]) {
      expect(logs).not.toContain(secret);
      expect(replies).not.toContain(secret);
    }
  });
});

describe("configuration", () => {
  const base = { SLACK_SIGNING_SECRET: "abcdef123456", SLACK_CLIENT_ID: CLIENT_ID, SLACK_CLIENT_SECRET: CLIENT_SECRET, SLACK_STATE_SECRET: STATE_SECRET };

  it("SLACK_CLIENT_ID selects installs in many workspaces, the database in the state folder by default", () => {
    const cfg = readSlackConfig({ ...base, XDG_STATE_HOME: "/var/lib/qb" });
    expect(cfg.botToken).toBeUndefined();
    expect(cfg.oauth).toEqual({
      clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, stateSecret: STATE_SECRET, installationsDb: "/var/lib/qb/quotebot/slack-installations.db",
    });
    expect(readSlackConfig({ ...base, SLACK_INSTALLATIONS_DB: "/data/installs.db" }).oauth?.installationsDb).toBe("/data/installs.db");
    expect(installationsDbPath({ HOME: "/home/q" })).toBe("/home/q/.local/state/quotebot/slack-installations.db");
  });

  it("names what is missing or contradictory, never a value", () => {
    const messageOf = (env: NodeJS.ProcessEnv) => {
      try {
        readSlackConfig(env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
      }
      throw new Error("no error");
    };
    expect(messageOf({ SLACK_SIGNING_SECRET: "abcdef123456", SLACK_CLIENT_ID: CLIENT_ID })).toMatch(/SLACK_CLIENT_SECRET[\s\S]*SLACK_STATE_SECRET/);
    const both = messageOf({ ...base, SLACK_BOT_TOKEN: "xoxb-single-token-99" });
    expect(both).toContain("SLACK_BOT_TOKEN");
    expect(both).not.toContain("xoxb-single-token-99");
    expect(messageOf({ ...base, SLACK_APP_TOKEN: "xapp-1-2" })).toContain("SLACK_APP_TOKEN");
    expect(messageOf({ ...base, SLACK_STATE_SECRET: "short" })).toContain("SLACK_STATE_SECRET");
  });
});
