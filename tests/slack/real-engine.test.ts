// End to end with the real engine over the built-in corpus: Bolt's HTTP receiver on loopback, signed
// requests, a fake Slack Web API. Asserts shape and robust facts, never exact scores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEngine } from "../../src/index.js";
import { BOT_USER, BotHarness, allTexts, buttonsOf } from "./harness.js";

let h: BotHarness;
beforeAll(async () => {
  h = await BotHarness.start(loadEngine());
});
afterAll(async () => {
  await h.close();
});

const lastResponse = () => h.api.callsOf("response_url").at(-1)!.body;

describe("Slack with the real engine", () => {
  it("/quote who said … → Nathan Sales, ephemeral, the Arabic quote and its English rendering, share button", async () => {
    await h.command("who said the ISIS brand still exists worldwide", "U0REAL01");
    expect((await h.handledFor("U0REAL01"))[0].outcome).toBe("answered");
    const reply = lastResponse();
    expect(reply.response_type).toBe("ephemeral");
    const sections = reply.blocks.filter((b: any) => b.type === "section").map((b: any) => b.text.text as string);
    expect(sections.find((t: string) => t.startsWith("— "))).toMatch(/Sales/);
    expect(sections[0]).toMatch(/^> .*[\u0600-\u06FF]/);
    expect(sections.some((t: string) => t.startsWith("*English:*"))).toBe(true);
    const texts = allTexts(reply).join("\n");
    expect(texts).toMatch(/📰 “.*” \[US officials: .*\], 2019-08, ¶ 4\. · Confidence: (High|Medium|Low) \(\d+%\)/);
    expect(buttonsOf(reply).map((b) => b.action_id)).toEqual(["share_answer", "copy_citation", "answer_feedback_helpful", "answer_feedback_unhelpful", "answer_feedback_wrong_attribution"]);
  });

  it("/quote What did Barack Obama say? → no match, suggests /quote speakers", async () => {
    await h.command("What did Barack Obama say?", "U0REAL02");
    expect((await h.handledFor("U0REAL02"))[0].outcome).toBe("no_match");
    const texts = allTexts(lastResponse()).join("\n");
    expect(texts).toContain("/quote speakers");
    expect(texts).not.toMatch(/Obama.*said/);
  });

  it("/quote speakers lists the corpus's speakers", async () => {
    await h.command("speakers", "U0REAL03");
    await h.handledFor("U0REAL03");
    const texts = allTexts(lastResponse()).join("\n");
    expect(texts).toContain("Nathan Sales");
    expect(texts).toContain("James Jeffrey");
  });

  it("the share button posts the same answer in the channel", async () => {
    await h.button("share_answer", JSON.stringify({ q: "who said the ISIS brand still exists worldwide" }), "U0REAL04");
    expect((await h.handledFor("U0REAL04"))[0].outcome).toBe("answered");
    // The shared answer, then the removal of the private preview.
    const [post, removal] = h.api.callsOf("response_url").slice(-2).map((c) => c.body);
    expect(removal).toEqual({ delete_original: true });
    expect(post.response_type).toBe("in_channel");
    expect(allTexts(post).join("\n")).toMatch(/\*Nathan Sales\*/);
  });

  it("sharing a follow-up's answer posts that answer, not the follow-up asked again without its conversation", async () => {
    await h.command("who said the ISIS brand still exists worldwide", "U0REAL20");
    await h.handledFor("U0REAL20");
    await h.command("what else did he say?", "U0REAL20");
    const outcomes = await h.handledFor("U0REAL20", 2);
    expect(outcomes[1].outcome).toBe("answered");
    const reply = lastResponse();
    expect(allTexts(reply).join("\n")).toContain("مقاضاة قادة داعش");
    const share = buttonsOf(reply).find((b) => b.action_id === "share_answer")!;
    await h.button("share_answer", share.value, "U0REAL21");
    expect((await h.handledFor("U0REAL21"))[0].outcome).toBe("answered");
    const [post] = h.api.callsOf("response_url").slice(-2).map((c) => c.body);
    expect(post.response_type).toBe("in_channel");
    const texts = allTexts(post).join("\n");
    expect(texts).toContain("مقاضاة قادة داعش");
    expect(texts).toMatch(/\*Nathan Sales\*/);
  });

  it("/quote with a near miss says it is not sure and offers numbered candidates as buttons; a button answers", async () => {
    await h.command("who said the brand is still there?", "U0REAL08");
    expect((await h.handledFor("U0REAL08"))[0].outcome).toBe("suggested");
    const reply = lastResponse();
    const texts = allTexts(reply).join("\n");
    expect(texts).toContain("Not sure. Did you mean:");
    expect(texts).toMatch(/\n1\. \*Nathan Sales\*: “/);
    expect(texts).not.toMatch(/— \*Nathan Sales\*/);
    const buttons = buttonsOf(reply);
    expect(buttons.length).toBeGreaterThanOrEqual(1);
    expect(buttons.length).toBeLessThanOrEqual(3);
    const sales = buttons.find((b) => b.text.text.includes("Nathan Sales"))!;
    await h.button(sales.action_id, sales.value, "U0REAL09");
    expect((await h.handledFor("U0REAL09"))[0]).toMatchObject({ kind: "pick", outcome: "answered" });
    const picked = lastResponse();
    expect(picked.replace_original).toBe(true);
    expect(allTexts(picked).join("\n")).toMatch(/— \*Nathan Sales\*/);
  });

  it("a mention in Arabic with a near miss is answered in its thread with the suggestions", async () => {
    await h.event({ type: "app_mention", user: "U0REAL10", text: `<@${BOT_USER}> من قال إن العلامة ما زالت هناك؟`, ts: "1700000200.000100", channel: "C0CHAN01" });
    expect((await h.handledFor("U0REAL10"))[0].outcome).toBe("suggested");
    const post = h.api.callsOf("chat.postMessage").at(-1)!.body;
    expect(post.thread_ts).toBe("1700000200.000100");
    expect(allTexts(post).join("\n")).toContain("لست متأكدًا. هل تقصد:");
    expect(buttonsOf(post)[0].action_id).toBe("pick_suggestion_0");
  });

  it("a pick button whose suggestions are gone says so", async () => {
    await h.button("pick_suggestion_0", JSON.stringify({ k: "gone", i: 0 }), "U0REAL11");
    expect((await h.handledFor("U0REAL11"))[0]).toMatchObject({ kind: "pick", outcome: "no_match" });
    expect(allTexts(lastResponse()).join("\n")).toContain("expired");
  });

  it("a mention is answered in its thread", async () => {
    await h.event({ type: "app_mention", user: "U0REAL05", text: `<@${BOT_USER}> who said the ISIS brand still exists worldwide?`, ts: "1700000100.000100", channel: "C0CHAN01" });
    await h.handledFor("U0REAL05");
    const post = h.api.callsOf("chat.postMessage").at(-1)!.body;
    expect(post.thread_ts).toBe("1700000100.000100");
    expect(allTexts(post).join("\n")).toMatch(/\*Nathan Sales\*/);
  });

  it("Who said this? on an Arabic message finds the attribution", async () => {
    await h.shortcut("إن العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم", "U0REAL06");
    expect((await h.handledFor("U0REAL06"))[0].outcome).toBe("answered");
    const reply = lastResponse();
    expect(reply.response_type).toBe("ephemeral");
    expect(allTexts(reply).join("\n")).toMatch(/— \*Nathan Sales\*/);
  });

  it("Who said this? on an English message finds the attribution", async () => {
    await h.shortcut("&gt; The ISIS brand still exists all around the world.", "U0REAL07");
    expect((await h.handledFor("U0REAL07"))[0].outcome).toBe("answered");
    expect(allTexts(lastResponse()).join("\n")).toMatch(/— \*Nathan Sales\*/);
  });
});

describe("follow-up questions: a conversation per thread, per DM, and per user's commands", () => {
  const lastPost = () => h.api.callsOf("chat.postMessage").at(-1)!.body;

  it("a reply in the thread of an answer continues it, whoever writes it; a new top-level mention does not", async () => {
    const thread = "1700000300.000100";
    await h.event({ type: "app_mention", user: "U0FOLL01", text: `<@${BOT_USER}> who said the ISIS brand still exists worldwide?`, ts: thread, channel: "C0CHAN01" });
    await h.handledFor("U0FOLL01");
    expect(allTexts(lastPost()).join("\n")).toMatch(/\*Nathan Sales\*/);
    await h.event({ type: "app_mention", user: "U0FOLL02", text: `<@${BOT_USER}> what else did he say?`, ts: "1700000301.000100", thread_ts: thread, channel: "C0CHAN01" });
    expect((await h.handledFor("U0FOLL02"))[0].outcome).toBe("answered");
    const more = lastPost();
    expect(more.thread_ts).toBe(thread);
    expect(allTexts(more).join("\n")).toMatch(/\*Nathan Sales\*/);
    expect(allTexts(more).join("\n")).not.toContain("العلامة التجارية لداعش");
    await h.event({ type: "app_mention", user: "U0FOLL01", text: `<@${BOT_USER}> who is he?`, ts: "1700000302.000100", channel: "C0CHAN01" });
    expect((await h.handledFor("U0FOLL01", 2))[1].outcome).toBe("no_match");
  });

  it("a DM is one conversation", async () => {
    await h.event({ type: "message", channel_type: "im", user: "U0FOLL03", text: "what did Jeffrey say?", ts: "1700000400.000100", channel: "D0DM0001" });
    expect((await h.handledFor("U0FOLL03"))[0].outcome).toBe("answered");
    await h.event({ type: "message", channel_type: "im", user: "U0FOLL03", text: "who is he?", ts: "1700000401.000100", channel: "D0DM0001" });
    expect((await h.handledFor("U0FOLL03", 2))[1].outcome).toBe("answered");
    expect(allTexts(lastPost()).join("\n")).toMatch(/\*James Jeffrey\*/);
  });

  it("/quote remembers each user's last answer in the channel", async () => {
    await h.command("who said the ISIS brand still exists worldwide", "U0FOLL04");
    await h.handledFor("U0FOLL04");
    await h.command("who is he?", "U0FOLL04");
    expect((await h.handledFor("U0FOLL04", 2))[1].outcome).toBe("answered");
    expect(allTexts(lastResponse()).join("\n")).toMatch(/— \*Nathan Sales\*/);
    await h.command("who is he?", "U0FOLL05");
    expect((await h.handledFor("U0FOLL05"))[0].outcome).toBe("no_match");
  });
});
