// A glossary line lists some forms of an Arabic verb; reports and questions say others. The forms of
// انفعل/افتعل and استفعل, whose shapes say them (انتشر، انتشار، منتشر، ينتشر), and the present and passive
// participle of a past of three sound letters (منع → يمنع، ممنوع) join the line's concept, unless another
// line lists that form for a meaning of its own (مجتمع, society, is no form of اجتمع). All
// articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { derivedStems } from "../../src/normalize/arabic.js";
import { normalize, questionTerms } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const related = (w: string) => (questionTerms(normalize(w))[0]?.related ?? []).map((r) => r.key);

describe("derivedStems", () => {
  it("reads a form VII/VIII verb from its past, verbal noun, participle or present", () => {
    for (const w of ["انتشر", "انتشار", "منتشر", "ينتشر"]) expect(derivedStems(w), w).toEqual(expect.arrayContaining(["انتشر", "انتشار", "منتشر", "ينتشر"].filter((x) => x !== w)));
    expect(derivedStems("اجتمع")).toEqual(expect.arrayContaining(["اجتماع", "مجتمع", "يجتمع"]));
  });
  it("reads a form X verb", () => {
    expect(derivedStems("استخدام")).toEqual(expect.arrayContaining(["استخدم", "مستخدم", "يستخدم", "تستخدم"]));
  });
  it("gives a past of three sound letters its present and passive participle", () => {
    expect(derivedStems("منع")).toEqual(expect.arrayContaining(["ممنوع", "يمنع", "تمنع"]));
    expect(derivedStems("قال")).toEqual([]);
  });
  it("leaves words of other shapes alone", () => {
    for (const w of ["وزير", "مستشار", "ترامب", "trade"]) expect(derivedStems(w), w).toEqual([]);
  });
});

describe("the glossary through a verb's other forms", () => {
  it("an Arabic word in a form no line lists reaches the English of its line", () => {
    expect(related("انتشرت")).toContain("spread");
    expect(related("ممنوعة")).toContain("ban");
  });
  it("an English word reaches the Arabic forms its line does not list", () => {
    expect(related("spread")).toContain("انتشر");
    expect(related("banned")).toContain("ممنوع");
  });
  it("a form another line lists for a meaning of its own stays there", () => {
    expect(related("meeting")).toContain("يجتمع");
    expect(related("meeting")).not.toContain("مجتمع");
  });
});

const ARABIC = `تشديد الإجراءات في المدارس
قال مدير التعليم في المحافظة حسن الزعبي إن "الهواتف ممنوعة داخل الفصول منذ بداية العام".
وأضاف الزعبي أن "المرض انتشر في ثلاث مدارس خلال أسبوع واحد".
`;
const ENGLISH = `Flu cases rise in northern towns
The regional health director, Maria Lindqvist, said the flu was spreading quickly through the northern towns.
Lindqvist added that mobile phones are banned in hospital wards during visiting hours.
`;

let dir: string;
let arabic: Engine;
let english: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-verb-forms-"));
  arabic = ingestedEngine(dir, "schools-ar", { "schools-ar": ARABIC });
  english = ingestedEngine(dir, "flu-en", { "flu-en": ENGLISH });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("questions in the other language", () => {
  it("English on an Arabic draft: a participle and a past the glossary does not list", () => {
    expectSpeaker(arabic, "Who said phones are banned in classrooms?", /الزعبي/);
    expectSpeaker(arabic, "Who said the disease spread to three schools in one week?", /الزعبي/);
  });
  it("Arabic on an English draft: a past and a participle the glossary does not list", () => {
    expectSpeaker(english, "من قال إن الإنفلونزا انتشرت بسرعة في البلدات الشمالية؟", /Lindqvist/);
    expectSpeaker(english, "من قال إن الهواتف المحمولة ممنوعة في أجنحة المستشفى؟", /Lindqvist/);
  });
});
