// The Arabic cue lexicon (src/ingest/data/cues-ar.json): the reporting verbs of news, each on a short invented article,
// and the forms left out because they are also common words that report nothing.
import { describe, expect, it } from "vitest";
import { AMBIGUOUS_VERBS, PARTICIPLES, REPORTING_VERBS } from "../../src/ingest/lexicon-ar.js";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) a circumstantial participle written with its tanween", () => {
  it("'ذاكرًا أن …' (ذكر): the tanween before the alif is the participle, the speaker the one turning to the farmers", () => {
    const d = extract("ar", "زار وزير الزراعة سامي الحلبي سهل البقاع أمس، وتوجه الحلبي بحديثه إلى المزارعين ذاكرًا أن الموسم المقبل سيكون وفيرًا.");
    expect(speakerOf(d, "الموسم المقبل")?.nameAr).toBe("سامي الحلبي");
  });

  it("'داعيًا إلى …' (دعا): the participle's preposition opens the content", () => {
    const d = extract("ar", "افتتح وزير الصحة هاني منصور مستشفى جديدا في المدينة، داعيًا إلى تسريع حملات التلقيح في القرى.");
    expect(speakerOf(d, "حملات التلقيح")?.nameAr).toBe("هاني منصور");
  });
});

describe("(ar) a verb then a colon and a quotation", () => {
  it("'ووعد: ”…“' (وعد is also 'a promise'): a verb opening its clause before a colon and a quote reports it", () => {
    const d = extract("ar", "وصل رئيس البلدية كمال العلي إلى الحي المتضرر صباح أمس، وتفقد البيوت التي هدمها السيل. ووعد: ”سنعيد بناء كل البيوت قبل حلول الشتاء“.");
    expect(speakerOf(d, "سنعيد بناء")?.nameAr).toBe("كمال العلي");
  });

  it("'وعد' as the noun 'a promise' before a colon inside a clause reports nothing", () => {
    const d = extract("ar", "وكان هذا وعد الحكومة: ”لا ضرائب جديدة هذا العام“ كما ورد في برنامجها.");
    expect(d.quotes.some((q) => q.text.includes("لا ضرائب"))).toBe(false);
  });
});

describe("(ar) a subjectless verb before what the speaker called something", () => {
  it("'وأكد ما وصفه بـ«…»' (as 'وانتقد ما وصفه'): the described-as reading keeps the speaker of the sentence before", () => {
    const d = extract("ar", "وقال النائب ماهر الصالح إن اللجنة لم تجتمع منذ شهرين.", "وأكد ما وصفه بـ«التقصير الفاضح» في متابعة الملف.");
    expect(speakerOf(d, "التقصير الفاضح")?.nameAr).toBe("ماهر الصالح");
  });
});

describe("(ar) the reporting verbs of news", () => {
  const cases: [string, string, string, string][] = [
    ["تعهد … بأن (pledged)", "تعهد وزير التربية نبيل حداد بأن تفتح المدارس أبوابها في موعدها رغم الإضراب.", "تفتح المدارس", "نبيل حداد"],
    ["تساءل … عن (asked)", "تساءل النائب ماهر زيدان عن الجهة التي ستدفع ثمن تأخير مشروع الطريق الساحلي.", "ثمن تأخير", "ماهر زيدان"],
    ["ناشد … أن (appealed)", "ناشد رئيس الهلال الأحمر عادل الخطيب المتبرعين أن يسارعوا إلى دعم حملة الشتاء.", "حملة الشتاء", "عادل الخطيب"],
    ["حثت … على (urged)", "حثت الوزيرة ليلى العمر الشركات على توظيف الشباب من أبناء المحافظة.", "توظيف الشباب", "ليلى العمر"],
    ["انتقد … أن (criticized)", "انتقد النائب فؤاد الحسن أن الحكومة لم تنشر تقرير الإنفاق حتى الآن.", "تقرير الإنفاق", "فؤاد الحسن"],
    ["طمأن … بأن (reassured)", "طمأن مدير الميناء رامي سعد التجار بأن البضائع ستفرغ خلال أسبوع.", "البضائع ستفرغ", "رامي سعد"],
    ["أوصى … ب (recommended)", "أوصى الطبيب جمال ناصر بضرورة شرب الماء بكثرة خلال موجة الحر.", "شرب الماء", "جمال ناصر"],
    ["تمنى … أن (wished)", "تمنى المدرب خالد يوسف أن يعود المهاجم المصاب قبل نهاية الموسم.", "المهاجم المصاب", "خالد يوسف"],
    ["لاحظ … أن (noted)", "لاحظ الخبير الاقتصادي سمير داود أن الأسعار ارتفعت في الأرياف أكثر من المدن.", "الأسعار ارتفعت", "سمير داود"],
    ["مطالبًا ب (demanding)", "اعتصم رئيس النقابة حسن عبيد أمام الوزارة، مطالبًا بزيادة رواتب العمال.", "رواتب العمال", "حسن عبيد"],
    ["كاشفًا عن (revealing)", "تحدث مدير الشرطة وليد شاكر إلى الصحفيين، كاشفًا عن توقيف ثلاثة مشتبه بهم في السرقة.", "توقيف ثلاثة", "وليد شاكر"],
    ["منددًا ب (denouncing)", "أصدر الناشط مروان علوان بيانا، منددًا باعتقال زملائه في المدينة.", "اعتقال زملائه", "مروان علوان"],
  ];
  for (const [label, text, needle, speaker] of cases) {
    it(label, () => expect(speakerOf(extract("ar", text), needle)?.nameAr).toBe(speaker));
  }
});

describe("(ar) forms that are also common words are no cue", () => {
  it("a participle's feminine that is a noun (ذاكرة memory، ملاحظة a note، مطالب demands) is left out", () => {
    for (const w of ["ذاكره", "ملاحظه", "مطالب", "مطالبه", "داعي", "معلن", "كاشف", "مناشده"]) expect(PARTICIPLES.has(w), w).toBe(false);
    for (const w of ["ذاكرا", "ملاحظا", "مطالبا", "داعيا", "معلنا", "كاشفا", "مناشدا"]) expect(PARTICIPLES.has(w), w).toBe(true);
  });

  it("a past form that is also a noun (تعهد 'a pledge') is read only where a clause opens", () => {
    expect(REPORTING_VERBS.has("تعهد")).toBe(true);
    for (const w of ["تعهد", "وعد", "عبر", "بين"]) expect(AMBIGUOUS_VERBS.has(w), w).toBe(true);
  });
});
