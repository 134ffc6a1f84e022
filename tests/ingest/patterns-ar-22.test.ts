// Twenty-second Arabic round (issue 11): wrong speakers on blind set S, by construction, each on a short invented
// article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) a role whose genitive the lists do not know, then an honorific and the holder's name", () => {
  it("'المتحدث باسم قيادة عمليات نينوى العميد X Y في حديث لـ…': the place ends no role; the ranked name is the speaker", () => {
    const d = extract("ar",
      "من جانبه قال المتحدث باسم قيادة عمليات نينوى العميد سامي الدوري في حديث لـ \"الإذاعة المحلية\"، إن \"القوات ستواصل ملاحقة الخلايا النائمة في أطراف المدينة\".");
    expect(speakerOf(d, "الخلايا النائمة")?.nameAr).toBe("سامي الدوري");
  });

  it("with no adjunct after the name, and a name whose last word is no ال-surname ('العقيد كريم عطا')", () => {
    const d = extract("ar", "وقال المتحدث باسم قيادة عمليات سامراء العقيد كريم عطا إن الطرق المؤدية إلى المدينة أغلقت.");
    expect(speakerOf(d, "الطرق المؤدية")?.nameAr).toBe("كريم عطا");
  });
});

describe("(ar) words a speaker repeats from another are the other's", () => {
  it("'أعيد كلمات صاحب السمو X …، حين طمأن الجميع قائلاً إن …': the participle after the clause of when is X's", () => {
    const d = extract("ar",
      "وقال وزير الداخلية سالم العبدالله إن الوضع في المنطقة مستقر.",
      "وأضاف سالم العبدالله، أود أن أعيد كلمات صاحب السمو الشيخ سلطان بن حمد آل ثاني أمير البلاد، خلال زيارته للجرحى في المستشفى حين طمأن الجميع قائلاً إن المنطقة آمنة ومستقرة.");
    expect(speakerOf(d, "آمنة ومستقرة")?.nameAr).toMatch(/^سلطان بن حمد آل ثاني/);
    expect(speakerOf(d, "الوضع في المنطقة")?.nameAr).toBe("سالم العبدالله");
  });

  it("a participle after the speaker's own words, a speech noun before it but no clause of when, stays the speaker's", () => {
    const d = extract("ar",
      "ونقل وزير الداخلية سالم العبدالله توجيهات صاحب السمو الشيخ سلطان بن حمد آل ثاني إلى قادة الشرطة، مؤكداً أن الخطة ستنفذ كاملة.");
    expect(speakerOf(d, "الخطة ستنفذ")?.nameAr).toBe("سالم العبدالله");
  });
});
