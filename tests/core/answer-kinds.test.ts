// A fact question that names the kind of answer it wants (a price, damages, a count of N, the date set for
// something, a verdict, the one who did an act) is not answered by a sentence on its topic that holds
// nothing of that kind (invented articles, one construction each); the sentence that does hold it is.
import { describe, expect, it } from "vitest";
import { fitsNumberAsked } from "../../src/engine/answer-slots.js";
import { normalize } from "../../src/normalize/index.js";
import { inventedArticles } from "../support/invented-articles.js";

const ARTICLES: Record<string, string> = {
  gem: [
    "Veldmark digs up a large blue stone",
    "Veldmark production is sold mostly to Arlen Trading, but since 2015 the state trader has had the right to buy up to 20% of the output.",
    "The stone has yet to be valued, the company said.",
  ].join("\n\n"),
  auction: [
    "Rare violin sold in Hamburg",
    "The Orsini violin sold for $2.4 million at an auction in Hamburg on Friday.",
  ].join("\n\n"),
  libel: [
    "Magistrate refuses to step down in Brell libel case",
    "A magistrate presiding over a libel suit filed by Tom Brell against Daily Lark has turned down a request for recusal by the newspaper.",
    "The case was filed within 24 hours of the article, the newspaper's lawyer said.",
  ].join("\n\n"),
  "clinic.ar.txt": [
    "الصحة تنفي تسجيل إصابات بالحمى",
    "المدينة - 17 - 2 (وكالة الأنباء) -- نفى المتحدث باسم وزارة الصحة صحة ما تردد عن وجود حالات مشتبه بها بالحمى في مستشفيات العاصمة.",
  ].join("\n\n"),
  "lab.ar.txt": [
    "نتائج فحوص المختبر المركزي",
    "أعلنت وزارة الصحة أن عدد العينات التي فحصها المختبر المركزي بلغ 120 عينة خلال الأسبوع.",
  ].join("\n\n"),
  "council.ar.txt": [
    "المجلس الأعلى يعود إلى العاصمة",
    "قال نائب رئيس المجلس الأعلى سامر الحداد إن الحكومة بكامل مؤسساتها ستباشر أعمالها فور العودة إلى العاصمة.",
  ].join("\n\n"),
  "trial.ar.txt": [
    "محكمة الاستئناف تنظر قضية فارس الكردي",
    "تستمع محكمة الاستئناف العليا، التي يعتبر حكمها نهائيا، اليوم إلى المرافعة النهائية في قضية فارس الكردي.",
  ].join("\n\n"),
  "match.ar.txt": [
    "تعادل سلبي في مباراة الجارين",
    "يذكر أن منتخب الوادي تعادل مع منتخب الساحل من دون أهداف في المباراة التي أقيمت مساء الأحد 12 مارس.",
  ].join("\n\n"),
  camp: [
    "Ministers visit Rimo Base Camp",
    "Interior Minister Paul Sarn and Trade Minister Ida Kell reached the Rimo Base Camp area today to take stock of the trekking season.",
    "The two ministers arrived at the camp in Rimo by helicopter early this morning.",
  ].join("\n\n"),
  "rumour.ar.txt": [
    "(الصحة) الأردنية: لا صحة لما يتردد عن تسجيل إصابات بالحمى في عمان",
    "نفى المتحدث باسم وزارة الصحة الأردنية سامي النجار صحة ما تردد في بعض مواقع التواصل الاجتماعي عن تسجيل إصابات بالحمى في 3 مستشفيات.",
  ].join("\n\n"),
};

const drafts = inventedArticles(ARTICLES);
const ask = (q: string) => {
  const a = drafts.engine.ask(q);
  return { status: a.status, text: a.answers[0]?.text ?? "" };
};

describe("a sum of money asked (price, damages) is answered by a sum, not by any number", () => {
  it("'up to 20% of the output' is no price: its digits are a share, left out whole", () => {
    expect(ask("What price was Veldmark production sold for to Arlen Trading?").status).not.toBe("answered");
  });

  it("'within 24 hours' is no damages", () => {
    expect(ask("What damages did the court award Tom Brell against Daily Lark?").status).not.toBe("answered");
  });

  it("a sum with its currency answers the price", () => {
    const a = ask("What price did the Orsini violin sell for at the Hamburg auction?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("$2.4 million");
  });
});

describe("a share is no count: its digits are left out whole", () => {
  it.each(["up to 15% of the output", "رفع الإنتاج بنسبة 25٪ هذا العام"])("%s", (raw) => {
    expect(fitsNumberAsked(raw, normalize(raw), { total: false, rate: false, measure: false, money: false })).toBe(false);
  });
});

describe("'كم عدد N': a number of N, not a dateline's digits", () => {
  it("'المدينة - 17 - 2' counts no suspected cases", () => {
    expect(ask("كم عدد الحالات المشتبه بها التي فحصتها وزارة الصحة؟").status).not.toBe("answered");
  });

  it("'بلغ 120 عينة' counts the samples, the noun before its number", () => {
    const a = ask("كم عدد العينات التي فحصها المختبر المركزي؟");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("120");
  });
});

describe("the date set for something is a time the sentence gives itself, not the article's date", () => {
  it("'فور العودة' sets no date", () => {
    expect(ask("ما هو الموعد المحدد لعودة المجلس الأعلى إلى العاصمة؟").status).not.toBe("answered");
  });
});

describe("a verdict asked is answered by a sentence, an acquittal, a conviction", () => {
  it("a hearing today is no verdict", () => {
    expect(ask("ما الحكم النهائي الذي أصدرته محكمة الاستئناف العليا على فارس الكردي؟").status).not.toBe("answered");
  });
});

describe("who did an act: a fact that never says the act has nobody who did it", () => {
  it("'مين سجل الأهداف' is not told by 'من دون أهداف' (a word of the act's concept the question says itself)", () => {
    expect(ask("مين سجل الأهداف في مباراة الوادي والساحل؟").status).not.toBe("answered");
  });
});

describe("how someone got somewhere is answered by the means, not by the sentence that says they arrived", () => {
  it("English", () => {
    const a = ask("How did the two ministers reach Rimo Base Camp?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("helicopter");
  });

  describe("Arabic", () => {
    const visit = inventedArticles({
      "visit.ar.txt": [
        "وزيران في مخيم اللاجئين",
        "وصل الوزيران إلى مخيم الوادي الأحد 3 مارس لتفقد أحوال اللاجئين في المخيم.",
        "وكان وزيرا الداخلية والتجارة قد نقلا إلى المخيم بمروحية عسكرية صباح الأحد 3 مارس.",
      ].join("\n\n"),
    });
    it("كيف وصل …: never stated by the sentence that says they arrived (the means' sentence says too little of the question to be stated)", () => {
      const a = visit.engine.ask("كيف وصل الوزيران إلى مخيم الوادي؟");
      expect(a.status === "answered" && !a.answers[0].text.includes("بمروحية")).toBe(false);
    });
  });
});

describe("'من أي جهة …' asks for a party: the sentence that names one, not the headline that names none the question does not", () => {
  it("answered by the sentence that names where the reports came from", () => {
    const a = ask("من أي جهة ترددت الأنباء عن تسجيل إصابات بالحمى في الأردن؟");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("مواقع التواصل الاجتماعي");
  });
});

describe("a slot left unfilled is a hard reason: the answer bar never states what the rules only offer", () => {
  it.each([
    "ما الحكم النهائي الذي أصدرته محكمة الاستئناف العليا على فارس الكردي؟",
    "What damages did the court award Tom Brell against Daily Lark?",
    "ما هو الموعد المحدد لعودة المجلس الأعلى إلى العاصمة؟",
  ])("%s", (q) => {
    const held: (string | null)[] = [];
    drafts.engine.ask(q, { explain: (d) => held.push(d.input.heldBack) });
    expect(held).toEqual(["not_answerable"]);
  });
});
