// Socket Mode end to end on loopback: apps.connections.open on the fake Web API hands out a ws://
// URL of a local WebSocket server that plays Slack's side (hello, envelopes, acks).
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { createSlackApp, type SlackBot } from "../../adapters/slack/app.js";
import type { Handled } from "../../adapters/slack/context.js";
import { BOT_TOKEN, BOT_USER, FakeSlackApi, TEAM, Waiters, allTexts, fakeEngine, item } from "./harness.js";

const APP_TOKEN = "xapp-1-A0APP001-test-app-token";

let api: FakeSlackApi;
let wss: WebSocketServer;
let socket: WebSocket;
let bot: SlackBot;
const handled: Handled[] = [];
const acks: Array<{ envelope_id: string }> = [];

const waiters = new Waiters();
const seen = (user: string, envelope: string) => () =>
  handled.some((h) => h.user === user) && acks.some((a) => a.envelope_id === envelope);

beforeAll(async () => {
  api = await FakeSlackApi.start();
  wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  const port = (wss.address() as AddressInfo).port;
  api.respondTo("apps.connections.open", { ok: true, url: `ws://127.0.0.1:${port}/link?ticket=t1` });
  wss.on("connection", (ws) => {
    socket = ws;
    ws.on("message", (data) => {
      acks.push(JSON.parse(String(data)));
      waiters.notify();
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0APP001" } }));
  });
  bot = createSlackApp(fakeEngine(() => [item()]), {
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    clientOptions: { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } },
    onHandled: (h) => {
      handled.push(h);
      waiters.notify();
    },
  });
  await bot.start();
});

afterAll(async () => {
  await bot.stop();
  for (const client of wss.clients) client.terminate();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
  await api.close();
});

describe("Socket Mode", () => {
  it("opened the connection with the app token (not the bot token)", () => {
    expect(bot.mode).toBe("socket");
    expect(api.callsOf("apps.connections.open")[0].authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it("acks a slash command envelope and answers through response_url", async () => {
    socket.send(JSON.stringify({
      envelope_id: "env-cmd-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        token: "x", team_id: TEAM, channel_id: "C0CHAN01", user_id: "U0SOCK01", command: "/quote",
        text: "who said the brand", response_url: api.responseUrl("sock1"), trigger_id: "1.2.3", api_app_id: "A0APP001",
      },
    }));
    await waiters.until(seen("U0SOCK01", "env-cmd-1"), "the command to be acked and handled");
    const reply = api.callsOf("response_url").at(-1)!.body;
    expect(reply.response_type).toBe("ephemeral");
    expect(allTexts(reply).join("\n")).toContain("Nathan Sales");
  });

  it("answers a mention in its thread", async () => {
    socket.send(JSON.stringify({
      envelope_id: "env-ev-1",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: "",
      payload: {
        team_id: TEAM, api_app_id: "A0APP001", type: "event_callback", event_id: "Ev0SOCK001", event_time: 1,
        event: { type: "app_mention", user: "U0SOCK02", text: `<@${BOT_USER}> who said it`, ts: "1700000200.000100", channel: "C0CHAN01", event_ts: "1700000200.000100" },
        authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true }],
      },
    }));
    await waiters.until(seen("U0SOCK02", "env-ev-1"), "the mention to be acked and handled");
    expect(api.callsOf("chat.postMessage").at(-1)!.body).toMatchObject({ channel: "C0CHAN01", thread_ts: "1700000200.000100" });
  });
});
