// Fourteenth Arabic round: constructions of the second and third real Arabic sets (issue 11), each on a short invented article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) sources and where they sit", () => {
  it("'كشفت مصادر في وزارة النقل عن أن …': the sources keep the body they sit in, and are known without it too", () => {
    const d = extract("ar",
      "كشفت مصادر في وزارة النقل المغربية عن أن أسعار التذاكر سترتفع مطلع الشهر المقبل.",
      "وقالت المصادر، في تصريح لإذاعة محلية، إن الزيادة لن تشمل الطلاب.");
    const s = speakerOf(d, "أسعار التذاكر سترتفع");
    expect(s?.nameAr).toBe("مصادر في وزارة النقل المغربية");
    expect(s?.aliases).toContain("مصادر");
    expect(speakerOf(d, "الزيادة لن تشمل")?.id).toBe(s?.id);
  });

  it("'قالت هيئة عائلات المفقودين في حلب: «…»': a body keeps 'في <place>' closing its name", () => {
    const d = extract("ar", "قالت هيئة عائلات المفقودين في حلب: \"نريد لقاء عاجلاً مع لجنة التحقيق قبل نهاية الأسبوع\".");
    const s = speakerOf(d, "نريد لقاء عاجلاً");
    expect(s?.nameAr).toBe("هيئة عائلات المفقودين في حلب");
    expect(s?.aliases).toContain("هيئة عائلات المفقودين");
  });

  it("'نقلت وكالة … عن مسؤول كبير في الوزارة: أن …' then 'وقال المسؤول:': the relayed official, twice", () => {
    const d = extract("ar",
      "نقلت وكالة الأنباء عن مسؤول كبير في وزارة الخارجية: أن المفاوضات بلغت مراحلها الأخيرة.",
      "وقال المسؤول: \"لا خلاف بين الوفدين على جدول الأعمال\".");
    const s = speakerOf(d, "المفاوضات بلغت مراحلها");
    expect(s?.nameAr).toBe("مسؤول كبير في وزارة الخارجية");
    expect(speakerOf(d, "لا خلاف بين الوفدين")?.id).toBe(s?.id);
  });
});

describe("(ar) long titles and sports roles", () => {
  it("'قال مساعد وزير الزراعة، المدير العام لإدارة المياه بالوزارة، كمال الطيب إن …': the name closes two titles", () => {
    const d = extract("ar", "قال مساعد وزير الزراعة السوداني، المدير العام لإدارة المياه بالوزارة، كمال الطيب إن الموسم سيكون جيداً هذا العام.");
    expect(speakerOf(d, "الموسم سيكون جيداً")?.nameAr).toBe("كمال الطيب");
  });

  it("'و أكد اللاعب سمير الرحالي … قائلا \"…\"': a detached و and a sports title; 'لاعبو الفريق' is a group", () => {
    const d = extract("ar",
      "لاعبو الرجاء يتحدثون عن صعوبة المباراة",
      "و أكد اللاعب سمير الرحالي في تصريح إذاعي بعد نهاية اللقاء قائلا \" المباراة كانت صعبة والأرضية لم تساعدنا على اللعب \".",
      "من جهته قال المدافع يونس الشرقاوي \" الفوز جاء بفضل روح المجموعة رغم كل الظروف \".");
    expect(speakerOf(d, "المباراة كانت صعبة")?.nameAr).toBe("سمير الرحالي");
    expect(speakerOf(d, "الفوز جاء بفضل")?.nameAr).toBe("يونس الشرقاوي");
    expect(d.speakers.find((s) => s.nameAr === "لاعبو الرجاء")?.kind ?? "group").toBe("group");
  });
});

describe("(ar) the same speaker, named again by a generic title or 'the same'", () => {
  it("'وأضاف المسؤول أن …' after a minister spoke is the minister", () => {
    const d = extract("ar",
      "قال وزير النقل فؤاد الحكيم إن الخط الجديد سيفتتح في الربيع.",
      "وأضاف المسؤول أن كلفة المشروع بلغت مليار درهم.");
    expect(speakerOf(d, "كلفة المشروع بلغت")?.nameAr).toBe("فؤاد الحكيم");
  });

  it("'يضيف ذات المتحدث أن …' is the speaker just quoted", () => {
    const d = extract("ar",
      "قال مدير الميناء عادل البناني إن حركة السفن تضاعفت هذا العام.",
      "ويضيف ذات المتحدث أن الرصيف الجديد سيستقبل السفن الكبيرة.");
    expect(speakerOf(d, "الرصيف الجديد سيستقبل")?.nameAr).toBe("عادل البناني");
  });

  it("'لذات السياق' set off by commas after a title is never a name", () => {
    const d = extract("ar",
      "قال ممثل النيابة إن الأدلة كافية لإدانة المتهمين.",
      "وأضاف ممثل النيابة، لذات السياق، مشدداً على أن الشهود تعرفوا على الجناة.");
    expect(d.speakers.map((s) => s.nameAr ?? "")).not.toContain("لذات السياق");
  });

  it("'… وحسب المسؤول الحكومي فإن …' with the full stop left out still opens a new clause", () => {
    const d = extract("ar", "قال وزير الطاقة سليم العربي إن الإنتاج ارتفع هذا العام وحسب المسؤول الحكومي فإن القانون الجديد سيجذب المستثمرين.");
    const s = speakerOf(d, "القانون الجديد سيجذب");
    expect(s).toBeTruthy();
    expect(speakerOf(d, "الإنتاج ارتفع")?.nameAr).toBe("سليم العربي");
  });
});

describe("(ar) participles and كما with a preposition or a verbal noun", () => {
  it("'لافتاً إلى …'، 'مؤكداً قدرة …'، 'كما أشار X إلى …': the content after the preposition or the verbal noun", () => {
    const d = extract("ar",
      "أكد وزير المالية جبران الساعدي أن الموازنة متوازنة، مؤكداً قدرة الوزارة على دفع الرواتب في موعدها.",
      "وأشار الساعدي إلى أن الإيرادات تحسنت. لافتا إلى تحسن الوضع الاقتصادي في الربع الأخير من العام.",
      "كما أشار الساعدي إلى تأسيس شراكات جديدة مع دول الجوار.");
    expect(speakerOf(d, "قدرة الوزارة على دفع")?.nameAr).toBe("جبران الساعدي");
    expect(speakerOf(d, "تحسن الوضع الاقتصادي")?.nameAr).toBe("جبران الساعدي");
    expect(speakerOf(d, "تأسيس شراكات جديدة")?.nameAr).toBe("جبران الساعدي");
  });

  it("a relative clause in the sentence before a full stop names nobody for the next participle", () => {
    const d = extract("ar",
      "وشدد الوزير حامد الزين على أهمية مشروع تحديث الشبكة، الذي يهدف إلى تقليل الأعطال. مشيرا إلى توفر التمويل اللازم للمرحلة الأولى.");
    expect(speakerOf(d, "توفر التمويل اللازم")?.nameAr).toBe("حامد الزين");
    expect(d.speakers.map((s) => s.nameAr ?? "")).not.toContain("مشروع تحديث الشبكة");
  });
});

describe("(ar) third real set: 'قال ذلك'، chains of بن, words carrying a pronoun", () => {
  it("'«…» قال ذلك الكاتب X وزير الثقافة، خلال …': the speaker after 'said that'", () => {
    const d = extract("ar", "\"المهرجان يكبر كل عام بجمهوره الجديد\" قال ذلك الكاتب الصحفي سامي الهلالي وزير الثقافة، خلال افتتاح الدورة الجديدة.");
    expect(speakerOf(d, "المهرجان يكبر كل عام")?.nameAr).toBe("سامي الهلالي");
  });

  it("'عبدالله بن فهد بن عبدالله': a chain of بن links is also known cut after its first link", () => {
    const d = extract("ar", "أكد وزير النفط الأمير عبدالله بن فهد بن عبدالله أن الإنتاج سيبقى على حاله.");
    expect(speakerOf(d, "الإنتاج سيبقى")?.aliases).toContain("عبدالله بن فهد");
  });

  it("'النيابة تنفي طلبها …': a noun carrying a pronoun is never a person's name", () => {
    const d = extract("ar", "النيابة تنفي طلبها إخلاء مقر الجمعية", "وقال الناطق باسم المحكمة أحمد الزواري إن الطلب لم يصدر.");
    expect(d.speakers.map((s) => s.nameAr ?? "")).not.toContain("طلبها");
  });
});
