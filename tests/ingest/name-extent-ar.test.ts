// Name extent from data (issue 11): where an Arabic person's name ends is told by word lists built from the vocabulary
// of many articles (data/common-words-ar.json, scripts/build-nouns-ar.ts) and the name table, not by a rule per word.
// Each case is a short invented article.
import { describe, expect, it } from "vitest";
import { endsNoName } from "../../src/ingest/ar/names.js";
import { arabicNameProblem } from "../../src/ingest/name-guard.js";
import { corefFeature, nameShape, nestedFeature } from "../../src/ingest/ar/shape-features.js";
import type { SpeakerRecord } from "../../src/corpus/schema.js";
import type { Attribution } from "../../src/ingest/types.js";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) name extent", () => {
  it("'ونشر المحامي X بن Y تدوينة …': an occasion of speech after the name is its object, never the name's end", () => {
    const d = extract("ar",
      "قضت المحكمة بسجن الصحفي مراد العلوي ستة أشهر.",
      "ونشر المحامي رامي بن سالم تدوينة أكد فيها الحكم، قائلا: «الحكم قاس ولا يستند إلى أي دليل واضح».");
    expect(speakerOf(d, "الحكم قاس")?.nameAr).toBe("رامي بن سالم");
  });

  it("'وأضاف السيد خلال الندوة': a family name written like an honorific, with an occasion after it, stays the speaker", () => {
    const d = extract("ar",
      "قال الباحث محمد السيد إن الأزمة الاقتصادية تتفاقم.",
      "وأضاف السيد خلال الندوة أن «الحكومة تعمل بكل طاقتها».");
    expect(speakerOf(d, "الحكومة تعمل")?.nameAr).not.toMatch(/خلال/);
  });

  it("'قال محمد حمودة المتحدث …': a ة-final family name after a known given name belongs to the name", () => {
    const d = extract("ar", "قال محمد شحادة المتحدث باسم البلدية: إن أعمال الصيانة ستنتهي قبل نهاية الشهر.");
    expect(speakerOf(d, "أعمال الصيانة ستنتهي")?.nameAr).toBe("محمد شحادة");
  });

  it("'وقالت مليشيا الدعم إنها …': a frequent word of the news opening a phrase the name table knows no word of is no person", () => {
    const d = extract("ar",
      "تجددت الاشتباكات في أطراف المدينة منذ الفجر.",
      "وقالت مليشيا الدعم إنها سيطرت على مواقع جديدة قرب المطار الدولي.");
    expect(speakerOf(d, "سيطرت على مواقع")?.kind).not.toBe("person");
    expect(arabicNameProblem("مليشيا الدعم")).toMatch(/common noun phrase/);
    expect(arabicNameProblem("محمد شحادة")).toBeNull();
  });

  it("a frequent word of the news (مساء، تصريحات) never ends a name; a given name the table knows does", () => {
    expect(endsNoName("مساء")).toBe(true);
    expect(endsNoName("تصريحات")).toBe(true);
    expect(endsNoName("تدوينه")).toBe(true);
    expect(endsNoName("محمد")).toBe(false);
    expect(endsNoName("غازي")).toBe(false);
  });
});

describe("(ar) what the scoring stage knows of the rules' pick", () => {
  const person = (nameAr: string) => ({ id: "s1", name: "x", nameAr, kind: "person", aliases: [] }) as unknown as SpeakerRecord;
  const said = (kind: Attribution["mention"]["kind"], paragraph: number, text = "الموسم سيبدأ مبكرا"): Attribution =>
    ({ paragraph, text, start: 0, verb: "وقال", type: "indirect", mention: { kind, surface: "", role: null, gender: "m", pos: 0 } });

  it("the name's shape: words, a name-table word or none, a frequent common word at its end", () => {
    expect(nameShape(person("محمد شحادة"))).toEqual(["shape:person-words:2", "shape:person-known-word"]);
    expect(nameShape(person("مليشيا الدعم"))).toEqual(["shape:person-words:2", "shape:person-no-known-word"]);
    expect(nameShape(person("رامي بن سالم مساء"))).toContain("shape:person-common-end");
  });

  it("how far back a title or pronoun reaches; a named mention is no coreference", () => {
    expect(corefFeature(said("pronoun", 5), 4)).toBe("coref:1-line");
    expect(corefFeature(said("title", 9), 2)).toBe("coref:far");
    expect(corefFeature(said("pronoun", 3), -1)).toBe("coref:never-named");
    expect(corefFeature(said("name", 5), 4)).toBeNull();
  });

  it("content that reports someone's words itself ('إن ما قاله X …')", () => {
    expect(nestedFeature(said("name", 1, "ما قاله رئيس المجلس يمثل رأيه الشخصي"))).toBe("content-reports");
    expect(nestedFeature(said("name", 1))).toBeNull();
  });
});

describe("(ar) a body named before", () => {
  it("'وأشار بيان للهيئة إلى، أنه …' then 'وأوضح البيان، أن …': إلى (normalized الي) is no word of the document's name", () => {
    const d = extract("ar",
      "وأشار بيان للهلال الأحمر إلى، أنه تم إجلاء مئات العائلات من المناطق المنخفضة.",
      "وأوضح البيان، أن فرق الإغاثة ستواصل عملها طوال الليل في القرى المتضررة.");
    expect(speakerOf(d, "فرق الإغاثة ستواصل")?.nameAr).not.toMatch(/إلى/);
  });
});

describe("(ar) nested speech", () => {
  it("'إن ما قاله X، رئيس …، بخصوص أن … «…»': the quote inside another speaker's content is X's own words", () => {
    const d = extract("ar",
      "قال خالد العمري الناطق باسم الوزارة: إن ما قاله النائب سامر الحداد، رئيس لجنة المالية، بخصوص أن الميزانية \"لا تكفي للرواتب\"، لا يعبر عن موقف المجلس.");
    const inner = d.quotes.find((q) => q.text === "لا تكفي للرواتب");
    expect(d.speakers.find((s) => s.id === inner?.speaker)?.nameAr).toBe("سامر الحداد");
    expect(speakerOf(d, "لا يعبر عن موقف المجلس")?.nameAr).toBe("خالد العمري");
  });
});

describe("(ar) what a denial denies", () => {
  it("'نفت الوزارة، ما تم تداوله من أنباء عن …': ما with a verb of rumour, after the subject's comma, is the content", () => {
    const d = extract("ar",
      "نفت وزارة النقل في الحكومة، ما تم تداوله من أنباء عن رفع أسعار تذاكر القطارات الشهر المقبل.");
    expect(speakerOf(d, "رفع أسعار تذاكر")?.nameAr).toBe("وزارة النقل");
  });
});
