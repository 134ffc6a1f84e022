// News vocabulary across languages (data/glossary.txt): a question in one language reaches a draft in the
// other through the words reports use for epidemics, blasts, courts and the press, sport and science.
// One invented article per language.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { parseQuestion } from "../../src/engine/question.js";
import { normalize } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const ARABIC = `هزة أرضية تضرب الساحل
قال عالم الزلازل فادي منصور إن "الهزات الارتدادية ستستمر أياما لكن السكان لن يشعروا بمعظمها".
وقال المتحدث باسم الدفاع المدني رامي الخطيب إن "شظايا الزجاج أصابت ستة أشخاص في السوق القديم".
وأكد الخطيب أن "فرق الإنقاذ رصدت تصدعات في جدران المدرسة".
وقال محافظ المدينة سمير عواد إن "المجلس يدرس خطة إعادة الإعمار بواقعية، وسيخصص مبالغ للمدارس".
`;
const ENGLISH = `Court hears libel case
The newspaper's lawyer, Anna Berg, told the court that the article "did not damage the judge's reputation".
Berg added that the editor had been rebuked by the press council for the headline.
Police chief Tom Reed denounced the attack on the courthouse guards as cowardly.
`;

let dir: string;
let arabic: Engine;
let english: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-news-vocab-"));
  arabic = ingestedEngine(dir, "quake-ar", { "quake-ar": ARABIC });
  english = ingestedEngine(dir, "libel-en", { "libel-en": ENGLISH });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("English on an Arabic draft", () => {
  it("a title of science (the role lexicon) and its topic", () => {
    expectSpeaker(arabic, "What did the seismologist say about the residents?", /منصور/);
  });
  it("blasts and injuries", () => {
    expectSpeaker(arabic, "Who said shrapnel hit six people?", /الخطيب/);
    expectSpeaker(arabic, "Who said rescue teams detected cracks in the school walls?", /الخطيب/);
  });
  it("the words a question retells a statement with", () => {
    expectSpeaker(arabic, "Who said the council is being realistic?", /عواد/);
  });
});

describe("Arabic on an English draft", () => {
  it("the courts and the press", () => {
    expectSpeaker(english, "من قال إن المقال لم يضر بسمعة القاضي؟", /Berg/);
    expectSpeaker(english, "من قال إن مجلس الصحافة وبخ المحرر؟", /Berg/);
  });
  it("a verb of stance opens a who-question (ندد، استنكر، طمأن، وبخ)", () => {
    expectSpeaker(english, "من ندد بالهجوم على حراس المحكمة؟", /Reed/);
    for (const q of ["من ندد بالهجوم؟", "من الذي استنكر القرار؟", "من طمأن السكان؟", "من وبخ المحرر؟", "Who denounced the attack?", "Who reassured residents?"]) {
      expect(parseQuestion(normalize(q)).intent, q).toBe("who_said");
    }
  });
});
