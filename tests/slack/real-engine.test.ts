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
    expect(buttonsOf(reply).map((b) => b.action_id)).toEqual(["share_answer", "copy_citation"]);
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
    const post = lastResponse();
    expect(post.response_type).toBe("in_channel");
    expect(allTexts(post).join("\n")).toMatch(/\*Nathan Sales\*/);
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
