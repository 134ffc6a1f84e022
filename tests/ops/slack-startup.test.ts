// Slack start-up with the Web API out of reach: the HTTP port opens anyway with /healthz "degraded",
// the cause is logged naming the URL within the first attempt's timeout (10 s in production, short
// here), retries back off, and the app connects once the API answers. SLACK_API_URL is the API used.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackApp, type SlackBot } from "../../adapters/slack/app.js";
import { SlackConnector, classify } from "../../adapters/slack/connect.js";
import { main } from "../../adapters/slack/main.js";
import { memoryLogger } from "../discord/helpers.js";
import { BOT_TOKEN, FakeSlackApi, SIGNING_SECRET, fakeEngine, item } from "../slack/harness.js";
import { freePort, until } from "./helpers.js";

const engine = fakeEngine(() => [item()]);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** An API that accepts connections and never answers, until `answer()`: then it answers like Slack. */
async function silentApi(): Promise<{ url: string; answer(): void; authTests: () => number }> {
  let answering = false;
  let authTests = 0;
  const server = createServer((req, res) => {
    if (!answering) return; // hang: no answer at all
    if (req.url?.endsWith("/auth.test")) authTests++;
    req.resume();
    req.on("end", () =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, user_id: "UBOT0001", bot_id: "BBOT0001", team_id: "T0TEST01" })),
    );
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, answer: () => (answering = true), authTests: () => authTests };
}

async function startBot(apiUrl: string, attemptTimeoutMs: number): Promise<{ bot: SlackBot; base: string; log: ReturnType<typeof memoryLogger> }> {
  const log = memoryLogger();
  const bot = createSlackApp(engine, {
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    logger: log.logger,
    clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
    connect: { attemptTimeoutMs, initialDelayMs: 50, maxDelayMs: 200 },
  });
  cleanups.push(() => bot.stop());
  const server = await bot.start({ port: 0, host: "127.0.0.1" });
  return { bot, base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, log };
}

describe("Slack start-up with the Web API out of reach", () => {
  it("an API that never answers: the port is open, /healthz is degraded, the cause and URL are logged within the attempt timeout", async () => {
    const silent = await silentApi();
    const started = Date.now();
    const { bot, base, log } = await startBot(silent.url, 300);
    const error = await log.waitFor((l) => l.level === 50);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(error.msg).toContain(`cannot reach the Slack Web API at ${silent.url}`);
    expect(error.msg).toContain("no answer within 0.3 s");
    expect(error.msg).not.toContain(BOT_TOKEN);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "degraded", checks: { slack: { ok: false, detail: expect.stringContaining(silent.url) } } });

    // Retried with backoff (warn lines carry the growing delay), then connected once the API answers.
    await log.waitFor((l) => l.level === 40 && (l.attempt as number) >= 2);
    const delays = log.lines.filter((l) => l.level === 40).map((l) => l.retryInMs as number);
    expect(delays[1]).toBeGreaterThan(delays[0]);
    silent.answer();
    await bot.connected;
    expect(silent.authTests()).toBeGreaterThanOrEqual(1);
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect((await ok.json()).status).toBe("ok");
    expect(log.lines.some((l) => l.msg === "reached the Slack Web API: the app is connected")).toBe(true);
  });

  it("a refused connection is named at once", async () => {
    const url = `http://127.0.0.1:${await freePort()}/api/`;
    const { base, log } = await startBot(url, 300);
    const error = await log.waitFor((l) => l.level === 50);
    expect(error.msg).toMatch(/ECONNREFUSED/);
    expect(error.msg).toContain(url);
    expect((await fetch(`${base}/healthz`)).status).toBe(503);
  });

  it("the production attempt timeout leaves room to report within 15 s", () => {
    const c = new SlackConnector({ token: BOT_TOKEN });
    expect((c as unknown as { timeoutMs: number }).timeoutMs).toBeLessThanOrEqual(10_000);
    expect(c.apiUrl).toBe("https://slack.com/api/");
    expect(classify({ code: "slack_webapi_platform_error", data: { error: "invalid_auth" } }, 1000)).toMatchObject({ fatal: true });
    expect(classify({ code: "slack_webapi_http_error", statusCode: 502 }, 1000)).toMatchObject({ fatal: false, cause: expect.stringContaining("502") });
  });
});

describe("SLACK_API_URL", () => {
  it("is the Web API the app calls (auth.test with the bot token), and /healthz is on the Slack port", async () => {
    const api = await FakeSlackApi.start();
    cleanups.push(() => api.close());
    const port = await freePort();
    const log = memoryLogger();
    const result = await main({
      env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port), SLACK_API_URL: api.apiUrl.replace(/\/$/, "") },
      logger: log.logger,
      loadEngine: () => engine,
    });
    if (result === 1) throw new Error("start-up failed");
    cleanups.push(() => result.stop());
    await result.bot.connected;
    expect(api.callsOf("auth.test").length).toBeGreaterThanOrEqual(1);
    expect(api.callsOf("auth.test")[0].authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const health = await until(async () => {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return res.status === 200 && res.json();
    }, "a healthy Slack app");
    expect(health).toMatchObject({ status: "ok", checks: { slack: { ok: true } } });
    expect(result.bot.app.client.slackApiUrl).toBe(api.apiUrl);
  });
});
