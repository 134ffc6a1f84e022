// Ninth round of general news-writing patterns (found on the ninth blind set), each on a short invented
// article whose wording is unlike the fixtures.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(en) names and bodies", () => {
  it("a name word with a second capital (McAllister, DeVries) is one word: the pronoun after it is the whole name", () => {
    const d = extract("en",
      "The school board voted to close two rural schools.",
      "Trustee Helena McAllister, who represents the northern villages, voted against. She said the closures would \"put forty children on a bus for an hour.\"");
    expect(speakerOf(d, "forty children")?.name).toBe("Helena McAllister");
  });

  it("a company name ending in Holdings/Development is the body, first word included", () => {
    const d = extract("en",
      "The old brewery will become offices.",
      "Granite Bay Holdings, the Denver-based owner of the site, said in a statement that it would \"keep the brick facade intact.\"");
    const s = speakerOf(d, "brick facade");
    expect(s?.name).toBe("Granite Bay Holdings");
    expect(s?.kind).toBe("organization");
  });

  it("'Among them was Dr X of the Y Institute.' then '“…,” he said' is X, not the body named after him nor an earlier speaker", () => {
    const d = extract("en",
      "A new vaccine trial reported strong results on Monday.",
      "\"The response was better than we hoped,\" said Prof. Leonard Ashby, who led the trial.",
      "Other researchers were more cautious.",
      "Among them was Dr Tobias Marsh-Ellison of the Pacific Immunology Institute, who has studied the virus for years.",
      "\"It is a promising start,\" he said in an interview. \"But small trials often look better than big ones.\"");
    expect(speakerOf(d, "promising start")?.name).toBe("Tobias Marsh-Ellison");
  });
});

describe("(en) 'told' after a quote: the audience is not the speaker", () => {
  it("'“…,” X, the group's leader, told the AP outside the court' is X", () => {
    const d = extract("en",
      "Farmers blocked the highway for a second day.",
      "\"We have nothing left to sell but our patience,\" Ruud ter Horst, the farmers' spokesman, told Bloomberg outside the ministry, where tractors lined the street.");
    expect(speakerOf(d, "nothing left to sell")?.name).toBe("Ruud ter Horst");
    expect(d.speakers.map((s) => s.name)).not.toContain("Bloomberg");
  });

  it("'“…,” the minister told parliament' goes to the minister the article introduced, particle name and all", () => {
    const d = extract("en",
      "The ferry operators' strike entered its fifth day.",
      "Transport Minister Lotte van den Broek, who has refused to mediate, urged both sides to meet again.",
      "\"The islands cannot wait another week,\" the minister told parliament on Tuesday.");
    expect(speakerOf(d, "another week")?.name).toBe("Lotte van den Broek");
  });
});

describe("(ar) writing verbs, clubs and titles introduced in other ways", () => {
  it("'وكتب المدرب الإسباني على حسابه: «…»' goes to the coach the club dismissed ('مدربها الإسباني X'); 'وتابع' goes on with him", () => {
    const d = extract("ar",
      "قرر نادي الشعلة إنهاء عقد مدربها الإسباني ماركوس ألونسو بعد ثلاث هزائم متتالية.",
      "وقال النادي في بيان إن القرار اتخذ «بالتراضي بين الطرفين».",
      "وكتب المدرب الإسباني على حسابه في فيسبوك: \"غادرت مرفوع الرأس\". وتابع: \"سأبقى مشجعاً لهذا النادي\".");
    // "وقال النادي" is the club the article named: نادي الشعلة.
    expect(speakerOf(d, "بالتراضي")?.nameAr).toBe("نادي الشعلة");
    expect(speakerOf(d, "مرفوع الرأس")?.nameAr).toBe("ماركوس ألونسو");
    expect(speakerOf(d, "سأبقى مشجعاً")?.nameAr).toBe("ماركوس ألونسو");
  });

  it("كتب as the noun 'books' reports nothing", () => {
    const d = extract("ar", "ووزعت الجمعية كتب المدرسة على مئتي تلميذ قبل بدء العام الدراسي.");
    expect(d.quotes).toEqual([]);
  });

  it("'وقال الوالي: «…»' goes to the governor introduced as 'والي الولاية، اللواء المتقاعد X،' in a sentence that quotes nothing", () => {
    const d = extract("ar",
      "اجتاحت الفيضانات قرى عدة في الولاية الشمالية.",
      "أما والي الولاية الشمالية، العميد المتقاعد صالح عمر دفع الله، فقد أعلن حالة الاستنفار.",
      "وقال الوالي أثناء زيارته للقرى المنكوبة: \"لن نترك أسرة واحدة دون مأوى\".");
    expect(speakerOf(d, "دون مأوى")?.nameAr).toBe("صالح عمر دفع الله");
  });
});

describe("(ar) names set off by commas and audiences after an inverted name", () => {
  it("'رئيسة الرابطة، نور الهدى بنعيسى، إن …': a compound first name then a family name is the holder of the role, and 'وتابعت' goes on with her", () => {
    const d = extract("ar",
      "أغلقت السلطات سوق الجملة للخضر بعد الحريق.",
      "وقالت رئيسة رابطة تجار السوق، نور الهدى بنعيسى، إن الخسائر «تفوق قدرة التجار على الاحتمال».",
      "وتابعت: \"نطالب بتعويض عاجل قبل حلول رمضان\".");
    expect(speakerOf(d, "قدرة التجار")?.nameAr).toBe("نور الهدى بنعيسى");
    expect(speakerOf(d, "تعويض عاجل")?.nameAr).toBe("نور الهدى بنعيسى");
  });

  it("'«…»، قال الطاهري لإذاعة محلية، «…»' / 'قالت X للصحيفة': the audience after the name is no part of it", () => {
    const d = extract("ar",
      "توقفت حافلات النقل المدرسي في القرى الجبلية.",
      "«الطريق مقطوع منذ أسبوع، ولا أحد يصلحه»، قال سعيد الطاهري للإذاعة المحلية، «والأطفال يمشون ساعتين كل صباح».");
    expect(speakerOf(d, "الطريق مقطوع")?.nameAr).toBe("سعيد الطاهري");
    expect(speakerOf(d, "يمشون ساعتين")?.nameAr).toBe("سعيد الطاهري");
  });
});

describe("(ar) a fronted subject set off by commas before a verb followed only by adjuncts", () => {
  it("'غير أن محامي الشركة، X، رأى في مذكرته أن …' is X, not the speaker quoted before", () => {
    const d = extract("ar",
      "نظرت المحكمة الإدارية في طعن السكان على مشروع المحجر.",
      "وقال ممثل السكان عادل منصور القباني إن المحجر \"سيدمر المياه الجوفية\".",
      "غير أن محامي الشركة، رياض فتحي الحلواني، رأى في مذكرته الختامية أن الطعن «يفتقر إلى أي سند علمي».");
    expect(speakerOf(d, "سند علمي")?.nameAr).toBe("رياض فتحي الحلواني");
  });
});

describe("(ar) a verbal noun that looks like a participle does not cut the content", () => {
  it("'تدرس متابعة …' keeps the whole clause after 'وبحسب مصادر، فإن'", () => {
    const d = extract("ar",
      "تراجعت صادرات الفوسفات في الربع الأول.",
      "ووفقاً لمصادر في الميناء، فإن الإدارة تبحث متابعة الشحنات المتأخرة عبر شركة نقل جديدة.");
    expect(speakerOf(d, "الشحنات المتأخرة")?.nameAr).toMatch(/مصادر/);
  });
});
