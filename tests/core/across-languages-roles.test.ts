// A speaker named by role in the other language's words (issue 12): every word of the phrase must meet
// a word of the role of its own, so that a two-word body read through a concept ("نقابة المحامين" →
// "bar council") is not one word of another role ("the BMA council"). All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const LAWYERS_EN = `Lawyers back the chief justice on court delays
The Law Society of Norland President Tomas Verek said on Monday that "the chief justice was right to warn the government about the court delays".
Dr Alan Pike, chairman of the Eastport Medical council, said that "hospital staff will not strike this month".
`;

const DOCTORS_EN = `Doctors call off the strike
Dr Alan Pike, chairman of the Eastport Medical council, said that "the chief justice was right to warn the government about the delays in paying hospital staff".
`;

const MINISTRY_AR = `وزارة الصحة: حملة التطعيم تبدأ الأحد
وقالت وزارة الصحة في بيان إن "حملة التطعيم ضد الحصبة ستبدأ يوم الأحد في جميع المحافظات".
وقال المتحدث باسم الوزارة أحمد سالم إن "اللقاحات وصلت إلى المراكز الصحية وتكفي لمليون طفل".
`;

const TWO_MINISTRIES_AR = `وزارتان تعلنان خطة مشتركة للمدارس
وقالت وزارة الصحة في بيان إن "الفحوص الطبية ستجرى في المدارس هذا الشهر".
وقالت وزارة التربية في بيان إن "الدوام المدرسي يبدأ في الأول من أيلول".
وقال المتحدث باسم الوزارة أحمد سالم إن "اللقاحات وصلت إلى المراكز الصحية وتكفي لمليون طفل".
`;

const DEPUTY_AR = `طهران تعرض الاستثمار في حقول الغاز العراقية
قال وكيل وزير النفط الإيراني حسن رضائي إن "طهران مستعدة للاستثمار في تطوير حقول الغاز داخل العراق".
وأضاف رضائي أن "القرار يعود إلى الحكومة العراقية وحدها".
وقال وزير النفط الإيراني محمود كريمي إن "صادرات النفط ارتفعت هذا العام رغم العقوبات".
`;

let dir: string;
let deputy: Engine;
let lawyers: Engine;
let doctors: Engine;
let ministry: Engine;
let twoMinistries: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-across-roles-"));
  deputy = ingestedEngine(dir, "deputy", { "deputy-ar": DEPUTY_AR });
  lawyers = ingestedEngine(dir, "lawyers", { "lawyers-en": LAWYERS_EN });
  doctors = ingestedEngine(dir, "doctors", { "doctors-en": DOCTORS_EN });
  ministry = ingestedEngine(dir, "ministry", { "ministry-ar": MINISTRY_AR });
  twoMinistries = ingestedEngine(dir, "two-ministries", { "two-ministries-ar": TWO_MINISTRIES_AR });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an office of an English role that ends with it ('the Law Society of Norland President')", () => {
  it("is met by the Arabic phrase of the body and its head", () => {
    expectSpeaker(lawyers, "ماذا قال رئيس نقابة المحامين عن تحذير رئيس القضاة؟", /Verek/);
  });
});

describe("two words of a phrase never stand for one word of a role", () => {
  it("the head of the lawyers' body is not the chairman of a medical council", () => {
    const a = doctors.ask("ماذا قال رئيس نقابة المحامين عن تحذير رئيس القضاة؟");
    expect(a.status).not.toBe("answered");
    expect(a.answers[0]?.speaker?.name ?? "").not.toMatch(/Pike/);
  });
  it("the chairman is still found by his own role", () => {
    expectSpeaker(doctors, "ماذا قال رئيس المجلس الطبي عن رئيس القضاة؟", /Pike/);
  });
});

describe("a role that names its body only as 'the ministry'", () => {
  it("is the one ministry its article quotes", () => {
    expectSpeaker(ministry, "What did the health ministry spokesman say about the vaccines?", /سالم/);
  });
  it("is no ministry when the article quotes two", () => {
    const a = twoMinistries.ask("What did the health ministry spokesman say about the vaccines?");
    expect(a.status === "answered" ? a.answers[0].speaker?.nameAr : "").not.toMatch(/سالم/);
  });
});

describe("a deputy minister (وكيل وزير, نائب وزير): 'deputy' before the ministry's words", () => {
  it("is the deputy, not the minister", () => {
    expectSpeaker(deputy, "What did Iran's deputy oil minister say about investing in Iraq's gas fields?", /رضائي/);
    expectSpeaker(deputy, "What did the deputy oil minister say about the Iraqi government?", /رضائي/);
  });
  it("the minister is still the minister", () => {
    expectSpeaker(deputy, "What did Iran's oil minister say about oil exports?", /كريمي/);
  });
});
