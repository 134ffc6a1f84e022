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

describe("(ar) a verb that agrees in number has no subject after it", () => {
  it("'وقالوا بضعف الأدلة …': the ب-noun after a plural verb is what they held, never a speaker", () => {
    const d = extract("ar",
      "طالب محامو المتهمين ببراءة موكليهم أمام المحكمة.",
      "وقالوا بضعف الأدلة وتناقض أقوال الشهود في القضية.");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("بضعف الأدلة وتناقض");
    expect(d.speakers.every((s) => !s.nameAr?.startsWith("ب"))).toBe(true);
  });
});

describe("(ar) a noun of a body's words is no person", () => {
  it("'وقال بيا للوزارة إن …' (a misspelt بيان): one unknown word before a body's ل-genitive reads nobody", () => {
    const d = extract("ar",
      "أعلنت وزارة الصحة تسجيل إصابات جديدة بالحمى في ثلاث ولايات.",
      "وقال بيا للوزارة إنه تم تسجيل 40 إصابة جديدة بالحمى خلال يومين.");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("بيا");
  });

  it("'مشيرة إلى إعلان معالي وزير العدل أنه …': the announcement's genitive said the clause, without the honorific", () => {
    const d = extract("ar", "وأوضحت المتحدثة الرسمية هدى سالم أن الحوار مستمر، مشيرة الى اعلان معالي وزير العدل انه سيتم خلال جلسة اليوم طرح جدول الأعمال.");
    expect(speakerOf(d, "طرح جدول الأعمال")?.nameAr).toBe("وزير العدل");
    expect(speakerOf(d, "الحوار مستمر")?.nameAr).toBe("هدى سالم");
  });
});

describe("(ar) a full stop with no space after it", () => {
  it("'… في الحوار.وقالت الوزيرة …': the next sentence is not the first one's content", () => {
    const d = extract("ar", "أكدت الوزيرة هدى سالم أن الحكومة تدفع باتجاه الحوار.وقالت الوزيرة في مؤتمر صحفي إن الحوار مستمر بين الأطراف.");
    const first = d.quotes.find((q) => q.text.startsWith("الحكومة تدفع"));
    expect(first?.text).toBe("الحكومة تدفع باتجاه الحوار");
    expect(speakerOf(d, "الحوار مستمر")?.nameAr).toBe("هدى سالم");
  });
});

describe("(ar) quotation marks as scraped pages write them", () => {
  it("'أن ” النواب …”': a closing mark at both ends, with a space inside it", () => {
    const d = extract("ar",
      "أوضح النائب سامي العتيبي أن “المجلس يمارس دوره الرقابي كاملا“.",
      "وأضاف أن ” النواب متمسكون بدورهم الرقابي بعد الغرامة الكبيرة”.");
    expect(speakerOf(d, "متمسكون بدورهم")?.nameAr).toBe("سامي العتيبي");
    expect(d.quotes.find((q) => q.text.startsWith("المجلس يمارس"))?.text).toBe("المجلس يمارس دوره الرقابي كاملا");
  });
});

describe("(ar) reporting verbs and asides", () => {
  it("'وخلص إلى أن …': concluding that reports the clause", () => {
    const d = extract("ar",
      "قال المدرب سالم الكعبي إن الفريق جاهز للمباراة.",
      "وخلص إلى أن الجهاز الفني يسعى إلى تحقيق الفوز أمام الجماهير.");
    expect(speakerOf(d, "يسعى إلى تحقيق الفوز")?.nameAr).toBe("سالم الكعبي");
  });

  it("'وطالب الوزير، حسب تصريح للناطق …، برفع …': the ب-noun after an according-to aside is the content", () => {
    const d = extract("ar",
      "قال وزير الخارجية سالم الكعبي إن السياسة الأفريقية أولوية للحكومة.",
      "وطالب وزير الخارجية، حسب تصريح للناطق باسم الحكومة في ندوة عقب اجتماع المجلس الحكومي، برفع درجة التعبئة في السياسة الأفريقية.");
    expect(speakerOf(d, "درجة التعبئة")?.nameAr).toBe("سالم الكعبي");
  });
});

describe("(ar) who asks and who is asked", () => {
  it("'دعا النائب X Y رئيس البلدية Z W إلى …': the first full name is the one asking, never the official after it", () => {
    const d = extract("ar",
      "دعا النائب كمال حداد رئيس البلدية منصور العلي إلى إصلاح الطرق المتضررة قبل حلول الشتاء.",
      "وقال العلي إن البلدية بدأت الأعمال فعلا في الأحياء الشرقية.");
    expect(speakerOf(d, "إصلاح الطرق")?.nameAr).toBe("كمال حداد");
    expect(speakerOf(d, "بدأت الأعمال")?.nameAr).toBe("منصور العلي");
  });

  it("a headline 'نائب يدعو رئيس البلدية إلى …': the official after the verb is the one asked, never the speaker", () => {
    const d = extract("ar",
      "نائب يدعو رئيس البلدية إلى إصلاح الطرق قبل الشتاء",
      "قال رئيس البلدية منصور العلي إن الأعمال ستبدأ الأسبوع المقبل في كل الأحياء.");
    expect(speakerOf(d, "إصلاح الطرق قبل الشتاء")).toBeUndefined();
  });
});

describe("(ar) more name extents after a role", () => {
  it("'… لاتحاد المصارف العربية سمير أبو الخير': a family name of أبو and an ال-word closes the name", () => {
    const d = extract("ar", "وصرح الأمين العام لاتحاد المصارف العربية سمير أبو الخير بأن المؤتمر سيعقد في موعده.");
    expect(speakerOf(d, "المؤتمر سيعقد")?.nameAr).toBe("سمير أبو الخير");
  });

  it("'م. خالد المطيري'، 'اللواء د. حسن الزهراني': a title's one-letter abbreviation and its full stop", () => {
    const d = extract("ar",
      "وأشار رئيس هيئة الطيران المدني م. خالد المطيري إلى أن الرحلات ستستأنف الأسبوع المقبل.",
      "وأعلن قائد شرطة المحافظة اللواء د. حسن الزهراني أن التحقيقات مستمرة في الحادث.");
    expect(speakerOf(d, "الرحلات ستستأنف")?.nameAr).toBe("خالد المطيري");
    expect(speakerOf(d, "التحقيقات مستمرة")?.nameAr).toBe("حسن الزهراني");
  });
});

describe("(ar) the one asked is not the asker", () => {
  it("'وطالب رئيس النقابة X Y وزير الصحة بـ…': a later 'الوزير' is the minister, never the union head", () => {
    const d = extract("ar",
      "أكد وزير الصحة الدكتور عمر الزين أن الوضع الوبائي مستقر في البلاد.",
      "وطالب رئيس نقابة الأطباء سليم خوري وزير الصحة بزيادة رواتب الأطباء.",
      "ورد الوزير على النقابة بالقول إن الرواتب ستزيد العام المقبل.");
    expect(speakerOf(d, "الرواتب ستزيد")?.nameAr).toBe("عمر الزين");
  });
});

describe("(ar) words that end a name", () => {
  it("'ورحب النائب X Y بتصريحها، مؤكداً …': a noun with a preposition and a pronoun is no part of the name", () => {
    const d = extract("ar",
      "قالت الوزيرة سلمى العبدالله إن الخطة ستطبق العام المقبل.",
      "ورحب النائب فادي منصور بتصريحها، مؤكدا أن البرلمان سيدعم الخطة.");
    expect(speakerOf(d, "البرلمان سيدعم")?.nameAr).toBe("فادي منصور");
  });

  it("'وحذر الخبير X Y رجال الأعمال من …': the object's construct noun is no third name word", () => {
    const d = extract("ar", "وحذر خبير الاقتصاد ناصر سعيد رجال الأعمال من مخاطر الاستثمار في الوقت الحالي.");
    expect(speakerOf(d, "مخاطر الاستثمار")?.nameAr).toBe("ناصر سعيد");
  });

  it("'المتحدثة باسم الخارجية، X Y في مقابلة متلفزة إن': the name set off by a comma, then where it was said", () => {
    const d = extract("ar", "وقالت المتحدثة باسم وزارة الخارجية، سلوى عبد الهادي في مقابلة متلفزة إن التهديدات محاولة لصرف الأنظار عن الأزمة.");
    expect(speakerOf(d, "لصرف الأنظار")?.nameAr).toBe("سلوى عبد الهادي");
  });
});

describe("(ar) a kunya closing the name, and verbs that report only a quotation", () => {
  it("'عضو المكتب السياسي لحركة X موسى أبو مرزوق': أبو and a name word after a known given name close the name", () => {
    const d = extract("ar", "وأشار عضو المكتب السياسي لحركة النهضة موسى أبو سالم إلى أن المفاوضات متعثرة منذ أسابيع.");
    expect(speakerOf(d, "المفاوضات متعثرة")?.nameAr).toBe("موسى أبو سالم");
  });

  it("'وجه الرئيس، X، الحكومة \"…\"' and 'وحيا الرئيس \"…\"': the quotation after a verb of directing or greeting", () => {
    const d = extract("ar",
      "وجه رئيس الوزراء، سامي عبد الحليم، مساء اليوم، الوزارات \"العمل فورا على حصر الأضرار وتعويض المتضررين\".",
      "وحيا رئيس الوزراء \"أبناء المدينة الشرفاء على ما أظهروه من تعاون وتكاتف\".");
    expect(speakerOf(d, "حصر الأضرار")?.nameAr).toBe("سامي عبد الحليم");
    expect(speakerOf(d, "أبناء المدينة")?.nameAr).toBe("سامي عبد الحليم");
  });

  it("'وجه' as a noun, or a short quoted term after it, reports nothing", () => {
    const d = extract("ar",
      "قال الوزير سامي عبد الحليم إن الخطة جاهزة.",
      "وفي هذا السياق على وجه الخصوص تعمل الوزارة على مشروع \"المدن الذكية\".");
    expect(d.quotes.filter((q) => q.verb === "وجه")).toHaveLength(0);
  });
});

describe("(ar) 'بن علي': after a particle of a name, علي is the name Ali, never the preposition على", () => {
  it("'وشدد رئيس الوزراء محمد بن علي على أن …' and a role's ل-genitive before 'فاطمة الزهراء بن علي'", () => {
    const d = extract("ar",
      "وشدد رئيس الوزراء محمد بن علي على أن الإصلاحات مستمرة رغم الصعوبات.",
      "وأكدت رئيسة الاتحاد النسوي لكرة اليد فاطمة الزهراء بن علي أن البطولة ستقام في موعدها.");
    expect(speakerOf(d, "الإصلاحات مستمرة")?.nameAr).toBe("محمد بن علي");
    expect(speakerOf(d, "البطولة ستقام")?.nameAr).toBe("فاطمة الزهراء بن علي");
  });
});

describe("(ar) a counterpart holds the office of the one they met", () => {
  it("'التقى وزير الخارجية X نظيره الألماني Y' … 'وأشار الوزير الألماني': the German minister is Y", () => {
    const d = extract("ar",
      "التقى وزير الخارجية سامي الخوري نظيره الألماني يوهان فيشر في عمان.",
      "وقال الخوري إن المحادثات تناولت الأوضاع في المنطقة.",
      "من جهته، قال فيشر إن ألمانيا ستزيد مساعداتها الإنسانية.",
      "وأشار الوزير الألماني إلى أن زيارته المقبلة ستكون إلى بيروت.");
    expect(speakerOf(d, "زيارته المقبلة")?.nameAr).toMatch(/فيشر$/);
  });
});

describe("(ar) the object after a verb, in headlines and after a name", () => {
  it("a headline 'رئيس البرلمان يطالب وزير المالية بكشف …': the minister is the one asked", () => {
    const d = extract("ar",
      "رئيس البرلمان يطالب وزير المالية بكشف أرقام الموازنة",
      "طالب رئيس البرلمان نبيل الحسن وزير المالية سمير داود بكشف أرقام الموازنة كاملة أمام النواب.",
      "وقال داود في رد مكتوب إن الأرقام ستنشر خلال أسبوع.");
    expect(d.quotes.filter((q) => q.text.includes("أرقام الموازنة")).map((q) => d.speakers.find((s) => s.id === q.speaker)?.nameAr)).not.toContain("سمير داود");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("وزير المالية");
  });

  it("'وزيرة الصحة تحذر المواطنين من …' then 'حذرت وزيرة الصحة X Y المواطنين من …': the group is no family name", () => {
    const d = extract("ar",
      "وزيرة الصحة تحذر المواطنين من موجة حر شديدة",
      "حذرت وزيرة الصحة ليلى حمدان المواطنين من موجة حر شديدة تضرب البلاد هذا الأسبوع.");
    expect(speakerOf(d, "تضرب البلاد")?.nameAr).toBe("ليلى حمدان");
  });
});

describe("(ar) الأمين: a title that is also a family name", () => {
  it("'النائبة هيفاء الأمين' is the whole name; 'سامي حداد الأمين العام للحزب' stays two words and a title", () => {
    const d = extract("ar",
      "وقالت عضو لجنة الأمن في البرلمان النائبة هيفاء الأمين إن الأجهزة الأمنية حققت إنجازا كبيرا.",
      "وقال سامي حداد الأمين العام للحزب إن الانتخابات ستجري في موعدها.");
    expect(speakerOf(d, "حققت إنجازا")?.nameAr).toBe("هيفاء الأمين");
    expect(speakerOf(d, "الانتخابات ستجري")?.nameAr).toBe("سامي حداد");
  });
});

describe("(ar) آن with its madda is a name (Anne), not the complementizer أن", () => {
  it("'وصرحت رئيسة بلدية المدينة آن مارتان للصحفيين بأن …'", () => {
    const d = extract("ar", "وصرحت رئيسة بلدية المدينة آن مارتان للصحفيين بأن الشوارع جاهزة لاستقبال الزوار.");
    const q = d.quotes.find((x) => x.text.includes("جاهزة لاستقبال"));
    expect(q?.text).toBe("الشوارع جاهزة لاستقبال الزوار");
    expect(speakerOf(d, "جاهزة لاستقبال")?.nameAr).toBe("آن مارتان");
  });
});
