// Asking across languages by office (issue 12): a person quoted by name alone ("وهبي قائلا", "Al-Rashed
// said") gets the office the article introduces them with elsewhere, so a question by role finds them in
// the other language; an apposition gives one title, never the offices it serves; and a country a question
// names, that an article of the corpus is about, is not taken as the unsaid country of another article.
// All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { extractArticle } from "../../src/ingest/extract.js";
import { rolesFromIntroductions } from "../../src/ingest/introductions.js";
import { englishRole } from "../../src/ingest/roles.js";
import { latinSpellings, nameSpellings, phoneticKey } from "../../src/normalize/names.js";
import { questionTerms } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

// The minister is introduced with a comma between title and name, then quoted by surname alone.
const JUSTICE_AR = `البرلمان يناقش مشروع قانون المترجمين
خلال جلسة عامة يوم الثلاثاء، رفض وزير العدل، عبد اللطيف الناصري، مناقشة التعديلات المقترحة.
وقال الناصري إن "مشروع قانون المترجمين المحلفين سيحمي حقوق المتقاضين".
`;
const COMMERCE_EN = `Ministers review the year's trade figures
RIYADH: Khalid Al-Rashed, the Saudi minister of commerce, and Omar Al-Dosari, minister of housing, on Monday reviewed the year's figures.
Al-Rashed said that "exports of the kingdom grew faster than in any year before".
Al-Dosari said that "new housing projects will be launched in the spring".
`;
const COACH_EN = `Late goal sinks the visitors
Speaking after the match, the visitors' head coach Peter Lindqvist said that "the home side deserved to win the game".
`;
const ADVISER_AR = `الدوحة تستضيف جولة محادثات
أكد الدكتور سالم الكواري مستشار رئيس مجلس الوزراء والمتحدث الرسمي لوزارة الخارجية أن "جولة المحادثات المقبلة ستعقد في الدوحة".
`;
// An article about Jordan, and one that names no country at all: its prime minister is no Jordanian.
const JORDAN_AR = `عمّان تطلق برنامجا للتشغيل
قالت وزارة العمل الأردنية إن "البرنامج سيوفر آلاف فرص العمل للشباب في الأردن".
`;
const WAGES_AR = `زيادة الحد الأدنى للأجور
قال الدكتور يوسف الشامي رئيس مجلس الوزراء، إن "الحكومة سترفع الحد الأدنى للأجور مطلع العام المقبل".
`;

let dir: string;
let justice: Engine;
let commerce: Engine;
let coach: Engine;
let adviser: Engine;
let wages: Engine;
let wagesAlone: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-across-intro-"));
  justice = ingestedEngine(dir, "justice", { "justice-ar": JUSTICE_AR });
  commerce = ingestedEngine(dir, "commerce", { "commerce-en": COMMERCE_EN });
  coach = ingestedEngine(dir, "coach", { "coach-en": COACH_EN });
  adviser = ingestedEngine(dir, "adviser", { "adviser-ar": ADVISER_AR });
  wages = ingestedEngine(dir, "wages", { "jordan-ar": JORDAN_AR, "wages-ar": WAGES_AR });
  wagesAlone = ingestedEngine(dir, "wages-alone", { "wages-alone-ar": WAGES_AR });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a person quoted by name alone gets the office the article introduces them with", () => {
  it("Arabic: a title, a comma and the full name before the surname the quote uses", () => {
    const speakers = [{ id: "x", name: "Al-Nasri", nameAr: "الناصري", aliases: [], role: null, roleAr: null, kind: "person" as const }];
    const minister = rolesFromIntroductions(speakers, JUSTICE_AR, "ar")[0];
    expect(minister?.roleAr).toBe("وزير العدل");
    expect(minister?.role).toBe("justice minister");
    expect(minister?.aliases).toContain("عبد اللطيف الناصري");
  });
  it("an English question by office finds the Arabic draft's minister", () => {
    expectSpeaker(justice, "What did the justice minister say about the sworn translators bill?", /الناصري/);
  });
  it("English: an apposition after the name ('X, the Saudi minister of commerce,')", () => {
    const draft = extractArticle(COMMERCE_EN, { id: "commerce-en", lang: "en", file: "commerce-en.txt" });
    expect(draft.speakers.find((s) => s.name === "Khalid Al-Rashed")?.role).toBe("Saudi minister of commerce");
  });
  it("an Arabic question by office finds the English draft's minister", () => {
    expectSpeaker(commerce, "ماذا قال وزير التجارة السعودي عن الصادرات؟", /Al-Rashed/);
  });
  it("English: the title run before the name, without the possessive it opens with", () => {
    const draft = extractArticle(COACH_EN, { id: "coach-en", lang: "en", file: "coach-en.txt" });
    expect(draft.speakers.find((s) => s.name === "Peter Lindqvist")?.role).toBe("head coach");
    expectSpeaker(coach, "شو قال المدرب عن الفريق المضيف؟", /Lindqvist/);
  });
  it("a name the title is of is not titled by it ('the deputy commander of the Hezbollah unit')", () => {
    const speakers = [{ id: "hezbollah", name: "Hezbollah", nameAr: null, aliases: [], role: null, roleAr: null, kind: "person" as const }];
    const text = "Media claim he was the deputy commander of the Hezbollah missile unit.\n";
    expect(rolesFromIntroductions(speakers, text, "en")[0].role).toBeNull();
  });
  it("an office already given is kept", () => {
    const speakers = [{ id: "x", name: "Sami Khalil", nameAr: "سامي خليل", aliases: [], role: "mayor", roleAr: "رئيس البلدية", kind: "person" as const }];
    expect(rolesFromIntroductions(speakers, "قال وزير المالية سامي خليل إن الموازنة جاهزة.\n", "ar")[0].roleAr).toBe("رئيس البلدية");
  });
});

describe("an apposition gives one title, never the offices it serves", () => {
  it("an adviser to the prime minister is an adviser", () => {
    const draft = extractArticle(ADVISER_AR, { id: "adviser-ar", lang: "ar", file: "adviser-ar.txt" });
    expect(draft.speakers.find((s) => s.nameAr === "سالم الكواري")?.roleAr).toBe("مستشار");
  });
  it("and a question about the prime minister does not find him", () => {
    expect(adviser.ask("What did the prime minister say about the next round of talks?").status).not.toBe("answered");
  });
});

describe("a country the question names and an article of the corpus is about", () => {
  it("is not the unsaid country of an article that names none: a trap abstains", () => {
    expect(wages.ask("ماذا قال رئيس الوزراء الأردني عن الحد الأدنى للأجور؟").status).not.toBe("answered");
  });
  it("with no article about that country, the unsaid country still fits", () => {
    expectSpeaker(wagesAlone, "ماذا قال رئيس الوزراء الأردني عن الحد الأدنى للأجور؟", /الشامي/);
  });
});

describe("the role lexicon and the name table", () => {
  it("reads a title in a construct dual or plural (مدربا، مدربو) as the title", () => {
    expect(englishRole("مدربا نادي القادسية")).toMatch(/coach/);
    expect(englishRole("مدربو الفرق")).toMatch(/coach/);
  });
  it("spells the given names news writes (عقيلة: Aguila and Aqila; عابد: Abed)", () => {
    expect(nameSpellings("عقيلة")).toEqual(expect.arrayContaining(["Aguila", "Aqila"]));
    expect(nameSpellings("عابد")?.[0]).toBe("Abed");
  });
  it("spells a final ه also as the ta marbuta it may be (بوطرفة: Bouterfa, as the English draft writes it)", () => {
    expect(latinSpellings("بوطرفه").map(phoneticKey)).toContain(phoneticKey("Bouterfa"));
  });
});

describe("the glossary's news vocabulary", () => {
  const related = (q: string, word: string) => new Set(questionTerms(q).find((t) => t.word === word)?.related?.map((r) => r.key) ?? []);
  it("reaches the other language's words for evacuations, polling agents and the sworn bill's amendments", () => {
    expect(related("evacuations in the valley", "evacuations").has(questionTerms("الإجلاء")[0].keys[0])).toBe(true);
    expect(related("polling agents", "agents").size + related("polling agents", "polling").size).toBeGreaterThan(0);
    expect(related("the amendments", "amendments").has(questionTerms("التعديلات")[0].keys[0])).toBe(true);
  });
  it("never links a word to a short stem that is another common word (أجلى is not أجل, 'for the sake of')", () => {
    expect(related("evacuated", "evacuated").has(questionTerms("أجل")[0].keys[0])).toBe(false);
  });
});
