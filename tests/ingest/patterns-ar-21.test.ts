// Twenty-first Arabic round (issue 11): wrong speakers and misses on blind sets P and Q, by construction, each on a
// short invented article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) a body named with where it sits", () => {
  it("'النيابة العامة بالمحكمة الابتدائية بصفاقس 2': the body is also known without its بـ-seat", () => {
    const d = extract("ar", "نفت النيابة العامة بالمحكمة الابتدائية بصفاقس 2، اليوم الثلاثاء، أن تكون أمرت بغلق مقر النقابة.");
    const s = speakerOf(d, "أمرت بغلق");
    expect(s?.nameAr).toBe("النيابة العامة بالمحكمة الابتدائية بصفاقس 2");
    expect(s?.aliases).toContain("النيابة العامة");
  });

  it("'مصادر بالوزارة': an unnamed source keeps no bare noun as a name", () => {
    const d = extract("ar", "وقالت مصادر بالوزارة إن الامتحانات ستؤجل أسبوعا.");
    const s = speakerOf(d, "الامتحانات ستؤجل");
    expect(s?.aliases ?? []).not.toContain("مصادر");
  });
});

describe("(ar) 'according to' before a thing that cannot speak", () => {
  it("'نتعامل وفق القانون مع …', 'حسب الإجراءات': 'in accordance with' is no source, and the content runs on through it", () => {
    const d = extract("ar",
      "قال الناطق باسم الحكومة سامر الخطيب إن الحكومة ماضية في خطتها.",
      "وتابع: نتعامل وفق القانون مع ناشري الأخبار الكاذبة على مواقع التواصل.");
    expect(speakerOf(d, "ناشري الأخبار الكاذبة")?.nameAr).toBe("سامر الخطيب");
    const e = extract("ar", "وأكد الوزير رامي عيسى أن البلدية ستوزع المساعدات حسب الإجراءات المعتمدة على جميع الأحياء المتضررة.");
    expect(e.quotes.find((q) => q.speaker !== null)?.text).toContain("جميع الأحياء المتضررة");
  });

  it("a body, an office or a source after وفق/بحسب still speaks", () => {
    const d = extract("ar", "ارتفع عدد المصابين بالحمى إلى 20 شخصا، وفق وزارة الصحة.");
    expect(speakerOf(d, "عدد المصابين")?.nameAr).toBe("وزارة الصحة");
    const e = extract("ar", "وصلت الأسعار إلى مستويات قياسية هذا الشهر، بحسب المصدر.");
    expect(e.quotes.some((q) => q.text.includes("مستويات قياسية"))).toBe(true);
  });
});

describe("(ar) a verbal noun of a hollow root after the subject and a comma", () => {
  it("'واكد وزير الصحة، إستحالة تطوير …': استحالة (استفالة) is the content, never a name set off by commas", () => {
    const d = extract("ar",
      "قال وزير الصحة سامر الخطيب إن الحكومة ماضية في خطتها.",
      "واكد وزير الصحة، إستحالة ترميم مستشفيات قديمة جدا بنيت قبل قرن.");
    expect(speakerOf(d, "ترميم مستشفيات")?.nameAr).toBe("سامر الخطيب");
    const e = extract("ar", "أعلن رئيس النادي رامي عيسى، استقالة المدرب بعد الهزيمة الثقيلة.");
    expect(speakerOf(e, "المدرب بعد الهزيمة")?.nameAr).toBe("رامي عيسى");
  });
});

describe("(ar) a present-tense verb of saying inside the clause it belongs to", () => {
  it("'إن جولة الوزير بالأمس للمدارس تشير إلى أن …، متابعا: …': the clause's own verb, not a new speaker", () => {
    const d = extract("ar", "قال سامر الخطيب، المتحدث باسم وزارة التربية، إن جولة الوزير بالأمس للمدارس الجديدة تشير بوضوح إلى أن التعليم أولوية الحكومة، متابعا: الوزير تفقد عشر مدارس في المحافظتين.");
    expect(speakerOf(d, "عشر مدارس")?.nameAr).toBe("سامر الخطيب");
    expect(speakerOf(d, "جولة الوزير")?.nameAr).toBe("سامر الخطيب");
  });
});

describe("(ar) pleas in court: دفع بـ and the lawyers who plead", () => {
  it("'دفع محامو المتهمين بعدم جدية التحريات، وطالبوا بعدم …': the plea and the demand are the lawyers'", () => {
    const d = extract("ar",
      "تأجيل محاكمة المتهمين في قضية الميناء",
      "من جانبه، دفع محامو المتهمين بعدم جدية تحريات الشرطة في القضية، وطالبوا بعدم التعويل عليها كدليل إدانة.");
    expect(speakerOf(d, "جدية تحريات")?.nameAr).toBe("محامو المتهمين");
    expect(speakerOf(d, "التعويل عليها")?.nameAr).toBe("محامو المتهمين");
    const e = extract("ar", "ودفعت هيئة الدفاع ببطلان إجراءات القبض على المتهم.");
    expect(speakerOf(e, "إجراءات القبض")?.nameAr).toBe("هيئة الدفاع");
  });

  it("دفع with no plea after it (paid, pushed) reports nothing", () => {
    expect(extract("ar", "دفع الرجل بالسيارة إلى خارج الطريق بعد الحادث.").quotes).toEqual([]);
    expect(extract("ar", "دفعت الحكومة رواتب الموظفين بعد تأخير دام شهرين.").quotes).toEqual([]);
  });

  it("'أكد المحامون أن …': a role noun ending in ي (محامٍ) takes its plural ending without it", () => {
    const d = extract("ar", "أكد المحامون أن موكليهم أبرياء من التهم الموجهة إليهم.");
    expect(speakerOf(d, "موكليهم أبرياء")?.nameAr).toBe("المحامون");
  });
});

describe("(ar) a present-tense verb that describes the noun before it", () => {
  it("'ورفعوا لافتات تطالب بوقف الأعمال': the banners' demand is no one's statement", () => {
    const d = extract("ar",
      "وأكدت الخبيرة نادية سالم أن الحل يكمن في سدود صغيرة.",
      "ونظم عشرات من السكان وقفة احتجاجية، ورفعوا لافتات تطالب بوقف الأعمال إلى حين صرف التعويضات.");
    expect(d.quotes.some((q) => q.text.includes("وقف الأعمال"))).toBe(false);
  });
});

describe("(ar) a relative clause that imputes ends the content", () => {
  it("'بعدم جدية التحريات والتي نسبت إلى المتهمين …': what the investigations imputed is not the lawyers' plea", () => {
    const d = extract("ar",
      "تأجيل محاكمة المتهمين في قضية الميناء",
      "دفع محامو المتهمين بعدم جدية تحريات الشرطة في القضية والتي نسبت إلى المتهمين سرقة المعدات من الميناء.");
    const plea = d.quotes.find((q) => q.text.includes("جدية تحريات"));
    expect(plea?.text).toBe("عدم جدية تحريات الشرطة في القضية");
  });
});

describe("(ar) the one received is no apposition of the one who receives", () => {
  it("'استقبل ولي العهد الأمير X Y وزير الخارجية الأمريكي': the minister is the guest, not X's office", () => {
    const d = extract("ar",
      "ولي العهد يستقبل وزير الخارجية الأمريكي",
      "استقبل ولي العهد الأمير فهد بن ناصر وزير الخارجية الأمريكي في العاصمة أمس.",
      "وقال الأمير فهد بن ناصر إن المملكة تدعم الحلول السلمية في المنطقة.");
    const s = speakerOf(d, "الحلول السلمية");
    expect(s?.nameAr).toBe("فهد بن ناصر");
    expect(s?.roleAr ?? "").not.toMatch(/^وزير/);
  });

  it("an apposition with no verb of meeting before the name is still its title ('ماجد سالم مستشار الوزير')", () => {
    const d = extract("ar",
      "وزير الصحة يزور المستشفى",
      "زار المستشفى وفد يرأسه ماجد سالم مستشار وزير الصحة.",
      "وقال ماجد سالم إن المستشفى سيفتح جناحا جديدا.");
    expect(speakerOf(d, "جناحا جديدا")?.roleAr).toBe("مستشار");
  });
});
