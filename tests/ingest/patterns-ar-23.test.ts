// Twenty-third Arabic round (issue 11): the wrong speakers of blind set R, by class, each on a short invented article.
import { describe, expect, it } from "vitest";
import { implausibleSpeaker } from "../../src/ingest/name-guard.js";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) the outlet or the press spoken to is no part of the speaker", () => {
  it("'وذكر المصدر للأناضول، …، أن …': the source named before, not 'the source to Anadolu'", () => {
    const d = extract("ar",
      "قال مصدر طبي ليبي إن ثلاثة أشخاص لقوا حتفهم في حادث سير غرب طرابلس. وذكر المصدر للأناضول، مفضلاً عدم ذكر اسمه، أن الحادث وقع فجر الأحد على الطريق الساحلي.");
    expect(speakerOf(d, "الطريق الساحلي")?.nameAr).toBe("مصدر طبي ليبي");
  });

  it("'وصرح الوزير للصحافة … أن …' after 'أعلن وزير الفلاحة X Y': the minister named before, not a bare title", () => {
    const d = extract("ar",
      "أعلن وزير الفلاحة كريم السالمي أمس أن موسم الحصاد سيبدأ مبكرا. وصرح الوزير للصحافة على هامش زيارة ميدانية أن المخزون من القمح كاف حتى نهاية العام.");
    expect(speakerOf(d, "المخزون من القمح")?.nameAr).toBe("كريم السالمي");
  });
});

describe("(ar) a word carrying a preposition is no name", () => {
  it("'… بالمحكمة الإدارية ببغداد، القاضي X Y،': a state or city with ب ends the role; the titled name holds it", () => {
    const d = extract("ar", "قال رئيس المكتب الإعلامي بالمحكمة الإدارية ببغداد، القاضي سامر العبيدي، اليوم الاثنين، إن المحكمة ستواصل عقد جلساتها بشكل عادي.");
    expect(speakerOf(d, "ستواصل عقد")?.nameAr).toBe("سامر العبيدي");
  });

  it("the same with a place no list knows ('بسوسة'): one unknown word, then a titled full name set off by commas", () => {
    const d = extract("ar", "قال رئيس المكتب الإعلامي بالمحكمة الإدارية بسوسة، القاضي سامر العبيدي، اليوم الاثنين، إن المحكمة ستواصل عقد جلساتها بشكل عادي.");
    expect(speakerOf(d, "ستواصل عقد")?.nameAr).toBe("سامر العبيدي");
  });

  it("'أشاد … رئيس الاتحاد … بفوز فريقنا الوطني …، واشاد رئيس الاتحاد بـ… مؤكداً أن …': the president named before", () => {
    const d = extract("ar",
      "أشاد الدكتور هاشم النور رئيس الاتحاد الليبي لكرة السلة بفوز فريقنا الوطني على منتخب تونس، مؤكداً أن اللاعبين قدموا أفضل ما عندهم واشاد رئيس الاتحاد بالدور الكبير الذي قام به الجمهور، مؤكداً أن تشجيعه كان له الأثر الكبير في الفوز.");
    expect(speakerOf(d, "تشجيعه كان")?.nameAr).toBe("هاشم النور");
    expect(speakerOf(d, "الدور الكبير")?.nameAr).toBe("هاشم النور");
  });

  it("a family name opening on ب after a known given name is the name, not the verb's ب ('كريم بوسالم أمس أن')", () => {
    const d = extract("ar", "أعلن وزير الفلاحة كريم بوسالم أمس أن موسم الحصاد سيبدأ مبكرا.");
    expect(speakerOf(d, "موسم الحصاد")?.nameAr).toBe("كريم بوسالم");
  });
});

describe("(ar) an honorific, a title, then the holder's name", () => {
  it("'أكد سعادة السفير علي بن X Y رئيس … بأن …': علي (written with ي) after the title is the name Ali, not على", () => {
    const d = extract("ar", "أكد سعادة السفير علي بن سالم الكندي رئيس دائرة الشؤون القنصلية بوزارة الخارجية بأن السفارة تتابع أوضاع الطلاب في الخارج.");
    expect(speakerOf(d, "تتابع أوضاع")?.nameAr).toBe("علي بن سالم الكندي");
  });

  it("'أكد وزير الصحة علي ضرورة …' (على written with ي) stays the verb's preposition before a noun", () => {
    const d = extract("ar", "أكد وزير الصحة علي ضرورة الالتزام بالإجراءات الوقائية في المدارس.");
    expect(speakerOf(d, "الالتزام بالإجراءات")?.nameAr).toBe("وزير الصحة");
  });
});

describe("(ar) cues and spans R's articles missed", () => {
  it("'…، مبيناً أنه …': the participle of بيّن reports the same speaker's words", () => {
    const d = extract("ar", "وأشار وزير الطاقة سامي الخوري إلى أن الإنتاج ارتفع هذا العام، بحسب «رويترز»، مبيناً أنه لن يتفاجأ إذا تضاعف الإنتاج قبل عام 2030.");
    expect(speakerOf(d, "لن يتفاجأ")?.nameAr).toBe("سامي الخوري");
  });

  it("'كما هو مبين في الجدول … أن …': a participle after a pronoun is a predicate, no one's saying", () => {
    const d = extract("ar",
      "قال وزير الطاقة سامي الخوري إن الحكومة لن ترفع أسعار الوقود.",
      "وجاءت النتائج كما هو مبين في الجدول المرفق بالتقرير الذي نشرته الوزارة أن الإنتاج ارتفع.");
    expect(speakerOf(d, "الإنتاج ارتفع")).toBeUndefined();
  });

  it("a headline 'Surname : statement' is the one the article names in full with that surname", () => {
    const d = extract("ar", "الخوري : لا نية لرفع أسعار الوقود هذا العام", "قال وزير الطاقة سامي الخوري إن الحكومة لن ترفع أسعار الوقود قبل نهاية العام.");
    expect(speakerOf(d, "لا نية لرفع")?.nameAr).toBe("سامي الخوري");
  });

  it("'وشدد الوزير الخوري على هامش … على …': a title and a surname the article gives in full; على هامش says where", () => {
    const d = extract("ar",
      "قال وزير الطاقة سامي الخوري إن الحكومة لن ترفع أسعار الوقود قبل نهاية العام.",
      "وشدد الوزير الخوري على هامش افتتاحه معرض الطاقة صباح اليوم، «على أهمية الطاقة المتجددة في خطط الحكومة».");
    const q = d.quotes.find((x) => x.text.includes("الطاقة المتجددة"));
    expect(q?.text.startsWith("على أهمية")).toBe(true);
    expect(speakerOf(d, "الطاقة المتجددة")?.nameAr).toBe("سامي الخوري");
  });
});

describe("(ar) where an office is (ب + a place) after its role, no one-word name", () => {
  it("'وقال رئيس المجلس البلدي بسوسة إن …' when the article writes سوسة alone: the titled office", () => {
    const d = extract("ar", "تشهد ولاية سوسة أشغالا كبيرة. وقال رئيس المجلس البلدي بسوسة إن الأشغال ستنتهي قريبا.");
    expect(speakerOf(d, "الأشغال ستنتهي")?.nameAr).toBe("رئيس المجلس البلدي بسوسة");
  });

  it("'وقال مدير المستشفى الجهوي بقفصة اليوم إن …' with no other sign: nobody rather than the name 'Bqfsa'", () => {
    const d = extract("ar", "وقال مدير المستشفى الجهوي بقفصة اليوم إن الوضع مستقر.");
    expect(speakerOf(d, "الوضع مستقر")).toBeUndefined();
  });

  it("a one-word surname the article writes after a verb of saying ('وقال بلماضي') stays the name after a role", () => {
    const d = extract("ar", "وقال بلماضي إن الفريق جاهز. وقال المدرب بلماضي إن الفريق سيفوز.");
    expect(speakerOf(d, "الفريق سيفوز")?.nameAr).toBe("بلماضي");
  });

  it("'رئيس الجمعية الجهوية بسوسة محمد الطرابلسي' (سوسة written alone too): the place is role, the name follows it", () => {
    const d = extract("ar", "تقع سوسة على الساحل. وقال رئيس الجمعية الجهوية بسوسة محمد الطرابلسي إن الوضع مستقر.");
    expect(speakerOf(d, "الوضع مستقر")?.nameAr).toBe("محمد الطرابلسي");
  });

  it("the same with no sign whether بسوسة is a place or a given name: nobody rather than 'Bsousa Mohammed Al-Trabelsi'", () => {
    const d = extract("ar", "وقال رئيس الجمعية الجهوية بسوسة محمد الطرابلسي إن الوضع مستقر.");
    expect(speakerOf(d, "الوضع مستقر")).toBeUndefined();
  });

  it("a name opening on ك the table lacks ('وزير الخارجية الإيراني كاوه نوري') is no place", () => {
    const d = extract("ar", "وقال وزير الخارجية الإيراني كاوه نوري إن المفاوضات ستستأنف الأسبوع المقبل.");
    expect(speakerOf(d, "المفاوضات ستستأنف")?.nameAr).toBe("كاوه نوري");
  });
});

describe("(ar) the office an article gives a person ends before what the verb is about", () => {
  it("'أشاد الدكتور X Y رئيس الاتحاد … بفوز فريقنا الوطني': the office is 'رئيس الاتحاد …', without 'بفوز فريقنا …'", () => {
    const d = extract("ar",
      "أشاد الدكتور هاشم النور رئيس الاتحاد الليبي لكرة السلة بفوز فريقنا الوطني على منتخب تونس، مؤكداً أن اللاعبين قدموا أفضل ما عندهم.");
    expect(speakerOf(d, "قدموا أفضل")?.roleAr).toBe("رئيس الاتحاد الليبي لكرة السلة");
  });

  it("a ب-construct with its definite genitive stays in the office ('رئيس قسم الجراحة بمستشفى الرازي')", () => {
    const d = extract("ar", "أكد الدكتور سالم الكندي رئيس قسم الجراحة بمستشفى الرازي أن المستشفى يتابع أوضاع المرضى.");
    expect(speakerOf(d, "يتابع أوضاع")?.roleAr).toBe("رئيس قسم الجراحة بمستشفى الرازي");
  });
});

describe("(ar) a preposition on a body's head or on a place the article names goes on with the role", () => {
  it("'الأمين العام لاتحاد الشغل بسوسة محمد الطرابلسي' (سوسة written alone too): the name closes the role", () => {
    const d = extract("ar", "تقع سوسة على الساحل التونسي. وقال الأمين العام لاتحاد الشغل بسوسة محمد الطرابلسي في تصريح إن الإضراب قائم.");
    expect(speakerOf(d, "الإضراب قائم")?.nameAr).toBe("محمد الطرابلسي");
  });

  it("the name guard: a 'name' opening on ب + a word the article writes alone is no name; a name the table knows is", () => {
    const text = "تقع سوسة على الساحل. قال بسوسة محمد الطرابلسي إن الوضع مستقر. وقال بلال حسن إن الطرق سالكة.";
    const at = (s: string) => ({ kind: "name" as const, surface: s, role: null, gender: "m" as const, pos: text.indexOf(s) });
    expect(implausibleSpeaker("ar", at("بسوسة محمد الطرابلسي"), text)).not.toBeNull();
    expect(implausibleSpeaker("ar", at("بلال حسن"), text)).toBeNull();
  });
});

describe("(ar) an operations command named by its area is a body", () => {
  it("'فيما أكدت عمليات نينوى أن …': the command, not a person named 'عمليات نينوى'", () => {
    const d = extract("ar", "أفاد مصدر في الشرطة العراقية بأن القوات الأمنية أغلقت الطرق، فيما أكدت عمليات نينوى أن الإجراءات تهدف لملاحقة الخلايا النائمة.");
    expect(speakerOf(d, "ملاحقة الخلايا")?.nameAr).toBe("عمليات نينوى");
  });
});
