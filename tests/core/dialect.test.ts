// Dialect → standard Arabic: one data file, a test per dialect, in the reader and end to end.
import { beforeAll, describe, expect, it } from "vitest";
import { DIALECT_NAMES, dialectWords, standardizeDialect } from "../../src/normalize/dialect.js";
import { isStopword, normalize } from "../../src/normalize/index.js";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

const ask = (q: string) => engine.ask(q);

describe("the dialect table", () => {
  it("has question words, particles and news verbs for every dialect", () => {
    for (const d of DIALECT_NAMES) expect(dialectWords(d).size, d).toBeGreaterThan(120);
  });

  it("never turns a function word into a content word (that would ask for words nobody said)", () => {
    // Existence is what such questions ask about: كاين ("there is") is موجود ("exists") in the articles.
    const existence = new Set(["كاين", "كاينه", "كاينين"]);
    for (const d of DIALECT_NAMES) {
      for (const [from, to] of dialectWords(d)) {
        if (!isStopword(from) || !to || existence.has(from)) continue;
        for (const w of normalize(to).split(" ")) expect(isStopword(w), `${d}: ${from} → ${to}`).toBe(true);
      }
    }
  });
});

describe("standardizeDialect", () => {
  const known = (w: string) => ["ستشن", "يقول", "يهاجم"].includes(w);
  it.each([
    ["egyptian", "مين اللي قال إن الدول دي ممكن ما يكونش عندها الخبرة", "مين اللي قال ان الدول هذه قد لا يكون عندها الخبره"],
    ["egyptian", "تركيا هتشن عملية", "تركيا ستشن عمليه"],
    ["levantine", "شو حكى عن الهجوم؟ رح يهاجموا", "شو قال عن الهجوم؟ يهاجموا"],
    ["gulf", "وش يبون الحين؟", "وش يريدون الان؟"],
    ["iraqi", "شنو گال هسه؟", "شنو قال الان؟"],
    ["maghrebi", "شكون اللي قال بلي الماركة ديال داعش مازال كاينة", "شكون اللي قال ان العلامه التجاريه داعش ما زال موجوده"],
  ])("%s: %s", (_d, dialect, standard) => expect(normalize(standardizeDialect(dialect, known))).toBe(normalize(standard)));

  it("takes a prefix off only to reach a word the corpus holds", () => {
    expect(standardizeDialect("بيان", () => false)).toBe("بيان");
    expect(standardizeDialect("بيقول", (w) => w === "يقول")).toBe("يقول");
  });
});

describe("dialect questions, answered from the standard-Arabic article", () => {
  it.each([
    ["egyptian", "مين اللي قال إن تركيا هتشن عملية عسكرية؟", "erdogan"],
    ["levantine", "مين حكى إنو داعش لسا تهديد عالمي؟", "us_officials"],
    ["gulf", "منو اللي يمسكون أعضاء داعش؟", "sdf_coalition"],
    ["gulf", "وش قال الرئيس الأمريكي عن اقتصاد تركيا الحين؟", "trump"],
    ["iraqi", "منو اللي يگول إن آلاف المقاتلين منتشرين بسوريا والعراق؟", "jeffrey"],
    ["maghrebi", "شكون اللي هدر على بزاف ديال المقاتلين فسوريا والعراق؟", "jeffrey"],
  ])("%s: %s", (_d, q, id) => {
    const a = ask(q);
    expect(a.status, q).toBe("answered");
    expect(a.answers[0].speaker?.id, q).toBe(id);
  });

  it("still abstains on a dialect question the article does not answer", () => {
    expect(ask("شو قال بوتين عن إدلب؟").status).toBe("no_match");
    expect(ask("مين اللي قال إن الحرب خلصت؟").status).toBe("no_match");
  });
});

describe("a dialect's 'did' with an object ending", () => {
  it("is the question's 'did' next to a word that asks, and stays a word elsewhere", () => {
    expect(standardizeDialect("شو اللي عمله الوزير؟")).toContain("فعل");
    expect(standardizeDialect("البنتاغون عملها ايه؟")).toContain("فعل");
    expect(standardizeDialect("ما هي عملة تركيا؟")).toContain("عملة");
  });

  it.each(["شو اللي سواه الجيش التركي؟", "الجيش التركي عمله إيه بالضبط؟", "el jaysh el torki 3amal eh?", "ماذا فعل الجيش التركي؟"])(
    "%s asks what the Turkish army did: the statement that says it, not one sharing a stem with 'did' (عملية)",
    (q) => {
      const a = ask(q);
      expect(a.status).toBe("answered");
      expect(a.answers[0].text).toContain("ألغى الجيش التركي");
    },
  );
});

describe("على and the article run together", () => {
  const known = (w: string) => ["الكرد", "الحدود"].includes(w);
  it.each([
    ["هجوم عالكرد", "هجوم علي الكرد"],
    ["شو صار عالحدود", "شو صار علي الحدود"],
    // A word of the corpus, or a noun the corpus lacks, stays as typed.
    ["عالمي", "عالمي"],
    ["عالسوق", "عالسوق"],
  ])("%s → %s", (q, standard) => {
    expect(standardizeDialect(q, known)).toBe(standard);
  });
});
