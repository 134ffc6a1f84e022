// Fourth round of general news-writing patterns (found on the fourth blind set), each on a short invented
// article whose wording is unlike the fixtures. Precision first: who a title, a pronoun or a relative refers
// to, where a name ends, and that places are never speakers.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) titles, name boundaries and sentence subjects", () => {
  it("ends a role at a في-phrase naming where the speaker spoke, and resolves the title to the person with that role", () => {
    const d = extract("ar",
      "أكدت مديرة المستشفى ريم الخطيب أن قسم الطوارئ \"يعمل بكامل طاقته\" رغم نقص الأطباء.",
      "وقالت المديرة في حديث لإذاعة محلية: «لن نغلق أي جناح هذا الشتاء».");
    expect(speakerOf(d, "لن نغلق أي جناح")?.nameAr).toBe("ريم الخطيب");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("المديرة في حديث لإذاعة محلية");
  });

  it("never takes the words after an occasion adjunct (خلال حفل …) for a name, and gives the title to the person introduced with it", () => {
    const d = extract("ar",
      "افتتح مدير الجامعة سامي الحلبي المبنى الجديد لكلية الهندسة صباح اليوم.",
      "وقال المدير خلال حفل التخرج، الذي حضره مئات الطلاب، إن الجامعة \"ستضاعف عدد المنح العام المقبل\".");
    expect(speakerOf(d, "ستضاعف عدد المنح")?.nameAr).toBe("سامي الحلبي");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("حفل التخرج");
  });

  it("gives a bare title to the person of the same gender: الوزيرة is never وزير السياحة", () => {
    const d = extract("ar",
      "وقال وزير السياحة نبيل الخوري إن الموسم \"كان الأفضل منذ عقد\".",
      "وافتتحت وزيرة الثقافة سلمى الرفاعي معرض الكتاب مساء أمس.",
      "وقالت الوزيرة إن المعرض يستضيف 400 دار نشر من 30 بلداً.",
      "وقال الوزير إن الفنادق امتلأت بنسبة 90 في المئة.");
    expect(speakerOf(d, "يستضيف 400 دار نشر")?.nameAr).toBe("سلمى الرفاعي");
    expect(speakerOf(d, "الفنادق امتلأت")?.nameAr).toBe("نبيل الخوري");
  });

  it("ends a name before a ل-audience and a plural verb (لمراسلين حضروا …)", () => {
    const d = extract("ar",
      "وقال كمال بن يوسف لمراسلين حضروا إلى الموقع: «المياه وصلت إلى الطابق الأول».");
    expect(speakerOf(d, "المياه وصلت")?.nameAr).toBe("كمال بن يوسف");
  });

  it("reads definite descriptors before a full name with a compound (المرشح الخاسر حسام عبد الرحيم العتيبي)", () => {
    const d = extract("ar",
      "ونقلت صحيفة محلية عن المرشح الخاسر حسام عبد الرحيم العتيبي قوله إن النتائج \"لا تعكس إرادة الناخبين\".");
    expect(speakerOf(d, "لا تعكس إرادة الناخبين")?.nameAr).toBe("حسام عبد الرحيم العتيبي");
  });

  it("leaves out a relayed quote whose source (عن X قوله) cannot be read, rather than give it to the last speaker", () => {
    const d = extract("ar",
      "وقال سامر الحداد إن الطريق سيفتح الأسبوع المقبل.",
      "ونقلت قناة محلية عن أحد الحاضرين قوله إن الجسر \"تصدع منذ شهور\".");
    expect(speakerOf(d, "تصدع منذ شهور")).toBeUndefined();
  });

  it("takes the subject of وكانت X، apposition، قد … for ما قالت إنها «…»", () => {
    const d = extract("ar",
      "وكانت الناشطة رنا بن علي، عضو جمعية حماية المستهلك، قد تقدمت بشكوى رسمية، مستندة إلى ما قالت إنها \"زيادات غير مبررة في الفواتير\".");
    expect(speakerOf(d, "زيادات غير مبررة")?.nameAr).toBe("رنا بن علي");
  });

  it("gives a و-joined verb after a comma the subject of the verb that opened the sentence", () => {
    const d = extract("ar",
      "قالت المهندسة سهى القاسم إن التصميم اكتمل.",
      "من جهته، أشاد رئيس البلدية مازن العلي بالمتطوعين، واصفاً عملهم بالمثالي، وأكد أن الأشغال ستنتهي قبل الشتاء.");
    expect(speakerOf(d, "الأشغال ستنتهي")?.nameAr).toBe("مازن العلي");
  });
});

describe("(en) naming verbs, relatives, audiences, groups and places", () => {
  it("reads 'called X “…”' as the speaker's words", () => {
    const d = extract("en",
      "Dr. Helena Marsh, who directs the county laboratory, called the results \"a warning we cannot afford to ignore.\"");
    expect(speakerOf(d, "a warning we cannot afford")?.name).toBe("Helena Marsh");
  });

  it("gives ', who said …' to the person named before 'who'", () => {
    const d = extract("en",
      "Among the callers was Peter Vance, a retired pilot, who said on the radio that the runway lights had failed twice.");
    expect(speakerOf(d, "runway lights had failed")?.name).toBe("Peter Vance");
  });

  it("reads 'told the audience he would …' with no 'that'", () => {
    const d = extract("en", "Councilman Jorge Ybarra told the audience he would vote against the parking budget.");
    expect(speakerOf(d, "vote against the parking budget")?.name).toBe("Jorge Ybarra");
  });

  it("keeps group sources whole: 'who …', 'close to …', and an aside set off by commas; a place inside is no name", () => {
    const d = extract("en",
      "Economists who study housing markets said prices would fall by the spring.",
      "Sources close to the negotiations said a deal could be signed within days.",
      "Residents of the hamlet of Alder Creek, many of whom had signed the petition, said the trucks ran all night.");
    expect(speakerOf(d, "prices would fall")?.kind).toBe("group");
    expect(speakerOf(d, "deal could be signed")?.name).toMatch(/^Sources close/);
    const residents = speakerOf(d, "trucks ran all night");
    expect(residents?.kind).toBe("group");
    expect(residents?.name).toMatch(/^Residents/);
  });

  it("never resolves 'he' to a place named just before (a compass word, after 'includes')", () => {
    const d = extract("en",
      "Rep. Tomas Ferro, whose district includes North Halbury, told voters he would fight the toll increase. \"Commuters cannot pay more,\" he said.");
    expect(speakerOf(d, "Commuters cannot pay more")?.name).toBe("Tomas Ferro");
    expect(d.speakers.map((s) => s.name)).not.toContain("North Halbury");
  });

  it("gives a paragraph opening on 'she said' to the person last named in a paragraph before that quotes nobody, skipping a street", () => {
    const d = extract("en",
      "\"The rent doubled,\" said Carla Mendes, a shop owner.",
      "The news hit hardest for Greta Lind, 70, who has run the bakery on Mill Street since 1985.",
      "\"We will not move,\" she said.");
    expect(speakerOf(d, "We will not move")?.name).toBe("Greta Lind");
  });
});
