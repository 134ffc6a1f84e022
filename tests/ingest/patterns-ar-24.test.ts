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
