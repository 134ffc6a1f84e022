// Asking across languages (issue 12, third round): short names by their consonants and outer vowels,
// a club or place left out of an English role met by its sound, titles and ranks of the glossary, a
// minister who is not his ministry, and what every adapter shows for a draft with no English rendering.
// All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAnswer } from "../../adapters/cli/format.js";
import { renderAnswer as renderDiscord } from "../../adapters/discord/render.js";
import { renderAnswer as renderSlack } from "../../adapters/slack/render.js";
import { t, type Engine } from "../../src/index.js";
import { contentTerms, questionTerms } from "../../src/normalize/index.js";
import { latinSpellings, shortNameKey } from "../../src/normalize/names.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";
import { allTexts } from "../slack/harness.js";

const relatedOf = (text: string, word: string) => new Set((questionTerms(text).find((t) => t.word === word)?.related ?? []).map((r) => r.key));
const reaches = (from: string, to: string) => contentTerms(to)[0].keys.some((k) => relatedOf(from, contentTerms(from)[0].word).has(k));

const MINISTER_EN = `Minister says talks will resume next week
Foreign Minister Dan Saar said on Monday that "the talks with our neighbours will resume next week in Geneva".
Police Lieutenant Karim Bilal said that "two men were arrested near the border crossing on Sunday".
`;

const COACHES_AR = `مدرب الرمال: الفريق جاهز للنهائي
قال مدرب فريق الرمال سعيد الخالدي إن "اللاعبين جاهزون للمباراة النهائية رغم الإصابات".
وقال المتحدث باسم وزارة الصحة ماهر العتيبي إن "المستشفيات استقبلت عشرين مصابا بعد الحادث".
`;

let dir: string;
let minister: Engine;
let coaches: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-across-names-"));
  minister = ingestedEngine(dir, "minister", { "minister-en": MINISTER_EN });
  coaches = ingestedEngine(dir, "coaches", { "coaches-ar": COACHES_AR });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a short name", () => {
  it("keeps its consonants and outer vowels in both scripts", () => {
    for (const [ar, en] of [["ساعر", "Sa'ar"], ["عزام", "Azzam"], ["بلال", "Bilal"], ["أماني", "Amani"]]) {
      expect(latinSpellings(ar).map(shortNameKey), `${ar} ~ ${en}`).toContain(shortNameKey(en));
    }
    expect(shortNameKey("Sellal")).toBe(shortNameKey("Slal"));
    expect(shortNameKey("Sami")).not.toBe(shortNameKey("Azzam"));
    expect(shortNameKey("Omar")).not.toBe(shortNameKey("Amr") + "V");
    // A name of three consonants has crossScriptKey, and no short key.
    expect(shortNameKey("Cooper")).toBeNull();
  });
  it("names the English speaker in an Arabic question", () => {
    expectSpeaker(minister, "ماذا قال ساعر عن المحادثات؟", /Saar/);
    expectSpeaker(minister, "ماذا قال الملازم بلال عن الحدود؟", /Bilal/);
  });
  it("a name that only shares a consonant names nobody", () => {
    expect(minister.ask("ماذا قال سامي عن المحادثات؟").status).not.toBe("answered");
  });
});

describe("a word of an Arabic role that its English leaves out", () => {
  it("is met by its sound: a club's name", () => {
    expectSpeaker(coaches, "What did the Rimal coach say about the final?", /الخالدي/);
  });
  it("a club the article does not name is nobody", () => {
    expect(coaches.ask("What did the Hilal coach say about the final?").status).not.toBe("answered");
  });
});

describe("a minister is not his ministry", () => {
  it("the health ministry's spokesman is not the health minister", () => {
    expect(coaches.ask("What did the health minister say about the hospitals?").status).not.toBe("answered");
    expectSpeaker(coaches, "What did the health ministry spokesman say about the hospitals?", /العتيبي/);
  });
});

describe("the glossary's news families", () => {
  it("reaches the other language's words of economy, courts, security, sport and health", () => {
    expect(reaches("wages", "الأجور")).toBe(true);
    expect(reaches("jurisdiction", "اختصاص")).toBe(true);
    expect(reaches("dismantled", "تفكيك")).toBe(true);
    expect(reaches("defender", "المدافع")).toBe(true);
    expect(reaches("vaccine", "اللقاح")).toBe(true);
    expect(reaches("المحروقات", "hydrocarbons")).toBe(true);
  });
});

describe("an answer from a draft with no English rendering", () => {
  it("shows the Arabic text and says no English rendering exists yet, in the CLI, Discord and Slack", () => {
    const answer = coaches.ask("What did the Rimal coach say about the final?");
    const item = answer.answers[0];
    expect(item).toMatchObject({ textEn: null, englishMissing: true });
    const said = t("en", "noEnglish");
    const cli = formatAnswer(answer, "en");
    const discord = JSON.stringify(renderDiscord(answer, 0, { lang: "en" }));
    const slack = allTexts(renderSlack(answer, { lang: "en" })).join("\n");
    for (const [adapter, shown] of [["cli", cli], ["discord", discord], ["slack", slack]]) {
      expect(shown, adapter).toContain(said);
      expect(shown, adapter).toContain("جاهزون للمباراة");
    }
  });
});
