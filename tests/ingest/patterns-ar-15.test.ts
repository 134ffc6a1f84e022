// Fifteenth Arabic round: constructions of the fourth real Arabic set (issue 11), each on a short invented article.
import { describe, expect, it } from "vitest";
import { extract, extractRaw, speakerOf } from "./helpers.js";

describe("(ar) names against verbal nouns and resumptive words", () => {
  it("'جددت الوزيرة سلمى حداد التأكيد على …': the verbal noun is no family name, and the renewal verb reports", () => {
    const d = extract("ar",
      "قالت وزيرة النقل سلمى حداد إن الطريق الجديد سيفتح في الصيف.",
      "وفي السياق ذاته، جددت الوزيرة حداد التأكيد على أهمية صيانة الجسور القديمة قبل الشتاء، مشيرة إلى أن الميزانية جاهزة.");
    expect(speakerOf(d, "أهمية صيانة الجسور")?.nameAr).toBe("سلمى حداد");
    expect(speakerOf(d, "الميزانية جاهزة")?.nameAr).toBe("سلمى حداد");
    expect(d.speakers.some((s) => /التأكيد/.test(s.nameAr ?? ""))).toBe(false);
  });

  it("'وبحسب ما نقلت الصحيفة، فإن حداد أكدت أن …': فإن resumes the sentence, it is nobody's name", () => {
    const d = extract("ar",
      "توقعت وزيرة النقل سلمى حداد أن يرتفع عدد الركاب هذا العام.",
      "ووفقا لما نقلت \"الصحيفة\"، فإن حداد أكدت أن الوزارة ستشتري حافلات جديدة قبل نهاية العام.");
    expect(speakerOf(d, "ستشتري حافلات جديدة")?.nameAr).toBe("سلمى حداد");
    expect(d.speakers.some((s) => /فإن/.test(s.nameAr ?? ""))).toBe(false);
  });

  it("'وأبرز المتحدث أن …', 'وأتم: «…»': more verbs that report", () => {
    const d = extract("ar",
      "قال مدرب الفريق سامر العلي إن اللاعبين قدموا مباراة كبيرة.",
      "وأبرز العلي أن الفريق سيواصل التحضير للمباراة القادمة بنفس الروح.",
      "وأتم: \"نريد الفوز في المباراة القادمة أمام جماهيرنا\".");
    expect(speakerOf(d, "سيواصل التحضير")?.nameAr).toBe("سامر العلي");
    expect(speakerOf(d, "نريد الفوز في المباراة")?.nameAr).toBe("سامر العلي");
  });
});

describe("(ar) who goes on speaking", () => {
  it("a quoted crosshead whose words come back in a later quote is that later speaker's, not the one before it", () => {
    const d = extractRaw("ar",
      "قال مدرب النادي الأول رامي الخطيب: \"لعبنا بشكل جيد وسيطرنا على المباراة\".",
      "وأضاف: \"اللاعبون نفذوا الخطة بدقة\".",
      "\"الحكم ظلمنا في الدقائق الأخيرة\"",
      "من جانبه، يرى مدرب النادي الثاني وليد الصافي أن فريقه لم يكن في يومه.",
      "وتابع: \"كنا الأفضل، لكن الحكم ظلمنا في الدقائق الأخيرة بقرار غريب\".");
    const crosshead = d.quotes.find((q) => q.text.startsWith("الحكم ظلمنا"));
    const s = d.speakers.find((x) => x.id === crosshead?.speaker);
    expect(s?.nameAr).toBe("وليد الصافي");
  });

  it("'أكد مصدر مطلع …' then 'وأضاف «…»' in a later paragraph: the single unnamed source goes on", () => {
    const d = extract("ar",
      "أكد مصدر حكومي مطلع أن مقر الوزارة مغلق منذ أسبوع لأسباب أمنية.",
      "وقال المصدر إن \"الإغلاق مؤقت وسينتهي قريبا\".",
      "وأضاف \"الوضع في العاصمة هادئ ولا داعي للقلق\".");
    const s = speakerOf(d, "الإغلاق مؤقت");
    expect(s?.nameAr).toBe("مصدر حكومي مطلع");
    expect(speakerOf(d, "الوضع في العاصمة هادئ")?.id).toBe(s?.id);
  });

  it("'قالت مصادر …' then 'وأضاف' (a singular verb): plural sources do not go on with it", () => {
    const d = extract("ar",
      "قالت مصادر حكومية إن مقر الوزارة مغلق منذ أسبوع.",
      "وأضاف \"الوضع في العاصمة هادئ ولا داعي للقلق\".");
    expect(speakerOf(d, "الوضع في العاصمة هادئ")).toBeUndefined();
  });
});

describe("(ar) titles and fronted subjects", () => {
  it("'بحضور X وزير التخطيط' then 'وأضاف وزير الثقافة' and 'وشدد الوزير': the minister who spoke, not the one who attended", () => {
    const d = extract("ar",
      "\"الدورة الجديدة أكبر من كل ما سبق\" قال ذلك الكاتب كمال الراشد وزير الثقافة، خلال افتتاح المهرجان، بحضور الدكتور سمير الهادي وزير التخطيط. وأضاف وزير الثقافة، أن المهرجان رسالة إلى العالم.",
      "وشدد الوزير، على أن الفن يجمع الشعوب ولا يفرقها.");
    expect(speakerOf(d, "الفن يجمع الشعوب")?.nameAr).toBe("كمال الراشد");
  });

  it("'وكانت جمعية المحامين ذكرت، في بيان، أن …': the body between كان and the verb is its subject", () => {
    const d = extract("ar",
      "قال وكيل النيابة سامي الطرابلسي إن الإجراءات قانونية.",
      "وكانت جمعية المحامين ذكرت، في بيان يوم الأحد، أن القرار \"يستهدف نشاطها النقابي\"، معتبرة أن المحكمة تجاوزت صلاحياتها.");
    expect(speakerOf(d, "يستهدف نشاطها")?.nameAr).toBe("جمعية المحامين");
    expect(speakerOf(d, "المحكمة تجاوزت")?.nameAr).toBe("جمعية المحامين");
  });
});

describe("(ar) a subjectless verb with nobody quoted before it", () => {
  it("'نفى رئيس المكتب الإعلامي، X، الخبر ودعا «…»': the person the paragraph introduced goes on", () => {
    const d = extract("ar",
      "أثار خبر إغلاق المستشفى جدلا واسعا في المدينة.",
      "فقد نفى رئيس المكتب الإعلامي بالمستشفى الجامعي، منير الساحلي، إغلاق المستشفى ودعا \"وسائل الإعلام إلى التثبت من الأخبار قبل نشرها\".");
    expect(speakerOf(d, "وسائل الإعلام إلى التثبت")?.nameAr).toBe("منير الساحلي");
  });
});

describe("(ar) states, honorifics and more reporting verbs", () => {
  it("'دعت دولة قطر إلى …', 'أعلنت سلطنة عمان عن استعدادها …': a state's designation before its name", () => {
    const d = extract("ar",
      "دعت دولة قطر إلى عدم الالتفات إلى الشائعات حول المفاوضات.",
      "وأعلنت سلطنة عمان عن استعدادها لاستضافة جولة جديدة من المحادثات.");
    expect(speakerOf(d, "عدم الالتفات")?.kind).toBe("state");
    expect(speakerOf(d, "عدم الالتفات")?.nameAr).toBe("دولة قطر");
    expect(speakerOf(d, "لاستضافة جولة")?.nameAr).toBe("سلطنة عمان");
  });

  it("'واستغلت إيران الفرصة، وأبدت استعدادها لـ…': the readiness is the content, the state that opened the sentence its source", () => {
    const d = extract("ar", "واستغلت إيران الأزمة في الأيام الماضية، وأبدت استعدادها لتزويد المحطات بالوقود.");
    expect(speakerOf(d, "لتزويد المحطات")?.kind).toBe("state");
  });

  it("'وشدد سموه على أن …', 'وأضاف قوله إن …', 'وبين أن …': the honorific and 'his saying' stand for the speaker", () => {
    const d = extract("ar",
      "أكد وزير الطاقة الأمير فيصل بن خالد أن السوق مستقرة.",
      "وشدد سموه على أن المملكة ملتزمة بالاتفاق.",
      "وأضاف قوله إن الدول الأعضاء \"تعمل بتنسيق كامل\".",
      "وبين أن الأسعار ستبقى مستقرة حتى نهاية العام.");
    const s = speakerOf(d, "السوق مستقرة");
    expect(s?.nameAr).toBe("فيصل بن خالد");
    expect(speakerOf(d, "المملكة ملتزمة")?.id).toBe(s?.id);
    expect(speakerOf(d, "تعمل بتنسيق كامل")?.id).toBe(s?.id);
    expect(speakerOf(d, "الأسعار ستبقى مستقرة")?.id).toBe(s?.id);
  });

  it("'بين' between two nouns is no verb; 'وواصل X :' reports before its colon, and X is not 'وواصل X'", () => {
    const d = extract("ar",
      "قال المتحدث باسم الحكومة باسل الكعبي إن المفاوضات بين الطرفين مستمرة.",
      "وواصل الكعبي : \"لن نقبل بأي تدخل خارجي\".");
    expect(speakerOf(d, "لن نقبل بأي تدخل")?.nameAr).toBe("باسل الكعبي");
    expect(d.quotes.filter((q) => q.text.includes("الطرفين")).length).toBe(1);
  });

  it("'ذكر الموقع أن الولايات المتحدة الأمريكية، طالبت الحكومة بـ…': the verb inside the reported clause is not a new statement", () => {
    const d = extract("ar", "وكان موقع الأخبار قد ذكر أن الولايات المتحدة الأمريكية، طالبت قطر بالتوسط لإطلاق سراح المحتجزين.");
    expect(d.speakers.some((s) => s.kind === "state")).toBe(false);
  });
});

describe("(ar) the speaker's own words with no mark before them", () => {
  it("'قائلا نبني …', 'مشيرا كنا …': words told by قائلاً, or opening in the first person, are the content", () => {
    const d = extract("ar",
      "كشف وزير الزراعة د سامي العبيدي ان الوزارة تمكنت من توزيع البذور رغم الحرب مشيرا كنا نعتمد على الاستيراد لكن استطعنا الانتاج محليا",
      "قائلا نوزع البذور مجانا على المزارعين المتضررين من الجفاف");
    const s = speakerOf(d, "توزيع البذور رغم الحرب");
    expect(s?.nameAr).toBe("سامي العبيدي");
    expect(speakerOf(d, "كنا نعتمد على الاستيراد")?.id).toBe(s?.id);
    expect(speakerOf(d, "نوزع البذور مجانا")?.id).toBe(s?.id);
  });

  it("'مشيرا إلى الأرقام' keeps its preposition; 'مشيرا الوزير' is no first-person opening", () => {
    const d = extract("ar", "قال وزير الزراعة سامي العبيدي إن الموسم جيد، مشيرا إلى ارتفاع الإنتاج هذا العام.");
    expect(speakerOf(d, "ارتفاع الإنتاج")?.nameAr).toBe("سامي العبيدي");
  });

  it("'وزاد. …': a subjectless verb of saying ended by a full stop is said of the sentence after it", () => {
    const d = extract("ar",
      "قال وزير الزراعة سامي العبيدي إن الموسم جيد.",
      "وزاد. الجفاف ضرب المناطق الشمالية لكن المزارعين صمدوا");
    expect(speakerOf(d, "الجفاف ضرب المناطق")?.nameAr).toBe("سامي العبيدي");
  });

  it("'… بهدف «…» وفق X.': the words quoted just before 'according to X' are X's", () => {
    const d = extract("ar",
      "قال مدير البنك المركزي سمير الخطيب إن التضخم يتراجع.",
      "ورفع البنك أسعار الفائدة مرتين؛ بهدف \"حماية قيمة العملة الوطنية من الضغوط\" وفق الخطيب.");
    expect(speakerOf(d, "حماية قيمة العملة")?.nameAr).toBe("سمير الخطيب");
  });
});
