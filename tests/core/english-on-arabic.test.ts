// English questions about an ingested Arabic draft, by the constructions people write them with: a
// place added to a role ("Jordan's water minister"), a title before a full name, a verb of stance
// ("who blamed …"), "…, according to Y", a proper noun spelled in Latin letters; and never the wrong
// speaker: a place the article is not about, a name before a title, a ministry for its minister.
// The reverse too: an Arabic question about an English draft. All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";
import { contentTerms, normalize } from "../../src/normalize/index.js";

const ARABIC = `الأردن يواجه صيفا صعبا بسبب الجفاف
قال وزير المياه سمير الحداد إن "الأردن سيواجه نقصا حادا في مياه الشرب هذا الصيف بسبب تراجع الأمطار".
وأضاف الحداد أن "ضخ المياه إلى مدينة المفرق سيتوقف يومين في الأسبوع".
من جهتها، قالت وزارة المياه الأردنية في بيان إن "محطات الضخ تعمل بكامل طاقتها رغم انقطاع الكهرباء".
واتهم الخبير المائي كريم العمري الحكومة الأردنية بإهمال صيانة الشبكة، وقال إن "نصف المياه يضيع بسبب التسرب".
وكانت مصر قد أعلنت الشهر الماضي عن خطة مماثلة.
`;
const ENGLISH = `Farmers protest as wheat prices fall
Jordan's agriculture minister Omar Saleh blamed importers for the collapse of local wheat prices, saying "cheap foreign grain is ruining our farmers".
Saleh added that the government "will buy the whole harvest at a fixed price this year".
`;

let dir: string;
let arabic: Engine;
let english: Engine;
const ingested = (name: string, text: string) => ingestedEngine(dir, name, { [name]: text });
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-en-ar-"));
  arabic = ingested("water-ar", ARABIC);
  english = ingested("wheat-en", ENGLISH);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectNotStated(engine: Engine, q: string, speaker: RegExp) {
  const a = engine.ask(q);
  if (a.status === "answered") expect(`${a.answers[0].speaker?.name} ${a.answers[0].speaker?.nameAr}`, q).not.toMatch(speaker);
}

describe("English questions on an Arabic draft", () => {
  it("a place added to a role: the article's own country", () => {
    expectSpeaker(arabic, "What did Jordan's water minister say about drinking water?", /الحداد/);
    expectSpeaker(arabic, "What did the Jordanian water minister say about the summer?", /الحداد/);
  });
  it("a place the article is not about fits nobody", () => {
    expect(arabic.ask("What did Egypt's water minister say about drinking water?").status).not.toBe("answered");
    expect(arabic.ask("What did the Russian water minister say?").status).not.toBe("answered");
  });
  it("a title before a full name names the person; a name before a title does not", () => {
    expectSpeaker(arabic, "What did hydrologist Karim al-Omari say about leaks?", /العمري/);
    expectNotStated(arabic, "What did Samir al-Haddad's adviser say about the summer?", /الحداد/);
  });
  it("a verb of stance opens a who-question and stays in its topic", () => {
    expectSpeaker(arabic, "Who blamed leaks for losing half of the water?", /العمري/);
  });
  it("…, according to Y", () => {
    expectSpeaker(arabic, "How much water is lost to leaks, according to the water expert?", /العمري/);
  });
  it("a proper noun in Latin letters finds its Arabic spelling by sound", () => {
    expectSpeaker(arabic, "Who said pumping to Mafraq will stop two days a week?", /الحداد/);
  });
  it("the minister is not the ministry that 'minister' also stands for", () => {
    expectNotStated(arabic, "What did the water minister say about the pumping stations?", /وزارة/);
    expectSpeaker(arabic, "What did the water ministry say about the pumping stations?", /وزارة المياه/);
  });
});

describe("an Arabic question on an English draft", () => {
  it("finds the English speaker by role and place, and a verb of stance", () => {
    expectSpeaker(english, "ماذا قال وزير الزراعة الأردني عن أسعار القمح؟", /Omar Saleh/);
    expectSpeaker(english, "من قال إن الحكومة ستشتري المحصول كله بسعر ثابت؟", /Omar Saleh/);
  });
});

describe("words a question must keep apart", () => {
  it("a year after a short word stays a year; a verb form is never a place", () => {
    expect(normalize("what happened in 2016")).toBe("what happened in 2016");
    expect(normalize("the S-400 deal")).toBe("the s400 deal");
    expect(contentTerms("they used stones")[1].keys).not.toContain("=us");
  });
});
