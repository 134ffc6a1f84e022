// Lists say how many there are in all, on every surface.
import { describe, expect, it } from "vitest";
import { formatAnswer, formatSpeakers } from "../../adapters/cli/format.js";
import { renderAnswer as discordAnswer, renderSpeakers as discordSpeakers } from "../../adapters/discord/render.js";
import { renderAnswer as slackAnswer, renderSpeakers as slackSpeakers } from "../../adapters/slack/render.js";
import { loadEngine, t } from "../../src/index.js";
import { allTexts } from "../slack/harness.js";

const engine = loadEngine();

describe("how many", () => {
  it("the engine says how many answers there are when it shows fewer", () => {
    const all = engine.speakers().length;
    const a = engine.ask("who is quoted?");
    expect(a.answers).toHaveLength(5);
    expect(a.total).toBe(all);
    expect(engine.ask("who is quoted?", { limit: 5 }).total).toBe(all);
    expect(engine.ask("What did Jeffrey say?").total).toBeUndefined();
  });

  it("every surface says it: the CLI, Discord's footer, Slack's context line", () => {
    const a = engine.ask("who is quoted?");
    expect(formatAnswer(a)).toContain(t("en", "showingAnswers", 5, a.total!));
    expect(discordAnswer(a).embeds[0].footer?.text).toContain(`${t("en", "answerOf", 1, 5)} (${t("en", "inAll", a.total!)})`);
    expect(allTexts(slackAnswer(a)).join("\n")).toContain(t("en", "showingAnswers", 5, a.total!));
    const ar = engine.ask("من هم المتحدثون؟");
    expect(formatAnswer(ar)).toContain(t("ar", "showingAnswers", ar.answers.length, ar.total!));
  });

  it("speaker lists name the count and show every speaker", () => {
    const list = engine.speakers();
    const cli = formatSpeakers(list);
    expect(cli.split("\n")[0]).toBe(`${t("en", "speakersQuoted", list.length)}:`);
    for (const s of list) expect(cli).toContain(s.name);
    expect(discordSpeakers(list).embeds[0].title).toBe(t("en", "speakersQuoted", list.length));
    expect(allTexts(slackSpeakers(list, "ar")).join("\n")).toContain(t("ar", "speakersQuoted", list.length));
  });
});
