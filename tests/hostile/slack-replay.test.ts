// Issue 16 item 12: a signed request is accepted only within ±5 minutes of now, and only once: a replay of
// any signed request (command, shortcut, share, event) is not answered again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecentIds } from "../../adapters/slack/recent-ids.js";
import { ACTION_SHARE } from "../../adapters/slack/ids.js";
import {
  BotHarness, FORM, JSON_TYPE, buttonBody, eventBody, fakeEngine, item, messageShortcutBody, nowSeconds, postSigned, slashCommandBody,
} from "../slack/harness.js";

let h: BotHarness;
beforeAll(async () => {
  h = await BotHarness.start(fakeEngine(() => [item()]));
});
afterAll(async () => {
  await h.close();
});

describe("Slack request timestamps", () => {
  it("refuses a validly signed request from the future (+10 min, +1 day) with 401", async () => {
    const before = h.handled.length;
    for (const ahead of [10 * 60, 24 * 3600]) {
      const body = slashCommandBody("who said it", "U0FUTURE", h.api.responseUrl(`f${ahead}`));
      const res = await postSigned(h.url, body, FORM, { timestamp: nowSeconds() + ahead });
      expect(res.status).toBe(401);
    }
    const ok = await postSigned(h.url, slashCommandBody("who said it", "U0FUTURE", h.api.responseUrl("fok")), FORM, { timestamp: nowSeconds() + 60 });
    expect(ok.status).toBe(200);
    await h.handledFor("U0FUTURE");
    expect(h.handled.length).toBe(before + 1);
  });
});

describe("Slack replays", () => {
  it("answers a replayed signed command, shortcut, share and event once", async () => {
    const ts = nowSeconds();
    const requests: [string, string][] = [
      [slashCommandBody("who said it", "U0REPLAY", h.api.responseUrl("rc")), FORM],
      [messageShortcutBody("the brand", "U0REPLAY", h.api.responseUrl("rs")), FORM],
      [buttonBody(ACTION_SHARE, JSON.stringify({ q: "who said it" }), "U0REPLAY", h.api.responseUrl("rb")), FORM],
      [eventBody({ type: "app_mention", user: "U0REPLAY", text: "who said it", ts: "1700000300.000100", channel: "C0CHAN01" }), JSON_TYPE],
    ];
    for (const [body, type] of requests) {
      for (let i = 0; i < 3; i++) await postSigned(h.url, body, type, { timestamp: ts });
    }
    await h.handledFor("U0REPLAY", 4);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.handled.filter((x) => x.user === "U0REPLAY")).toHaveLength(4);
  });
});

describe("RecentIds", () => {
  it("remembers ids for a time window, not a count", () => {
    let now = 0;
    const ids = new RecentIds(60_000, () => now);
    let fresh = 0;
    for (let i = 0; i < 20_000; i++) if (ids.firstTime(`id${i}`)) fresh++;
    expect(fresh).toBe(20_000);
    expect(ids.firstTime("id0")).toBe(false);
    now = 60_001;
    expect(ids.firstTime("id1")).toBe(true);
    expect(ids.size).toBe(1);
  });
});
