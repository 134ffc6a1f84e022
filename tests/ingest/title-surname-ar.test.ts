// A title of address that no name follows, right after a first name, is the family name: "كريم السيد" is
// Karim El-Sayed, not a "Karim" with a dangling "Mr.".
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) a family name that is also a title of address", () => {
  it("'… كريم السيد، في بيان، إن …': السيد after a first name, before a comma", () => {
    const d = extract("ar",
      "قال المتحدث باسم وزارة التربية كريم السيد، في بيان، إن أكثر من مليون تلميذ سيؤدون الامتحان غدا.",
      "وأضاف السيد أن المراكز الامتحانية جاهزة لاستقبال الطلبة.");
    expect(speakerOf(d, "مليون تلميذ")?.nameAr).toBe("كريم السيد");
  });
  it("'وأكد … أحمد الشيخ أن …': الشيخ after a first name, before the cue's complement", () => {
    const d = extract("ar", "وأكد مدير المدرسة أحمد الشيخ أن الامتحانات ستبدأ في موعدها المحدد.");
    expect(speakerOf(d, "الامتحانات ستبدأ")?.nameAr).toBe("أحمد الشيخ");
  });
  it("a title before a name still opens that name: 'الشيخ سالم العلي'", () => {
    const d = extract("ar", "وقال رئيس المجلس الشيخ سالم العلي إن الحكومة ستدعم المزارعين هذا العام.");
    expect(speakerOf(d, "ستدعم المزارعين")?.nameAr).toBe("سالم العلي");
  });
});
