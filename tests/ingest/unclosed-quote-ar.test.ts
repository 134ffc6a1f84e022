// A straight quotation mark the writer never closed (issue 11, set V): the pairing of every later mark must not shift.
import { describe, expect, it } from "vitest";
import { quoteSpans } from "../../src/ingest/segment.js";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) a straight quote left open before the next cue's colon", () => {
  it("'وقال: \"… جدا. وعن …، رد قائلاً: \"…\" وأضاف: \"…\"': each quote is the coach's, none swallows the cue", () => {
    const d = extract("ar",
      "قال مدرب الوحدة سامي الحداد في المؤتمر الصحفي إن الفريق جاهز. وقال: \"المباراة صعبة والملعب سيئ جدا. وعن غياب المهاجم، رد قائلاً: \"نتمنى له الشفاء العاجل من الإصابة\" وأضاف: \"البدلاء جاهزون لتعويض الغياب\".");
    expect(speakerOf(d, "المباراة صعبة والملعب سيئ")?.nameAr).toBe("سامي الحداد");
    expect(speakerOf(d, "نتمنى له الشفاء العاجل")?.nameAr).toBe("سامي الحداد");
    expect(speakerOf(d, "البدلاء جاهزون")?.nameAr).toBe("سامي الحداد");
    expect(d.quotes.some((q) => q.text.includes("رد قائلاً") || q.text.includes("وأضاف"))).toBe(false);
  });

  it("a colon inside a closed quotation changes nothing ('\"الرسالة واضحة: \"' is no cue when no sentence ends before it)", () => {
    const line = 'وقال: "الرسالة واضحة: "لا تراجع"" ثم غادر.';
    expect(quoteSpans(line).length).toBeGreaterThan(0);
    expect(quoteSpans(line)[0].start).toBe(line.indexOf("الرسالة"));
  });
});
