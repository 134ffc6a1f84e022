// Arabizi forms the reader missed: a form-II verb (a doubled middle consonant: salla7, darrab) read as its
// verbal noun, as news writes the act (تسليح، تدريب), while a doubled last consonant before an ending
// (sirr-eya) or a doubled letter before another consonant (wesslo) is one sound; a message of Arabizi
// words that are also English ("b", "eh") and a word that is no English word; وين and شي as typed.
// Invented wording on the built-in article.
import { beforeAll, describe, expect, it } from "vitest";
import { isArabizi, latinVariants } from "../../src/normalize/arabizi.js";
import { contextOf, createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { expectAnsweredBy } from "../support/answers.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a doubled consonant", () => {
  it.each(["salla7", "darrab", "fajjar", "3allaq"])("in the middle of %s reads the verbal noun first", (w) => {
    expect(latinVariants(w)[0].lead).toBe("t");
  });

  it.each(["sirreya", "wesslo", "7ass", "el-sirriya"])("elsewhere (%s) does not", (w) => {
    expect(latinVariants(w).some((v) => v.lead === "t")).toBe(false);
  });

  it("who trained and armed the SDF, typed in Arabizi: the fact that says it", () => {
    const a = engine.ask("meen darrab w salla7 el qasad?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe("article-000/f-sdf-armed");
  });

  it("who warned of the sleeper cells, typed in Arabizi: sirreya is سرية, not تسير", () => {
    expectAnsweredBy(engine.ask("meen 7azzar men el 5alaya el sirreya?"), "us_officials");
  });
});

describe("Arabizi made of words that are also English", () => {
  it.each(["erdogan hadad b eh?", "trump 2al eh?"])("%s is Arabizi", (q) => {
    expect(isArabizi(q)).toBe(true);
  });

  it.each(["eh b happy", "b eh", "ok eh b?"])("%s is not", (q) => {
    expect(isArabizi(q)).toBe(false);
  });

  it("what Erdogan threatened, typed short", () => {
    expectAnsweredBy(engine.ask("erdogan hadad b eh?"), "erdogan");
  });
});

describe("where and anything, as typed", () => {
  it("where the families of ISIS fighters are held", () => {
    const a = engine.ask("3a2lat mosal7een da3esh ween m7tajazeen?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe("article-000/f-camps");
  });

  it("'ween kano?' after an answer asks where they were, as 'where were they?' does", () => {
    const context = contextOf(engine.ask("meen elli shafo zyadet el 2wat 3al 7dood?"));
    expectAnsweredBy(engine.ask("w ween kano?", { context }), "diplomats");
  });

  it("whether the safe-zone talks got anywhere", () => {
    const a = engine.ask("el mofawadat 3al mante2a el amena wesslo la shi?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe("article-000/f-talks-stalled");
  });
});
