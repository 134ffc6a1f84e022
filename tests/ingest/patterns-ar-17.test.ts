// Seventeenth Arabic round (issue 11): classes of wrong speakers from the seven real Arabic sets grouped together,
// each on a short invented article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) what is never the speaker", () => {
  it("'وطالب رئاسة المجلس بـ…': a feminine body after a masculine verb is whom it was asked of, not the subject", () => {
    const d = extract("ar",
      "قال النائب سمير الخطاب إن الحكومة مطالبة بتوضيح موقفها من الأزمة.",
      "وطالب رئاسة مجلس النواب بعقد جلسة طارئة لمناقشة الأزمة الاقتصادية، معتبرا أن الصمت لم يعد مقبولا.");
    expect(speakerOf(d, "عقد جلسة طارئة")?.nameAr).toBe("سمير الخطاب");
    expect(speakerOf(d, "الصمت لم يعد مقبولا")?.nameAr).toBe("سمير الخطاب");
  });

  it("'وأضافت الهيئة ” لا يخفى … ”': a quote written with two closing marks ends the body's name", () => {
    const d = extract("ar", "وأضافت هيئة الدفاع ” لا يخفى عليكم أن المحاكمة العادلة هي المبدأ الأول في كل قضية”.");
    expect(speakerOf(d, "المحاكمة العادلة هي المبدأ")?.nameAr).toBe("هيئة الدفاع");
  });

  it("'وتوجهت بالتهنئة إلى الجمهور، قائلة: …': a noun carrying a preposition is never a family name", () => {
    const d = extract("ar",
      "قالت الفنانة سلمى النجار إنها سعيدة بنجاح عملها الجديد.",
      "وتوجهت بالتهنئة إلى الجمهور بمناسبة العيد، قائلة: «كل سنة وأنتم بخير وسعادة».");
    expect(speakerOf(d, "كل سنة وأنتم")?.nameAr).toBe("سلمى النجار");
  });

  it("'أوضحت وكيلة «الصحة العامة» X أن …، لافتة …': an indefinite feminine office opens the role; its holder goes on", () => {
    const d = extract("ar",
      "أعلنت وزارة الصحة تسجيل ثلاث إصابات جديدة.",
      "من جانبها أوضحت وكيلة «الصحة العامة» هدى الكندري أن جميع الحالات مرتبطة بالسفر، لافتة إلى أنهم في الحجر الصحي.",
      "وشددت على حرص الوزارة على الشفافية في نشر الأرقام.");
    expect(speakerOf(d, "مرتبطة بالسفر")?.nameAr).toBe("هدى الكندري");
    expect(speakerOf(d, "في الحجر الصحي")?.nameAr).toBe("هدى الكندري");
    expect(speakerOf(d, "الشفافية في نشر")?.nameAr).toBe("هدى الكندري");
  });

  it("'وزير العمل X القطامين أن …' then 'وقال القطامين': a family name shaped like a plural in ين is a name once it is a verb's subject", () => {
    const d = extract("ar",
      "أعلن وزير الزراعة الأردني سليم القطامين أن الموسم الزراعي سيبدأ مبكرا هذا العام.",
      "وقال القطامين خلال لقائه المزارعين، إن الوزارة ستدعم أسعار البذور.",
      "ودعا الوزير المسؤولين إلى متابعة الأسواق.");
    expect(speakerOf(d, "الموسم الزراعي سيبدأ")?.nameAr).toBe("سليم القطامين");
    expect(speakerOf(d, "ستدعم أسعار البذور")?.nameAr).toBe("سليم القطامين");
  });
});

describe("(ar) a denial or a condemnation with a plain noun object", () => {
  it("'نفت الوزارة اليوم الأحد التصريحات المنسوبة لها …': what was reported, after the subject, is the content", () => {
    const d = extract("ar",
      "نفت وزارة الشؤون الاجتماعية في عمّان اليوم الأحد التصريحات المنسوبة لها بشأن صرف دفعة جديدة من المساعدات.",
      "واستنكرت الوزارة نشر أخبار من شأنها إثارة القلق بين الأسر، مؤكدةً أنها تعمل على صرف المساعدات في موعدها.");
    expect(speakerOf(d, "التصريحات المنسوبة لها")?.nameAr).toBe("وزارة الشؤون الاجتماعية");
    expect(speakerOf(d, "نشر أخبار من شأنها")?.nameAr).toBe("وزارة الشؤون الاجتماعية");
  });

  it("'ونفى الأنباء التي ترددت …': with no subject written, the last speaker denies", () => {
    const d = extract("ar",
      "قال رئيس المجلس البلدي كمال الورفلي إن الاجتماع انتهى بالتوافق.",
      "ونفى الأنباء التي ترددت حول انسحاب عدد من الأعضاء من الجلسة.");
    expect(speakerOf(d, "انسحاب عدد من الأعضاء")?.nameAr).toBe("كمال الورفلي");
  });

  it("'استنكرت النقابة الوطنية لأعوان وإطارات العدلية …': a plural noun joined by و goes on with the body's name", () => {
    const d = extract("ar", "استنكرت النقابة الوطنية لأعوان وإطارات العدلية تصريح الوزير واعتبرته إساءة لكل العاملين بالمحاكم.");
    expect(speakerOf(d, "إساءة لكل العاملين")?.nameAr).toBe("النقابة الوطنية لأعوان وإطارات العدلية");
  });
});

describe("(ar) words one speaker cites from another", () => {
  it("'مستشهداً بمقولة صاحب السمو أن …': the cited one speaks the clause, and the next 'وأشار' stays the citer's", () => {
    const d = extract("ar",
      "أكد المتحدث باسم اللجنة المنظمة سامي الحداد أن البطولة ستنجح، مستشهداً بمقولة صاحب السمو أن البطولة ستكون لكل العرب.",
      "وأشار إلى أن الاستعدادات اكتملت في جميع الملاعب.");
    expect(speakerOf(d, "ستكون لكل العرب")?.nameAr).toBe("صاحب السمو");
    expect(speakerOf(d, "الاستعدادات اكتملت")?.nameAr).toBe("سامي الحداد");
  });
});

describe("(ar) whom a verb asks is never its speaker", () => {
  it("'ودعت الوزارة وسائل الإعلام لـ…'، 'دعا X، السوريين لعدم …'، 'دعت وزارة الصحة المواطنين إلى …'", () => {
    const d = extract("ar",
      "دعا وزير الاقتصاد السوري نادر الخطيب، السوريين لعدم الالتفات للشائعات عن سعر الصرف.",
      "ودعت وزارة الإعلام وسائل الإعلام لاستقاء المعلومات من مصادرها الرسمية.",
      "ودعت وزارة الصحة المواطنين إلى الالتزام بإجراءات الوقاية في الأسواق.");
    expect(speakerOf(d, "لعدم الالتفات للشائعات")?.nameAr).toBe("نادر الخطيب");
    expect(speakerOf(d, "لاستقاء المعلومات")?.nameAr).toBe("وزارة الإعلام");
    expect(speakerOf(d, "الالتزام بإجراءات الوقاية")?.nameAr).toBe("وزارة الصحة");
  });
});

describe("(ar) a group of things that speaks", () => {
  it("'أكدت مصادر أمنية مطلعة أن …' then 'وأشارت إلى …'، 'لافتة إلى …': the sources go on with feminine verbs", () => {
    const d = extract("ar",
      "أكدت مصادر أمنية مطلعة أن الشبكة خططت لتفجيرات في العاصمة.",
      "وأشارت إلى احتمال هروب بعض العناصر بعد التوقيفات، لافتة إلى إطلاق عملية بحث واسعة في الضواحي.");
    expect(speakerOf(d, "احتمال هروب بعض العناصر")?.nameAr).toBe("مصادر أمنية مطلعة");
    expect(speakerOf(d, "إطلاق عملية بحث واسعة")?.nameAr).toBe("مصادر أمنية مطلعة");
  });
});

describe("(ar) a member of parliament 'for' a bloc", () => {
  it("'حذر النائب عن تحالف الفتح X، السبت، من أن …': عن and the bloc belong to the role; the name is the speaker", () => {
    const d = extract("ar", "حذر النائب عن تحالف النصر كريم الساعدي، السبت، من أن الموازنة تأخرت كثيرا هذا العام.");
    expect(speakerOf(d, "الموازنة تأخرت كثيرا")?.nameAr).toBe("كريم الساعدي");
  });
});

describe("(ar) where the words were read", () => {
  it("'وقال X، بحسب جريدة «الوطن»، إن …': the aside between the subject and إن names the outlet, not the speaker", () => {
    const d = extract("ar",
      "وقال وزير الأوقاف سامي الحداد، بحسب جريدة «الوطن» المحلية، إن الحكومة ستتحدث عن الأزمة قريبا.",
      "وأكد الجيش، وفقا لمصادر محلية، أن القصف استهدف مخازن أسلحة قرب الحدود.");
    expect(speakerOf(d, "الحكومة ستتحدث عن الأزمة")?.nameAr).toBe("سامي الحداد");
    expect(speakerOf(d, "القصف استهدف مخازن")?.nameAr).toBe("الجيش");
  });

  it("'وذكرت إذاعة الجيش الإسرائيلي،أن …': a radio station and a newspaper are bodies that report", () => {
    const d = extract("ar", "وذكرت إذاعة الجيش الإسرائيلي،أن الطائرات قصفت موقعين قرب الحدود.");
    expect(speakerOf(d, "الطائرات قصفت موقعين")?.nameAr).toBe("إذاعة الجيش الإسرائيلي");
  });
});
