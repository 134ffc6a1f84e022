// Twenty-fifth Arabic round (issue 11): classes blind sets T and U failed on, each on a short invented article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) وصف X Y بأنه …: a verdict in the speaker's words without quotation marks", () => {
  it("'ووصف الحداد هذه التقارير بأنها محض افتراءات، …': the subject before a demonstrative object, content after بأن", () => {
    const d = extract("ar",
      "نفى وزير المالية سامي الحداد وجود أي عجز في الموازنة العامة للعام الحالي. ووصف الحداد هذه التقارير بأنها محض افتراءات لا أساس لها، في رد مباشر على المعارضة.");
    expect(speakerOf(d, "محض افتراءات")?.nameAr).toBe("سامي الحداد");
  });

  it("the quoted verdict still reads as before ('ووصفت النقابة، في بيان، القرار بأنه «…»')", () => {
    const d = extract("ar", "ووصف رئيس النقابة، سالم العمري، القرار بأنه «ضربة قاسية للعمال».");
    expect(speakerOf(d, "ضربة قاسية")?.nameAr).toBe("سالم العمري");
  });
});


describe("(ar) a present-tense verb joined by و inside a reported clause is that clause's verb, no new statement", () => {
  it("'وأشار إلى أن … يعطل … ويهدد الاتفاق برمته …' then 'وأوضح أن …': both the spokesman's", () => {
    const d = extract("ar",
      "قال المتحدث باسم الحكومة سالم الحمدان إن المفاوضات مستمرة رغم الصعوبات.",
      "وأشار إلى أن تأخر المانحين في دفع التزاماتهم يعطل مشاريع الإعمار ويهدد الاتفاق برمته في الأشهر المقبلة.",
      "وأوضح أن الحكومة ستواصل العمل مع الشركاء الدوليين لتأمين التمويل اللازم.");
    expect(speakerOf(d, "الحكومة ستواصل العمل")?.nameAr).toBe("سالم الحمدان");
    expect(d.quotes.some((q) => q.text.includes("برمته") && !q.text.includes("تأخر المانحين"))).toBe(false);
  });
});
