// Fifteenth Arabic round: constructions of the fourth real Arabic set (issue 11), each on a short invented article.
import { describe, expect, it } from "vitest";
import { extract, extractRaw, speakerOf } from "./helpers.js";

describe("(ar) names against verbal nouns and resumptive words", () => {
  it("'جددت الوزيرة سلمى حداد التأكيد على …': the verbal noun is no family name, and the renewal verb reports", () => {
    const d = extract("ar",
      "قالت وزيرة النقل سلمى حداد إن الطريق الجديد سيفتح في الصيف.",
      "وفي السياق ذاته، جددت الوزيرة حداد التأكيد على أهمية صيانة الجسور القديمة قبل الشتاء، مشيرة إلى أن الميزانية جاهزة.");
    expect(speakerOf(d, "أهمية صيانة الجسور")?.nameAr).toBe("سلمى حداد");
    expect(speakerOf(d, "الميزانية جاهزة")?.nameAr).toBe("سلمى حداد");
    expect(d.speakers.some((s) => /التأكيد/.test(s.nameAr ?? ""))).toBe(false);
  });

  it("'وبحسب ما نقلت الصحيفة، فإن حداد أكدت أن …': فإن resumes the sentence, it is nobody's name", () => {
    const d = extract("ar",
      "توقعت وزيرة النقل سلمى حداد أن يرتفع عدد الركاب هذا العام.",
      "ووفقا لما نقلت \"الصحيفة\"، فإن حداد أكدت أن الوزارة ستشتري حافلات جديدة قبل نهاية العام.");
    expect(speakerOf(d, "ستشتري حافلات جديدة")?.nameAr).toBe("سلمى حداد");
    expect(d.speakers.some((s) => /فإن/.test(s.nameAr ?? ""))).toBe(false);
  });

  it("'وأبرز المتحدث أن …', 'وأتم: «…»': more verbs that report", () => {
    const d = extract("ar",
      "قال مدرب الفريق سامر العلي إن اللاعبين قدموا مباراة كبيرة.",
      "وأبرز العلي أن الفريق سيواصل التحضير للمباراة القادمة بنفس الروح.",
      "وأتم: \"نريد الفوز في المباراة القادمة أمام جماهيرنا\".");
    expect(speakerOf(d, "سيواصل التحضير")?.nameAr).toBe("سامر العلي");
    expect(speakerOf(d, "نريد الفوز في المباراة")?.nameAr).toBe("سامر العلي");
  });
});

describe("(ar) who goes on speaking", () => {
  it("a quoted crosshead whose words come back in a later quote is that later speaker's, not the one before it", () => {
    const d = extractRaw("ar",
      "قال مدرب النادي الأول رامي الخطيب: \"لعبنا بشكل جيد وسيطرنا على المباراة\".",
      "وأضاف: \"اللاعبون نفذوا الخطة بدقة\".",
      "\"الحكم ظلمنا في الدقائق الأخيرة\"",
      "من جانبه، يرى مدرب النادي الثاني وليد الصافي أن فريقه لم يكن في يومه.",
      "وتابع: \"كنا الأفضل، لكن الحكم ظلمنا في الدقائق الأخيرة بقرار غريب\".");
    const crosshead = d.quotes.find((q) => q.text.startsWith("الحكم ظلمنا"));
    const s = d.speakers.find((x) => x.id === crosshead?.speaker);
    expect(s?.nameAr).toBe("وليد الصافي");
  });

  it("'أكد مصدر مطلع …' then 'وأضاف «…»' in a later paragraph: the single unnamed source goes on", () => {
    const d = extract("ar",
      "أكد مصدر حكومي مطلع أن مقر الوزارة مغلق منذ أسبوع لأسباب أمنية.",
      "وقال المصدر إن \"الإغلاق مؤقت وسينتهي قريبا\".",
      "وأضاف \"الوضع في العاصمة هادئ ولا داعي للقلق\".");
    const s = speakerOf(d, "الإغلاق مؤقت");
    expect(s?.nameAr).toBe("مصدر حكومي مطلع");
    expect(speakerOf(d, "الوضع في العاصمة هادئ")?.id).toBe(s?.id);
  });

  it("'قالت مصادر …' then 'وأضاف' (a singular verb): plural sources do not go on with it", () => {
    const d = extract("ar",
      "قالت مصادر حكومية إن مقر الوزارة مغلق منذ أسبوع.",
      "وأضاف \"الوضع في العاصمة هادئ ولا داعي للقلق\".");
    expect(speakerOf(d, "الوضع في العاصمة هادئ")).toBeUndefined();
  });
});
