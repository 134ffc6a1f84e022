// The real Bolt app over HTTP on loopback, driven by signed requests exactly as Slack sends them; a
// small fake engine makes answers (and failures) predictable. Engine facts are in real-engine.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFeedback, t } from "../../src/index.js";
import {
  BOT_TOKEN, BOT_USER, BotHarness, FORM, JSON_TYPE, allTexts, buttonsOf, eventBody, fakeEngine, item,
  nowSeconds, postSigned, sign, slashCommandBody,
} from "./harness.js";

const HOSTILE = "<!channel> <!here> <@U0VICTIM> & <https://evil.example|click> يا <!everyone>";

const engine = fakeEngine((q) => {
  if (q.includes("explode")) throw new Error("engine bug");
  if (q.includes("hostile")) return [item({ text: HOSTILE, textEn: HOSTILE })];
  if (q.includes("obama")) return [];
  return [item(), item({ speaker: null, kind: "fact", text: "خبر", textEn: "A fact", paragraph: 2, score: 0.5 })];
});

let h: BotHarness;
beforeAll(async () => {
  h = await BotHarness.start(engine);
});
afterAll(async () => {
  await h.close();
});

describe("request verification", () => {
  const body = () => slashCommandBody("who said x", "U0SIGN01", h.api.responseUrl("sig"));

  it("accepts a correctly signed request", async () => {
    const res = await postSigned(h.url, body(), FORM);
    expect(res.status).toBe(200);
    await h.handledFor("U0SIGN01");
  });

  it("rejects a forged signature, a wrong secret, a stale timestamp and an unsigned request with 401", async () => {
    const before = h.api.calls.length;
    const handledBefore = h.handled.length;
    const b = body();
    const ts = nowSeconds();
    const forged = await postSigned(h.url, b, FORM, { signature: `v0=${"0".repeat(64)}` });
    const wrongSecret = await postSigned(h.url, b, FORM, { secret: "not-the-secret" });
    const tampered = await postSigned(h.url, b + "x", FORM, { signature: sign(b, ts), timestamp: ts });
    const stale = await postSigned(h.url, b, FORM, { timestamp: ts - 10 * 60 });
    const unsigned = await postSigned(h.url, b, FORM, { unsigned: true });
    expect([forged, wrongSecret, tampered, stale, unsigned].map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    // A rejected request is answered with 401 before any listener could run: nothing else happened.
    expect(h.api.calls.length).toBe(before);
    expect(h.handled.length).toBe(handledBefore);
  });

  it("answers Slack's url_verification challenge (signed)", async () => {
    const challenge = JSON.stringify({ token: "t", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    const res = await postSigned(h.url, challenge, JSON_TYPE);
    expect(res.status).toBe(200);
    expect(res.text).toContain("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    const unsigned = await postSigned(h.url, challenge, JSON_TYPE, { unsigned: true });
    expect(unsigned.status).toBe(401);
  });

  it("verified the bot token with auth.test, sending the token only in the Authorization header", () => {
    const auth = h.api.callsOf("auth.test");
    expect(auth.length).toBeGreaterThanOrEqual(1);
    expect(auth[0].authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });
});

describe("/quote", () => {
  it("acks at once and answers ephemerally through response_url, with a Share in channel button", async () => {
    const res = await h.command("who said the brand still exists", "U0CMD001");
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    const [done] = await h.handledFor("U0CMD001");
    expect(done).toMatchObject({ kind: "command", outcome: "answered" });
    const reply = h.api.callsOf("response_url").at(-1)!.body;
    expect(reply.response_type).toBe("ephemeral");
    const texts = allTexts(reply).join("\n");
    expect(texts).toContain("Nathan Sales");
    expect(texts).toContain("إن العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم");
    expect(texts).toContain("The ISIS brand still exists all around the world.");
    expect(texts).toContain("¶ 4.");
    expect(texts).toContain("Confidence: High (90%)");
    expect(texts).toContain("Other matches");
    const [share] = buttonsOf(reply);
    expect(share).toMatchObject({ action_id: "share_answer", text: { text: "Share in channel" } });
    // The question and the records shown: the share posts this answer, not a new one.
    const value = JSON.parse(share.value);
    expect(value.q).toBe("who said the brand still exists");
    expect(value.r.length).toBeGreaterThan(0);
  });

  it("help and speakers", async () => {
    await h.command("help", "U0CMD002");
    await h.command("speakers", "U0CMD002");
    const outcomes = (await h.handledFor("U0CMD002", 2)).map((x) => x.outcome).sort();
    expect(outcomes).toEqual(["help", "speakers"]);
    const replies = h.api.callsOf("response_url").slice(-2).map((c) => allTexts(c.body).join("\n"));
    expect(replies.some((t) => t.includes("/quote speakers"))).toBe(true);
    expect(replies.some((t) => t.includes("Nathan Sales (ناثان سيلز)") && t.includes("2 quotes"))).toBe(true);
  });

  it("a question with no match says so and suggests /quote speakers, without a share button", async () => {
    await h.command("what did obama say", "U0CMD003");
    const [done] = await h.handledFor("U0CMD003");
    expect(done.outcome).toBe("no_match");
    const reply = h.api.callsOf("response_url").at(-1)!.body;
    expect(reply.response_type).toBe("ephemeral");
    expect(allTexts(reply).join("\n")).toMatch(/I don't know/);
    expect(allTexts(reply).join("\n")).toContain("/quote speakers");
    expect(buttonsOf(reply)).toEqual([]);
  });

  it("escapes quoted text: it can never mention @channel, @here or a user", async () => {
    await h.command("hostile quote", "U0CMD004");
    await h.handledFor("U0CMD004");
    const reply = h.api.callsOf("response_url").at(-1)!.body;
    const texts = allTexts(reply);
    for (const t of texts) expect(t).not.toMatch(/<[!@#]|<https?:/);
    expect(texts.join("\n")).toContain("&lt;!channel&gt; &lt;!here&gt; &lt;@U0VICTIM&gt; &amp; &lt;https://evil.example|click&gt;");
    for (const b of reply.blocks) if (b.text?.type === "mrkdwn") expect(b.text.verbatim).toBe(true);
  });

  it("an engine failure is logged and answered ephemerally; the app keeps serving", async () => {
    const res = await h.command("please explode", "U0CMD005");
    expect(res.status).toBe(200);
    const [done] = await h.handledFor("U0CMD005");
    expect(done.outcome).toBe("error");
    const reply = h.api.callsOf("response_url").at(-1)!.body;
    expect(reply.response_type).toBe("ephemeral");
    expect(allTexts(reply)).toContain(t("en", "error"));
    expect(JSON.stringify(reply)).not.toContain("engine bug");
    await h.command("who said it", "U0CMD005");
    expect((await h.handledFor("U0CMD005", 2))[1].outcome).toBe("answered");
  });
});

describe("share button", () => {
  it("posts the answer in the channel through response_url, says who shared it, and removes the private preview", async () => {
    await h.button("share_answer", JSON.stringify({ q: "who said the brand" }), "U0SHARE1");
    const [done] = await h.handledFor("U0SHARE1");
    expect(done).toMatchObject({ kind: "share", outcome: "answered" });
    const [shared, removal] = h.api.callsOf("response_url").slice(-2);
    const post = shared.body;
    expect(post.response_type).toBe("in_channel");
    expect(post.replace_original).toBe(false);
    expect(allTexts(post).join("\n")).toContain("Nathan Sales");
    // Who shared it, by name: never a <@U…> mention, which would notify them.
    const texts = allTexts(post).join("\n");
    expect(texts).toContain(t("en", "sharedBy", "*u0share1*", "`/quote`"));
    expect(texts).not.toContain("<@");
    expect(buttonsOf(post).map((b) => b.action_id)).toEqual([
      "copy_citation", "answer_feedback_helpful", "answer_feedback_unhelpful", "answer_feedback_wrong_attribution",
    ]);
    // Then, through the same response_url, the ephemeral preview is deleted.
    expect(removal.path).toBe(shared.path);
    expect(removal.body).toEqual({ delete_original: true });
  });

  it("a broken button value gets an ephemeral notice, nothing in the channel", async () => {
    await h.button("share_answer", "not json", "U0SHARE2");
    await h.handledFor("U0SHARE2");
    const post = h.api.callsOf("response_url").at(-1)!.body;
    expect(post.response_type).toBe("ephemeral");
    expect(allTexts(post)).toContain(t("en", "shareGone"));
  });
});

describe("feedback buttons", () => {
  it("under an answer, 👍 / 👎 / Wrong attribution write a verdict on its first record, and thank the clicker privately", async () => {
    await h.command("who said the brand still exists", "U0FEED01");
    await h.handledFor("U0FEED01");
    const answer = h.api.callsOf("response_url").at(-1)!.body;
    const wrong = buttonsOf(answer).find((b) => b.action_id === "answer_feedback_wrong_attribution");
    expect(wrong.text.text).toBe("Wrong attribution");
    expect(wrong.style).toBe("danger");
    await h.button(wrong.action_id, wrong.value, "U0FEED01");
    const [, done] = await h.handledFor("U0FEED01", 2);
    expect(done).toMatchObject({ kind: "feedback", outcome: "feedback" });
    const thanks = h.api.callsOf("response_url").at(-1)!.body;
    expect(thanks.response_type).toBe("ephemeral");
    expect(allTexts(thanks)).toContain(t("en", "feedbackThanks"));
    const { entries } = await readFeedback(h.feedback.path);
    expect(entries.at(-1)).toMatchObject({
      surface: "slack", question: "who said the brand still exists", records: [item().id], verdict: "wrong_attribution",
    });
    expect(entries.at(-1)!.user).toMatch(/^[0-9a-f]{16}$/);
  });

  it("a forged or broken value writes nothing", async () => {
    const before = (await readFeedback(h.feedback.path)).entries.length;
    await h.button("answer_feedback_helpful", JSON.stringify({ v: "delete_everything", r: ["x"], q: "q" }), "U0FEED02");
    await h.button("answer_feedback_helpful", "not json", "U0FEED02");
    expect((await h.handledFor("U0FEED02", 2)).map((x) => x.outcome)).toEqual(["no_text", "no_text"]);
    expect((await readFeedback(h.feedback.path)).entries.length).toBe(before);
  });
});

describe("mentions and direct messages", () => {
  it("answers an app_mention in the thread of the question", async () => {
    const res = await h.event({ type: "app_mention", user: "U0MENT01", text: `<@${BOT_USER}> who said the brand?`, ts: "1700000001.000100", channel: "C0CHAN01" });
    expect(res.status).toBe(200);
    await h.handledFor("U0MENT01");
    const post = h.api.callsOf("chat.postMessage").at(-1)!.body;
    expect(post).toMatchObject({ channel: "C0CHAN01", thread_ts: "1700000001.000100", link_names: "false", unfurl_links: "false" });
    expect(allTexts(post).join("\n")).toContain("Nathan Sales");
    expect(allTexts(post).join("\n")).toContain("*Q:* who said the brand?");
  });

  it("answers inside an existing thread when mentioned there", async () => {
    await h.event({ type: "app_mention", user: "U0MENT02", text: `<@${BOT_USER}> who said it`, ts: "1700000002.000500", thread_ts: "1700000002.000100", channel: "C0CHAN01" });
    await h.handledFor("U0MENT02");
    expect(h.api.callsOf("chat.postMessage").at(-1)!.body.thread_ts).toBe("1700000002.000100");
  });

  it("answers a direct message in the DM itself, not in a thread", async () => {
    await h.event({ type: "message", channel_type: "im", user: "U0DM0001", text: "who said the brand", ts: "1700000003.000100", channel: "D0DM0001" });
    const [done] = await h.handledFor("U0DM0001");
    expect(done).toMatchObject({ kind: "dm", outcome: "answered" });
    const post = h.api.callsOf("chat.postMessage").at(-1)!.body;
    expect(post).toMatchObject({ channel: "D0DM0001" });
    expect(post.thread_ts).toBeUndefined();
  });

  it("ignores the bot's own messages, other bots, edits and channel messages", async () => {
    const before = h.api.callsOf("chat.postMessage").length;
    const base = { type: "message", channel_type: "im", text: "who said it", channel: "D0DM0002" };
    await h.event({ ...base, user: BOT_USER, ts: "1700000004.000100" });
    await h.event({ ...base, user: "U0OTHERB", bot_id: "B0OTHER1", ts: "1700000004.000200" });
    await h.event({ ...base, subtype: "bot_message", bot_id: "B0OTHER1", ts: "1700000004.000300" });
    await h.event({ ...base, subtype: "message_changed", hidden: true, ts: "1700000004.000400", message: { user: "U0DM0002", text: "x", ts: "1" } });
    await h.event({ ...base, channel_type: "channel", user: "U0DM0002", ts: "1700000004.000500", channel: "C0CHAN01" });
    // Ignored events do no I/O, so they are finished before this later DM can be answered.
    await h.event({ ...base, user: "U0DM0002", ts: "1700000004.000600" });
    await h.handledFor("U0DM0002");
    const posts = h.api.callsOf("chat.postMessage").slice(before);
    expect(posts.map((p) => p.body.channel)).toEqual(["D0DM0002"]);
    expect(h.handled.filter((x) => x.user === "U0DM0002")).toHaveLength(1);
  });

  it("a retried delivery (X-Slack-Retry-Num) of an answered event is not answered again", async () => {
    const event = { type: "app_mention", user: "U0RETRY1", text: `<@${BOT_USER}> who said it`, ts: "1700000005.000100", channel: "C0CHAN01" };
    await h.event(event, { eventId: "Ev0RETRY01" });
    await h.handledFor("U0RETRY1");
    // Slack signs a retry anew, with its own timestamp (an identical signature is a replay, dropped earlier).
    const retry = await h.event(event, { eventId: "Ev0RETRY01", timestamp: nowSeconds() + 1, headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    expect(retry.status).toBe(200);
    const all = await h.handledFor("U0RETRY1", 2);
    expect(all.map((x) => x.outcome)).toEqual(["answered", "duplicate"]);
    expect(h.api.callsOf("chat.postMessage").filter((c) => c.body.thread_ts === "1700000005.000100")).toHaveLength(1);
  });

  it("a retry of an event never seen (first delivery lost) is answered", async () => {
    const event = { type: "app_mention", user: "U0RETRY2", text: `<@${BOT_USER}> who said it`, ts: "1700000006.000100", channel: "C0CHAN01" };
    await h.event(event, { eventId: "Ev0RETRY02", headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_error" } });
    expect((await h.handledFor("U0RETRY2"))[0].outcome).toBe("answered");
  });

  it("an engine failure on a mention is answered ephemerally to the asker", async () => {
    await h.event({ type: "app_mention", user: "U0MENT03", text: `<@${BOT_USER}> explode`, ts: "1700000007.000100", channel: "C0CHAN01" });
    expect((await h.handledFor("U0MENT03"))[0].outcome).toBe("error");
    const eph = h.api.callsOf("chat.postEphemeral").at(-1)!.body;
    expect(eph).toMatchObject({ channel: "C0CHAN01", user: "U0MENT03", thread_ts: "1700000007.000100" });
    expect(allTexts(eph)).toContain(t("en", "error"));
  });

  it("a failing Web API call does not take the app down", async () => {
    h.api.failNext("chat.postMessage", "not_in_channel");
    const before = h.api.callsOf("chat.postMessage").length;
    await h.event({ type: "app_mention", user: "U0MENT04", text: `<@${BOT_USER}> who said it`, ts: "1700000008.000100", channel: "C0PRIV01" });
    await h.api.waitFor("chat.postMessage", before + 1);
    await h.event({ type: "app_mention", user: "U0MENT05", text: `<@${BOT_USER}> who said it`, ts: "1700000008.000200", channel: "C0CHAN01" });
    expect((await h.handledFor("U0MENT05"))[0].outcome).toBe("answered");
  });
});

describe("Who said this? shortcut", () => {
  it("turns the message text into a who-said question and answers ephemerally", async () => {
    const questions: string[] = [];
    const spy = await BotHarness.start(
      fakeEngine((q) => {
        questions.push(q);
        return [item()];
      }),
    );
    try {
      await spy.shortcut("<@U0SOMEONE> quoted:\n&gt; The ISIS brand still exists &amp; more", "U0SHORT1");
      await spy.shortcut("إن العلامة التجارية لداعش ما زالت موجودة", "U0SHORT1");
      await spy.shortcut("", "U0SHORT1");
      const done = await spy.handledFor("U0SHORT1", 3);
      expect(done.map((x) => x.outcome).sort()).toEqual(["answered", "answered", "no_text"]);
      expect(questions.sort()).toEqual(["من قال إن العلامة التجارية لداعش ما زالت موجودة؟", "who said quoted: The ISIS brand still exists & more?"].sort());
      const replies = spy.api.callsOf("response_url").map((c) => c.body);
      expect(replies.every((r) => r.response_type === "ephemeral")).toBe(true);
      // Answers: Share and Copy citation, then the three feedback buttons.
      expect(replies.filter((r) => buttonsOf(r).length === 5)).toHaveLength(2);
      expect(replies.some((r) => allTexts(r).includes(t("en", "noText")))).toBe(true);
    } finally {
      await spy.close();
    }
  });
});

describe("rate limit", () => {
  it("tells a user who asks too fast to wait, per user, and lets them ask again later", async () => {
    let now = 1_000_000;
    const limited = await BotHarness.start(engine, { rateLimit: { max: 2, windowMs: 60_000, now: () => now } });
    try {
      for (let i = 0; i < 3; i++) await limited.command("who said it", "U0FAST01");
      await limited.event({ type: "app_mention", user: "U0FAST01", text: "who said it", ts: "1700000009.000100", channel: "C0CHAN01" });
      await limited.command("who said it", "U0CALM01");
      const fast = await limited.handledFor("U0FAST01", 4);
      // Replies travel concurrently, so the order of reports is not fixed; the counts are.
      expect(fast.map((x) => x.outcome).sort()).toEqual(["answered", "answered", "rate_limited", "rate_limited"]);
      expect((await limited.handledFor("U0CALM01"))[0].outcome).toBe("answered");
      const notice = limited.api.callsOf("response_url").find((c) => allTexts(c.body).includes(t("en", "rateLimited", 60)));
      expect(notice?.body.response_type).toBe("ephemeral");
      const eph = limited.api.callsOf("chat.postEphemeral").at(-1)!.body;
      expect(eph).toMatchObject({ user: "U0FAST01", channel: "C0CHAN01" });
      expect(allTexts(eph)).toContain(t("en", "rateLimited", 60));
      // The same user id in another workspace is someone else (the app may be installed in many).
      await limited.command("who said it", "U0FAST01", undefined, "T0OTHER1");
      expect((await limited.handledFor("U0FAST01", 5)).filter((x) => x.outcome === "answered")).toHaveLength(3);
      now += 60_001;
      await limited.command("who said it", "U0FAST01");
      const after = (await limited.handledFor("U0FAST01", 6)).map((x) => x.outcome);
      expect(after.filter((o) => o === "answered")).toHaveLength(4);
    } finally {
      await limited.close();
    }
  });
});

describe("events arriving unsigned body variants", () => {
  it("a JSON event with a bad signature is rejected and not answered", async () => {
    const body = eventBody({ type: "app_mention", user: "U0EVIL01", text: "who said it", ts: "1700000010.000100", channel: "C0CHAN01" });
    const res = await postSigned(h.url, body, JSON_TYPE, { secret: "guessed" });
    expect(res.status).toBe(401);
    expect(h.handled.some((x) => x.user === "U0EVIL01")).toBe(false);
  });
});

describe("Copy citation button", () => {
  it("answers the clicker only, with the citation as plain text in a code block", async () => {
    const cited = "“An article” [In English], Pub, 2020-01-02, ¶ 4. https://news.example/a";
    await h.button("copy_citation", cited, "U0CITE01");
    const [done] = await h.handledFor("U0CITE01");
    expect(done).toMatchObject({ kind: "citation", outcome: "citation" });
    const post = h.api.callsOf("response_url").at(-1)!.body;
    expect(post.response_type).toBe("ephemeral");
    expect(post.replace_original).toBe(false);
    expect(allTexts(post)).toContain("```“An article” [In English], Pub, 2020-01-02, ¶ 4. https://news.example/a```");
  });

  it("a link in an answer's citation is shown as code, never as a live link", async () => {
    const engine = fakeEngine(() => [
      item({ citation: { title: "t <!channel>", titleEn: null, publisher: null, date: null, url: "https://news.example/a", paragraph: 4, text: "“t <!channel>”, ¶ 4. https://news.example/a" } }),
    ]);
    const spy = await BotHarness.start(engine);
    try {
      await spy.command("who said x", "U0CITE02");
      await spy.handledFor("U0CITE02");
      const texts = allTexts(spy.api.callsOf("response_url").at(-1)!.body).join("\n");
      expect(texts).toContain("📰 “t &lt;!channel&gt;”, ¶ 4. `https://news.example/a`");
    } finally {
      await spy.close();
    }
  });
});
