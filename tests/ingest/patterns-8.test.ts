// Eighth round of general news-writing patterns (found on the eighth blind set), each on a short invented
// article whose wording is unlike the fixtures: (en) names written with letters beyond ASCII, "…, who called X “…”"
// after a full name, a representative speaking for someone ("a spokeswoman for Sen. X") is not that someone;
// (ar) "على حد قوله" after a quote, compound first names before بن/بنت and the titles that refer back to them,
// a body opening the sentence before "لكنه/لكنها", a person a paragraph introduces before "وقال/وقالت", unnamed
// officials with an aside before فإن, "اكتفى X بالقول", and "إذ" which is no name.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(en) names and their boundaries", () => {
  it("a name with letters beyond ASCII is the antecedent of the pronoun after it", () => {
    const d = extract("en",
      "The covered market reopened on Saturday after a month of repairs.",
      "“The roof is finally safe,” said Mayor Ingrid Halvorsen.",
      "Zoë Ngata-Brière sells cheese from a stall by the east gate. “Saturday is half my week,” she said.");
    expect(speakerOf(d, "half my week")?.name).toBe("Zoë Ngata-Brière");
    expect(speakerOf(d, "finally safe")?.name).toBe("Ingrid Halvorsen");
  });

  it("', who called X “…”' goes to the full name right before the comma, not to a name earlier in the sentence", () => {
    const d = extract("en",
      "Tenants of the Larkspur towers received eviction notices last week.",
      "The tenants' association, led by retired nurse Odette Kamara, has hired housing attorney Priscilla Vance-Obi, who called the notices “legally worthless.”");
    expect(speakerOf(d, "legally worthless")?.name).toBe("Priscilla Vance-Obi");
  });
});

describe("(en) a representative is not the person they speak for", () => {
  it("'A spokeswoman for Sen. X said' is an unnamed spokeswoman, and X's own words stay X's", () => {
    const d = extract("en",
      "The state senate delayed its vote on the water bill.",
      "A spokeswoman for Sen. Rafael Ostrowski said the senator “has no plans to withdraw his amendment.”",
      "Ostrowski himself told reporters on Friday that the delay was “a procedural courtesy.”");
    const spokeswoman = speakerOf(d, "no plans to withdraw");
    expect(spokeswoman?.name).toMatch(/^Spokeswoman for/);
    expect(spokeswoman?.aliases).not.toContain("Ostrowski");
    expect(speakerOf(d, "procedural courtesy")?.name).toBe("Rafael Ostrowski");
  });

  it("'an aide to the governor' then a named aide elsewhere: the unnamed aide is not completed by the later name", () => {
    const d = extract("en",
      "The governor's office reviewed the prison contract.",
      "An aide to Gov. Theresa Lindqvist said the contract was “under review, not under threat.”",
      "Marcus Hale, an aide who left the office in June, said the review was “long overdue.”");
    expect(speakerOf(d, "not under threat")?.name).toMatch(/^Aide to/);
    expect(speakerOf(d, "long overdue")?.name).toBe("Marcus Hale");
  });
});

describe("(ar) a quote continued over paragraphs, closed by 'على حد قوله'", () => {
  it("the second paragraph's quote with 'على حد قوله' is the same speaker's", () => {
    const d = extract("ar",
      "افتتحت وزارة النقل الطريق الساحلي الجديد صباح الخميس.",
      "وقال وزير النقل حسان بن علي الدباغ: «الطريق سيختصر ساعة كاملة من زمن الرحلة.",
      "«وسنضيف محطات استراحة على طوله قبل حلول الصيف»، على حد قوله.");
    expect(speakerOf(d, "محطات استراحة")?.nameAr).toBe("حسان بن علي الدباغ");
  });

  it("'بحسب تعبيرها' after a quote goes to the woman quoted before", () => {
    const d = extract("ar",
      "تراجعت مبيعات الكتب الورقية في المعرض هذا العام.",
      "وأكدت الناشرة سلوى عبد الكريم الحمدان أن الإقبال «كان أضعف من المتوقع».",
      "\"القراء ينتظرون التخفيضات في الأيام الأخيرة\"، بحسب تعبيرها.");
    expect(speakerOf(d, "ينتظرون التخفيضات")?.nameAr).toBe("سلوى عبد الكريم الحمدان");
  });
});

describe("(ar) compound first names and the titles that refer back to them", () => {
  it("'محافظ المدينة سيف الدين بن مسعود' is one name; 'وأكد المحافظ' later is him", () => {
    const d = extract("ar",
      "غمرت السيول أحياء عدة في المدينة ليلة الأحد.",
      "وصرح محافظ المدينة سيف الدين بن مسعود بأن فرق الإنقاذ أجلت أكثر من مئتي أسرة.",
      "وانتقد سكان الحي الشرقي تأخر وصول المساعدات.",
      "وأكد المحافظ أن «كل أسرة متضررة ستحصل على تعويض عادل».");
    expect(speakerOf(d, "فرق الإنقاذ")?.nameAr).toBe("سيف الدين بن مسعود");
    expect(speakerOf(d, "تعويض عادل")?.nameAr).toBe("سيف الدين بن مسعود");
  });

  it("a feminine definite title ('وشددت السفيرة') refers back to the woman introduced with it", () => {
    const d = extract("ar",
      "وقعت الحكومة اتفاقاً لترميم المواقع الأثرية.",
      "وأوضحت سفيرة البلاد لدى المنظمة ريما خليل الحسيني أن الاتفاق يشمل ثلاثة مواقع.",
      "وشددت السفيرة على أن \"الترميم سيبدأ قبل نهاية العام\".");
    expect(speakerOf(d, "الترميم سيبدأ")?.nameAr).toBe("ريما خليل الحسيني");
  });
});

describe("(ar) a family name written with آل stands for the full name the article gave it", () => {
  it("'قال آل حمدون' after 'سالم آل حمدون' is Salem", () => {
    const d = extract("ar",
      "أغلقت البلدية السوق القديم للترميم.",
      "لكن الوعود لم تطمئن سالم آل حمدون، الذي يملك متجراً للتوابل منذ ثلاثين عاماً. \"لن أنتظر ستة أشهر بلا دخل\"، قال آل حمدون.");
    expect(speakerOf(d, "بلا دخل")?.nameAr).toBe("سالم آل حمدون");
  });
});

describe("(ar) who the pronoun of a later verb stands for", () => {
  it("'رحبت غرفة التجارة بالخطة، لكنها اعتبرت …' is the chamber, not the woman quoted before", () => {
    const d = extract("ar",
      "أقرت البلدية خطة جديدة لتنظيم الأسواق الشعبية.",
      "وقالت رئيسة البلدية منى حسن الخطيب إن الخطة \"ستنهي الفوضى في الشوارع\".",
      "من جهتها، رحبت غرفة التجارة بالخطة، لكنها اعتبرت في بيان أن الرسوم «أعلى مما يحتمله صغار الباعة».");
    expect(speakerOf(d, "صغار الباعة")?.nameAr).toBe("غرفة التجارة");
  });

  it("'وحذرت رابطة …، في بيان، من أن' is the association", () => {
    const d = extract("ar",
      "ارتفعت الإيجارات في العاصمة بنسبة كبيرة.",
      "وحذرت رابطة المستأجرين، في بيان نشرته السبت، من أن آلاف الأسر \"قد تجد نفسها في الشارع\".");
    expect(speakerOf(d, "في الشارع")?.nameAr).toBe("رابطة المستأجرين");
  });

  it("'وقف X … . وقال:' after another man's quote is the man the paragraph introduced", () => {
    const d = extract("ar",
      "تراجعت كميات الصيد في الخليج للعام الثالث.",
      "وقال مدير الثروة السمكية عادل يوسف النعيمي إن \"المخزون يحتاج إلى سنوات ليتعافى\".",
      "وعلى رصيف الميناء، وقف كريم بن حسن العلوي يراقب القوارب العائدة. وقال: «لم نصطد شيئاً يستحق البيع منذ أسبوع».");
    expect(speakerOf(d, "يستحق البيع")?.nameAr).toBe("كريم بن حسن العلوي");
  });

  it("'…، إذ اعتبر أن' goes on with the clause's speaker; إذ is never a name", () => {
    const d = extract("ar",
      "دخل إضراب المعلمين أسبوعه الثاني.",
      "وقال نقيب المعلمين جمال عيسى البدري إن الإضراب \"سيستمر حتى تلبية المطالب\".",
      "ويدعو النقيب إلى اجتماع عاجل مع الحكومة، إذ اعتبر أن \"الحوار وصل إلى طريق مسدود\".");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("إذ");
    expect(speakerOf(d, "طريق مسدود")?.nameAr).toBe("جمال عيسى البدري");
  });
});

describe("(ar) unnamed sources and 'اكتفى X بالقول'", () => {
  it("'وبحسب مسؤول في وزارة المالية، رفض الكشف عن هويته، فإن …' is an unnamed official, not a named person", () => {
    const d = extract("ar",
      "تواجه الموازنة العامة عجزاً متزايداً.",
      "وبحسب مسؤول في إحدى الهيئات الحكومية، رفض الكشف عن هويته لأنه غير مخول بالتصريح، فإن العجز سيتجاوز ثلاثة مليارات هذا العام.");
    const s = speakerOf(d, "العجز سيتجاوز");
    expect(s?.nameAr).toMatch(/^مسؤول/);
    expect(s?.kind).toBe("group");
  });

  it("'مسؤول رفيع المستوى، طلب عدم نشر اسمه،' is unnamed; an audience after the source is no part of it; a name set off by commas still names the official", () => {
    const d = extract("ar",
      "ارتفعت أسعار الخبز للمرة الثانية هذا العام.",
      "وقال مسؤول رفيع المستوى، طلب عدم نشر اسمه، إن الحكومة \"لن تتراجع عن القرار\".",
      "وقال مسؤول في وزارة التجارة لوكالة الأنباء الرسمية إن الأسعار \"ستستقر قريباً\".",
      "وقال مسؤول في الوزارة، سامر عادل النجار، إن الدعم \"مستمر للأسر الفقيرة\".");
    expect(speakerOf(d, "لن تتراجع")?.nameAr).toBe("مسؤول رفيع المستوى");
    expect(speakerOf(d, "ستستقر قريباً")?.nameAr).toBe("مسؤول في وزارة التجارة");
    expect(speakerOf(d, "للأسر الفقيرة")?.nameAr).toBe("سامر عادل النجار");
  });

  it("'اكتفى الوزير بالقول إن' refers back to the minister named before", () => {
    const d = extract("ar",
      "أثار قرار رفع أسعار الوقود موجة انتقادات.",
      "ودافع وزير الطاقة ماهر سعيد القحطاني عن القرار، مؤكداً أن الدعم \"لم يعد ممكناً\".",
      "وفي رده على سؤال عن موعد الزيادة المقبلة، اكتفى الوزير بالقول إن \"كل الخيارات مطروحة\".");
    expect(speakerOf(d, "كل الخيارات مطروحة")?.nameAr).toBe("ماهر سعيد القحطاني");
  });
});
