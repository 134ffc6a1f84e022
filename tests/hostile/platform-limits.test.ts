// Issue 16 item 14: with corpus text of any length in every part of an answer, every payload stays within
// the platform's limits, checked by the same validators the loopback fakes use.
import { afterEach, describe, expect, it } from "vitest";
import { renderContext, renderItemsPage, renderSpeakers, renderArticles } from "../../adapters/discord/render.js";
import { renderAnswer as renderSlack, renderSpeakers as renderSlackSpeakers } from "../../adapters/slack/render.js";
import type { Answer, AnswerItem } from "../../src/index.js";
import { ARTICLE, SALES, item } from "../discord/fake-engine.js";
import { BotHarness, fakeEngine } from "../slack/harness.js";
import { discordViolations, slackViolations } from "../support/platform-limits.js";

const LONG = (unit: string, n = 8000) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function hugeItem(unit: string): AnswerItem {
  return item({
    text: LONG(unit),
    textEn: LONG(unit),
    context: LONG(unit, 12_000),
    article: LONG(unit, 3000),
    speaker: { ...SALES, name: LONG(unit, 5000), nameAr: LONG(unit, 5000), role: LONG(unit, 5000), roleAr: LONG(unit, 5000) },
  });
}

const UNITS = ["word ", "*", "<@1>", "\n", "😀", "&", "[a](", "ب"];

describe("payloads with long corpus text in every part", () => {
  it("a Discord answer, its context, the speaker list and the article list stay within Discord's limits", () => {
    for (const unit of UNITS) {
      const huge = hugeItem(unit);
      const title = () => LONG(unit, 3000);
      const payloads = [
        renderItemsPage([huge, huge], 1, LONG(unit, 600), { buttons: {}, articleTitle: title }),
        renderContext(huge, title),
        renderSpeakers(Array.from({ length: 30 }, (_, i) => ({ ...SALES, id: `s${i}`, name: LONG(unit, 5000), role: LONG(unit, 5000) }))),
        renderArticles(Array.from({ length: 12 }, (_, i) => ({ ...ARTICLE, id: `a${i}`, title: LONG(unit, 3000), titleEn: LONG(unit, 3000), source: { publisher: LONG(unit, 3000), url: null, note: LONG(unit, 3000) } }))),
      ];
      for (const p of payloads) expect(discordViolations(p), JSON.stringify(unit)).toEqual([]);
    }
  });

  it("a Slack answer (speaker name included) and the speaker list stay within Slack's limits", () => {
    for (const unit of UNITS) {
      const huge = hugeItem(unit);
      const answer: Answer = { question: LONG(unit, 500), status: "answered", answers: [huge, huge, huge] };
      const payloads = [
        renderSlack(answer, { shareable: true, footer: "Shared" }),
        renderSlackSpeakers(Array.from({ length: 300 }, (_, i) => ({ ...SALES, id: `s${i}`, name: LONG(unit, 5000), role: LONG(unit, 5000) }))),
      ];
      for (const p of payloads) expect(slackViolations(p), JSON.stringify(unit)).toEqual([]);
    }
  });
});

describe("the loopback fakes refuse what the platform would", () => {
  let h: BotHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("the fake Slack API records a section over 3,000 characters as a violation", () => {
    expect(slackViolations({ text: "t", blocks: [{ type: "section", text: { type: "mrkdwn", text: "x".repeat(3001) } }] })).toHaveLength(1);
    expect(discordViolations({ embeds: [{ description: "x".repeat(4000), fields: [{ name: "n", value: "v".repeat(1024) }, { name: "n", value: "v".repeat(1024) }] }] })).toEqual(["embeds total: 6050 > 6000"]);
  });

  it("a long speaker name reaches Slack within its limits, end to end", async () => {
    h = await BotHarness.start(fakeEngine(() => [hugeItem("Name ")]));
    await h.command("who said it", "U0LONG01");
    await h.handledFor("U0LONG01");
    expect(h.api.violations).toEqual([]);
  });
});
