// A person named in full, then by part of the name: the family name or its "ولد/بن/أبو X" tail, or the first
// name under a title of rank (after it, or alone once the full name had it). The part goes to the one earlier
// person it fits, never to either of two.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) a later partial name is the earlier full name", () => {
  it("'أحمد ولد يحيى' … 'ولد يحيى': a tail whose last word's skeleton is one letter", () => {
    const d = extract("ar",
      "قال رئيس النادي الأهلي محمد ولد يحيى إن الفريق جاهز لمواجهة الخصم في نهائي الكأس.",
      "وأوضح ولد يحيى أن اللاعبين المصابين عادوا إلى التدريبات هذا الأسبوع.");
    expect(d.speakers).toHaveLength(1);
    expect(speakerOf(d, "المصابين عادوا")?.nameAr).toBe("محمد ولد يحيى");
  });
  it("'الأمير سلطان بن خالد' … 'الأمير سلطان' … 'سلطان': a first name after an honorific, then alone", () => {
    const d = extract("ar",
      "قال وزير الرياضة الأمير سلطان بن خالد إن المملكة ستستضيف البطولة الآسيوية العام المقبل.",
      "وأضاف الأمير سلطان أن الملاعب الجديدة ستكون جاهزة قبل موعد البطولة.",
      "وأكد سلطان أن الجماهير ستدخل الملاعب مجانا في المباراة الافتتاحية.");
    expect(d.speakers).toHaveLength(1);
    expect(speakerOf(d, "الملاعب الجديدة")?.nameAr).toBe("سلطان بن خالد");
    expect(speakerOf(d, "الجماهير ستدخل")?.nameAr).toBe("سلطان بن خالد");
  });
  it("a first name alone with no title of rank is no reference: 'سامي' after 'سامي كامل' (guard)", () => {
    const d = extract("ar",
      "قال مدير الميناء سامي كامل إن حركة السفن عادت إلى طبيعتها بعد العاصفة.",
      "وقال سامي إن العمال سيحصلون على علاوة استثنائية هذا الشهر.");
    expect(speakerOf(d, "علاوة استثنائية")?.nameAr).not.toBe("سامي كامل");
  });
  it("two earlier people share the family name: 'بن سلمان' goes to neither", () => {
    const d = extract("ar",
      "قال ولي العهد الأمير محمد بن سلمان إن المملكة ستواصل الإصلاحات الاقتصادية.",
      "من جهته، قال وزير الدفاع الأمير خالد بن سلمان إن القوات المسلحة جاهزة لكل الاحتمالات.",
      "وأكد بن سلمان أن الاستثمارات الأجنبية تضاعفت خلال العام الماضي.");
    const s = speakerOf(d, "الاستثمارات الأجنبية")?.nameAr;
    expect(s).not.toBe("محمد بن سلمان");
    expect(s).not.toBe("خالد بن سلمان");
  });
  it("two earlier people share the first name: it goes to neither", () => {
    const d = extract("ar",
      "قال الأمير سلطان بن خالد إن المملكة ستستضيف البطولة الآسيوية العام المقبل.",
      "من جهته، قال الأمير سلطان بن فهد إن الاتحاد سيعلن القرعة الشهر المقبل.",
      "وأكد الأمير سلطان أن الجماهير ستدخل الملاعب مجانا في المباراة الافتتاحية.");
    const s = speakerOf(d, "الجماهير ستدخل")?.nameAr;
    expect(s).not.toBe("سلطان بن خالد");
    expect(s).not.toBe("سلطان بن فهد");
  });
});
