// The production start commands as processes: `quotebot serve discord` (one process, and sharded),
// `quotebot serve slack`, and `quotebot health`, run from the built files against the loopback
// fakes. CI runs this file again on a production copy (npm ci --omit=dev) through QUOTEBOT_SMOKE_DIR.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FAKE_TOKEN, FakeDiscord } from "../discord/fake-discord.js";
import { BOT_TOKEN, FakeSlackApi, SIGNING_SECRET, postSigned, slashCommandBody, FORM } from "../slack/harness.js";
import { BIN, BUILT_IN_QUESTION, ROOT, freePort, until } from "./helpers.js";

interface Proc {
  child: ChildProcess;
  output: () => string;
  /** The JSON log lines written so far. */
  logs: () => Record<string, any>[];
  exited: Promise<number | null>;
}

const procs: Proc[] = [];

function sqliteLoads(): boolean {
  try {
    createRequire(join(ROOT, "package.json"))("better-sqlite3");
    return true;
  } catch {
    return false;
  }
}
// Run from an empty folder: no .env of the developer's is read.
const cwd = mkdtempSync(join(tmpdir(), "qb-serve-"));

function start(args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", CORPUS_POLL_SECONDS: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const proc: Proc = {
    child,
    output: () => output,
    logs: () => output.split("\n").flatMap((l) => (l.startsWith("{") ? [JSON.parse(l)] : [])),
    exited,
  };
  procs.push(proc);
  return proc;
}

async function health(port: number): Promise<{ status: number; body: any } | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    return { status: res.status, body: await res.json() };
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterEach(async () => {
  for (const p of procs.splice(0)) {
    if (p.child.exitCode === null && p.child.signalCode === null) {
      p.child.kill("SIGKILL");
      await p.exited;
    }
  }
});

describe("quotebot serve discord", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it("starts from the built files, answers, reports healthy (quotebot health), stops on SIGTERM with code 0", async () => {
    const metricsPort = await freePort();
    const bot = start(["serve", "discord"], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl, METRICS_PORT: String(metricsPort) });
    await until(async () => (await health(metricsPort))?.status === 200, `a healthy bot; output: ${bot.output()}`, 90_000);
    const interaction = fake.slashCommand("ask", { question: BUILT_IN_QUESTION }, fake.newUser());
    fake.dispatch("INTERACTION_CREATE", interaction);
    // The first answer also loads lazily built data: on a loaded machine that can take many seconds.
    const callback = await fake.waitForRequest((r) => r.method === "POST" && r.path.startsWith(`/interactions/${interaction.id}/`), 90_000);
    expect(JSON.stringify(callback.body)).toContain("Nathan Sales");
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toContain('quotebot_questions_total{status="answered"} 1');

    const check = start(["health"], { METRICS_PORT: String(metricsPort) });
    expect(await check.exited).toBe(0);
    expect(check.output()).toContain('"status":"ok"');

    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    const down = start(["health"], { METRICS_PORT: String(metricsPort) });
    expect(await down.exited).toBe(1);
  }, 240_000);

  it("sharded: the manager forwards SIGTERM to its shards and exits once they have, leaving no process behind", async () => {
    const metricsPort = await freePort();
    const manager = start(["serve", "discord", "--shards", "2"], {
      DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl, METRICS_PORT: String(metricsPort),
    });
    const pids = () => manager.logs().filter((l) => l.msg === "shard process started").map((l) => l.pid as number);
    await until(() => pids().length === 2, `two shard processes; output: ${manager.output()}`, 90_000);
    await until(async () => (await health(metricsPort))?.status === 200, "every shard ready", 90_000);
    const report = (await health(metricsPort))!.body;
    expect(Object.keys(report.checks).sort()).toEqual(["shard 0", "shard 1"]);
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toContain("quotebot_corpus_articles 2"); // the sum over the two shards

    const shardPids = pids();
    expect(shardPids.every(alive)).toBe(true);
    manager.child.kill("SIGTERM");
    expect(await manager.exited).toBe(0);
    expect(shardPids.filter(alive)).toEqual([]);
    expect(manager.logs().some((l) => l.msg === "shards stopped" && l.shards === 2)).toBe(true);
  }, 240_000);

  it("a corpus that cannot load stops start-up with a message, exit code 1", async () => {
    const bot = start(["serve", "discord"], { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: join(cwd, "no-such-corpus") });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain("corpus directory not found");
  }, 120_000);
});

describe("quotebot serve slack", () => {
  it("opens its port, answers a signed slash command, reports healthy on /healthz, stops on SIGTERM", async () => {
    const api = await FakeSlackApi.start();
    try {
      const port = await freePort();
      const app = start(["serve", "slack"], {
        SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl, PORT: String(port),
      });
      await until(async () => (await health(port))?.status === 200, `a healthy Slack app; output: ${app.output()}`, 90_000);
      const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, slashCommandBody(BUILT_IN_QUESTION, "USMOKE01", api.responseUrl("smoke")), FORM);
      expect(res.status).toBe(200);
      const reply = await until(() => api.callsOf("response_url")[0], "the answer on response_url", 90_000);
      expect(JSON.stringify(reply.body)).toContain("Nathan Sales");
      app.child.kill("SIGTERM");
      expect(await app.exited).toBe(0);
      expect(app.output()).not.toContain(BOT_TOKEN);
    } finally {
      await api.close();
    }
  }, 240_000);

  // better-sqlite3 comes with `npm ci`; a checkout installed before it skips this (never CI, CI=true).
  it.skipIf(!sqliteLoads() && !process.env.CI)("with SLACK_CLIENT_ID: opens its installs database (better-sqlite3 from the install), serves /slack/install, reports healthy", async () => {
    const api = await FakeSlackApi.start();
    try {
      const port = await freePort();
      const db = join(mkdtempSync(join(tmpdir(), "qb-serve-installs-")), "installs.db");
      const app = start(["serve", "slack"], {
        SLACK_CLIENT_ID: "1234567890.9876543210", SLACK_CLIENT_SECRET: "client-secret-smoke-1", SLACK_STATE_SECRET: "state-secret-smoke-12345",
        SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl, PORT: String(port), SLACK_INSTALLATIONS_DB: db,
      });
      await until(async () => (await health(port))?.status === 200, `a healthy Slack app; output: ${app.output()}`, 90_000);
      expect(app.logs().some((l) => String(l.msg).includes("0 installed so far"))).toBe(true);
      const page = await fetch(`http://127.0.0.1:${port}/slack/install`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("client_id=1234567890.9876543210");
      expect(statSync(db).isFile()).toBe(true);
      app.child.kill("SIGTERM");
      expect(await app.exited).toBe(0);
      expect(app.output()).not.toContain("client-secret-smoke-1");
    } finally {
      await api.close();
    }
  }, 240_000);
});
