import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH, createEngine, loadCorpus, type Answer, type Engine } from "../../src/index.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

const top = (a: Answer) => a.answers[0];
function expectSpeaker(question: string, name: RegExp, evidence?: string) {
  const a = engine.ask(question);
  expect(a.status, question).toBe("answered");
  expect(top(a).speaker?.name, question).toMatch(name);
  if (evidence) expect(top(a).text + top(a).context, question).toContain(evidence);
}

describe("who said …", () => {
  it.each([
    ["مين اللي قال إن داعش لسا تهديد عالمي؟", /US officials/, "تهديداً عالمياً"],
    ["من صرح بأن آلاف المقاتلين منتشرون في سوريا والعراق", /Jeffrey/, "منتشرون"],
    ["من قال «العلامة التجارية لداعش ما زالت موجودة»؟", /Sales/, "العلامة التجارية"],
    ["who warned Turkey would launch a military operation in Syria", /Erdo/, "ستشن عملية"],
    ["who said ISIS fighters are scattered across Syria and Iraq?", /Jeffrey/, "منتشرون"],
    ["Who said the US would pull all its troops out of Syria?", /Trump/, "بانسحاب"],
    ["who claims the S-400 could endanger the stealth fighter", /defense/, "الطائرة الشبح"],
    ["Who says they are still detaining suspected ISIS members?", /SDF/, "يقبضان"],
    ["who sayd foreign terorist fighters must be repatriated", /Sales/, "المقاتلين الإرهابيين الأجانب"],
  ])("%s", (q, name, evidence) => expectSpeaker(q, name, evidence));

  it("puts the record holding the quoted words verbatim first, even when they are mostly common words", () => {
    const a = engine.ask('Who said "ضرب الأكراد"?');
    expect(a.answers).toHaveLength(1);
    expect(top(a).speaker?.id).toBe("trump");
  });

  it("answers with the exact span, its sentence, article and paragraph", () => {
    const a = top(engine.ask("Who said the ISIS brand still exists all over the world?"));
    expect(a).toMatchObject({ kind: "quote", article: "article-000", paragraph: 4, draft: false });
    expect(a.text).toBe("إن العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم");
    expect(a.context.startsWith("وقال منسق مكافحة الإرهاب")).toBe(true);
    expect(a.textEn).toMatch(/brand/);
    expect(a.speaker).toMatchObject({ id: "sales", nameAr: "ناثان سالز", roleAr: expect.stringContaining("منسق") });
    expect(a.score).toBeGreaterThan(0);
    expect(a.score).toBeLessThanOrEqual(1);
  });
});

describe("what did Y say", () => {
  it.each([
    ["What did Salz say?", /Sales/],
    ["what did nathan sails say", /Sales/],
    ["شو قال سالز؟", /Sales/],
    ["What did the counterterrorism coordinator say?", /Sales/],
    ["ماذا قال منسق مكافحة الإرهاب؟", /Sales/],
    ["What did Erdogan say?", /Erdo/],
    ["ماذا قال اردوغان", /Erdo/],
    ["ماذا قال إردوغان؟", /Erdo/],
    ["What did the Turkish president warn?", /Erdo/],
    ["What did Ambassador Jefferey tell reporters?", /Jeffrey/],
    ["ماذا قال ترمب؟", /Trump/],
    ["What did the Pentagon officials claim?", /defense/],
    ["What did Trump say about the Kurds?", /Trump/],
  ])("%s", (q, name) => expectSpeaker(q, name));

  it("lists every quote of the speaker when no topic is given", () => {
    const a = engine.ask("What did Nathan Sales say?");
    expect(a.answers.map((x) => x.paragraph)).toEqual([4, 5]);
  });
  it("picks the quote about the topic first", () => {
    const a = engine.ask("What did Sales say about prosecuting financiers?");
    expect(top(a).paragraph).toBe(5);
  });
});

describe("facts", () => {
  it.each([
    ["How old was the man in the Dallas case?", "الثالثة والعشرين"],
    ["متى بدت العملية التركية وشيكة؟", "ديسمبر"],
    ["Who removed Turkey from the F-35 program?", "F-35"],
    ["What air defense system did Turkey buy from Russia?", "S-400"],
    ["ما هو حزب العمال الكردستاني؟", "35 عامًا"],
    ["Who armed and trained the Syrian Democratic Forces?", "تسليح"],
  ])("%s", (q, evidence) => {
    const a = engine.ask(q);
    expect(a.status, q).toBe("answered");
    expect(top(a).text + top(a).context, q).toContain(evidence);
  });
  it("facts carry no speaker", () => {
    const a = engine.ask("How many years has the PKK been fighting Turkey?");
    expect(top(a)).toMatchObject({ kind: "fact", speaker: null });
  });
});

describe("abstains rather than guess", () => {
  // Never answered; some may be offered as a suggestion ("Did you mean …?"), which states nothing.
  it.each([
    "Who said the war in Syria is over?",
    "من قال إن تنظيم داعش انتهى تماما؟",
  ])("%s is not answered", (q) => {
    expect(engine.ask(q).status).not.toBe("answered");
  });
  it.each([
    "What did Putin say about the S-400?",
    "What did Vladimir Putin say?",
    "ماذا قال بوتين عن تركيا؟",
    "What did the Russian envoy to Syria say?",
    "ماذا قال المبعوث الروسي إلى سوريا؟",
    "What did Trump say about Iraqi oil?",
    "ماذا قال جيفري عن إيران؟",
    "Who said the F-35 deal with Turkey would go ahead?",
    "من قال سمير راغب",
    "Who welcomed the Damascus ceasefire around Idlib?",
    "who said to be or not to be",
    'Who said "ISIS fighters will return to Syria next year"?',
    'من قال "الجيش التركي سيغادر سوريا قريبا"؟',
    "what is the capital of France",
    "asdkjh qwe zzxq",
    "hi there",
  ])("%s", (q) => {
    expect(engine.ask(q)).toMatchObject({ status: "no_match", answers: [] });
  });
});

describe("bad input", () => {
  it("empty and blank questions", () => {
    expect(engine.ask("")).toMatchObject({ status: "no_match", reason: "empty" });
    expect(engine.ask("   \n\t ")).toMatchObject({ status: "no_match", reason: "empty" });
  });
  it("a question over the length limit", () => {
    expect(engine.ask("who said ".repeat(MAX_QUESTION_LENGTH))).toMatchObject({ status: "no_match", reason: "too_long" });
  });
  it("binary junk and hostile text never throw", () => {
    expect(engine.ask("\u0000\u0001\uFFFD\uD800 <@&123> @everyone")).toMatchObject({ status: "no_match" });
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (s) => {
        const a = engine.ask(s);
        expect(["answered", "suggested", "no_match"]).toContain(a.status);
        expect(a.answers.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 300 },
    );
  });
  it("respects the answer limit", () => {
    expect(engine.ask("What did US officials say?", { limit: 1 }).answers).toHaveLength(1);
  });
});

describe("the rest of the API", () => {
  it("lists speakers with roles in both languages", () => {
    const list = engine.speakers();
    const sales = list.find((s) => s.id === "sales");
    expect(sales).toMatchObject({ name: "Nathan Sales", nameAr: "ناثان سالز", quoteCount: 2, kind: "person" });
    expect(list.every((s) => s.quoteCount > 0)).toBe(true);
  });
  it("answers 'who is quoted?' with one quote per speaker", () => {
    const a = engine.ask("Who is quoted in the article?");
    expect(a.status).toBe("answered");
    const ids = a.answers.map((x) => x.speaker?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("suggests speakers by prefix in both scripts", () => {
    expect(engine.suggestSpeakers("Erd")[0].id).toBe("erdogan");
    expect(engine.suggestSpeakers("أرد")[0].id).toBe("erdogan");
    expect(engine.suggestSpeakers("sal")[0].id).toBe("sales");
    expect(engine.suggestSpeakers("").length).toBeGreaterThan(5);
    expect(engine.suggestSpeakers("", 3)).toHaveLength(3);
  });
  it("gives a speaker's quotes and the articles", () => {
    expect(engine.quotesBy("trump").map((q) => q.paragraph)).toEqual([11, 16]);
    expect(engine.quotesBy("nobody")).toEqual([]);
    expect(engine.articles()[0]).toMatchObject({ id: "article-000", lang: "ar", status: "reviewed", paragraphs: 17 });
  });
});
