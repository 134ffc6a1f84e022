// Twenty-first Arabic round (issue 11): wrong speakers and misses on blind sets P and Q, by construction, each on a
// short invented article.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) a body named with where it sits", () => {
  it("'النيابة العامة بالمحكمة الابتدائية بصفاقس 2': the body is also known without its بـ-seat", () => {
    const d = extract("ar", "نفت النيابة العامة بالمحكمة الابتدائية بصفاقس 2، اليوم الثلاثاء، أن تكون أمرت بغلق مقر النقابة.");
    const s = speakerOf(d, "أمرت بغلق");
    expect(s?.nameAr).toBe("النيابة العامة بالمحكمة الابتدائية بصفاقس 2");
    expect(s?.aliases).toContain("النيابة العامة");
  });

  it("'مصادر بالوزارة': an unnamed source keeps no bare noun as a name", () => {
    const d = extract("ar", "وقالت مصادر بالوزارة إن الامتحانات ستؤجل أسبوعا.");
    const s = speakerOf(d, "الامتحانات ستؤجل");
    expect(s?.aliases ?? []).not.toContain("مصادر");
  });
});
