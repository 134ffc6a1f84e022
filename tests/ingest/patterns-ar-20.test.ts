// Twentieth Arabic round (issue 11): wrong and missed speakers on blind set Q, by construction, each on a short
// invented article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) name extent: the words between a role and its holder", () => {
  it("'وزيرة شئون الإعلام': a role word spelled with its hamza on ي (شئون، مسئول) is still a role word, never the name", () => {
    const d = extract("ar", "قالت وزيرة شئون البيئة ليلى حمدان إن الحكومة ستغلق المصانع الملوثة قبل نهاية العام.");
    expect(speakerOf(d, "ستغلق المصانع")?.nameAr).toBe("ليلى حمدان");
    const e = extract("ar", "وقال مسئول الإعلام في البلدية رامي عيسى إن الشوارع ستفتح غدا أمام السيارات.");
    expect(e.speakers.map((s) => s.nameAr)).not.toContain("مسئول");
  });

  it("'المتحدث الرسمي باسم الحكومة سعادة الأستاذة X': an honorific of office between the role and the name", () => {
    const d = extract("ar", "أكدت المتحدثة الرسمية باسم الحكومة سعادة الأستاذة هدى سالم بن راشد أن الحوار مستمر بين جميع الأطراف.");
    expect(speakerOf(d, "الحوار مستمر")?.nameAr).toBe("هدى سالم بن راشد");
  });

  it("'رئيس الاتحاد … لكرة القدم أحمد ولد سالم على أن': a name closing on a link of descent, before the verb's preposition", () => {
    const d = extract("ar", "شدد رئيس الاتحادية الوطنية لكرة القدم أحمد ولد سالم على أن المنتخب قادر على الفوز في المباراة المقبلة.");
    expect(speakerOf(d, "المنتخب قادر")?.nameAr).toBe("أحمد ولد سالم");
  });
});

describe("(ar) an honorific carrying the pronoun is the person so addressed", () => {
  it("'وقال معاليه في تصريح صحفي إن …': the honorific pronoun then where it was said", () => {
    const d = extract("ar",
      "أكد معالي سالم بن خالد الحارثي رئيس هيئة الموانئ أن المشروع يسير وفق الخطة.",
      "وقال معاليه في تصريح صحفي إن العمل في الرصيف الجديد سينتهي في الصيف المقبل.");
    expect(speakerOf(d, "الرصيف الجديد")?.nameAr).toBe("سالم بن خالد الحارثي");
  });

  it("'وأوضحت سعادتها أن …': سعادة is an honorific of office like معالي", () => {
    const d = extract("ar",
      "قالت سعادة السفيرة منى عبد الله الكعبي إن السفارة ستفتح قنصلية جديدة في الشمال.",
      "وأوضحت سعادتها أن القنصلية ستخدم أكثر من عشرة آلاف مواطن.");
    expect(speakerOf(d, "عشرة آلاف مواطن")?.nameAr).toBe("منى عبد الله الكعبي");
  });
});
