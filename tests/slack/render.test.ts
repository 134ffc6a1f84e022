// Block Kit renderer and Slack text helpers: limits, escaping, Arabic intact.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMrkdwn, fitEscaped, stripSlackMarkup } from "../../adapters/slack/mrkdwn.js";
import { LIMITS, confidenceLabel, renderAnswer, renderHelp, renderSpeakers } from "../../adapters/slack/render.js";
import { whoSaidQuestion } from "../../adapters/slack/listeners/shortcuts/index.js";
import { MAX_QUESTION_LENGTH, recordRef, t } from "../../src/index.js";
import type { Answer, SpeakerInfo } from "../../src/types.js";
import { allTexts, buttonsOf, item } from "./harness.js";

const answered = (items = [item()], question = "who said the brand still exists?"): Answer => ({
  question,
  status: "answered",
  answers: items,
});

/** Every limit Slack enforces on what we send. */
function expectWithinLimits(message: { text: string; blocks: any[] }): void {
  expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  for (const b of message.blocks) {
    if (b.type === "section") {
      expect(b.text.text.length).toBeGreaterThan(0);
      expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    }
    if (b.type === "context") {
      expect(b.elements.length).toBeLessThanOrEqual(10);
      for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(LIMITS.contextText);
    }
  }
  for (const btn of buttonsOf(message)) {
    expect(btn.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
    expect(btn.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
  }
}

describe("renderAnswer", () => {
  it("shows the Arabic quote intact, its English rendering, speaker and role, article, paragraph, confidence", () => {
    const m = renderAnswer(answered());
    const text = allTexts(m).join("\n");
    expect(text).toContain("> إن العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم");
    expect(text).toContain("*English:* The ISIS brand still exists all around the world.");
    expect(text).toContain("*Nathan Sales* (ناثان سيلز), Counterterrorism coordinator");
    expect(text).toContain("📰 “مسؤولون أمريكيون: داعش ما زال يشكل تهديداً عالمياً” [US officials: ISIS is still a global threat], 2019-08, ¶ 4. · Confidence: High (90%)");
    expect(text).toContain("*Q:* who said the brand still exists?");
    expect(m.text).toBe("Nathan Sales: “إن العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم”");
    expectWithinLimits(m);
  });

  it("keeps Arabic diacritics and letters byte for byte", () => {
    const arabic = "قَالَ الرَّئِيسُ: «لَنْ نَتَرَاجَعَ» — ١٢٣";
    const m = renderAnswer(answered([item({ text: arabic, textEn: null })]));
    expect(allTexts(m).join("\n")).toContain(`> ${arabic}`);
  });

  it("several matches: the best one in full, the others in a compact list", () => {
    const m = renderAnswer(
      answered([
        item(),
        item({ speaker: { id: "jeffrey", name: "James Jeffrey", nameAr: null, role: "Envoy", roleAr: null }, text: "الآلاف من مقاتلي التنظيم", paragraph: 2, score: 0.55 }),
        item({ speaker: null, kind: "fact", text: "خبر من المقال", paragraph: 9, score: 0.3 }),
      ]),
    );
    const sections = m.blocks.filter((b: any) => b.type === "section").map((b: any) => b.text.text);
    const others = sections.find((t: string) => t.startsWith("*Other matches:*"))!;
    expect(others.split("\n")).toEqual([
      "*Other matches:*",
      "• *James Jeffrey*: “الآلاف من مقاتلي التنظيم” — ¶ 2, 55%",
      "• _From the article_: “خبر من المقال” — ¶ 9, 30%",
    ]);
    expect(sections.filter((t: string) => t.startsWith("> "))).toHaveLength(1);
  });

  it("a fact has no speaker and says it comes from the article", () => {
    const m = renderAnswer(answered([item({ speaker: null, kind: "fact" })]));
    expect(allTexts(m).join("\n")).toContain(t("en", "articleItself"));
    expect(m.text.startsWith(`${t("en", "fromArticle")}:`)).toBe(true);
    // A draft's statement whose speaker the extractor could not tell is no fact of the article.
    const unknown = renderAnswer(answered([item({ speaker: null, kind: "quote", draft: true })]));
    expect(allTexts(unknown).join("\n")).toContain(t("en", "speakerUnknown"));
    expect(unknown.text.startsWith(`${t("en", "speakerUnknownShort")}:`)).toBe(true);
  });

  it("marks unreviewed drafts and low confidence", () => {
    const m = renderAnswer(answered([item({ draft: true, score: 0.2 })]));
    expect(allTexts(m).join("\n")).toContain("Confidence: Low (20%) · ⚠️ unreviewed draft");
  });

  it("adds the share button only when asked, carrying the question and the records shown", () => {
    expect(buttonsOf(renderAnswer(answered())).map((b) => b.action_id)).toEqual(["copy_citation", "answer_feedback_helpful", "answer_feedback_unhelpful", "answer_feedback_wrong_attribution"]);
    const [btn] = buttonsOf(renderAnswer(answered(), { shareable: true }));
    expect(btn).toMatchObject({ type: "button", action_id: "share_answer", text: { type: "plain_text", text: "Share in channel" } });
    const a = answered();
    expect(JSON.parse(btn.value)).toEqual({ q: "who said the brand still exists?", r: a.answers.map((i) => recordRef(i.id)) });
  });

  it("no match says so and suggests /quote speakers; empty and too-long questions get their own message", () => {
    const base = { question: "what did Barack Obama say?", status: "no_match" as const, answers: [] };
    const notFound = allTexts(renderAnswer({ ...base, reason: "not_found" })).join("\n");
    expect(notFound).toContain("I don't know");
    expect(notFound).toContain("`/quote speakers`");
    expect(allTexts(renderAnswer({ ...base, reason: "empty" })).join("\n")).toContain("who said");
    expect(allTexts(renderAnswer({ ...base, reason: "too_long" })).join("\n")).toContain(`${MAX_QUESTION_LENGTH} characters`);
    expect(buttonsOf(renderAnswer({ ...base, reason: "not_found" }), )).toEqual([]);
  });

  it("escapes &, < and > so quoted text cannot form <!channel>, <!here>, <@U…> or links", () => {
    const hostile = "<!channel> <!here|here> <@U123ABC> <#C1|general> <!subteam^S1> <https://x.example|y> & &amp;";
    const m = renderAnswer(
      answered([item({ text: hostile, textEn: hostile, speaker: { id: "x", name: "<!everyone>", nameAr: "<@U1>", role: "<!here>", roleAr: null } })], hostile),
      { shareable: true },
    );
    for (const t of allTexts(m)) expect(t).not.toContain("<");
    expect(allTexts(m).join("\n")).toContain("&lt;!channel&gt; &lt;!here|here&gt; &lt;@U123ABC&gt;");
    expect(allTexts(m).join("\n")).toContain("&amp; &amp;amp;");
    for (const b of m.blocks as any[]) {
      const objs = b.type === "section" ? [b.text] : b.type === "context" ? b.elements : [];
      for (const o of objs) if (o.type === "mrkdwn") expect(o.verbatim).toBe(true);
    }
  });

  it("stays within Slack's limits for huge quotes, full of characters that grow when escaped", () => {
    const huge = "<&>".repeat(3000) + " نص عربي ".repeat(500);
    const m = renderAnswer(
      answered(Array.from({ length: 5 }, () => item({ text: huge, textEn: huge, context: huge })), "who said " + "&".repeat(450)),
      { shareable: true },
    );
    expectWithinLimits(m);
    for (const t of allTexts(m)) expect(t).not.toMatch(/&(a|am|amp|l|lt|g|gt)?…/);
  });

  it("property: any text renders within limits and without a raw '<'", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4000, unit: "grapheme" }), fc.string({ maxLength: 200 }), (text, name) => {
        const m = renderAnswer(
          answered([item({ text: text || "x", textEn: text, speaker: { id: "s", name: name || "n", nameAr: null, role: name, roleAr: null } }), item()], text || "q"),
          { shareable: true },
        );
        expectWithinLimits(m);
        for (const t of allTexts(m)) expect(t).not.toContain("<");
      }),
      { numRuns: 150 },
    );
  });
});

describe("renderSpeakers and renderHelp", () => {
  const speaker = (i: number): SpeakerInfo => ({
    id: `s${i}`, name: `Speaker ${i} <!here>`, nameAr: "متحدث", role: "Role ".repeat(40), roleAr: null,
    kind: "person", aliases: [], quoteCount: i % 3, articles: ["a"],
  });

  it("lists speakers with role and quote count, escaped", () => {
    const m = renderSpeakers([speaker(1)]);
    const text = allTexts(m).join("\n");
    expect(text).toContain("• *Speaker 1 &lt;!here&gt; (متحدث)* — Role");
    expect(text).toContain("· 1 quote");
    expect(text).toContain(t("en", "speakersQuoted", 1));
  });

  it("splits a long list into sections within limits", () => {
    const m = renderSpeakers(Array.from({ length: 1000 }, (_, i) => speaker(i)));
    expectWithinLimits(m);
    expect(allTexts(m).join("\n")).toMatch(/… and \d+ more/);
    expect(m.blocks.filter((b: any) => b.type === "section").length).toBeGreaterThan(2);
  });

  it("help names the subcommands", () => {
    const text = allTexts(renderHelp()).join("\n");
    expect(text).toContain("`/quote speakers`");
    expect(text).toContain("Who said this?");
    expectWithinLimits(renderHelp());
  });
});

describe("text helpers", () => {
  it("escapeMrkdwn escapes exactly &, < and >", () => {
    expect(escapeMrkdwn("a & b < c > d * _ ~ `")).toBe("a &amp; b &lt; c &gt; d * _ ~ `");
  });

  it("fitEscaped cuts between graphemes, never inside an entity, and marks the cut", () => {
    expect(fitEscaped("&&&&", 12)).toBe("&amp;&amp;…");
    const arabic = "مَرْحَبًا ".repeat(50);
    const cut = fitEscaped(arabic, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith("…")).toBe(true);
    const kept = cut.slice(0, -1);
    expect(arabic.startsWith(kept)).toBe(true);
    // The next character of the original is not a diacritic left behind by the cut.
    expect(arabic[kept.length]).not.toMatch(/[\u064B-\u065F]/);
    expect(fitEscaped("😀😀😀", 4)).toBe("😀…");
  });

  it("stripSlackMarkup turns Slack markup into plain text", () => {
    expect(stripSlackMarkup("<@U123> who said <https://x.example|this> &amp; <#C1|news>?")).toBe("who said this & #news?");
    expect(stripSlackMarkup("&gt; quoted line\n&gt; second <!here>")).toBe("quoted line second");
    expect(stripSlackMarkup("a &lt;b&gt; <mailto:a@b.c>")).toBe("a <b> mailto:a@b.c");
  });

  it("confidenceLabel", () => {
    expect([0.9, 0.75, 0.6, 0.45, 0.1].map((s) => confidenceLabel(s))).toEqual([
      "High (90%)", "High (75%)", "Medium (60%)", "Medium (45%)", "Low (10%)",
    ]);
  });

  it("whoSaidQuestion picks the language and fits the engine's limit", () => {
    expect(whoSaidQuestion("The ISIS brand still exists?")).toBe("who said The ISIS brand still exists?");
    expect(whoSaidQuestion("داعش ما زال يشكل تهديداً")).toBe("من قال داعش ما زال يشكل تهديداً؟");
    const long = whoSaidQuestion("word ".repeat(300));
    expect(long.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(long.endsWith("word?")).toBe(true);
  });
});

describe("suggestions (Did you mean …?)", () => {
  const hostile = item({ text: `<!channel> <@U0VICTIM> & <https://evil.example|click> ${"ك".repeat(4000)}` });
  const message = renderAnswer(
    { question: "q", status: "suggested", answers: [hostile, item({ speaker: null, kind: "fact" }), item()] },
    { pickKey: "k3y" },
  );
  it("says it is not sure, numbers the candidates and gives each a pick button, within Slack's limits", () => {
    expectWithinLimits(message);
    const texts = allTexts(message).join("\n");
    expect(texts).toContain("Not sure. Did you mean:\n1. *Nathan Sales*: “");
    expect(texts).toContain("\n2. _the article_: “");
    const buttons = buttonsOf(message);
    expect(buttons.map((b) => b.action_id)).toEqual(["pick_suggestion_0", "pick_suggestion_1", "pick_suggestion_2"]);
    expect(buttons.map((b) => JSON.parse(b.value))).toEqual([0, 1, 2].map((i) => ({ k: "k3y", i })));
    for (const b of buttons) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
  });
  it("escapes corpus text: it can never mention anyone or form a link", () => {
    const texts = allTexts(message).join("\n");
    expect(texts).not.toMatch(/<!channel>|<@U0VICTIM>|<https:/);
    expect(texts).toContain("&lt;!channel&gt;");
  });
});

describe("the interface language", () => {
  it("is Arabic for a question in Arabic or Arabizi: labels, buttons, no-match and lists come from the catalogue", () => {
    for (const question of ["من قال إن العلامة موجودة؟", "meen 2al en el 3alama mawgooda?"]) {
      const m = renderAnswer({ question, status: "answered", answers: [item()] }, { shareable: true });
      const text = allTexts(m).join("\n");
      expect(text).toContain(`*${t("ar", "questionLabel")}:*`);
      expect(text).toContain(`*${t("ar", "english")}:*`);
      expect(text).toContain(`${t("ar", "confidence")}: ${t("ar", "confidenceLevel", "high", 90)}`);
      expect(buttonsOf(m).map((b) => b.text.text)).toEqual([
        t("ar", "shareInChannel"), t("ar", "copyCitation"),
        `👍 ${t("ar", "feedbackHelpful")}`, `👎 ${t("ar", "feedbackUnhelpful")}`, t("ar", "feedbackWrong"),
      ]);
      const none = allTexts(renderAnswer({ question, status: "no_match", answers: [], reason: "not_found" })).join("\n");
      expect(none).toContain(t("ar", "noMatch"));
    }
    expect(allTexts(renderAnswer({ question: "who said it?", status: "no_match", answers: [], reason: "not_found" })).join("\n")).toContain(t("en", "noMatch"));
    expect(allTexts(renderHelp("ar")).join("\n")).toContain(t("ar", "helpIntro"));
  });
});
