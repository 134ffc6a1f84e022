// Sixteenth Arabic round (issue 11): classes from the five real Arabic sets, each on a short invented article.
import { describe, expect, it } from "vitest";
import { extract, extractRaw, speakerOf } from "./helpers.js";

describe("(ar) bodies and titles that speak", () => {
  it("'نفت النيابة العمومية …، أن تكون …': the prosecution is a body that speaks (a feminine verb)", () => {
    const d = extract("ar", "نفت النيابة العمومية بالمحكمة الابتدائية، اليوم الإثنين، أن تكون أمرت بإغلاق مقر الجمعية.");
    expect(speakerOf(d, "أمرت بإغلاق مقر")?.nameAr).toBe("النيابة العمومية بالمحكمة الابتدائية");
  });

  it("'وأوضح مدير مكتب الرئيس أن …': an office inside the title refers to the person introduced with it", () => {
    const d = extract("ar",
      "أكد سامر الحلبي مدير مكتب الرئيس اليمني أن الرئيس موجود في العاصمة.",
      "وأوضح مدير مكتب الرئيس اليمني أن على الشركاء أن يتخذوا موقفا واضحا من الأحداث.");
    expect(speakerOf(d, "يتخذوا موقفا واضحا")?.nameAr).toBe("سامر الحلبي");
  });

  it("'وكانت القيادة المركزية قد أعلنت، أمس، مقتل …': a military command is a body", () => {
    const d = extract("ar", "وكانت القيادة المركزية الأميركية قد أعلنت، أمس السبت، مقتل جنديين وإصابة ثلاثة آخرين في كمين قرب الحدود.");
    expect(speakerOf(d, "مقتل جنديين")?.nameAr).toBe("القيادة المركزية الأميركية");
  });

  it("'اجتمع مجلس القضاء الأعلى وعارض القرار، واصفاً إياه بـ«…»': the body's name ends at its next verb; واصفاً reports", () => {
    const d = extract("ar", "وفي اليوم التالي، اجتمع مجلس القضاء الأعلى وعارض قرار المحكمة الإدارية، واصفاً إياه بـ\"المخالف للدستور\".");
    expect(speakerOf(d, "المخالف للدستور")?.nameAr).toBe("مجلس القضاء الأعلى");
  });
});

describe("(ar) a verbal-noun object after the subject's apposition", () => {
  it("'نفى رئيس الوحدة، X، اختفاء المحضر': the verbal noun after the comma that closes the name is the content", () => {
    const d = extract("ar", "نفى رئيس وحدة الإعلام بالمحكمة، منير العباسي، اختفاء المحضر من مكتب الضبط بالمحكمة.");
    expect(speakerOf(d, "اختفاء المحضر")?.nameAr).toBe("منير العباسي");
  });

  it("'أعلنت الحكومة، مساء الأحد، رفع الأجور': an act the body decides, after an adjunct, is no statement", () => {
    const d = extractRaw("ar", "أعلنت الحكومة، مساء الأحد، رفع الحد الأدنى للأجور في القطاع الخاص اعتبارا من الشهر المقبل.");
    expect(d.quotes.some((q) => q.speaker !== null && q.text.includes("رفع الحد الأدنى"))).toBe(false);
  });
});

describe("(ar) names that look like titles or words", () => {
  it("'المتحدث باسم الوزارة باسم الخطيب': a second باسم after a closed role is the first name Basim", () => {
    const d = extract("ar",
      "قال المتحدث الرسمي باسم وزارة الداخلية باسم الخطيب، السبت، إن الطرق الرئيسية أعيد فتحها.",
      "ولفت الخطيب إلى أن فرق الصيانة تعمل على مدار الساعة لإصلاح الأضرار.");
    expect(speakerOf(d, "أعيد فتحها")?.nameAr).toBe("باسم الخطيب");
    expect(speakerOf(d, "فرق الصيانة تعمل")?.nameAr).toBe("باسم الخطيب");
  });

  it("'وأضاف السيد، أن …': a title of address alone is the family name of the person the article named with it", () => {
    const d = extract("ar",
      "قال المتحدث باسم وزارة الصحة كريم السيد إن حملة التطعيم تبدأ الأحد.",
      "وأضاف السيد، أن المراكز الصحية جاهزة لاستقبال الأطفال في كل المحافظات.");
    expect(speakerOf(d, "المراكز الصحية جاهزة")?.nameAr).toBe("كريم السيد");
  });

  it("'وكان X، أحد مؤسسي …، قال إن …': كان opening the sentence is no part of the name", () => {
    const d = extract("ar", "وكان سالم الحداد، أحد مؤسسي الحركة، قال إن المفاوضات توقفت منذ أسابيع بسبب الخلافات.");
    expect(speakerOf(d, "المفاوضات توقفت")?.nameAr).toBe("سالم الحداد");
  });

  it("'محمد بن زايد آل نهيان' is also known as 'محمد بن زايد'", () => {
    const d = extract("ar", "قال الشيخ محمد بن زايد آل نهيان إن الدولة ستواصل دعم المتضررين من الفيضانات.");
    expect(speakerOf(d, "ستواصل دعم")?.aliases).toContain("محمد بن زايد");
  });
});

describe("(ar) who an honorific pronoun is", () => {
  it("'… صاحب السمو الشيخ X …، مؤكداً سموه أن …': سموه is the one the sentence addressed as His Highness, not the speaker relaying him", () => {
    const d = extract("ar",
      "قال وزير الصحة أحمد الكعبي إن المستشفيات تعمل بكامل طاقتها.",
      "وأضاف الكعبي أن الجميع يتذكر زيارة صاحب السمو الشيخ حمد بن راشد المري للمصابين، مؤكداً سموه أن سلامة المواطنين تأتي أولاً.");
    expect(speakerOf(d, "سلامة المواطنين تأتي")?.nameAr).toBe("حمد بن راشد المري");
    expect(speakerOf(d, "المستشفيات تعمل")?.nameAr).toBe("أحمد الكعبي");
  });

  it("'وشدد معاليه على …' with nobody so addressed in the sentence goes on with the last speaker", () => {
    const d = extract("ar",
      "قال معالي وزير المالية خالد العتيبي إن الميزانية متوازنة هذا العام.",
      "وشدد معاليه على أن الحكومة لن تفرض ضرائب جديدة.");
    expect(speakerOf(d, "لن تفرض ضرائب")?.nameAr).toBe("خالد العتيبي");
  });
});

describe("(ar) speech with no mark before it", () => {
  it("'مشيرا نسعى لـ…': a first-person verb after the participle opens the speaker's own words", () => {
    const d = extractRaw("ar", "قال وزير المالية جبران الأحمد إن الوزارة تمكنت من دفع الرواتب مشيرا نسعى لاتخاذ سياسات تحمي سعر الصرف من التقلبات.");
    const q = d.quotes.find((x) => x.text.startsWith("نسعى"));
    expect(q && d.speakers.find((s) => s.id === q.speaker)?.nameAr).toBe("جبران الأحمد");
  });
});

describe("(ar) reported speech inside reported speech", () => {
  it("'ولفت الوزير إلى أن جلالة الملك تحدث …، أنه …': the relayer said that the King spoke; what the King said is his", () => {
    const d = extract("ar",
      "قال وزير العمل سمير الدباس إن البطالة أكبر مشكلة تواجه البلاد.",
      "ولفت الدباس إلى أن جلالة الملك تحدث خلال ترؤسه جلسة الحكومة اليوم، أنه سيتابع شخصيا تنفيذ الخطة كل شهر.");
    expect(speakerOf(d, "سيتابع شخصيا")?.nameAr).toBe("جلالة الملك");
    expect(speakerOf(d, "تحدث خلال ترؤسه")?.nameAr).toBe("سمير الدباس");
  });

  it("a verb inside a أن-clause with no speaker of its own stays part of the relayer's words", () => {
    const d = extract("ar", "وأشار الوزير سمير الدباس إلى أن أحد المستثمرين هدد بسحب أمواله من المشروع.");
    expect(speakerOf(d, "هدد بسحب أمواله")?.nameAr).toBe("سمير الدباس");
  });
});

describe("(ar) more cues and subjects from the real sets", () => {
  it("'أجمع لاعبو الفريق على …': agreeing, all of them, is a statement of the group", () => {
    const d = extract("ar", "أجمع لاعبو فريق النجم الساحلي على صعوبة المباراة التي جمعتهم أمس بالفريق الضيف.");
    expect(speakerOf(d, "صعوبة المباراة")?.nameAr).toBe("لاعبو فريق النجم الساحلي");
  });

  it("'عقّب ممثل النيابة العامة أمام المحكمة على …، شاكراً إياهم بـ…': the office opening the sentence thanks them", () => {
    const d = extract("ar", "عقب ممثل النيابة العامة أمام محكمة الجنايات على مرافعات الدفاع، شاكرًا إياهم بإقرارهم بالدليل الذي قدمته النيابة في القضية.");
    expect(speakerOf(d, "إقرارهم بالدليل")?.nameAr).toBe("ممثل النيابة العامة");
  });

  it("'وأشارت المصادر إلى أن سورية أعلنت مراراً أنها …': a state written with ة is a state, and an inner speaker", () => {
    const d = extract("ar",
      "نفت مصادر دبلوماسية سورية وجود أي وساطة بشأن المحتجزين.",
      "وأشارت المصادر إلى أن سورية أعلنت مراراً أنها لا تملك أية معلومات عن المفقودين على أراضيها.");
    expect(speakerOf(d, "لا تملك أية معلومات")?.name).toBe("Syria");
  });

  it("'قال الفنان X رئيس ومؤسس المهرجان، إن …': a descriptive word, the name, then its office", () => {
    const d = extract("ar", "فيما قال الفنان منصور عبد الفتاح رئيس ومؤسس المهرجان، إن المهرجان حقق مكانة دولية كبيرة.");
    expect(speakerOf(d, "حقق مكانة دولية")?.nameAr).toBe("منصور عبد الفتاح");
  });
});

describe("(ar) messages conveyed", () => {
  it("'بعثت الوزارة رسالة إلى الأهالي بأن …': a verb of sending with a message noun reports what the message says", () => {
    const d = extract("ar", "وبعثت وزارة التربية رسالة إلى أولياء الأمور بأن المدارس ستفتح أبوابها الأحد المقبل.");
    expect(speakerOf(d, "المدارس ستفتح")?.nameAr).toBe("وزارة التربية");
  });

  it("'وأكد الوزير أن الإدارة الأميركية أعطت رسائل طمأنة … بأن …': inside a reported clause, the sender's words are the sender's", () => {
    const d = extract("ar", "وأكد وزير الطاقة سامر الخوري أن الإدارة الأميركية أعطت رسائل طمأنة للجانب المصري بأن عقود الغاز لن تتأثر بالعقوبات.");
    expect(speakerOf(d, "عقود الغاز لن تتأثر")?.nameAr).toBe("الإدارة الأميركية");
    expect(speakerOf(d, "أعطت رسائل طمأنة")?.nameAr).toBe("سامر الخوري");
  });

  it("'وجّه الوزير الموظفين إلى …' (no message noun) is no statement", () => {
    const d = extractRaw("ar", "ووجه الوزير سامر الخوري الموظفين إلى إنهاء الملفات المتأخرة قبل نهاية الشهر.");
    expect(d.quotes.some((q) => q.speaker !== null && q.text.includes("إنهاء الملفات"))).toBe(false);
  });
});

describe("(ar) a news site that reports", () => {
  it("'وأشار الموقع إلى أن …' is the site, and 'الموقع الذي نشر …' names no body 'الموقع الذي'", () => {
    const d = extract("ar",
      "ونفت المصادر ما نشره الموقع الذي تحدث عن صفقة سرية بين البلدين.",
      "وأشار الموقع إلى أن المفاوضات بدأت قبل شهرين في عاصمة خليجية.");
    expect(speakerOf(d, "المفاوضات بدأت")?.nameAr).toBe("الموقع");
  });
});

