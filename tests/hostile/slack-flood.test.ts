// Issue 16 item 13: a flood of throttled events gets one notice, and the share button is rate-limited.
import { afterEach, describe, expect, it } from "vitest";
import { ACTION_SHARE } from "../../adapters/slack/ids.js";
import { BotHarness, fakeEngine, item } from "../slack/harness.js";

const engine = fakeEngine(() => [item()]);
let h: BotHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("Slack rate limit under a flood", () => {
  it("sends one notice for a flood of mentions from one user, not one per event", async () => {
    h = await BotHarness.start(engine, { rateLimit: { max: 2, windowMs: 60_000, now: () => 1_000_000 } });
    for (let i = 0; i < 30; i++) {
      await h.event({ type: "app_mention", user: "U0FLOOD1", text: "who said it", ts: `1700000100.${String(i).padStart(6, "0")}`, channel: "C0CHAN01" });
    }
    const outcomes = (await h.handledFor("U0FLOOD1", 30)).map((x) => x.outcome);
    expect(outcomes.filter((o) => o === "answered")).toHaveLength(2);
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(28);
    expect(h.api.callsOf("chat.postEphemeral")).toHaveLength(1);
    expect(h.api.callsOf("chat.postMessage")).toHaveLength(2);
  });

  it("rate-limits the share button: 30 clicks make at most the limit's channel posts", async () => {
    h = await BotHarness.start(engine, { rateLimit: { max: 3, windowMs: 60_000, now: () => 1_000_000 } });
    for (let i = 0; i < 30; i++) await h.button(ACTION_SHARE, JSON.stringify({ q: "who said it" }), "U0CLICK1");
    const outcomes = (await h.handledFor("U0CLICK1", 30)).map((x) => x.outcome);
    expect(outcomes.filter((o) => o === "answered")).toHaveLength(3);
    const posts = h.api.callsOf("response_url").filter((c) => c.body.response_type === "in_channel");
    expect(posts).toHaveLength(3);
  });
});
