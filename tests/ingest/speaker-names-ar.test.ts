// Arabic speaker names and their boundaries: what can never be a name (a circumstantial participle, a verb's
// object), where a compound given name ends, and a shorter writing of a full name reaching the same speaker.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) words that are never a speaker's name", () => {
  it("'وأضاف قائلا إنه …' goes on with the last speaker, it names nobody 'قائلا'", () => {
    const d = extract("ar",
      "قال وزير الزراعة سمير الحداد إن موسم القمح سيكون جيدا هذا العام.",
      "وأضاف قائلا إن أسعار الخبز لن ترتفع في الأشهر المقبلة.");
    expect(speakerOf(d, "أسعار الخبز لن ترتفع")?.nameAr).toBe("سمير الحداد");
    expect(d.speakers.some((s) => /قائل/.test(s.nameAr ?? ""))).toBe(false);
  });
  it("'وتابعت الوزيرة … قائلة:' is the minister's title, not a person called 'قائلة'", () => {
    const d = extract("ar",
      "قالت وزيرة الصحة ليلى منصور إن المستشفيات جاهزة.",
      "وتابعت وزيرة الصحة قائلة: \"لن نغلق أي مستشفى هذا الشتاء\".");
    expect(speakerOf(d, "لن نغلق أي مستشفى")?.nameAr).toBe("ليلى منصور");
  });
  it("'وحمّل الوزير دول الجوار مسؤولية …، قائلاً:' is the minister, not 'دول الجوار'", () => {
    const d = extract("ar",
      "وحمل وزير الخارجية سالم العتيبي دول الجوار مسؤولية تأخر الاتفاق، قائلاً: \"نطالب دول الجوار بالوفاء بتعهداتها\".");
    expect(speakerOf(d, "بالوفاء بتعهداتها")?.nameAr).toBe("سالم العتيبي");
  });
});

describe("(ar) compound given names and shorter writings of a full name", () => {
  it("'العميد نور الدين الساحلي': the rank is the role, the name runs to the family name", () => {
    const d = extract("ar",
      "قال المتحدث باسم الحرس البحري، العميد نور الدين الساحلي، إن الدوريات ستتواصل طوال الصيف.",
      "وأوضح الساحلي أن عدد القوارب المحجوزة ارتفع.");
    expect(speakerOf(d, "الدوريات ستتواصل")?.nameAr).toBe("نور الدين الساحلي");
    expect(speakerOf(d, "القوارب المحجوزة")?.nameAr).toBe("نور الدين الساحلي");
    expect(speakerOf(d, "الدوريات ستتواصل")?.roleAr).toMatch(/العميد/);
  });
  it("'خالد بن عبد العزيز' after 'خالد بن عبد العزيز آل سالم' is the same speaker", () => {
    const d = extract("ar",
      "قال وزير الطاقة الشيخ خالد بن عبد العزيز آل سالم إن الإنتاج سيرتفع الشهر المقبل.",
      "وقال الشيخ خالد بن عبد العزيز، خلال مؤتمر صحفي، إن الأسعار ستبقى مستقرة.");
    expect(speakerOf(d, "الأسعار ستبقى")?.nameAr).toBe("خالد بن عبد العزيز آل سالم");
    expect(d.speakers.filter((s) => s.kind === "person")).toHaveLength(1);
  });
});

describe("(ar) unnamed sources keep their own description", () => {
  it("'مصدر في قيادة الشرطة البحرية' and 'مصدر في إدارة الميناء بمدينة X' stay two sources, and 'المصدر' is the latest", () => {
    const d = extract("ar",
      "قال مصدر في قيادة الشرطة البحرية إن الدوريات تضاعفت منذ بداية الشهر.",
      "من جانبه أكد مصدر في الإدارة العامة بميناء الحديدة لوكالة الأنباء أن السفن تنتظر منذ أيام.",
      "وأشار المصدر إلى أن الحمولات تعرضت للتلف.");
    expect(speakerOf(d, "الدوريات تضاعفت")?.nameAr).toBe("مصدر في قيادة الشرطة البحرية");
    expect(speakerOf(d, "السفن تنتظر")?.nameAr).toBe("مصدر في الإدارة العامة بميناء الحديدة");
    expect(speakerOf(d, "الحمولات تعرضت")?.nameAr).toBe("مصدر في الإدارة العامة بميناء الحديدة");
  });
});

describe("(ar) bodies as speakers", () => {
  it("'واستنكرت الوزارة نشر أخبار …، مؤكدةً أنها …': the ministry, never a body named 'الوزارة نشر أخبار'", () => {
    const d = extract("ar",
      "وقالت وزارة النقل في بيان إن الرحلات ستعود إلى طبيعتها الأسبوع المقبل.",
      "واستنكرت الوزارة نشر أخبار عن إلغاء الرحلات مؤكدةً أنها \"تعمل على مدار الساعة لحل المشكلة\".");
    expect(speakerOf(d, "تعمل على مدار الساعة")?.nameAr).toBe("وزارة النقل");
    expect(d.speakers.some((s) => /أخبار/.test(s.nameAr ?? ""))).toBe(false);
  });
  it("'وكان مصدر مسؤول في وزارة X، قال إنه …': the unnamed source set off before the verb", () => {
    const d = extract("ar",
      "وكان مصدر مسؤول في وزارة المالية اليمنية، قال إن الرواتب ستصرف قبل نهاية الشهر.",
      "وقال المصدر لإذاعة محلية إن الموازنة الجديدة جاهزة.");
    expect(speakerOf(d, "الرواتب ستصرف")?.nameAr).toBe("مصدر مسؤول في وزارة المالية اليمنية");
    expect(speakerOf(d, "الموازنة الجديدة")?.nameAr).toBe("مصدر مسؤول في وزارة المالية اليمنية");
  });
});

describe("(ar) function words and 'according to' are never a name word", () => {
  it("'… لماذا الحكومة صامتة ولا تتحدث عن …' inside a statement names nobody 'صامتة ولا'", () => {
    const d = extract("ar",
      "وقال الوزير سامي العلي إن البعض يسأل: لماذا الحكومة صامتة ولا تتحدث عن الأزمة والبعض يحملها المسؤولية.");
    expect(d.speakers.some((s) => /ولا/.test(s.nameAr ?? ""))).toBe(false);
  });
  it("'روبرت فان دن دوول': فان (van) is still a name word", () => {
    const d = extract("ar", "وقال رئيس البعثة روبرت فان دن دوول إن الاتحاد سيقدم الدعم اللازم للمشروع.");
    expect(speakerOf(d, "الدعم اللازم")?.nameAr).toBe("روبرت فان دن دوول");
  });
});

describe("(ar) the subject of an أن-clause before its verb", () => {
  it("'يذكر أن المتحدثة باسم الهيئة قالت، في وقت سابق، إن …' is the spokeswoman", () => {
    const d = extract("ar",
      "يذكر أن المتحدثة باسم هيئة الموانئ قالت في وقت سابق، إن السفن ستعود إلى العمل بعد أسبوع.");
    expect(speakerOf(d, "السفن ستعود")?.nameAr).toBe("المتحدثة باسم هيئة الموانئ");
  });
});

describe("(ar) where a role's genitives end and the name begins", () => {
  it("'رئيس اللجنة المؤقتة لإدارة شؤون النادي X Y اليوم الأحد ان …': ل + a feminine noun is the role's genitive; the name closes before the time", () => {
    const d = extract("ar",
      "قال رئيس اللجنة المؤقتة لإدارة شؤون النادي الأهلي خالد الدوسري اليوم الأحد ان الفريق جاهز للنهائي.");
    expect(speakerOf(d, "الفريق جاهز")?.nameAr).toBe("خالد الدوسري");
  });
  it("'… في المؤتمر الذي يسبق المباراة ان …': the relative clause's words are no name", () => {
    const d = extract("ar",
      "قال مدرب المنتخب في المؤتمر الصحفي الذي يسبق المباراة ان اللاعبين في أفضل حال.");
    expect(d.speakers.some((s) => /يسبق/.test(s.nameAr ?? ""))).toBe(false);
  });
});

describe("(ar) a given name written with ال after a title of address", () => {
  it("'الأمين العام …، الأستاذ الهادي عبد السيد،' is الهادي عبد السيد, not عبد السيد with الهادي left in the title", () => {
    const d = extract("ar",
      "تفقد الأمين العام لحكومة الولاية، الأستاذ الهادي عبد السيد، محطة مياه بحري يوم الأحد.",
      "وأكد الأمين العام أن العمل جار لإعادة ضخ المياه في كل الأحياء خلال أيام.");
    const s = speakerOf(d, "إعادة ضخ المياه");
    expect(s?.nameAr).toBe("الهادي عبد السيد");
    expect(s?.name).toMatch(/Abdel[- ]Sayed/);
  });
  it("'وأضاف السيد خلال الندوة …': the honorific alone before an adjunct opens no name", () => {
    const d = extract("ar",
      "قال وزير الأوقاف محمد عبد الستار السيد إن الأزمة ستنتهي قريبا.",
      "وأضاف السيد خلال الندوة إن الحكومة تعمل بكل الوسائل لتجاوز الأزمة.");
    expect(speakerOf(d, "تعمل بكل الوسائل")?.nameAr).toBe("محمد عبد الستار السيد");
  });
});

describe("(ar) the name table's usual English spellings", () => {
  it("'سيف الدين مختار' is Saif … Mukhtar, not a letter-by-letter Sif … Mkhtar", () => {
    const d = extract("ar", "أشاد المدير التنفيذي للمحلية، سيف الدين مختار، بجهود إدارة المياه في إيجاد حلول فعالة للأزمة.");
    const s = speakerOf(d, "حلول فعالة");
    expect(s?.nameAr).toBe("سيف الدين مختار");
    expect(s?.name).toMatch(/^Saif .*Mukhtar$/);
  });
});

describe("(ar) the short name a full name is also known by", () => {
  it("'الهادي عبد السيد' is also 'عبد السيد', never the bare 'السيد' (Mr., which any question may hold)", () => {
    const d = extract("ar",
      "قال الأستاذ الهادي عبد السيد مدير التعليم إن الامتحانات تبدأ الأحد.",
      "وأضاف عبد السيد أن النتائج تعلن بعد شهر.");
    const s = speakerOf(d, "الامتحانات تبدأ الأحد");
    expect(s?.nameAr).toBe("الهادي عبد السيد");
    expect(s?.aliases).toContain("عبد السيد");
    expect(s?.aliases).not.toContain("السيد");
    expect(speakerOf(d, "النتائج تعلن")?.nameAr).toBe("الهادي عبد السيد");
  });
  it("'محمود أبو الخير' is also 'أبو الخير', never 'الخير'", () => {
    const d = extract("ar", "قال رئيس البلدية محمود أبو الخير إن الطرق ستفتح غدا.");
    expect(speakerOf(d, "الطرق ستفتح")?.aliases).not.toContain("الخير");
  });
});

describe("(ar) a Gulf minister's titles before her name", () => {
  it("'وزيرة شئون الإعلام … سعادة الأستاذة X': شئون continues the role and سعادة is an honorific, neither a name", () => {
    const d = extract("ar",
      "الحكومة: الحوار مستمر",
      "أكدت وزيرة شئون الإعلام المتحدث الرسمي باسم الحكومة سعادة الأستاذة منى عبد الله الكعبي أن الحوار مستمر وأن توافقات تمت خلاله.",
      "وقالت الكعبي إن الحكومة ستطرح جدول الأعمال في الجلسة المقبلة.");
    expect(speakerOf(d, "الحوار مستمر وأن")?.nameAr).toBe("منى عبد الله الكعبي");
    expect(speakerOf(d, "الحوار مستمر وأن")?.roleAr).toMatch(/^وزيرة شئون الإعلام المتحدث الرسمي باسم الحكومة$/);
    expect(speakerOf(d, "جدول الأعمال")?.nameAr).toBe("منى عبد الله الكعبي");
    expect(d.speakers.some((s) => /^(?:شئون|سعادة)$/.test(s.nameAr ?? ""))).toBe(false);
  });
});

describe("(ar) a sports body named for its sport", () => {
  it("'رئيس الاتحادية … لكرة القدم أحمد ولد سالم': the sport continues the role; the name follows it", () => {
    const d = extract("ar",
      "الاتحادية: المنتخب جاهز",
      "شدد رئيس الاتحادية الموريتانية لكرة القدم أحمد ولد سالم على أن المنتخب مطالب بتقديم أفضل ما لديه في مباراة الغد.");
    expect(speakerOf(d, "مطالب بتقديم")?.nameAr).toBe("أحمد ولد سالم");
    expect(speakerOf(d, "مطالب بتقديم")?.roleAr).toBe("رئيس الاتحادية الموريتانية لكرة القدم");
  });
});
