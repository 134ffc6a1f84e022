// Eighteenth Arabic round (issue 11): classes that recur across the eight real Arabic sets, each on a short invented
// article, and the cue forms generated from data/cues-ar.json.
import { describe, expect, it } from "vitest";
import { PARTICIPLES, REPORTING_LEMMAS, REPORTING_VERBS, participleForms, pastForms, presentForms } from "../../src/ingest/lexicon-ar.js";
import { extract, extractRaw, speakerOf } from "./helpers.js";

describe("(ar) cue forms are generated from the lemma table", () => {
  it("past, present and participle forms with their genders, duals included", () => {
    expect(pastForms({ past: "اكد", preps: [], dual: true }).map(([f, g]) => `${f}/${g}`)).toEqual(["اكد/m", "اكدت/f", "اكدوا/pl", "اكدا/pl", "اكدتا/pl"]);
    expect(presentForms("وكد").map(([f]) => f)).toEqual(["يوكد", "توكد", "يوكدون", "يوكدان", "توكدان"]);
    expect(presentForms("دعو").map(([f]) => f)).toEqual(["يدعو", "تدعو", "يدعون"]);
    expect(participleForms("مشير").map(([f, g]) => `${f}/${g}`)).toEqual(["مشيرا/m", "مشير/m", "مشيراً/m", "مشيره/f", "مشيرين/pl"]);
  });

  it("an unseen inflection of a listed verb is a cue with the verb's lemma and prepositions", () => {
    expect(REPORTING_VERBS.get("اكدتا")).toEqual({ gender: "pl", preps: ["علي"], nounObject: true });
    expect(REPORTING_VERBS.get("يكشف")).toMatchObject({ gender: "m", preps: ["عن"] });
    expect(REPORTING_LEMMAS.get("تلفت")).toBe("يلفت");
    expect(REPORTING_LEMMAS.get("اشادت")).toBe("اشاد");
    expect(REPORTING_VERBS.get("ابلغته")).toMatchObject({ gender: "f" });
    expect(PARTICIPLES.get("مشيده")).toBe("f");
  });

  it("forms that are also common words are left out", () => {
    // يذكر أن: "it is worth noting"; حذرا: "cautiously"; شكرا: "thanks"; يتابع: "follows".
    for (const w of ["يذكر", "حذرا", "شكر", "شكرا", "يتابع", "اتهم", "متوقع"]) expect(REPORTING_VERBS.has(w) || PARTICIPLES.has(w), w).toBe(false);
  });

  it("finds statements cued by a verb the table generates, in forms no test wrote before", () => {
    const d = extract("ar",
      "وصل وزير الري المصري سامح الجندي إلى الخرطوم صباح اليوم.",
      "وأشاد الوزير بجهود الفنيين في صيانة السدود قبل موسم الفيضان.",
      "وتلفت وزارة الري إلى أن منسوب النهر ما زال أقل من المعدل.");
    expect(speakerOf(d, "جهود الفنيين")?.nameAr).toBe("سامح الجندي");
    expect(speakerOf(d, "منسوب النهر")?.nameAr).toBe("وزارة الري");
  });
});

describe("(ar) a negated verb of saying reports nothing", () => {
  it("'لم تكشف الإدارة عن …' is no statement; 'لم يستبعد الوزير أن …' is one", () => {
    const d = extract("ar",
      "قال وزير المالية خالد الرميثي إن الميزانية ستعرض على البرلمان قريبا.",
      "ولم تكشف الوزارة بعد عن موعد العرض النهائي للميزانية.",
      "ولم يستبعد الوزير أن تتأخر الميزانية بسبب الخلافات.");
    expect(d.quotes.some((q) => q.text.includes("موعد العرض النهائي"))).toBe(false);
    expect(speakerOf(d, "تتأخر الميزانية")?.nameAr).toBe("خالد الرميثي");
  });
});

describe("(ar) nested speech: the inner speaker said it, the outlet reported it", () => {
  it("'كشفت صحيفة X أن الحكومة أبلغت Y أنها …': the government's words", () => {
    const d = extract("ar", "كشفت صحيفة الميدان الأردنية أن الحكومة أبلغت النقابات أنها ستؤجل رفع الأسعار حتى نهاية العام.");
    expect(speakerOf(d, "ستؤجل رفع الأسعار")?.nameAr).toBe("الحكومة");
  });

  it("'أن الحكومة العراقية، أبلغت الأردن عبر قنوات دبلوماسية، أنها …': a comma after the inner subject, عبر as 'via'", () => {
    const d = extract("ar", "وذكرت وكالة البلاد المستقلة أن الحكومة العراقية، أبلغت الأردن عبر قنوات دبلوماسية، أنها ستزيد كميات النفط المصدرة.");
    expect(speakerOf(d, "ستزيد كميات النفط")?.nameAr).toBe("الحكومة العراقية");
  });

  it("'إن الحكومة أبلغته بأنها …': a verb of telling with its object pronoun", () => {
    const d = extract("ar", "قال النائب فؤاد الزعبي إن الحكومة أبلغته بأنها ستفتح المعبر الأسبوع المقبل.");
    expect(speakerOf(d, "ستفتح المعبر")?.nameAr).toBe("الحكومة");
  });
});

describe("(ar) bodies as speakers", () => {
  it("'وقالت الدعم السريع، إنها …': a body written without the head noun the article gave it (قوات) is that body", () => {
    const d = extract("ar",
      "اندلعت اشتباكات عنيفة بين الجيش وقوات الحماية الشعبية في ضواحي المدينة.",
      "وقالت الحماية الشعبية، إنها استعادت السيطرة على الجسر الرئيسي، موضحة أنها أسرت عددا من الجنود.");
    expect(speakerOf(d, "استعادت السيطرة")?.nameAr).toBe("قوات الحماية الشعبية");
    expect(speakerOf(d, "أسرت عددا")?.nameAr).toBe("قوات الحماية الشعبية");
  });

  it("'وأدان مجلس الأمناء …، مؤكدةً أن …': a participle that does not agree with the opening verb still goes with a body", () => {
    const d = extract("ar", "وأدان مجلس أمناء الجامعة الأهلية، الاعتداء على الحرم الجامعي، مؤكدة أن ما جرى تهديد مباشر لحرية التعليم.");
    expect(speakerOf(d, "تهديد مباشر")?.nameAr).toBe("مجلس أمناء الجامعة الأهلية");
  });

  it("…but never with a person of the other gender", () => {
    const d = extract("ar", "وأدان الوزير سامي العتيبي، الاعتداء على الحرم الجامعي، مؤكدة أن ما جرى تهديد مباشر لحرية التعليم.");
    expect(speakerOf(d, "تهديد مباشر")).toBeUndefined();
  });

  it("a definite phrase the article never gave a head noun is no body", () => {
    const d = extract("ar", "قال الجيش إن الوضع مستقر في العاصمة.", "وقالت الوطن، إن الوضع خطير في الأطراف.");
    expect(speakerOf(d, "الوضع خطير")).toBeUndefined();
  });
});

describe("(ar) what a verb of announcing reports as its noun object", () => {
  it("'أعلن الجيش في بيان، التصدي لهجوم …': the words after an occasion set off by a comma", () => {
    const d = extract("ar", "أعلن الجيش الوطني في بيان، إحباط محاولة تسلل عبر الحدود الشمالية.");
    expect(speakerOf(d, "إحباط محاولة تسلل")?.nameAr).toBe("الجيش الوطني");
  });

  it("'وأعلنت الحركة رفضها للقرار': the body's own verbal noun after it", () => {
    const d = extract("ar", "وأعلنت حركة التجديد الوطني رفضها لقانون الانتخابات الجديد.");
    expect(speakerOf(d, "رفضها لقانون")?.nameAr).toBe("حركة التجديد الوطني");
  });

  it("'أعلنت حركة X وقوع …': an event the body announces", () => {
    const d = extract("ar", "أعلنت حركة الإنقاذ وقوع عشرات الإصابات في قصف السوق المركزي.");
    expect(speakerOf(d, "عشرات الإصابات")?.nameAr).toBe("حركة الإنقاذ");
  });

  it("'نفى X … ما تم تداوله حول وقوع خلاف …': a verbal noun inside the object's own phrase opens nothing", () => {
    const d = extract("ar", "نفى رئيس المحكمة الابتدائية القاضي منير الحلبي ما تم تداوله حول وقوع خلاف بين القضاة، مؤكدا أن العمل يسير بشكل طبيعي.");
    expect(speakerOf(d, "العمل يسير")?.nameAr).toBe("منير الحلبي");
    expect(speakerOf(d, "خلاف بين القضاة")).toBeUndefined();
  });
});

describe("(ar) the media as a source", () => {
  it("'وذكرت وسائل إعلام محلية أن …'، 'وأفادت تقارير إعلامية بأن …'، 'وذكر التلفزيون الرسمي أن …'", () => {
    const d = extract("ar",
      "وذكرت وسائل إعلام محلية أن الوفد وصل إلى العاصمة مساء الأحد.",
      "وأفادت تقارير إعلامية، بأن المفاوضات ستستأنف الأسبوع المقبل.",
      "وذكر التلفزيون الرسمي أن الرئيس استقبل الوفد في القصر.");
    expect(speakerOf(d, "الوفد وصل إلى العاصمة")?.nameAr).toBe("وسائل إعلام محلية");
    expect(speakerOf(d, "المفاوضات ستستأنف")?.nameAr).toBe("تقارير إعلامية");
    expect(speakerOf(d, "استقبل الوفد في القصر")?.nameAr).toBe("التلفزيون الرسمي");
  });
});

describe("(ar) coreference by title", () => {
  it("'أصدر العميد X بيانا' then 'وقال المتحدث': the accusative noun after the name is no part of it", () => {
    const d = extract("ar",
      "أصدر المتحدث باسم الدفاع المدني العميد رائد الحمدان بيانا مساء الجمعة.",
      "وقال المتحدث إن فرق الإنقاذ انتشلت ثلاثة مصابين.");
    expect(speakerOf(d, "انتشلت ثلاثة مصابين")?.nameAr).toBe("رائد الحمدان");
  });

  it("'وأكد رئيس الحكومة' after 'رئيس الوزراء X': the same office in other words", () => {
    const d = extract("ar",
      "قال رئيس الوزراء الليبي عماد الدرسي إن الحكومة ستدفع الرواتب.",
      "وأكد رئيس الحكومة أن الميزانية تكفي حتى نهاية العام.");
    expect(speakerOf(d, "الميزانية تكفي")?.nameAr).toBe("عماد الدرسي");
  });
});

describe("(ar) a speaker written but not read is nobody, and no one before it either", () => {
  it("'وقال الهلال الأحمر إن …. وأضاف أن …': the unread speaker's quotes stay without a speaker, not the last speaker's", () => {
    const d = extractRaw("ar",
      "قال المتحدث باسم وزارة الصحة سليم العوضي إن عشرين شخصا أصيبوا.",
      "وبدوره، قال الهلال الأحمر إن طواقمه نقلت الجرحى. وأضاف أن المستشفيات مكتظة.");
    expect(speakerOf(d, "عشرين شخصا")?.nameAr).toBe("سليم العوضي");
    expect(d.quotes.find((q) => q.text.includes("المستشفيات مكتظة"))?.speaker ?? null).toBeNull();
    expect(d.quotes.find((q) => q.text.includes("طواقمه نقلت"))?.speaker ?? null).toBeNull();
  });

  it("'وقال الفريق كامل الجمال، وزير الإسكان، إن …': the title set off after an unread name speaks for it", () => {
    const d = extract("ar",
      "وقال الفريق عادل الوزير، محافظ الإسماعيلية، إن المشروعات ستنتهي قبل الصيف.",
      "وأوضح أن التمويل متوفر بالكامل.");
    expect(speakerOf(d, "المشروعات ستنتهي")?.nameAr).toBe("محافظ الإسماعيلية");
    expect(speakerOf(d, "التمويل متوفر")?.nameAr).toBe("محافظ الإسماعيلية");
  });

  it("'المبعوث الأممي إلى سوريا X': a role running through a preposition to a name it cannot read is no title to guess with", () => {
    const d = extract("ar",
      "قال وزير الخارجية سامي الرفاعي إن الحوار مستمر.",
      "وقال المبعوث الأممي إلى ليبيا غير هانسن إن الانتخابات ممكنة هذا العام.");
    expect(speakerOf(d, "الانتخابات ممكنة")).toBeUndefined();
  });
});
