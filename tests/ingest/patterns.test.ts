// One test per general news-writing pattern the extractor handles, each on a short article of its own
// (names and wording unlike the fixtures, so that a pattern fitted to one text shows here).
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";
import { transliterate } from "../../src/ingest/transliterate.js";

describe("Arabic names", () => {
  it("keeps an al- surname after the first name (title + first name + ال-surname)", () => {
    const d = extract("ar", "وقال وزير النقل خالد الشمري إن الطريق الجديد سيفتتح في الربيع المقبل.");
    expect(speakerOf(d, "الطريق الجديد")?.nameAr).toBe("خالد الشمري");
  });

  it("keeps a compound name with عبد and the role from its apposition", () => {
    const d = extract("ar", "وقال عبد الكريم العتيبي، مدير الميناء، إن حركة السفن تراجعت بشكل حاد هذا الشهر.");
    const s = speakerOf(d, "حركة السفن");
    expect(s?.nameAr).toBe("عبد الكريم العتيبي");
    expect(s?.roleAr).toContain("مدير الميناء");
    // One compound, written the usual English way (Abdel Karim), not letter by letter.
    expect(s?.name).toMatch(/^Abdel Karim /);
  });

  it("ends a role phrase at its definite member, so a first name in ة starts the name", () => {
    const d = extract("ar", "وأكدت وزيرة التعليم سمية الراشد أن المدارس ستفتح أبوابها في موعدها.");
    expect(speakerOf(d, "المدارس ستفتح")?.nameAr).toBe("سمية الراشد");
  });

  it("resolves a surname alone to the full name written anywhere in the article", () => {
    const d = extract(
      "ar",
      "زار الوفد الميناء برفقة المهندس ماجد الكعبي يوم الخميس.",
      "«الأرصفة القديمة لم تعد تتحمل السفن الكبيرة»، قال الكعبي.",
    );
    expect(speakerOf(d, "الأرصفة القديمة")?.nameAr).toBe("ماجد الكعبي");
  });

  it("does not take the preposition على for the name علي after a title", () => {
    const d = extract("ar",
      "وقال محافظ المدينة فراس الدوري إن الخطة جاهزة للتنفيذ.",
      "وردّ المحافظ على المنتقدين بالقول إن الميزانية «كافية لإنجاز المشروع».");
    expect(speakerOf(d, "الميزانية")?.nameAr).toBe("فراس الدوري");
  });

  it("reads an unlisted indefinite role head with its genitive before a name, and أبو + any word as a name", () => {
    const d = extract("ar",
      "وقال عميد كلية الطب رامي أبو حمدة إن الامتحانات ستجري في موعدها.",
      "وأضاف أبو حمدة أن القاعات جاهزة لاستقبال الطلاب.");
    const s = speakerOf(d, "الامتحانات ستجري");
    expect(s?.nameAr).toBe("رامي أبو حمدة");
    expect(s?.roleAr).toContain("عميد كلية الطب");
    expect(speakerOf(d, "القاعات جاهزة")?.nameAr).toBe("رامي أبو حمدة");
  });

  it("transliterates عبد/أبو + al- names as one name", () => {
    expect(transliterate("عبد الرحمن")).toBe("Abdel Rahman");
    expect(transliterate("أبو الفضل")).toMatch(/^Abu al-/);
  });
});

describe("Arabic sentence patterns", () => {
  it("gives the verbs of an أما X، … فقد … sentence to the fronted topic", () => {
    const d = extract("ar",
      "وقال رئيس النادي سامي عواد إن الفريق سيلعب المباراة.",
      "أما ريم الجابري، عضو مجلس الإدارة، فقد انتقدت القرار، وقالت إن اللاعبين «لم يحصلوا على رواتبهم منذ شهرين».");
    expect(speakerOf(d, "لم يحصلوا")?.nameAr).toBe("ريم الجابري");
  });

  it("finds a fronted subject set off by commas before the verb", () => {
    const d = extract("ar", "لكن مدير الشركة، سامر العلي، حذر من أن الأسعار سترتفع مجدداً الشهر المقبل.");
    expect(speakerOf(d, "الأسعار سترتفع")?.nameAr).toBe("سامر العلي");
  });

  it("reads وكان X قد أشار إلى أن and gives a statement issued by a body to the body", () => {
    const d = extract("ar", "وكان بيان صادر عن وزارة المالية في مايو الماضي قد أشار إلى أن العجز سيتراجع هذا العام.");
    const s = speakerOf(d, "العجز سيتراجع");
    expect(s?.nameAr).toBe("وزارة المالية");
    expect(s?.kind).toBe("organization");
  });

  it("gives a report of an organization (تقرير لـX) to the organization", () => {
    const d = extract("ar", "وذكر تقرير لمنظمة العفو الدولية أن عشرات المعتقلين لم يمثلوا أمام القضاء.");
    expect(speakerOf(d, "عشرات المعتقلين")?.nameAr).toBe("منظمة العفو الدولية");
  });

  it("gives both quotes of «…»، قال X، «…» to X", () => {
    const d = extract("ar", "«نحن لا نطلب المستحيل»، قالت الممرضة هبة سلامة، «نطلب فقط أن ندفع أجورنا في موعدها».");
    expect(speakerOf(d, "لا نطلب المستحيل")?.nameAr).toBe("هبة سلامة");
    expect(speakerOf(d, "ندفع أجورنا")?.nameAr).toBe("هبة سلامة");
  });

  it("reads a verb followed by بـ + verbal noun as content with the earlier speaker as subject", () => {
    const d = extract("ar",
      "وقالت النائبة لينا حداد إن اللجنة لم تتسلم أي تقرير.",
      "وطالبت بإقالة مدير الهيئة فوراً ومحاسبة المسؤولين عن التأخير.");
    const s = speakerOf(d, "مدير الهيئة فوراً");
    expect(s?.nameAr).toBe("لينا حداد");
    expect(d.speakers.map((x) => x.nameAr)).not.toContain("بإقالة");
  });

  it("takes a group after وفقاً with an attached ل as the source", () => {
    const d = extract("ar", "ووفقاً لخبراء، فإن أسعار القمح ستواصل الارتفاع حتى نهاية العام.");
    const s = speakerOf(d, "أسعار القمح");
    expect(s?.nameAr).toBe("خبراء");
    expect(s?.kind).toBe("group");
  });

  it("continues a quote running over several paragraphs with the same speaker", () => {
    const d = extract("ar",
      "وقال المزارع حسن البدوي: «خسرنا نصف المحصول هذا العام».",
      "«ولا نعرف كيف سنسدد ديوننا للمصرف قبل الموسم المقبل».");
    expect(speakerOf(d, "سنسدد ديوننا")?.nameAr).toBe("حسن البدوي");
  });

  it("gives an accusation participle (متهماً X بـ«…») to the clause's speaker", () => {
    const d = extract("ar", "وقال النائب وليد سعيد إن الحكومة تأخرت في الرد، متهماً الوزارة بـ«إخفاء الأرقام الحقيقية».");
    expect(speakerOf(d, "إخفاء الأرقام")?.nameAr).toBe("وليد سعيد");
  });

  it("reads اشتكى as a reporting verb and gives a later وقالوا to the same group", () => {
    const d = extract("ar", "واشتكى تجار في السوق من ارتفاع الإيجارات، وقالوا إنهم قد يغلقون محالهم قبل نهاية الشهر.");
    expect(speakerOf(d, "يغلقون محالهم")?.nameAr).toBe("تجار");
  });
});

describe("English patterns", () => {
  it("takes the name after the last title word of a long title", () => {
    const d = extract("en", "Assistant Police Chief Laura Benton said that patrols would double during the festival.");
    const s = speakerOf(d, "patrols would double");
    expect(s?.name).toBe("Laura Benton");
    expect(s?.role).toBe("Assistant Police Chief");
  });

  it("gives a study by a capitalized body to the body, not to its last word", () => {
    const d = extract("en", "According to a study by the National Water Authority released last week, groundwater levels fell by a third.");
    const s = speakerOf(d, "groundwater levels");
    expect(s?.name).toBe("National Water Authority");
    expect(s?.kind).toBe("organization");
  });

  it("reads a 'which' apposition as an organization", () => {
    const d = extract("en", "Harbor Logistics, which operates the container terminal, said in a statement that it would cut 200 jobs.");
    const s = speakerOf(d, "cut 200 jobs");
    expect(s?.name).toBe("Harbor Logistics");
    expect(s?.kind).toBe("organization");
  });

  it("reads '<statement>, X told <audience> <adjuncts>.' as the statement being X's", () => {
    const d = extract("en", "The plant will close by June and move its production abroad, manager Joe Brady told workers on Friday as the shift ended.");
    expect(speakerOf(d, "plant will close by June")?.name).toBe("Joe Brady");
  });

  it("gives both quotes of “…,” X said, “…” to X", () => {
    const d = extract("en", "“We warned them twice,” Ortega said, “and nobody answered our letters.”");
    expect(speakerOf(d, "We warned them")?.name).toBe("Ortega");
    expect(speakerOf(d, "nobody answered")?.name).toBe("Ortega");
  });

  it("resolves a title to the earlier speaker whose role names the same function", () => {
    const d = extract("en",
      "Maria Lopez, who heads the teachers' association, said the strike would go ahead.",
      "The union leader added that talks could resume next week.");
    expect(speakerOf(d, "talks could resume")?.name).toBe("Maria Lopez");
  });

  it("gives a surname-only speaker the full name written earlier in the article", () => {
    const d = extract("en",
      "The council hired Paul Grant, a structural engineer, to review the design in May.",
      "Grant said the design was sound but the materials were not.");
    expect(speakerOf(d, "design was sound")?.name).toBe("Paul Grant");
  });

  it("never takes a place name for the person a pronoun refers to, nor an intention for a statement", () => {
    const d = extract("en",
      "Peter Vance, who runs a bakery on Mill Street, said he expected to lose customers.",
      "\"Nobody carries bread on a scooter,\" he said.");
    expect(speakerOf(d, "Nobody carries bread")?.name).toBe("Peter Vance");
    expect(d.speakers.map((s) => s.name)).not.toContain("Mill Street");
  });

  it("keeps one record when a span lies inside a longer one of the same speaker", () => {
    const d = extract("en", "Residents said they feared they would lose their homes.");
    expect(d.quotes.filter((q) => q.text.includes("would lose their homes"))).toHaveLength(1);
  });

  it("does not make a body the speaker when it only modifies a group noun", () => {
    const d = extract("en", "Hospital managers said emergency departments would stay open.");
    expect(speakerOf(d, "emergency departments")?.kind).toBe("group");
  });
});
