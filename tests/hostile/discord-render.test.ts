// Issue 16 items 4 and 15: Discord rendering is linear on any corpus text (escape after a cut, never
// before) and leaves no live link, whatever the corpus holds.
import { describe, expect, it } from "vitest";
import { escape, itemEmbed, renderContext, renderItemsPage, renderSpeakers, truncate } from "../../adapters/discord/render.js";
import { SALES, item } from "../discord/fake-engine.js";
import { withinBudget } from "./budget.js";
import { liveMarkup } from "./discord-markdown.js";

const EVIL = "[click](https://evil.example)";

describe("Discord escaping of hostile corpus text", () => {
  it("renders a 16,000-character '[a](' quote without stalling (was 44 s)", () => {
    const embed = withinBudget(() => itemEmbed(item({ text: "[a](".repeat(4000) })));
    expect(liveMarkup(embed.description!)).toBeNull();
  });

  it("renders 8,000 backticks in a context without stalling (was 2.1 s)", () => {
    withinBudget(() => renderContext(item({ context: "`".repeat(80_000) })));
  });

  it("truncates a long run of backslashes without stalling", () => {
    withinBudget(() => truncate(`${"\\".repeat(200_000)}x`, 4000));
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
});
