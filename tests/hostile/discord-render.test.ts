// Issue 16 items 4 and 15: Discord rendering is linear on any corpus text (escape after a cut, never
// before) and leaves no live link, whatever the corpus holds. The work is counted (work.ts), not timed:
// a text is read only as far as the embed can show, so a huge one costs what a short one does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escape, itemEmbed, renderContext, renderItemsPage, renderSpeakers, truncate } from "../../adapters/discord/render.js";
import { SALES, item } from "../discord/fake-engine.js";
import { work, type Work } from "./work.js";
import { liveMarkup } from "./discord-markdown.js";

const EVIL = "[click](https://evil.example)";
const DESCRIPTION_LIMIT = 4096;

describe("Discord escaping of hostile corpus text", () => {
  /** What a render may read: a few passes over at most an embed description's 4,096 characters. */
  const bounded = (w: Work<unknown>) => {
    expect(w.longestRegexInput).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(w.regexChars + w.scanned + w.segmented).toBeLessThanOrEqual(3 * DESCRIPTION_LIMIT);
  };

  it("reads a 16,000-character '[a](' quote only as far as it shows it (escaping all of it first took 44 s)", () => {
    const w = work(() => itemEmbed(item({ text: "[a](".repeat(4000) })));
    expect(liveMarkup(w.out.description!)).toBeNull();
    bounded(w);
  });

  it("reads 8,000 and 80,000 backticks in a context only as far as it shows them (was 2.1 s)", () => {
    bounded(work(() => renderContext(item({ context: "`".repeat(8000) }))));
    bounded(work(() => renderContext(item({ context: "`".repeat(80_000) }))));
  });

  it("truncates a long run of backslashes reading only what it keeps", () => {
    const w = work(() => truncate(`${"\\".repeat(200_000)}x`, 4000));
    expect(w.out.length).toBeLessThanOrEqual(4000);
    bounded(w);
  });

  it("leaves no masked link live, in any position", () => {
    for (const text of [EVIL, `a ${EVIL}`, `[x] ${EVIL}`, `${EVIL} ${EVIL} ${EVIL}`, `[a][b](c) ${EVIL}`]) {
      expect(liveMarkup(escape(text)), text).toBeNull();
    }
  });

  it("leaves no bare URL, mention or timestamp live", () => {
    for (const text of ["see https://evil.example now", "<https://evil.example>", "<@123> <@&456> <#789> <t:1:R>", "@everyone @here"]) {
      expect(liveMarkup(escape(text)), text).toBeNull();
    }
  });

  it("escapes the context's title and every other embed text", () => {
    const hostile = item({ text: EVIL, textEn: EVIL, context: `${EVIL} said ${EVIL}`, speaker: { ...SALES, name: EVIL, nameAr: EVIL, role: EVIL, roleAr: EVIL } });
    const ctx = renderContext(hostile).embeds[0];
    const page = renderItemsPage([hostile], 0, EVIL, { buttons: {} }).embeds[0];
    const speakers = renderSpeakers([{ ...SALES, name: EVIL, role: EVIL }]).embeds[0];
    for (const embed of [ctx, page, speakers]) {
      const texts = [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])];
      for (const t of texts) if (t) expect(liveMarkup(t), t).toBeNull();
    }
  });

  it("any text made of markup, links, mentions and invisible or direction characters: bounded work, nothing live (property)", () => {
    const unit = fc.constantFrom("[", "](", "https://e.x", "www.e.x", "`", "\\", "<@1>", "<#2>", "@everyone", "＠here", "\u202e", "\u200d", "\u200b", "> ", "\n", "*", "_", "~", "||", "ق", "ّ", " ", "«", "“");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6000 }).map((a) => a.join("")), (text) => {
        const hostile = item({ text, textEn: text, context: text, speaker: { ...SALES, name: text.slice(0, 300) || "x", role: text.slice(0, 300) } });
        for (const w of [work(() => itemEmbed(hostile)), work(() => renderContext(hostile).embeds[0])]) {
          expect(w.longestRegexInput).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
          const texts = [w.out.title, w.out.description, ...(w.out.fields ?? []).flatMap((f) => [f.name, f.value])];
          for (const t of texts) if (t) expect(liveMarkup(t), t).toBeNull();
        }
      }),
      { numRuns: 40 },
    );
  });
});
