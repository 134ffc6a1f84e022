// Twenty-fourth Arabic round (issue 11): the classes blind set T failed on when it was fresh, each on a short
// invented article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) a definite word describing the person after a name is no family name", () => {
  it("'وأكد سامي خليل المتهم بالاختلاس …': the accused is Sami Khalil, not 'Sami Khalil Al-Muttaham'", () => {
    const d = extract("ar",
      "واصلت المحكمة الجنائية أمس النظر في قضية سامي خليل، المدير السابق لشركة الموانئ.",
      "وأكد سامي خليل المتهم بالاختلاس، بعد أن سمح له القاضي بالكلام، أنه لم يوقع على أي عقد مخالف للقانون.");
    const s = speakerOf(d, "لم يوقع على أي عقد");
    expect(s?.nameAr).toBe("سامي خليل");
  });
});

describe("(ar) a name in quotation marks after a title or a verb of saying is the speaker, not a quotation", () => {
  it("'وقال المحلل الفرنسي \"جوليان لامبير\"، في …، إنه …' then 'وتابع \"لامبير\"، قائلاً: …': the analyst by name", () => {
    const d = extract("ar",
      "وقال المحلل الفرنسي \"جوليان لامبير\"، في اتصال هاتفي مع الموقع، إنه حضر الاجتماع الأخير للمانحين في باريس.",
      "وتابع \"لامبير\"، قائلاً: إن \"الدول المانحة لم تقدم حتى الآن سوى ثلث المبلغ الذي وعدت به\".");
    expect(speakerOf(d, "حضر الاجتماع الأخير")?.nameAr).toBe("جوليان لامبير");
    expect(speakerOf(d, "الدول المانحة لم تقدم")?.nameAr).toBe("جوليان لامبير");
  });

  it("a short quotation after the title ('وأضاف الوزير \"سنواصل الإصلاح\"، مشيرا إلى أن …') leaves the minister named before", () => {
    const d = extract("ar", "أعلن وزير المالية سامي الحداد ميزانية العام الجديد. وأضاف الوزير \"سنواصل الإصلاح\"، مشيرا إلى أن العجز سينخفض إلى النصف.");
    expect(speakerOf(d, "العجز سينخفض")?.nameAr).toBe("سامي الحداد");
  });
});

describe("(ar) a verb that reports a noun object: the object after the subject is the content, comma or not", () => {
  it("'نفى رئيس … X Y، وجود أي خلافات …، مؤكداً أن …': the denial's object is a statement of its own", () => {
    const d = extract("ar", "نفى رئيس الاتحاد المحلي للنقل سالم البدري، وجود أي خلافات داخل مجلس الإدارة حول خطة التطوير، مؤكداً أن العمل يسير بشكل طبيعي.");
    expect(speakerOf(d, "وجود أي خلافات")?.nameAr).toBe("سالم البدري");
  });

  it("'توقع مدرب المنتخب X Y، تأهل فريقه إلى …': the expectation's object", () => {
    const d = extract("ar", "توقع مدرب المنتخب الأردني كريم الحوراني، تأهل فريقه إلى نصف النهائي رغم صعوبة المجموعة.");
    expect(speakerOf(d, "تأهل فريقه")?.nameAr).toBe("كريم الحوراني");
  });

  it("'أكد المتحدث … X Y شفاء أول ثلاث حالات …': with no comma, a noun before a determiner is no more of the name", () => {
    const d = extract("ar", "أكد المتحدث باسم مديرية الصحة في المحافظة سامر العلوان شفاء أول ثلاث حالات من المرض في المستشفى الجامعي.");
    expect(speakerOf(d, "شفاء أول ثلاث حالات")?.nameAr).toBe("سامر العلوان");
  });

  it("a full name after the verb is still the subject ('أعلن الوزير سامي الخطيب افتتاح …')", () => {
    const d = extract("ar", "أعلن الوزير سامي الخطيب افتتاح الجسر الجديد أمام حركة السير يوم الخميس المقبل.");
    expect(speakerOf(d, "افتتاح الجسر")?.nameAr).toBe("سامي الخطيب");
  });
});

describe("(ar) a title whose name could not be read names nobody", () => {
  it("'أكد المتحدث الإعلامي بصحة المنطقةالشرقية سامي أبوطالب شفاء …' (two words run together): not the bare title", () => {
    const d = extract("ar", "أكد المتحدث الإعلامي بصحة المنطقةالشرقية سامي أبوطالب شفاء أول ثلاث حالات من المرض في المستشفى الجامعي.");
    expect(speakerOf(d, "شفاء أول ثلاث حالات")?.nameAr).not.toBe("المتحدث الإعلامي");
  });
});

describe("(ar) a headline's source before a colon, as pages write it", () => {
  it("'ناطق الحكومة: … .' (a stray full stop closing the headline) sums up the spokesman's statement in the body", () => {
    const d = extract("ar", [
      "ناطق الحكومة: قرار تأجيل الانتخابات البلدية يهدد مسار التهدئة في البلاد .",
      "",
      "أكد الناطق الرسمي باسم الحكومة وزير الإعلام سالم الحمداني أن قرار تأجيل الانتخابات البلدية يهدد مسار التهدئة في البلاد.",
    ].join("\n"));
    expect(speakerOf(d, "تأجيل الانتخابات البلدية يهدد مسار التهدئة في البلاد")?.nameAr).toBe("سالم الحمداني");
    expect(d.quotes.filter((q) => q.paragraph === 1 && q.speaker).length).toBe(1);
  });

  it("'رياضة' then 'مدرب الأردن: سنتأهل …': a section label above the headline", () => {
    const d = extract("ar", [
      "رياضة",
      "",
      "مدرب الأردن: سنتأهل إلى الدور الثاني من البطولة",
      "",
      "توقع مدرب المنتخب الأردني كريم الحوراني، تأهل فريقه إلى الدور الثاني من البطولة رغم صعوبة المجموعة.",
    ].join("\n"));
    expect(speakerOf(d, "سنتأهل إلى الدور الثاني")?.nameAr).toBe("كريم الحوراني");
  });
});

describe("(ar) a quotation that reports someone else's words is its speaker's only up to them", () => {
  it("'… إن \"الرد جاء كما نشرته الصحيفة …، والتي قال فيها: نحن مستعدون …\"': the rest is not the quoted analyst's", () => {
    const d = extract("ar",
      "وقال المحلل الفرنسي جوليان لامبير في اتصال هاتفي إن \"الرد جاء كما نشرته الصحيفة في عددها الصادر أمس، والتي قال فيها: نحن مستعدون للتفاوض دون أي شروط مسبقة مع كل الأطراف\".");
    expect(speakerOf(d, "الرد جاء كما نشرته")?.nameAr).toBe("جوليان لامبير");
    expect(speakerOf(d, "مستعدون للتفاوض")).toBeUndefined();
  });
});

describe("(ar) the particle قد before a sentence's opening verb", () => {
  it("'وقد حسم X الجدل …، مؤكداً …': the participle's speaker is the verb's subject, named before in full", () => {
    const d = extract("ar",
      "وأوضح وزير النقل سامي حداد أن الأشغال ستنتهي في الصيف.",
      "وقد حسم حداد هذا الجدل بالنفي القاطع، مؤكداً استمرار المشروع في موعده المحدد دون أي تأخير.");
    expect(speakerOf(d, "استمرار المشروع")?.nameAr).toBe("سامي حداد");
  });
});
