// A speaker line closed by a colon with the quotation alone on the next line, and a headline that gives a bare title
// a statement the body gives to the title's holder (issue 11, blind set U). Short invented articles.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) 'وقال X:' ending its line, the quotation alone on the next", () => {
  it("the quotation is X's, and so is 'وأضاف' after it", () => {
    const d = extract("ar", "عقد الوزير ندوة صحفية بعد اجتماع الحكومة.\nوقال وزير الاتصال محمد العلوي:\n“إن الحكومة متمسكة بالاتفاق الموقع مع الشركاء في العام الماضي”.\nوأضاف في تصريحه: “إن الحكومة تعمل من أجل الوحدة الوطنية”.\n");
    expect(speakerOf(d, "متمسكة بالاتفاق")?.nameAr).toBe("محمد العلوي");
    expect(speakerOf(d, "من أجل الوحدة")?.nameAr).toBe("محمد العلوي");
  });

  it("'وأضاف:' alone on its line goes on with the speaker before; 'تفاصيل الخبر:' before a quotation is nobody's cue", () => {
    const d = extract("ar", "قال وزير المالية سالم الحارثي إن الميزانية ستعلن قريبا.\nوأضاف:\n«نحن نعمل على خفض العجز خلال العام المقبل بشكل كبير».\nتفاصيل الخبر:\n«تم افتتاح الطريق الجديد أمام حركة السير صباح اليوم».\n");
    expect(speakerOf(d, "خفض العجز")?.nameAr).toBe("سالم الحارثي");
    expect(speakerOf(d, "افتتاح الطريق")).toBeFalsy();
  });
});

describe("(ar) a headline's bare title is the holder whose statement it sums up", () => {
  it("'الناطق الرسمي للحكومة : لا تراجع عن …' then the minister's quote holding those words: the minister, and 'وأضاف' too", () => {
    const d = extract("ar", [
      "الناطق الرسمي للحكومة : لا تراجع عن القرارات التي اتخذتها الحكومة بعد تصريحات المبعوث الأممي",
      "",
      "عقد وزير الاتصال والناطق الرسمي باسم الحكومة ندوة صحفية بعد انعقاد مجلس الحكومة يوم الخميس.",
      "وقال وزير الاتصال محمد العلوي:",
      "“إن الحكومة متمسكة بوقف إطلاق النار، ولا تراجع عن القرارات التي اتخذتها بعد تصريحات المبعوث الأممي”.",
      "وأضاف في تصريحه: “إن الحكومة معبأة من أجل الدفاع عن الوحدة الوطنية”.",
    ].join("\n"));
    expect(speakerOf(d, "لا تراجع عن القرارات التي اتخذتها الحكومة")?.nameAr).toBe("محمد العلوي");
    expect(speakerOf(d, "معبأة من أجل")?.nameAr).toBe("محمد العلوي");
  });

  it("keeps the title when no later statement holds the headline's words", () => {
    const d = extract("ar", [
      "الناطق الرسمي للحكومة : الأسعار ستنخفض قبل نهاية الشهر الجاري في كل الأسواق",
      "",
      "وقال وزير الاتصال محمد العلوي إن الحكومة تعمل من أجل الدفاع عن الوحدة الوطنية.",
    ].join("\n"));
    expect(speakerOf(d, "الأسعار ستنخفض")?.nameAr).not.toBe("محمد العلوي");
  });
});
