// Seventh round of general news-writing patterns (found on the seventh blind set), each on a short invented
// article whose wording is unlike the fixtures: (ar) existential adverbs are no names, honorific names set off by
// commas after a role (الأستاذ الدكتور، البروفيسور، الدكتور) hold that role and corefer with it, a role whose
// genitives look like a name, an apposition describing the body before the holder's name, a fronted role + name
// apposition after غير أن; (en) an apposition that describes the body a role names.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) function words and fields of study are never speakers", () => {
  it("'وزير الزراعة هناك، X،': هناك is no name, the name set off by commas is the minister", () => {
    const d = extract("ar",
      "افتتحت الدولتان خطاً بحرياً جديداً لنقل الحبوب.",
      "ونقلت إذاعة محلية عن وزير الزراعة هناك، كمال يوسف الخزرجي، قوله إن الخط \"سيخفض كلفة القمح\".");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("هناك");
    expect(speakerOf(d, "سيخفض كلفة القمح")?.nameAr).toBe("كمال يوسف الخزرجي");
  });

  it("'أستاذ علم الزلازل في جامعة …، البروفيسور X،': the field of study is part of the role, the professor speaks", () => {
    const d = extract("ar",
      "ضربت هزة أرضية متوسطة القوة المدينة فجر اليوم.",
      "ويرى أستاذ علم الزلازل في جامعة الهضبة، البروفيسور سامر القباني، أن المباني القديمة \"لم تعد تحتمل هزة أخرى\".");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("علم الزلازل");
    expect(speakerOf(d, "لم تعد تحتمل")?.nameAr).toBe("سامر القباني");
  });
});

describe("(ar) honorific names set off by commas after a role", () => {
  it("'عميد كلية …، الدكتور X،' is X, not the bare title عميد", () => {
    const d = extract("ar",
      "أغلقت كلية الهندسة مختبراتها بعد حريق صغير.",
      "وقال عميد كلية الهندسة السابق، الدكتور وليد آل حمدان، إن المختبرات \"تفتقر إلى أبسط معايير السلامة\".");
    expect(speakerOf(d, "أبسط معايير السلامة")?.nameAr).toBe("وليد آل حمدان");
  });

  it("a later 'قال رئيس المعهد:' goes to the person introduced as 'رئيس المعهد، الأستاذ الدكتور X' (participle after أعلن)", () => {
    const d = extract("ar",
      "قرر معهد الفنون تعليق الدراسة أسبوعاً.",
      "وأعلن رئيس المعهد، الأستاذ الدكتور حسن بن علي الشمري، تعليق الدراسة، مؤكداً أن المعهد \"لن يغلق أبوابه نهائياً\".",
      "وتجمع عشرات الطلاب أمام المبنى الرئيسي.",
      "وفي رده على سؤال عن الرسوم، قال رئيس المعهد: «لن ترتفع الرسوم هذا العام».");
    expect(speakerOf(d, "لن يغلق أبوابه")?.nameAr).toBe("حسن بن علي الشمري");
    expect(speakerOf(d, "لن ترتفع الرسوم")?.nameAr).toBe("حسن بن علي الشمري");
  });
});

describe("(ar) the named holder of a role, not the role's words", () => {
  it("'المتحدث باسم شركة …، المالكة للمصنع، X،': an apposition describing the company, then the spokesperson's name", () => {
    const d = extract("ar",
      "توقف مصنع للإسمنت عن العمل بعد عطل في أفرانه.",
      "وقال المتحدث باسم شركة الصخرة للصناعات، المالكة للمصنع، نبيل آل عمران، إن الإنتاج \"سيعود خلال أسبوع\".");
    expect(speakerOf(d, "سيعود خلال أسبوع")?.nameAr).toBe("نبيل آل عمران");
    expect(d.speakers.some((s) => /^المتحدث/.test(s.nameAr ?? ""))).toBe(false);
  });

  it("'رئيسة الرابطة الأهلية لرعاية المسنين، X،': a ل-genitive ending the role is no name when a name follows set off by commas", () => {
    const d = extract("ar",
      "ارتفعت أسعار الأدوية المزمنة مرة أخرى.",
      "واعتبرت رئيسة الرابطة الأهلية لرعاية المسنين، سعاد بن عمر، أن الزيادة «تثقل كاهل المتقاعدين».");
    expect(speakerOf(d, "تثقل كاهل")?.nameAr).toBe("سعاد بن عمر");
  });

  it("'غير أن نقيب …، X، نفى …، وقال:': the fronted name is the subject of the joined verb, not the person named before", () => {
    const d = extract("ar",
      "وقال وزير النقل، مازن عبد الكريم الحلبي، إن الأجرة \"سترتفع قليلاً\".",
      "غير أن نقيب سائقي الأجرة، جابر آل فيصل، رفض القرار، وقال: \"السائقون لا يستطيعون تحمل زيادة جديدة\".");
    expect(speakerOf(d, "لا يستطيعون تحمل")?.nameAr).toBe("جابر آل فيصل");
  });
});

describe("(en) an apposition describing the body a role names", () => {
  it("'Name, director of the X Project, an advocacy group, said' is the person, not 'Project'", () => {
    const d = extract("en",
      "A city council voted to close two shelters.",
      "Marisol Vega, director of the Street Harbor Project, a nonprofit group, said the closures would leave 200 people without beds.");
    expect(speakerOf(d, "without beds")?.name).toBe("Marisol Vega");
    expect(d.speakers.map((s) => s.name)).not.toContain("Project");
  });
});

describe("(ar) subjects carried to later verbs and quotes", () => {
  it("'«…»، قالت X. «…».': a quote standing alone after a quoted sentence of the paragraph is hers", () => {
    const d = extract("ar",
      "أغلقت السلطات سوق السمك القديم للترميم.",
      "\"خسرنا زبائننا في أسبوع واحد\"، قالت الموظفة نادية العبيدي. \"فمن سيعوضنا عن هذا الشهر؟\".");
    expect(speakerOf(d, "فمن سيعوضنا")?.nameAr).toBe("نادية العبيدي");
  });

  it("'وفي رسالة وجهتها النقابة إلى الوزير، رحبت X بـ…، لكنها حذرت من أن …': the sentence-opening subject", () => {
    const d = extract("ar",
      "أقرت الحكومة زيادة في رواتب المعلمين.",
      "وفي رسالة وجهتها النقابة إلى الوزير، رحبت رئيسة النقابة، سناء أبو العز، بالزيادة، لكنها حذرت من أن \"الزيادة لا تواكب الغلاء\".");
    expect(speakerOf(d, "لا تواكب الغلاء")?.nameAr).toBe("سناء أبو العز");
  });

  it("a person introduced by the kunya they give themselves speaks the paragraph's later pronoun quote", () => {
    const d = extract("ar",
      "وقال رئيس البلدية، ماجد بن سعيد الهاملي، إن الطريق \"سيفتح قبل الشتاء\".",
      "وعند مدخل القرية، كان مزارع ستيني يعرّف نفسه بأبي خليل يجمع ما تبقى من محصوله. وقال: \"فقدنا نصف الموسم بسبب الطريق المقطوع\".");
    expect(speakerOf(d, "فقدنا نصف الموسم")?.nameAr).toBe("أبو خليل");
  });

  it("'وبحسب أهالٍ تحدثوا إلى …، فإن …': the indefinite أهالٍ is a group source", () => {
    const d = extract("ar",
      "انقطعت المياه عن الحي الشرقي.",
      "وبحسب أهالٍ تحدثوا إلى مراسلتنا قرب المسجد الكبير، فإن الانقطاع بدأ قبل ثلاثة أيام.");
    expect(speakerOf(d, "الانقطاع بدأ")?.kind).toBe("group");
  });
});

describe("(en) documents, bodies and short clauses", () => {
  it("'A report by X, a research group, found last year that …' is X's finding", () => {
    const d = extract("en",
      "Bus fares will rise in the spring.",
      "A report by the Institute for Transit Equity, an independent research group, found last year that fare increases had cut ridership by 9 percent in two years.");
    expect(speakerOf(d, "cut ridership")?.name).toBe("Institute for Transit Equity");
  });

  it("'A report by the board's own staff, released in May, concluded that …': the report is the source", () => {
    const d = extract("en",
      "A quarry expansion was approved on Monday.",
      "A report by the board's own staff, released in May, concluded that the blasting would not damage nearby homes, though it urged more inspections.");
    expect(speakerOf(d, "would not damage nearby homes")?.name).toMatch(/report by the board's own staff/i);
  });

  it("'warned that automation “…”': one word before a quote is a statement, the quote's words count", () => {
    const d = extract("en",
      "Port workers walked out on Friday.",
      "Dmitri Sokolov, head of the dockworkers' union, warned that automation \"will empty these docks within a decade.\"");
    expect(speakerOf(d, "empty these docks")?.name).toBe("Dmitri Sokolov");
  });

  it("'…, the league said on Thursday.': the league is a body", () => {
    const d = extract("en",
      "Two referees were suspended for the rest of the season after a review of match footage, the league said on Thursday.");
    expect(speakerOf(d, "referees were suspended")?.name).toBe("League");
  });
});

describe("(ar) counted nouns are no بـ-phrase", () => {
  it("'أعلن X حالة الطوارئ في ثلاث بلديات، وقال إن …': 'بلديات' after a number word is not the verb's content", () => {
    const d = extract("ar",
      "اجتاحت السيول المنطقة الجنوبية.",
      "وأعلن وزير الداخلية، الدكتور فيصل الزعبي، حالة التأهب في أربع بلدات جبلية، وقال إن فرق الإنقاذ \"تعمل بلا توقف\".");
    expect(d.quotes.some((q) => /^لدات/.test(q.text))).toBe(false);
    expect(speakerOf(d, "تعمل بلا توقف")?.nameAr).toBe("فيصل الزعبي");
  });
});

describe("(ar) a verdict in the speaker's words: وصف … بأنه «…»", () => {
  it("a fronted role + name set off by commas before وصفت, and a subject set off by commas after ووصف", () => {
    const d = extract("ar",
      "رفعت البلدية رسوم جمع النفايات.",
      "لكن رئيسة لجنة السكان في الحي، وداد آل نعمان، وصفت الزيادة بأنها \"ضريبة مقنعة على الفقراء\".",
      "ووصف عضو المجلس البلدي، كريم بن موسى الحسيني، القرار بأنه \"ضروري لتغطية الكلفة\".");
    expect(speakerOf(d, "ضريبة مقنعة")?.nameAr).toBe("وداد آل نعمان");
    expect(speakerOf(d, "ضروري لتغطية")?.nameAr).toBe("كريم بن موسى الحسيني");
  });

  it("'ووصفت الوزيرة القرار بأنه «…»' with no comma to tell the subject from the object is left out", () => {
    const d = extract("ar",
      "رفعت البلدية رسوم جمع النفايات.",
      "ووصفت الوزيرة القرار بأنه \"خطوة شجاعة\".");
    expect(d.quotes.some((q) => q.text.includes("خطوة شجاعة"))).toBe(false);
  });
});
