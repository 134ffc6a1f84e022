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

describe("(ar) a headline's source with its body in brackets, as news agencies write it", () => {
  it("'(التربية) الأردنية: …' is the Jordanian education ministry's statement", () => {
    const d = extract("ar",
      "(التربية) الأردنية: لا نية لتأجيل امتحانات الثانوية العامة هذا العام",
      "عمان - 3 - 5 (بترا) -- نفى الناطق الإعلامي باسم وزارة التربية الأردنية سامر العلي صحة ما تداولته بعض المواقع عن تأجيل الامتحانات.");
    expect(speakerOf(d, "لا نية لتأجيل")?.nameAr).toMatch(/التربية/);
  });
});
