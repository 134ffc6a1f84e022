// Asking across languages (issue 12, third round): a country the question names that the article leaves
// unsaid, a foreign name in Arabic letters that is no misspelling of an Arabic word, the bodies and
// descriptions of the role lexicon, and the glossary's transport and sport words. All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { glossArabic } from "../../src/ingest/gloss.js";
import { englishRole } from "../../src/ingest/roles.js";
import { contentTerms, placeCounts, questionTerms, speakerTerms } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const relatedOf = (word: string) => new Set((questionTerms(word)[0]?.related ?? []).map((r) => r.key));
const reaches = (from: string, to: string) => contentTerms(to)[0].keys.some((k) => relatedOf(from).has(k));

// Local news names no country: its readers know where it is.
const TRANSPORT_AR = `وزير النقل: لا زيادة في أسعار تذاكر المترو
قال وزير النقل خلال مؤتمر صحفي إن "الوزارة لن ترفع أسعار تذاكر المترو هذا العام".
وقال رئيس المجموعة النيابية سليم بوعزة إن "البرلمان سيناقش ميزانية النقل الأسبوع المقبل".
`;
// The same words in an article that names another country throughout.
const TRANSPORT_IRAQ_AR = `وزير النقل العراقي: لا زيادة في أسعار التذاكر
قال وزير النقل إن "العراق لن يرفع أسعار تذاكر القطارات في العراق هذا العام".
`;
const CIVIL_DEFENSE_AR = `الدفاع المدني: إجلاء مئات العائلات بسبب السيول
وأعلن الدفاع المدني أن "فرق الإنقاذ أجلت مئات العائلات من الوادي بسبب السيول".
وقال مصدر من هيئة الدفاع إن "الحكم صدر دون حضور المحامين".
`;
const STRIKE_EN = `Strike hits car in the south
A source close to the group told reporters that "the strike targeted Hassan Karake as he left his home".
`;
// A statement that says "تركي" (Turkish) itself: the question's unknown كركي is one letter from it.
const TURKISH_CITIZEN_AR = `أنقرة تحذر
قال وزير الخارجية إن "أي ضربة تستهدف أي مواطن تركي سترد عليها أنقرة بقوة".
`;
const TURKEY_AR = `أنقرة تحذر
قال وزير الخارجية التركي إن "تركيا لن تقبل أي ضربة على حدودها".
`;

const COMMAND_EN = `Ships attacked in the Red Sea
The U.S. military's Central Command said that "no ships were damaged in the attack on Tuesday".
Law Society president Peter Ochieng said that "the court must hear the case without delay".
`;

let dir: string;
let command: Engine;
let transport: Engine;
let transportIraq: Engine;
let civil: Engine;
let strike: Engine;
let turkishCitizen: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-across-places-"));
  transport = ingestedEngine(dir, "transport", { "transport-ar": TRANSPORT_AR });
  transportIraq = ingestedEngine(dir, "transport-iraq", { "transport-iraq-ar": TRANSPORT_IRAQ_AR });
  civil = ingestedEngine(dir, "civil", { "civil-ar": CIVIL_DEFENSE_AR });
  strike = ingestedEngine(dir, "strike", { "strike-en": STRIKE_EN, "turkey-ar": TURKEY_AR });
  command = ingestedEngine(dir, "command", { "command-en": COMMAND_EN });
  turkishCitizen = ingestedEngine(dir, "turkish-citizen", { "turkish-citizen-ar": TURKISH_CITIZEN_AR });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a country the question names and the article leaves unsaid", () => {
  it("does not keep the question from the speaker when every other word fits as written", () => {
    expectSpeaker(transport, "What did Egypt's transport minister say about metro ticket prices?", /وزير النقل/);
  });
  it("is never met through another word for a role: a trap still abstains", () => {
    expect(transport.ask("What did the Lebanese army commander say about the budget?").status).not.toBe("answered");
  });
  it("an article that names another country says otherwise", () => {
    expect(transportIraq.ask("What did Egypt's transport minister say about ticket prices?").status).not.toBe("answered");
  });
  it("a virus is no country: كورونا does not name Korea", () => {
    expect(placeCounts("قال إن كورونا أثرت على الاقتصاد").size).toBe(0);
  });
});

describe("a foreign name in Arabic letters", () => {
  it("is the English draft's name, not a misspelling of an Arabic word of another article (كركي is not تركي)", () => {
    const a = strike.ask("مين قال إن الضربة كانت مستهدفة كركي؟");
    expect(`${a.answers[0]?.speaker?.name ?? ""} ${a.answers[0]?.speaker?.nameAr ?? ""}`).not.toMatch(/التركي|Turkish/);
  });
  it("read as a place from another first letter (كركي as تركي), it is at most a suggestion", () => {
    expect(turkishCitizen.ask("مين قال إن الضربة كانت مستهدفة كركي؟").status).toBe("suggested");
  });
});

describe("bodies and descriptions of the role lexicon", () => {
  it("gives the English of titles and bodies it lists", () => {
    expect(englishRole("وزيرة البيئة")).toBe("environment minister");
    expect(englishRole("الحرس الوطني")).toBe("National Guard");
    expect(englishRole("قوات الدعم السريع")).toBe("Rapid Support Forces");
    expect(englishRole("مديرية كهرباء دمشق")).toMatch(/electricity directorate/);
  });
  it("reads a description with its joining words as a role: the source, then where it is close to", () => {
    expect(englishRole("مصدر مقرب من حزب الله")).toBe("source close to Hezbollah");
    expect(glossArabic("مصدر من هيئة الدفاع")).toBe("Source from defense team");
    expect(glossArabic("الدفاع المدني")).toBe("Civil Defense");
  });
  it("an English question reaches a body of an Arabic draft by its English name", () => {
    expectSpeaker(civil, "What did the civil defense say about evacuating families?", /الدفاع المدني/);
  });
});

describe("an English body or title asked for in Arabic", () => {
  it("is reached through its [role] line", () => {
    expectSpeaker(command, "ماذا قال رئيس نقابة المحامين عن القضية؟", /Ochieng/);
    // A body's short name: القيادة المركزية is CENTCOM.
    expect(speakerTerms("القيادة المركزية").flatMap((t) => (t.related ?? []).map((r) => r.key))).toContain("centcom");
  });
});

describe("the glossary's transport and sport words", () => {
  it("translates them both ways", () => {
    expect(reaches("metro", "مترو")).toBe(true);
    expect(reaches("tickets", "تذاكر")).toBe(true);
    expect(reaches("الندية", "rivalry")).toBe(true);
    expect(reaches("doping", "المنشطات")).toBe(true);
  });
});
