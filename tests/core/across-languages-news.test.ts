// Asking across languages about news drafts (issue 12, second round): a phrase of the glossary finds
// the other language's phrase, the glossary's everyday news words and their verb forms, and traps that
// must still abstain. All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { crossScriptKey, latinSpellings } from "../../src/normalize/names.js";
import { contentTerms, questionTerms } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const relatedOf = (text: string, word: string) => new Set((questionTerms(text).find((t) => t.word === word)?.related ?? []).map((r) => r.key));
/** The word is found through another's concept: one of its keys is among the other's related keys. */
const reaches = (from: string, to: string) => contentTerms(to)[0].keys.some((k) => relatedOf(from, contentTerms(from)[0].word).has(k));

describe("a phrase of a glossary line", () => {
  it("finds the other language's phrase of its line word by word, though the line has one-word members too", () => {
    // "electronic systems" holds its two words: they are searched for as أنظمة إلكترونية.
    const related = relatedOf("electronic systems", "systems");
    expect(contentTerms("أنظمة")[0].keys.some((k) => related.has(k))).toBe(true);
    expect(contentTerms("إلكترونية")[0].keys.some((k) => relatedOf("electronic systems", "electronic").has(k))).toBe(true);
  });
});

describe("the glossary's everyday news words", () => {
  it("gives a verb its Arabic forms of he, she and we, past and present", () => {
    expect(reaches("win", "ننتصر")).toBe(true);
    expect(reaches("thanked", "يشكر")).toBe(true);
    expect(reaches("postponed", "تأجيل")).toBe(true);
  });
  it("gives the words of qualities, amounts and places their translation both ways", () => {
    expect(reaches("official", "رسمية")).toBe(true);
    expect(reaches("solar", "الشمسية")).toBe(true);
    expect(reaches("المتجددة", "renewable")).toBe(true);
    expect(reaches("عدادات", "meters")).toBe(true);
  });
});

const FINANCE_AR = `وزير المالية: الدفع الإلكتروني يبدأ الشهر المقبل
قال وزير المالية السوداني جبريل إبراهيم إن "الحكومة ستنقل التعاملات المالية إلى أنظمة إلكترونية قبل نهاية العام".
وقال رئيس اتحاد المزارعين حامد الطيب إن "المزارعين سيحصلون على دعم فوري لشراء الأسمدة".
`;
const CALLED_ON_AR = `نائب يدعو رئيس البلدية إلى وقف التدخل
قال رئيس البلدية فادي منصور إن "البلدية لن تتوقف عن العمل مع اللجنة حتى تنتهي الطرق".
ودعا النائب كمال حداد يوم الأحد منصور إلى "وقف التدخل في عمل اللجنة فورا".
`;

const COACH_EN = `Riverside coach praises players after cup win
Riverside United coach Robert Carver said on Sunday that "the players fought hard, but the referee made poor decisions".
Carver added that the team would travel to Dunmore next week for the cup final.
`;

const MAYOR_AR = `رئيس البلدية: الطرق تفتح الأسبوع المقبل
قال رئيس البلدية عبد الحميد الفرجاني إن "الطرق الرئيسية ستفتح الأسبوع المقبل بعد انتهاء الأشغال".
`;

let dir: string;
let finance: Engine;
let calledOn: Engine;
let coach: Engine;
let mayor: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-across-news-"));
  finance = ingestedEngine(dir, "finance", { "finance-ar": FINANCE_AR });
  calledOn = ingestedEngine(dir, "called-on", { "called-on-ar": CALLED_ON_AR });
  coach = ingestedEngine(dir, "coach", { "coach-en": COACH_EN });
  mayor = ingestedEngine(dir, "mayor", { "mayor-ar": MAYOR_AR });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("English questions on an Arabic draft", () => {
  it("a phrase of the question meets the Arabic phrase of its line", () => {
    expectSpeaker(finance, "Who said financial transactions would move to electronic systems?", /جبريل/);
  });
  it("a statement worded with everyday words of the glossary", () => {
    expectSpeaker(finance, "Who said farmers would get immediate support to buy fertilizer?", /الطيب/);
    expect(finance.ask("Who said farmers lost their harvest to the floods?").status).not.toBe("answered");
  });
});

describe("who called on whom", () => {
  it("the one called on is never the answer to who called on them", () => {
    for (const q of ["Who called on Mansour to stop interfering in the committee's work?", "من دعا منصور إلى وقف التدخل في عمل اللجنة؟"]) {
      const a = calledOn.ask(q);
      expect(`${a.answers[0]?.speaker?.name} ${a.answers[0]?.speaker?.nameAr}`, q).not.toMatch(/منصور|Mansour/);
    }
    expectSpeaker(calledOn, "من دعا منصور إلى وقف التدخل في عمل اللجنة؟", /حداد/);
  });
});

describe("a foreign name written in Arabic letters", () => {
  it("has the consonants of its Latin spelling, the letters Arabic lacks folded into the ones it uses", () => {
    // ch before r or l is a k: كريستوفر is Christopher, كريس Chris.
    for (const [ar, en] of [["كوبر", "Cooper"], ["تشيركيسوف", "Cherkesov"], ["جمشيدبور", "Jamshedpur"], ["موسكو", "Moscow"], ["كريستوفر", "Christopher"], ["كريس", "Chris"]]) {
      expect(latinSpellings(ar).map(crossScriptKey), `${ar} ~ ${en}`).toContain(crossScriptKey(en));
    }
    expect(crossScriptKey("Salem")).not.toBe(crossScriptKey("Salman"));
    // An h is ه or ح: نتنياهو is not Nathan.
    expect(latinSpellings("نتنياهو").map(crossScriptKey)).not.toContain(crossScriptKey("Nathan"));
    // Two consonants tell too little apart.
    expect(crossScriptKey("Saar")).toBeNull();
  });
  it("names the English speaker in an Arabic question", () => {
    expectSpeaker(coach, "ماذا قال روبرت كارفر عن الحكم؟", /Carver/);
    expectSpeaker(coach, "ماذا قال كارفر عن قرارات الحكم؟", /Carver/);
  });
  it("finds a place of the English text by its sound", () => {
    expectSpeaker(coach, "من قال إن الفريق سيسافر إلى دانمور الأسبوع المقبل؟", /Carver/);
  });
  it("a trap still abstains", () => {
    expect(coach.ask("ماذا قال روبرت كارفر عن الانتخابات؟").status).not.toBe("answered");
    expect(coach.ask("ماذا قال روبرت كوهين عن الحكم؟").status).not.toBe("answered");
  });
});

describe("the article of a family name written apart", () => {
  it("names no one: 'al Hamwi' is not Abdel Hamid Al-Ferjani", () => {
    expect(mayor.ask("What did Saleh al-Hamwi say?").status).toBe("no_match");
    expect(mayor.ask("What did Ali al Hamwi say about the roads?").status).not.toBe("answered");
  });
  it("a name with its article still names the speaker", () => {
    expectSpeaker(mayor, "What did al-Ferjani say about the roads?", /الفرجاني/);
    expectSpeaker(mayor, "What did Abdel Hamid Al-Ferjani say?", /الفرجاني/);
  });
});
