// The vocabulary of reports across languages (data/glossary.txt, session 15): words the Arabic and English
// reports of the blind sets and PolNeAR use that no line reached in the other language (dissolving a
// council, unexploded ordnance, a tragic situation, veterans, abortion, a party's nominee), an English word
// Arabic says only in a phrase (Medina → المدينة المنورة), and the Arabic verbs of telling (أبلغ، أخبر) that
// open a who-question as "told" does. One invented article per language.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { parseQuestion } from "../../src/engine/question.js";
import { normalize, questionTerms } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const ARABIC = `مخلفات الحرب تهدد السكان
قال الناطق باسم الدفاع المدني سامر النجار إن "مخلفات القصف قنابل موقوتة تهدد حياة الأطفال في الأحياء الشرقية".
وقال نائب رئيس المجلس الانتقالي كمال يوسف إنه "لا نية لحل المجلس قبل موعد الانتخابات".
وقال عميد البلدية حسن الفرجاني إن "الوضع في البلدة مأساوي بسبب نقص الوقود والدواء".
وقال مدير صحة المدينة المنورة فهد العتيبي إن "مستشفيات المدينة المنورة استقبلت عشرين مصابا بعد الحادث".
وقال مدير صحة جدة ماجد الغامدي إن "مستشفيات جدة استقبلت ثلاثين مصابا بعد الحادث".
وقال المتحدث باسم البلدية رامي سالم إن "الوضع في البلدة مستقر".
وقال مصدر أمني لوكالة الأناضول إن "الانفجار وقع قرب المعسكر".
وقال مصدر طبي لقناة الجزيرة إن "الانفجار أوقع ثلاثة جرحى قرب المعسكر".
وقال المدرب علي حسن إن "المنتخبات التي حصلت على راحة لمدة 7 أيام هي التي تأهلت".
وقال المدرب سعيد ناصر إن "المنتخبات التي حصلت على راحة لمدة 3 أيام تأهلت أيضا".
وقال رئيس الحكومة نبيل عساف إن "العودة إلى الجنوب باتت قريبة".
وقال النائب وليد شمعون إن "الجنوب يحتاج إلى إعادة الإعمار".
`;
const ENGLISH = `Candidates court veterans
The party's nominee, Laura Pike, told supporters that "veterans deserve better care than they are getting".
Her rival, Sam Ortega, said abortion "should not be the issue that decides this election".
A campaign aide, Tom Reyes, said voters "deserve better debates than the ones they are getting".
Ortega's spokeswoman, Ana Cruz, said the rally "should not be the event that decides this race".
Pike's campaign manager, Jon Hale, said lobbyists "will not write the party platform this year".
Ortega's campaign manager, Rita Diaz, said donors "will not write the party platform this year either".
Coach Mark Dale said two players "arrived late to the camp smelling of alcohol".
Coach Paul Finn said two players "arrived late to the camp with alcohol in their bags".
`;

let dir: string;
let arabic: Engine;
let english: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-vocab-reports-"));
  arabic = ingestedEngine(dir, "ordnance-ar", { "ordnance-ar": ARABIC });
  english = ingestedEngine(dir, "veterans-en", { "veterans-en": ENGLISH });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("English on an Arabic draft", () => {
  it("words of reports the glossary lacked", () => {
    expectSpeaker(arabic, "What did the civil defence spokesman say about unexploded ordnance?", /النجار/);
    expectSpeaker(arabic, "Who said the situation in the town is tragic?", /الفرجاني/);
    expectSpeaker(arabic, "Who spoke of a tragic situation?", /الفرجاني/);
    expectSpeaker(arabic, "Who said the bombing remnants are time bombs?", /النجار/);
    expectSpeaker(arabic, "Who said there was no plan to dissolve the council before the elections?", /يوسف/);
  });
  it("a number a question spells out is the digits a report writes", () => {
    expectSpeaker(arabic, "Who said teams with seven days of rest qualified?", /علي حسن/);
  });
  it("a word a phrase of another line no longer holds ('return to')", () => {
    expectSpeaker(arabic, "Who said the return to the south is close?", /عساف/);
  });
  it("the outlets a statement is given to", () => {
    expectSpeaker(arabic, "Who told Anadolu the blast was near the camp?", /أمني/);
  });
  it("an English word Arabic says only in a phrase is read into the phrase's words, two of which are evidence", () => {
    const medina = questionTerms("Medina")[0].related ?? [];
    expect(medina.length).toBeGreaterThanOrEqual(2);
    expect(medina.every((r) => r.part)).toBe(true);
    expectSpeaker(arabic, "Who said hospitals in Medina received injured people?", /العتيبي/);
  });
});

describe("Arabic on an English draft", () => {
  it("words of reports the glossary lacked", () => {
    expectSpeaker(english, "من قال إن المحاربين القدامى يستحقون رعاية أفضل؟", /Pike/);
    expectSpeaker(english, "ماذا قال أورتيغا عن الإجهاض؟", /Ortega/);
    expectSpeaker(english, "من قال إن الإجهاض لا ينبغي أن يحسم الانتخابات؟", /Ortega/);
    expectSpeaker(english, "من قال إن جماعات الضغط لن تكتب برنامج الحزب؟", /Hale/);
    expectSpeaker(english, "من قال إن رائحة الكحول كانت تفوح من اللاعبين؟", /Dale/);
  });
  it("the verbs of telling open a who-question", () => {
    for (const q of ["من أبلغ الصحيفة بأن المقابلة تشكل ازدراء للمحكمة؟", "من الذي أخبر المراسل بأنه التقى الوزير؟"]) {
      expect(parseQuestion(normalize(q)).intent, q).toBe("who_said");
    }
  });
});
