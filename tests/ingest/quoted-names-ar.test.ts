// A person's name written inside quotation marks where a name stands (after a title, an honorific or a verb of
// saying; issue 11, set V): the marks set off the name, they quote nothing. Short invented articles, one per construction.
import { describe, expect, it } from "vitest";
import { extract, extractRaw, speakerOf } from "./helpers.js";

describe("(ar) a quoted name after a title and an honorific is the speaker, however long its chain of descent", () => {
  it("'أكد وزير النفط الكويتي الشيخ “سالم بن ناصر بن عبد الله”، أنه “…”': the minister by name, no quote of his name", () => {
    const d = extractRaw("ar",
      "أكد وزير النفط الكويتي الشيخ “سالم بن ناصر بن عبد الله”، أنه “لا نية لخفض الإنتاج في الوقت الحالي”.",
      "وأضاف: “الأسواق مستقرة والطلب على النفط يتعافى ببطء”.");
    expect(speakerOf(d, "لا نية لخفض الإنتاج")?.nameAr).toMatch(/^سالم بن ناصر/);
    expect(speakerOf(d, "الأسواق مستقرة")?.nameAr).toMatch(/^سالم بن ناصر/);
    expect(d.quotes.some((q) => q.text.includes("سالم بن ناصر"))).toBe(false);
  });
});

describe("(ar) a quoted name set off its title by a comma, then where it was said", () => {
  it("'قال المدير الفني لنادي الوحدة، \"ماركو بيليني\" في المؤتمر الصحفي …، إن …' then 'وأكد بيليني أن …': one coach", () => {
    const d = extract("ar",
      "قال المدير الفني لنادي الوحدة، \"ماركو بيليني\" في المؤتمر الصحفي الذي عقد مساء أمس، إن المباراة صعبة والفريق جاهز لها تماما.",
      "وأكد بيليني أن غياب المهاجم الأول لن يؤثر على خطة الفريق.");
    expect(speakerOf(d, "المباراة صعبة والفريق جاهز")?.nameAr).toBe("ماركو بيليني");
    expect(speakerOf(d, "غياب المهاجم الأول")?.nameAr).toBe("ماركو بيليني");
  });
});

describe("(ar) a headline's source: a quoted surname after a title", () => {
  it("'مدرب الوحدة \"بيليني\": …' is the coach the body names", () => {
    const d = extract("ar",
      "مدرب الوحدة \"بيليني\": سنلعب من أجل الفوز أمام الفيصلي",
      "",
      "قال المدير الفني لنادي الوحدة ماركو بيليني إن فريقه جاهز لمواجهة الفيصلي.",
      "وأكد بيليني أن الفريق سيلعب من أجل الفوز.");
    expect(speakerOf(d, "سنلعب من أجل الفوز")?.nameAr).toBe("ماركو بيليني");
  });

  it("'عميد «سبها»: …'، 'عميد سبها: …': one word after a title that the article never writes as a name is the title's place", () => {
    for (const headline of ["عميد «سبها»: المدينة تعيش أزمة خانقة منذ أسابيع", "عميد سبها: المدينة تعيش أزمة خانقة منذ أسابيع"]) {
      const d = extract("ar", headline, "", "قال عميد بلدية سبها سالم الورفلي إن المدينة تعيش أزمة خانقة منذ أسابيع بسبب انقطاع الوقود.");
      expect(d.speakers.some((s) => s.nameAr === "سبها")).toBe(false);
      expect(speakerOf(d, "تعيش أزمة خانقة")?.nameAr).toBe("سالم الورفلي");
    }
  });
});

describe("(ar) a short quotation after a title is still a quotation", () => {
  it("'وقال الوزير \"الإصلاح مستمر رغم كل الصعوبات\"، في كلمة …': a clause is no name, however short", () => {
    const d = extract("ar", "أعلن وزير المالية سامي الحداد خطة الإصلاح. وقال الوزير \"الإصلاح مستمر رغم كل الصعوبات\"، في كلمة أمام البرلمان.");
    expect(speakerOf(d, "الإصلاح مستمر رغم كل الصعوبات")?.nameAr).toBe("سامي الحداد");
  });
});
