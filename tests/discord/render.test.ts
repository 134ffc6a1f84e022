import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH, MESSAGES, recordRef, t } from "../../src/index.js";
import { CUSTOM_ID, parseCustomId } from "../../adapters/discord/custom-id.js";
import {
  LIMITS,
  NO_MENTIONS,
  confidenceOf,
  embedLength,
  escape,
  itemEmbed,
  questionOfFooter,
  renderCitation,
  renderAnswer,
  renderArticles,
  renderContext,
  renderItemsPage,
  renderNoMatch,
  renderSpeakers,
  speakerChoice,
  truncate,
} from "../../adapters/discord/render.js";
import { ARTICLE, GROUP, SALES, item } from "./fake-engine.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ARABIC = "إن العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم";

function checkEmbedLimits(embed: ReturnType<typeof itemEmbed>) {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  for (const f of embed.fields ?? []) {
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(f.value.length).toBeGreaterThan(0);
  }
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedsTotal);
}

describe("truncate", () => {
  it("leaves short text alone", () => {
    expect(truncate("short", 10)).toBe("short");
  });

  it("cuts to the limit at a word boundary, marked with …", () => {
    const out = truncate("one two three four five", 12);
    expect(out.length).toBeLessThanOrEqual(12);
    expect(out).toBe("one two…");
  });

  it("never splits a surrogate pair nor leaves a dangling escape backslash", () => {
    expect(truncate("😀".repeat(10), 6)).toBe("😀😀…");
    const escaped = escape("a".repeat(8) + "*b");
    expect(escaped).toBe("aaaaaaaa\\*b");
    expect(truncate(escaped, 10)).toBe("aaaaaaaa…");
  });

  it("holds for any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
        const out = truncate(text, max);
        if (text.length <= max) expect(out).toBe(text);
        else {
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out.endsWith("…")).toBe(true);
        }
        expect(LONE_SURROGATE.test(out)).toBe(false);
      }),
    );
  });
});

describe("escape", () => {
  it("escapes Discord markdown", () => {
    expect(escape("*bold* _it_ `code` ~~s~~ ||spoiler|| __u__")).toBe(
      "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\_\\_u\\_\\_",
    );
    expect(escape("# heading")).toBe("\\# heading");
    expect(escape("[link](https://x.y)")).toBe("\\[link\\]\\(https\\://x.y\\)");
  });

  it("leaves Arabic text intact", () => {
    expect(escape(ARABIC)).toBe(ARABIC);
  });
});

describe("answer embeds", () => {
  it("show the Arabic quote intact, its English rendering, speaker, role, place and confidence", () => {
    const embed = itemEmbed(item({ text: ARABIC }));
    expect(embed.description).toBe(`> ${ARABIC}`);
    expect(embed.title).toBe("Robert Sales · روبرت ساليس");
    const fields = Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields.English).toBe("The ISIS brand still exists worldwide");
    expect(fields.Role).toBe("Former US official · مسؤول أمريكي سابق");
    expect(fields.Source).toBe("“عنوان المقال” \\[The article's title\\], Example News, 2024-01-01, ¶ 7. `https://example.com/a`");
    expect(fields.Confidence).toContain("High (91%)");
  });

  it("escape markdown in quotes, English text and names", () => {
    const embed = itemEmbed(item({ text: "**loud** _x_", textEn: "`code`", speaker: GROUP }));
    expect(embed.description).toBe("> \\*\\*loud\\*\\* \\_x\\_");
    expect(embed.fields?.[0].value).toBe("\\`code\\`");
    expect(embed.title).toBe("The \\*Group\\* · المجموعة");
  });

  it("keep a multi-line quote quoted on every line", () => {
    expect(itemEmbed(item({ text: "a\nb" })).description).toBe("> a\n> b");
  });

  it("label facts, drafts and low confidence", () => {
    const embed = itemEmbed(item({ kind: "fact", speaker: null, score: 0.2, draft: true }));
    expect(embed.title).toBe("From the article");
    const confidence = embed.fields?.find((f) => f.name === "Confidence")?.value;
    expect(confidence).toContain("Low (20%)");
    expect(confidence).toContain("draft");
    // A draft's statement whose speaker the extractor could not tell is no fact of the article.
    expect(itemEmbed(item({ kind: "quote", speaker: null, draft: true })).title).toBe(t("en", "speakerUnknownShort"));
    expect(confidenceOf(0.9)).toBe("high");
    expect(confidenceOf(0.6)).toBe("medium");
  });

  it("stay within Discord's limits for huge texts, cut cleanly", () => {
    const huge = item({
      text: `${ARABIC} `.repeat(400),
      textEn: "word ".repeat(2000),
      context: "x".repeat(10_000),
      speaker: { ...SALES, name: "N".repeat(500), role: "R".repeat(2000) },
    });
    const reply = renderItemsPage([huge, huge], 0, `“${"q".repeat(MAX_QUESTION_LENGTH)}”`, { buttons: { asker: "123456789012345678" } });
    const [embed] = reply.embeds;
    checkEmbedLimits(embed);
    expect(embed.description?.endsWith("…")).toBe(true);
    expect(embed.description?.startsWith(`> ${ARABIC}`)).toBe(true);
  });

  it("stay within limits for any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 7000 }), fc.string({ maxLength: 3000 }), (text, en) => {
        checkEmbedLimits(renderItemsPage([item({ text, textEn: en || null })], 0, en, { buttons: {} }).embeds[0]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("answer pages and buttons", () => {
  const items = [item(), item({ paragraph: 9 }), item({ paragraph: 11 })];

  const ASKER = "1234567890123456789";
  const carriedOf = (i: (typeof items)[number]) => ({ ref: recordRef(i.id), score: i.score });

  it("page through several answers; Previous is off on the first page, Next on the last", () => {
    const first = renderItemsPage(items, 0, "“q”", { buttons: { asker: ASKER }, total: 7 });
    const [prev, next, ctx] = first.components[0].components as { custom_id: string; disabled?: boolean }[];
    expect(prev.disabled).toBe(true);
    expect(next.disabled).toBe(false);
    // The page button carries the whole list (records and scores), who asked, and the page.
    expect(parseCustomId(next.custom_id)).toEqual({
      action: "page", index: 1, list: { lang: "en", asker: ASKER, source: { kind: "answer", items: items.map(carriedOf), total: 7 } },
    });
    expect(parseCustomId(ctx.custom_id)).toEqual({ action: "ctx", ref: recordRef(items[0].id), lang: "en" });
    expect(first.embeds[0].footer?.text).toBe("Answer 1 of 3 (7 in all) · “q”");

    const last = renderItemsPage(items, 2, "“q”", { buttons: { asker: ASKER } });
    const buttons = last.components.flatMap((row) => row.components) as { custom_id: string; disabled?: boolean }[];
    expect(buttons[1].disabled).toBe(true);
    expect(new Set(buttons.map((b) => b.custom_id)).size).toBe(buttons.length);
    for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  });

  it("a speaker's list carries the speaker, not its items, so it can be any length", () => {
    const many = Array.from({ length: 40 }, (_, i) => item({ id: `article-${i}/${"x".repeat(300)}`, paragraph: i + 1 }));
    const page = renderItemsPage(many, 20, "What Sales said", { buttons: { asker: ASKER, speaker: recordRef(SALES.id) } });
    const next = (page.components[0].components as { custom_id: string; label: string }[]).find((b) => b.label.startsWith("Next"))!;
    expect(parseCustomId(next.custom_id)).toEqual({
      action: "page", index: 21, list: { lang: "en", asker: ASKER, source: { kind: "speaker", speaker: recordRef(SALES.id) } },
    });
  });

  it("a score travels to thousandths, rounded down so its confidence level never rises", () => {
    for (const score of [0, 0.4999, 0.5, 0.7499, 0.75, 0.8765, 1, 1.7, -1, Number.NaN]) {
      const [next] = (renderItemsPage([item({ score }), item()], 0, "“q”", { buttons: {} }).components[0].components as { custom_id: string }[]).slice(1);
      const action = parseCustomId(next.custom_id);
      if (action?.action !== "page" || action.list.source.kind !== "answer") throw new Error("not a page");
      const back = action.list.source.items[0].score;
      const clamped = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
      expect(confidenceOf(back), String(score)).toBe(confidenceOf(clamped));
      expect(Math.abs(back - clamped)).toBeLessThan(0.001);
    }
  });

  it("a single answer has the sentence and citation buttons, and a row of feedback buttons; no owner, no buttons", () => {
    const [row, feedback] = renderItemsPage([item()], 0, "q", { buttons: {} }).components;
    const ref = recordRef(item().id);
    expect(row.components.map((b) => ("custom_id" in b ? b.custom_id : ""))).toEqual([CUSTOM_ID.context(ref), CUSTOM_ID.cite(ref)]);
    expect(feedback.components.map((b) => ("custom_id" in b ? b.custom_id : ""))).toEqual([
      CUSTOM_ID.feedback("helpful", ref, "en"), CUSTOM_ID.feedback("unhelpful", ref, "en"), CUSTOM_ID.feedback("wrong_attribution", ref, "en"),
    ]);
    expect(feedback.components.map((b) => ("label" in b ? b.label : ""))).toEqual(["Helpful", "Not helpful", "Wrong attribution"]);
    expect(parseCustomId(CUSTOM_ID.feedback("wrong_attribution", ref, "ar"))).toEqual({ action: "fb", verdict: "wrong_attribution", ref, lang: "ar" });
    // A feedback button made before the state moved into the custom_id (it ended with a list key) still works.
    expect(parseCustomId(`${CUSTOM_ID.feedback("helpful", ref, "en")}:oldKey_1`)).toEqual({ action: "fb", verdict: "helpful", ref, lang: "en" });
    expect(renderItemsPage(items, 0, "q").components).toEqual([]);
  });

  it("every custom_id stays within Discord's 100 characters: long Arabic questions, long record ids, 5 answers", () => {
    const longArabic = `“${"من قال إن العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم ".repeat(10).slice(0, MAX_QUESTION_LENGTH)}”`;
    const five = Array.from({ length: 6 }, (_, i) => item({ id: `article-${"٣".repeat(200)}/q-${i}-${"ب".repeat(300)}`, score: 0.123 * i }));
    const asker = "18446744073709551615"; // the largest snowflake
    const replies = [
      ...[0, 2, 4].map((p) => renderItemsPage(five, p, longArabic, { buttons: { asker }, lang: "ar", total: 123_456 })),
      renderItemsPage(five, 39, longArabic, { buttons: { asker, speaker: recordRef("x".repeat(500)) }, lang: "ar" }),
      renderAnswer({ question: longArabic, status: "suggested", answers: five.slice(0, 3) }, 0, { buttons: { asker } }),
    ];
    for (const reply of replies) {
      for (const b of reply.components.flatMap((r) => r.components)) {
        const id = "custom_id" in b ? b.custom_id : "";
        expect(id.length, id).toBeLessThanOrEqual(LIMITS.customId);
        expect(parseCustomId(id), id).not.toBeNull();
      }
    }
    // An answer holds at most 5 items: a sixth is never shown (its buttons could not carry it).
    expect(replies[0].embeds[0].footer?.text).toContain(t("ar", "answerOf", 1, 5));
  });

  it("the question is read back from the footer, with or without the page line, cut or not", () => {
    expect(questionOfFooter("Answer 2 of 3 · “who said it?”")).toBe("who said it?");
    expect(questionOfFooter("“who said it?” · your pick")).toBe("who said it?");
    expect(questionOfFooter(`${t("ar", "answerOf", 1, 2)} · “من قال ذلك…`)).toBe("من قال ذلك…");
    expect(questionOfFooter("What Sales said")).toBeNull();
    expect(questionOfFooter(undefined)).toBeNull();
  });

  it("rejects custom ids it did not make, or made by an older version that kept lists in memory", () => {
    expect(parseCustomId("other:thing")).toBeNull();
    expect(parseCustomId("qb:page:abc:1")).toBeNull();
    expect(parseCustomId("qb:pick:abc:1")).toBeNull();
    expect(parseCustomId(CUSTOM_ID.cite("short"))).toBeNull();
    expect(parseCustomId(`qb:cite:${"A".repeat(200)}`)).toBeNull();
    // A page past the items carried.
    const next = CUSTOM_ID.page({ lang: "en", source: { kind: "answer", items: [{ ref: "A".repeat(8), score: 1 }] } }, 1);
    expect(parseCustomId(next)).toBeNull();
    expect(parseCustomId("qb:pa:en:zzzzzzzzzzzzzz:0::AAAAAAAA0a")).toBeNull();
  });
});

describe("no match and notices", () => {
  it("says it does not know and points to the speaker list", () => {
    const reply = renderAnswer({ question: "q", status: "no_match", answers: [], reason: "not_found" });
    expect(reply.embeds).toEqual([]);
    expect(reply.content).toContain(MESSAGES.noMatch);
    expect(reply.content).toContain("/speakers");
  });

  it("explains empty and overlong questions", () => {
    expect(renderNoMatch({ reason: "empty" }).content).toBe(MESSAGES.questionEmpty);
    expect(renderNoMatch({ reason: "too_long" }).content).toBe(MESSAGES.questionTooLong(MAX_QUESTION_LENGTH));
  });

  it("never lets a reply mention anyone", () => {
    expect(NO_MENTIONS).toEqual({ parse: [], repliedUser: false });
    expect(renderAnswer({ question: "q", status: "answered", answers: [item()] }).allowedMentions).toBe(NO_MENTIONS);
    expect(renderSpeakers([SALES]).allowedMentions).toBe(NO_MENTIONS);
  });
});

describe("context", () => {
  it("shows the whole sentence with the quote in bold, Arabic intact", () => {
    const reply = renderContext(item());
    expect(reply.embeds[0].description).toBe(
      "وقال ساليس إن **العلامة التجارية لداعش لا تزال موجودة في العالم**، مضيفاً أن الخطر قائم.",
    );
  });

  it("falls back to the plain sentence, cut, when it is too long", () => {
    const reply = renderContext(item({ context: `${"كلمة ".repeat(1000)}${item().text}` }));
    expect(reply.embeds[0].description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(reply.embeds[0].description).not.toContain("**");
  });
});

describe("speakers, articles and choices", () => {
  it("lists speakers most quoted first, within the description limit", () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ ...SALES, id: `s${i}`, name: `Speaker ${i}`, quoteCount: i }));
    const embed = renderSpeakers(many).embeds[0];
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(embed.description!.startsWith("**Speaker 399 · روبرت ساليس**")).toBe(true);
    expect(embed.description).toMatch(/… and \d+ more$/);
  });

  it("shows at most 10 articles, within the total embed limit", () => {
    const articles = Array.from({ length: 12 }, (_, i) => ({ ...ARTICLE, id: `a${i}`, title: "ت".repeat(300), titleEn: "t".repeat(2000) }));
    const reply = renderArticles(articles);
    expect(reply.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(reply.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
    expect(reply.content).toBe("Showing 10 of 12 articles.");
    expect(renderArticles([ARTICLE]).embeds[0].url).toBe("https://example.com/a");
  });

  it("autocomplete choices name both scripts within 100 characters, value = id", () => {
    expect(speakerChoice(SALES)).toEqual({ name: "Robert Sales · روبرت ساليس (Former US official)", value: "robert-sales" });
    expect(speakerChoice({ ...SALES, role: "r".repeat(300) }).name.length).toBeLessThanOrEqual(LIMITS.choiceName);
  });
});

describe("suggestions (Did you mean …?)", () => {
  const hostile = item({ text: `**bold** @everyone <@123> [x](https://evil.example) ${"ك".repeat(3000)}`, speaker: { ...SALES, name: `*${"n".repeat(200)}*` } });
  const reply = renderAnswer(
    { question: "q", status: "suggested", answers: [hostile, item({ speaker: null, kind: "fact" }), item()] },
    0,
    { buttons: { asker: "42" } },
  );
  it("says it is not sure and numbers the candidates, one pick button each, within Discord's limits", () => {
    expect(reply.content).toBe(MESSAGES.suggested);
    const description = reply.embeds[0].description!;
    expect(description).toMatch(/^\*\*1\.\*\* /);
    expect(description).toContain("**3.** ");
    expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    const buttons = reply.components[0].components;
    const ids = buttons.map((b) => ("custom_id" in b ? b.custom_id : ""));
    expect(new Set(ids).size).toBe(3);
    for (const b of buttons) expect(("label" in b ? b.label : "")!.length).toBeLessThanOrEqual(80);
    // Each pick button carries its candidate's record and score, and who may pick.
    expect(parseCustomId(ids[2])).toEqual({ action: "pick", lang: "en", asker: "42", item: { ref: recordRef(item().id), score: item().score } });
    expect(reply.allowedMentions).toEqual(NO_MENTIONS);
  });
  it("escapes corpus text: no markdown, mention or masked link gets through", () => {
    const description = reply.embeds[0].description!;
    expect(description).not.toContain("**bold**");
    expect(description).toContain("\\*\\*bold\\*\\*");
    expect(description).not.toMatch(/(?<!\\)\[x\]\(https/); // a masked link needs an unescaped "[x](http"
  });
});

describe("citations", () => {
  const hostile = item({
    citation: {
      title: "See https://evil.example/x and [click](https://evil.example) @everyone",
      titleEn: null, publisher: "Pub", date: null, url: "https://news.example/a`b", paragraph: 3,
      text: "“See https://evil.example/x and [click](https://evil.example) @everyone”, Pub, ¶ 3. https://news.example/a`b",
    },
  });

  it("never leave an address from the corpus as a live link: every one is shown as code", () => {
    const source = (itemEmbed(hostile).fields ?? []).find((f) => f.name === "Source")!.value;
    const outsideCode = source.replace(/`[^`]*`/g, "");
    expect(outsideCode).not.toMatch(/https?:\/\//);
    expect(source).toContain("`https://news.example/a%60b`");
    expect(source).not.toMatch(/\]\(https?:/);
  });

  it("Copy citation gives the plain citation in a code block that cannot be closed early", () => {
    const reply = renderCitation(hostile);
    expect(reply.content).toMatch(/^```\n“See .*¶ 3\. https:\/\/news\.example\/aˋb\n```$/);
    expect(reply.allowedMentions).toEqual(NO_MENTIONS);
  });
});

describe("the interface language", () => {
  it("is Arabic for an Arabic question: fields, buttons, footer and no-match from the catalogue", () => {
    const answer = { question: "من قال إن العلامة موجودة؟", status: "answered" as const, answers: [item(), item({ paragraph: 9 })] };
    const reply = renderAnswer(answer, 0, { buttons: {} });
    const names = (reply.embeds[0].fields ?? []).map((f) => f.name);
    expect(names).toEqual([t("ar", "english"), t("ar", "role"), t("ar", "source"), t("ar", "confidence")]);
    expect(reply.embeds[0].footer?.text).toContain(t("ar", "answerOf", 1, 2));
    const labels = reply.components[0].components.map((b) => ("label" in b ? b.label : ""));
    expect(labels).toEqual([t("ar", "previous"), t("ar", "next"), t("ar", "showSentence"), t("ar", "copyCitation")]);
    expect(renderAnswer({ ...answer, status: "no_match", answers: [], reason: "not_found" }).content).toContain(t("ar", "noMatch"));
    expect(renderAnswer({ ...answer, question: "who said it?", status: "no_match", answers: [], reason: "not_found" }).content).toContain(t("en", "noMatch"));
  });
});
