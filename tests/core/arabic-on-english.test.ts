// Arabic questions on English drafts (issue 12, the weakest direction): Arabic function words that English
// leaves out as stopwords, Arabic word forms the stemmer split from their bare word (a hamza plural or an
// alef maqsura before a pronoun), countries and their people, and the glossary's everyday words. All
// articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { standardizeDialect } from "../../src/normalize/dialect.js";
import { arabicNameSpellings } from "../../src/normalize/names.js";
import { contentTerms, questionTerms, wordKeys, normalize } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const keysOf = (word: string) => wordKeys(normalize(word).trim());
const shareKey = (a: string, b: string) => keysOf(a).some((k) => keysOf(b).includes(k));
const relatedOf = (word: string) => new Set((questionTerms(word)[0]?.related ?? []).map((r) => r.key));
const reaches = (from: string, to: string) => contentTerms(to)[0].keys.some((k) => relatedOf(from).has(k));

describe("Arabic function words", () => {
  it("are left out of a question's words as their English counterparts are (when, while, during, but he)", () => {
    const words = contentTerms("قال إن مدربه يتحمس عندما يحضر أثناء التدريب بينما لكنه لم يكن هناك").map((t) => t.word);
    for (const w of ["عندما", "اثناء", "بينما", "لكنه", "يكن"]) expect(words, w).not.toContain(w);
    const about = contentTerms("أخذ علما بشكوى الدفاع بشأن التغطية وعدم سيتم").map((t) => t.word);
    for (const w of ["بشان", "عدم", "سيتم"]) expect(about, w).not.toContain(w);
    expect(words).toContain("مدربه");
  });
});

describe("the exception after a negation", () => {
  it("keeps سوى as 'except' after a standard negation, and the Gulf 'did' elsewhere", () => {
    expect(standardizeDialect("ليس سوى وسيلة")).toBe("ليس سوى وسيلة");
    expect(standardizeDialect("لم يبق سوى يومين")).toBe("لم يبق سوى يومين");
    expect(standardizeDialect("شنو سوى الوزير")).toContain("فعل");
  });
});

describe("Arabic word forms before a pronoun", () => {
  it("a hamza plural before a pronoun keeps the plural's key (أعضائها, وزرائهم, أبنائنا)", () => {
    expect(shareKey("أعضائها", "الأعضاء")).toBe(true);
    expect(shareKey("وزرائهم", "وزراء")).toBe(true);
    expect(shareKey("أبنائنا", "أبناء")).toBe(true);
  });
  it("an alef maqsura written as alef before a pronoun keeps the bare word's key (شكواهم, مستواها)", () => {
    expect(shareKey("شكواهم", "شكوى")).toBe(true);
    expect(shareKey("مستواها", "المستوى")).toBe(true);
  });
  it("a leading و that is the root's first letter is also kept (بوعده: الوعد, وزير: الوزير)", () => {
    expect(shareKey("بوعده", "الوعد")).toBe(true);
    expect(shareKey("وزير", "الوزير")).toBe(true);
    expect(shareKey("وقال", "قال")).toBe(true);
  });
  it("a ta marbuta word is not read as a hamza or alef maqsura form (ولاية is not ولاء, حياة not حي)", () => {
    expect(shareKey("ولايته", "ولاء")).toBe(false);
    expect(shareKey("ولايتها", "ولاء")).toBe(false);
    expect(shareKey("حياتها", "حي")).toBe(false);
  });
});

describe("words the stemmer folded onto another", () => {
  it("an interview is not 'in exchange for', conducting not a wage, samples not an appointment", () => {
    expect(shareKey("مقابل", "المقابلة")).toBe(false);
    expect(shareKey("أجرى", "أجر")).toBe(false);
    expect(shareKey("العينات", "تعيين")).toBe(false);
    expect(reaches("أجرى", "conducted")).toBe(true);
    expect(reaches("المقابلة", "interview")).toBe(true);
  });
});

describe("the verb of a workers' strike", () => {
  it("reaches the English strike and walkout as the noun إضراب does (سيضرب المسعفون)", () => {
    expect(reaches("سيضربون", "strike")).toBe(true);
    expect(reaches("أضربوا", "strike")).toBe(true);
  });
});

describe("countries and their people", () => {
  it("an Arabic country or nationality reaches the English one (Australian fast bowlers, Zimbabwe's central bank)", () => {
    expect(reaches("الأستراليين", "australian")).toBe(true);
    expect(reaches("الزيمبابوي", "zimbabwe")).toBe(true);
    expect(reaches("نيوزيلندا", "zealand")).toBe(true);
    expect(reaches("الاسكتلندي", "scottish")).toBe(true);
  });
});

const UNION_EN = `Nurses' union will keep intensive care staffed during strike
The Royal Nursing Union said on Monday that it would not ask its members to leave intensive care wards during the strike.
Health Secretary Mark Dalton said the government's offer was fair and final.
`;
const TEAM_EN = `Australian team doctor says injuries are under control
Team doctor Peter Hanlon said the squad's young fast bowlers were tired but not injured when they left the field.
Hanlon said four players would rest before the second match.
`;

const COURT_EN = `Prosecutor withdraws video evidence
State attorney Daniel Reyes said he was unable to show the video in court because of its offensive content.
`;
const BANK_EN = `Central bank governor defends new currency
Central bank governor Peter Okafor said the new notes were only a medium of exchange and needed production behind them.
`;

// English questions on an Arabic draft: a family name with ق as Maghrebi and Gulf spellings write it (g).
const COACH_AR = `المدرب الركراكي: المنتخب جاهز للقاء الودي
قال مدرب المنتخب وليد الركراكي إن "اللاعبين الجدد سيشاركون في المباراة الودية أمام موريتانيا".
وقال المدافع كمال بنعلي إن "الفريق يحتاج إلى وقت".
`;

let dir: string;
let union: Engine;
let team: Engine;
let bank: Engine;
let court: Engine;
let coach: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-ar-on-en-"));
  union = ingestedEngine(dir, "union", { "union-en": UNION_EN });
  team = ingestedEngine(dir, "team", { "team-en": TEAM_EN });
  bank = ingestedEngine(dir, "bank", { "bank-en": BANK_EN });
  court = ingestedEngine(dir, "court", { "court-en": COURT_EN });
  coach = ingestedEngine(dir, "coach", { "coach-ar": COACH_AR });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Arabic questions on an English draft", () => {
  it("a union's members in the possessive form find the statement", () => {
    expectSpeaker(union, "أي نقابة قالت إنها لن تطلب من أعضائها مغادرة أقسام العناية المركزة أثناء الإضراب؟", /Nursing Union/);
  });
  it("a function word English leaves out does not dilute the question", () => {
    expectSpeaker(team, "من قال إن الرماة السريعين كانوا متعبين عندما غادروا الملعب؟", /Hanlon/);
  });
  it("a negation an exception completes says 'only', as the statement does (ليست سوى)", () => {
    expectSpeaker(bank, "من قال إن الأوراق النقدية الجديدة ليست سوى وسيلة للتبادل؟", /Okafor/);
    expect(bank.ask("من قال إن الأوراق النقدية الجديدة ليست وسيلة للتبادل؟").status).not.toBe("answered");
  });
  it("'unable' is a negation as لا يستطيع is: the statement is not its own opposite", () => {
    expectSpeaker(court, "من قال إنه لا يستطيع عرض الفيديو في المحكمة بسبب محتواه المسيء؟", /Reyes/);
  });
  it("a statement the draft does not hold stays unanswered", () => {
    expect(union.ask("من قال إن أعضاء النقابة سيعودون إلى العمل غدا؟").status).not.toBe("answered");
  });
});

describe("English questions on an Arabic draft", () => {
  it("a Maghrebi spelling of a given name is in the name table (Brahim: إبراهيم, Sofiane: سفيان)", () => {
    expect(arabicNameSpellings("Brahim")).toContain("ابراهيم");
    expect(arabicNameSpellings("Sofiane")).toContain("سفيان");
  });
  it("a Latin g that writes ق finds the family name (Regragui: الركراكي)", () => {
    expectSpeaker(coach, "What did Regragui say about the new players?", /الركراكي/);
  });
});
