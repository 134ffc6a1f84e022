// Thirteenth round: constructions of real Arabic news pages (issue 11), each on a short invented article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) names inside long titles", () => {
  it("'رئيس مجلس الإدارة الشيخ صباح الفارس': an honorific ends the role and opens the name, even on a word that is also a noun", () => {
    const d = extract("ar",
      "قال رئيس مجلس الإدارة الشيخ صباح الفارس، إن الشركة لن تسرّح أي موظف هذا العام.",
      "وأضاف رئيس المجلس في مداخلته أمام المساهمين أن الأرباح ستوزع في الربيع.");
    expect(speakerOf(d, "لن تسرّح")?.nameAr).toBe("صباح الفارس");
    // "في مداخلته": an occasion with the speaker's pronoun ends the title, which refers back to the named holder.
    expect(speakerOf(d, "الأرباح ستوزع")?.nameAr).toBe("صباح الفارس");
  });

  it("'…، اليوم السبت 15 أبريل 2023، إن': a date set off by commas is no role", () => {
    const d = extract("ar", "قال مدير المستشفى الدكتور هاني العبيدي، اليوم السبت 15 أبريل 2023، إن الأقسام كلها تعمل.");
    const s = speakerOf(d, "الأقسام كلها تعمل");
    expect(s?.nameAr).toBe("هاني العبيدي");
    expect(s?.roleAr ?? "").not.toMatch(/السبت|2023/);
  });

  it("'اعترف جمال بلقاسمي مدرب الفريق بصعوبة …': a ب-word after a known first name is the family name", () => {
    const d = extract("ar", "اعترف جمال بلقاسمي مدرب الفريق الأول بصعوبة المهمة أمام المتصدر.");
    expect(speakerOf(d, "المهمة أمام المتصدر")?.nameAr).toBe("جمال بلقاسمي");
  });
});

describe("(ar) what is never a name", () => {
  it("a verbal noun after a title with nobody named before never becomes a speaker's name", () => {
    const d = extract("ar", "وأكد المسؤول الليبي ضرورة استئناف الحوار في أقرب وقت.");
    expect(d.speakers.map((x) => x.nameAr ?? "")).not.toContain("ضرورة");
  });

  it("'قال ممثلو النقابات اليوم إنهم …': a role noun in the plural is a group, not a person", () => {
    const d = extract("ar", "قال ممثلو النقابات العمالية اليوم إنهم يرفضون تجميد الأجور.");
    const s = speakerOf(d, "يرفضون تجميد الأجور");
    expect(s?.kind).toBe("group");
    expect(s?.nameAr).toBe("ممثلو النقابات العمالية");
  });

  it("'وعبّر السكان عن غضبهم': a feeling voiced is no statement", () => {
    const d = extract("ar", "وعبّر سكان الحي عن غضبهم من قطع المياه.");
    expect(d.quotes).toHaveLength(0);
  });
});

describe("(ar) more cues", () => {
  it("'نقلت وكالة … أن X، محامي Y، عبّر عن …' then 'وأكدت أن …، وفق ما نقلته وكالة …'", () => {
    const d = extract("ar",
      "قضت المحكمة بسجن المغني ثلاث سنوات.",
      "ونقلت وكالة محلية أن كريم الصافي، محامي المغني، عبّر عن نية الدفاع استئناف الحكم.",
      "وأكدت أن الجلسة المقبلة ستعقد في الخريف، وفق ما نقلته وكالة الأنباء المحلية.");
    expect(speakerOf(d, "نية الدفاع استئناف")?.nameAr).toBe("كريم الصافي");
    expect(speakerOf(d, "الجلسة المقبلة ستعقد")?.nameAr).toBe("وكالة الأنباء المحلية");
  });

  it("'«…»، على حد قول المحامي X.': the one named after على حد قول said the quote", () => {
    const d = extract("ar", "ورحب محامو الضحية \"بالحكم العادل الذي أنصف العائلة\"، على حد قول المحامي سمير الحلو.");
    expect(speakerOf(d, "بالحكم العادل")?.nameAr).toBe("سمير الحلو");
  });

  it("'وزاد بالقول إن …' and 'وأكمل X: …' go on with the speaker", () => {
    const d = extract("ar",
      "قال رئيس الاتحاد خالد العمري إن الموسم سيبدأ في موعده.",
      "وزاد بالقول إن الأندية تسلمت الجداول.",
      "وأكمل العمري: نحن جاهزون لكل الاحتمالات.");
    expect(speakerOf(d, "الأندية تسلمت الجداول")?.nameAr).toBe("خالد العمري");
    expect(speakerOf(d, "جاهزون لكل الاحتمالات")?.nameAr).toBe("خالد العمري");
  });

  it("'ونقل بيان … عن X قولهم في اجتماع عقد أمس إنهم …': where they said it may come before إن", () => {
    const d = extract("ar", "ونقل بيان نشرته الوكالة عن وزراء الزراعة العرب قولهم في اجتماع عقد بالرباط أمس إنهم يؤيدون الخطة.");
    expect(speakerOf(d, "يؤيدون الخطة")?.nameAr).toBe("وزراء الزراعة العرب");
  });

  it("'وعيّنت الحكومة … وقالت إنها …': a و-joined verb with no comma shares the sentence's body subject", () => {
    const d = extract("ar",
      "تراجعت قيمة العملة المحلية أمس.",
      "وعينت الحكومة يوم الأحد محافظا جديدا للبنك المركزي وقالت إنها ستنقل مقره إلى الجنوب.");
    expect(speakerOf(d, "ستنقل مقره")?.nameAr).toBe("الحكومة");
  });
});

describe("(ar) coreference by title", () => {
  it("'وأعلن الوزير الجزائري استعداد بلاده …': a verbal noun is the object; the title is the minister named before", () => {
    const d = extract("ar",
      "استقبل وزير الخارجية الجزائري أحمد بلعيد نظيره التونسي في العاصمة.",
      "وأعلن الوزير الجزائري استعداد بلاده لاحتضان اجتماع اللجنة المشتركة.");
    const s = speakerOf(d, "لاحتضان اجتماع");
    expect(s?.nameAr).toBe("أحمد بلعيد");
    expect(d.speakers.map((x) => x.nameAr)).not.toContain("استعداد");
  });

  it("'ونبّه وزير التعليم الأهالي والطلاب من …': words joined by و after the title are its objects, not a name", () => {
    const d = extract("ar",
      "زار وزير التعليم كمال الدريدي مدرسة ثانوية في القيروان.",
      "ونبّه وزير التعليم الأهالي والطلاب من الأخبار الكاذبة عن الامتحانات، مؤكّدا أنّ النتائج تنشرها الوزارة وحدها.");
    expect(speakerOf(d, "تنشرها الوزارة وحدها")?.nameAr).toBe("كمال الدريدي");
  });

  it("'علق المستشار X، المتحدث الرسمي باسم مجلس الوزراء، على …' (no statement) then 'وأضاف متحدث الوزراء أن …'", () => {
    const d = extract("ar",
      "علق المستشار سامح الخطيب، المتحدث الرسمي باسم مجلس الوزراء، على ارتفاع أسعار الخبز في الأسواق.",
      "وأضاف متحدث الوزراء أن الحكومة ستطرح كميات إضافية من الدقيق.");
    expect(speakerOf(d, "كميات إضافية من الدقيق")?.nameAr).toBe("سامح الخطيب");
  });

  it("'قال المسؤول الكويتي إن …' after 'وزير الصحة الكويتي X' is that minister", () => {
    const d = extract("ar",
      "افتتح وزير الصحة الكويتي باسل الصباغ مستشفى جديدا في الجهراء.",
      "وقال المسؤول الكويتي إن المستشفى سيستقبل المرضى الشهر المقبل.");
    expect(speakerOf(d, "سيستقبل المرضى")?.nameAr).toBe("باسل الصباغ");
  });
});

describe("(ar) headlines and page furniture", () => {
  it("'وزير الطاقة: …' as the headline is the minister the article names below", () => {
    const d = extract("ar",
      "وزير الطاقة: محطات الكهرباء الجديدة ستعمل قبل الصيف",
      "أعلن وزير الطاقة والمياه رامي الحلبي أن \"المحطات الثلاث دخلت مرحلة التجربة\".");
    expect(speakerOf(d, "محطات الكهرباء الجديدة")?.nameAr).toBe("رامي الحلبي");
  });

  it("'رياضة: …' (a topic label before the colon) names no speaker", () => {
    const d = extract("ar", "رياضة: فوز كبير للمنتخب في مباراته الأولى", "فاز المنتخب بثلاثة أهداف دون رد.");
    expect(d.quotes).toHaveLength(0);
  });

  it("'الصحة الفلسطينية تعلن أن …': a ministry by its domain alone is a body", () => {
    const d = extract("ar", "الصحة الفلسطينية تعلن أن المستشفيات تلقت تحذيرات جديدة", "وقال المتحدث باسم الوزارة إن الوضع خطير.");
    expect(speakerOf(d, "المستشفيات تلقت تحذيرات")?.nameAr).toBe("الصحة الفلسطينية");
  });

  it("a 'read also' list of several lines yields neither quotes nor facts", () => {
    const d = extract("ar",
      "قال وزير النقل سمير الحداد إن الطريق سيفتح الشهر المقبل.",
      "اقرأ أيضاً:",
      "وزير المالية: 3 مليارات دولار لدعم الموازنة",
      "الرئيس يستقبل وفداً من رجال الأعمال ويؤكد أن الاستثمار أولوية",
      "",
      "وأضاف الحداد أن الأعمال تسير وفق الجدول.");
    const lines = [3, 4];
    for (const r of [...d.quotes, ...d.facts]) expect(lines).not.toContain(r.paragraph);
    expect(speakerOf(d, "الأعمال تسير")?.nameAr).toBe("سمير الحداد");
  });
});

describe("(ar) bodies and quotation marks of real pages", () => {
  it("'وقالت الوزارة' after 'وزارة الصحة الفلسطينية' is that ministry, by its full name", () => {
    const d = extract("ar",
      "قال المتحدث باسم وزارة الصحة الفلسطينية إن المستشفيات تعمل بطاقتها القصوى.",
      "وأعلنت الوزارة أن عشرة مستشفيات خرجت من الخدمة.");
    expect(speakerOf(d, "عشرة مستشفيات خرجت")?.nameAr).toBe("وزارة الصحة الفلسطينية");
  });

  it("reversed marks '»…«' still delimit the quote", () => {
    const d = extract("ar", "وقال رئيس البلدية نبيل العمراني: »سنفتح السوق الجديدة قبل رمضان«.");
    expect(d.quotes.map((q) => q.text)).toContain("سنفتح السوق الجديدة قبل رمضان");
    expect(speakerOf(d, "سنفتح السوق")?.nameAr).toBe("نبيل العمراني");
  });
});
