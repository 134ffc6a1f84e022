// Dialect verb forms and particles a who- or what-question turns on: a reporting verb with the
// progressive ب and the plural without its ن (بيزعموا، يحذروا), "still" as Iraqi and Levantine say it
// (بعدهم يلزمون: ما زالوا يقبضون), and "long ago" (من زمان). Invented wording on the built-in article.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { standardizeDialect } from "../../src/normalize/dialect.js";
import { parseQuestion } from "../../src/engine/question.js";
import { expectAnsweredBy } from "../support/answers.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a reporting verb in a dialect's present tense", () => {
  it.each([
    ["الخبراء شو بيزعموا عن الصواريخ؟", "زعم"],
    ["الوزير شو بيحذر من الحرب؟", "حذر"],
    ["السفراء شو يقولوا عن الحرب؟", "قال"],
  ])("%s reads the verb %s", (q, verb) => {
    // Only the first word names someone.
    const p = parseQuestion(q, (phrase) => (phrase === q.split(" ")[0] ? "name" : null));
    expect(p.intent).toBe("what_said");
    expect(p.verb).toBe(verb);
  });

  it("what US defense officials claim about the Russian system, asked in Levantine", () => {
    expectAnsweredBy(engine.ask("مسؤولين البنتاغون شو بيزعموا عن المنظومة الروسية؟"), "defense_officials");
  });
});

describe("'still' and 'long ago' in dialect", () => {
  it.each([
    ["منو اللي يكول انهم بعدهم يلزمون الدواعش", "ما زالوا يقبضون"],
    ["هو بعده بيحكي عن الحرب", "ما زال"],
  ])("%s reads %s", (q, standard) => {
    expect(standardizeDialect(q)).toContain(standard);
  });

  it("بعدهم before a noun is 'after them', left as it is", () => {
    expect(standardizeDialect("مين اجا بعدهم الوزير")).toContain("بعدهم");
  });

  it("who says they are still catching ISIS members, in Iraqi: the SDF and the coalition, not a speaker who says 'we need to'", () => {
    expectAnsweredBy(engine.ask("منو اللي يگول إنهم بعدهم يلزمون عناصر التنظيم؟"), "sdf_coalition");
  });

  it("who has long threatened to cross the southern border, in Levantine", () => {
    expectAnsweredBy(engine.ask("مين اللي من زمان بيهدد يفوت عالحدود الجنوبية؟"), "turkey");
  });
});
