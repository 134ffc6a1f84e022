// Arabizi: Arabic in Latin letters and digits, read with the corpus's own Arabic words.
import { beforeAll, describe, expect, it } from "vitest";
import { arabicSkeleton, isArabizi, latinSkeletons } from "../../src/normalize/arabizi.js";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { ArabiziReader } from "../../src/engine/arabizi-reader.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("telling Arabizi from English", () => {
  it.each([
    "meen 2al en da3esh lessa mawgouda",
    "shu 2al trump 3an torkiya",
    "shnu galaw il diplomasiyeen b anqara?",
    "chkoun li qal belli daech mazal kayna",
    "wesh qalu el mas2oulin",
    "kam sana kan el sera3 ben el PKK w torkiya",
    // A question word that is also English ("min") and a pronoun that is not, then a Latin name.
    "min hwe james jeffrey",
    "min howa nathan sales?",
  ])("Arabizi: %s", (q) => expect(isArabizi(q)).toBe(true));

  it.each([
    "What did Erdogan say about the F-35?",
    "who said the S-400 threatens the stealth jet",
    "Who was the 3rd speaker in the 2nd paragraph?",
    "how many fighters are in 2 countries",
    "What did Ben say in the min?",
    "min wage hike, who said it?",
    "did Sales say the ISIS brand still exists?",
    "ماذا قال ترامب؟",
  ])("not Arabizi: %s", (q) => expect(isArabizi(q)).toBe(false));
});

describe("sound skeletons", () => {
  it("meet across the letters Arabizi uses for one sound", () => {
    expect(latinSkeletons("7azzar")).toContain(arabicSkeleton("حذر"));
    expect(latinSkeletons("3askareya")).toContain(arabicSkeleton("عسكريه"));
    expect(latinSkeletons("nitham")).toContain(arabicSkeleton("نظام"));
    expect(latinSkeletons("shab7")).toContain(arabicSkeleton("شبح"));
    expect(latinSkeletons("5atar")).toContain(arabicSkeleton("خطر"));
  });

  it("keep long vowels apart for words of two consonants", () => {
    expect(latinSkeletons("dowal", true)).toContain(arabicSkeleton("دول", true));
    expect(latinSkeletons("2anoon", true)).toContain(arabicSkeleton("قانون", true));
    expect(latinSkeletons("sor", true)).not.toContain(arabicSkeleton("تري", true));
  });
});

describe("Arabizi questions, answered from the Arabic article", () => {
  it.each([
    ["min elli 7azar en torkiya 7atshen 3amaliya 3askariya?", "erdogan"],
    ["min 2al en torkiya ra7 tshenn 3amaleya 3askareya", "erdogan"],
    ["meen 2al en da3esh lessa mawgouda fel 3alam", "sales"],
    ["shu 2al sales 3an el ta7aluf?", "sales"],
    ["jeffrey 2al eh lel sa7afeyeen?", "jeffrey"],
    ["shu 2al trump 3an el akrad?", "trump"],
    // A corpus word that is also a dialect word (عسكر) stays the corpus word: not read as "forces".
    ["shkoun 9al belli torkia ghadi dir 3amaliya 3askariya?", "erdogan"],
    // Maghrebi "ash" (what) and 9 for ق.
    ["ash 9al trump 3la l'akrad?", "trump"],
    // Levantine hwe/hye (he/she) in a who-is question.
    ["meen hwe jeffrey?", "jeffrey"],
    ["shkoun hiye sales", "sales"],
    // Latin names after a question word that is also English.
    ["min hwe james jeffrey", "jeffrey"],
    ["min howa nathan sales?", "sales"],
    // Dialect verbs for "do" (t3ml, tdir, bitsawi) are no topic word: read as one, a fuzzy corpus word
    // (استعمال) weighed against the statement's own words.
    ["meen 2al en torkia ra7 t3ml 3amaliya 3askariya f sourya?", "erdogan"],
    ["minu gal in turkiya bitsawi 3amaliya 3askariya 3ala el akrad?", "erdogan"],
  ])("%s", (q, id) => {
    const a = engine.ask(q);
    expect(a.status, q).toBe("answered");
    expect(a.answers[0].speaker?.id, q).toBe(id);
  });

  it("answers a fact question", () => {
    const a = engine.ask("kam sana kan el sera3 ben el PKK w torkiya");
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("35");
  });

  it("never reads a word as one the corpus lacks, and abstains", () => {
    for (const q of ["meen 2al en el 7arb khelset", "shu 2al putin 3an idlib", "meen 2al en el 2amar bi3eed"]) {
      expect(engine.ask(q).status, q).toBe("no_match");
    }
  });

  it("leaves English questions with Latin names as they were", () => {
    expect(engine.ask("What did Sales say about the coalition?").answers[0].speaker?.id).toBe("sales");
    expect(engine.ask("what did Jeffrey tell reporters?").answers[0].speaker?.id).toBe("jeffrey");
    expect(engine.ask("What did Putin say about the S-400?").status).toBe("no_match");
  });
});

describe("Arabizi read into a dialect, then made standard", () => {
  it("a dialect verb typed in Latin letters is read as the Arabic-letter question is (shafou → شافوا → رأوا: the diplomats 'saw' the buildup)", () => {
    const a = engine.ask("el diplomasiyin f ankara shafou eh 3ala el 7doud");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("diplomats");
    expect(a.answers[0].text).toContain("شهدوا");
  });

  it("the same question in Arabic letters gets the same answer", () => {
    const a = engine.ask("الدبلوماسيين في أنقرة شافوا إيه على الحدود");
    expect(a.answers[0]?.speaker?.id).toBe("diplomats");
  });
});

describe("a digit read as a silent hamza does not make a word of two sounds", () => {
  // bi2bdo: the progressive bi- on 2bd (قبض). Read with 2 as a hamza, b-2-b-d is b-b-d, then b-d: بدا.
  const reader = new ArabiziReader({ keys: ["بدا", "يقبض"], idf: () => 1 }, () => false);

  it("a reading of three sounds (without the prefix) beats one of two", () => {
    expect(reader.read("bi2bdo", true)).toBe("يقبض");
  });

  it("a word of two sounds is still read as one", () => {
    expect(reader.read("bada", true)).toBe("بدا");
  });

  it("so 'are they still arresting …' in Arabizi is the statement that says it", () => {
    const a = engine.ask("hal lessa bi2bdo 3ala nas men da3esh?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("sdf_coalition");
  });
});
