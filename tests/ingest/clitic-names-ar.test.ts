// A preposition written onto a word (بـ، لـ، كـ، للـ) opens a phrase, never a name (issue 11, blind set U): every
// candidate name whose first word carries one is refused, whatever stage read it; names that start with the same
// letters (بلال، كيري، بوتين) leave no listed word without it and are kept. Short invented articles.
import { describe, expect, it } from "vitest";
import { carriesPreposition } from "../../src/ingest/ar/clitic.js";
import { arabicNameProblem } from "../../src/ingest/name-guard.js";
import { normAr } from "../../src/ingest/text.js";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) a word carrying a preposition is no name's first word", () => {
  it("'المتحدث الإعلامي بصحة المدينة المنورة سالم أبوزيد' then 'وقال: …': never a person named 'بصحة المدينة'", () => {
    const d = extract("ar", "أكد المتحدث الإعلامي بصحة المدينة المنورة سالم أبوزيد شفاء أول حالتين من المرض. وقال: إنه تم استكمال جميع الفحوصات الطبية لهما، وهما بحالة صحية جيدة.");
    expect(speakerOf(d, "استكمال جميع")?.nameAr ?? "").not.toMatch(/^بصحة/);
  });

  it("'مقطعا لعقيد تركي … أكدت أنه مسؤول …': the colonel in the clip is no speaker 'لعقيد تركي'", () => {
    const d = extract("ar", "نشرت أجهزة الأمن الليبية مقطعا لعقيد تركي يتحدث العربية يدعى سامي أكدت أنه مسؤول عمليات المرتزقة في المدينة.");
    expect(speakerOf(d, "مسؤول عمليات")?.nameAr ?? "").not.toMatch(/^لعقيد/);
  });

  it("refuses the phrase shapes and keeps the names that start with the same letters", () => {
    for (const w of ["بصحة", "لعقيد", "بتونس", "للأناضول", "بالمحكمة", "بشيوع", "لوزير", "كرئيس", "وبوزارة", "فبتونس"]) expect(carriesPreposition(normAr(w)), w).toBe(true);
    for (const w of ["بلال", "بشار", "بكر", "بن", "باسم", "كمال", "ليلى", "كيري", "كوفي", "بوتين", "لافروف", "بلقاسم", "كوشنر", "لطفي", "وليد"]) expect(carriesPreposition(normAr(w)), w).toBe(false);
    expect(arabicNameProblem("بصحة المدينة")).not.toBeNull();
    expect(arabicNameProblem("بلال الزين")).toBeNull();
  });

  it("keeps a speaker whose name starts with ب، ل or ك ('وزير الخارجية الأمريكي جون كيري'، 'بلال الزين')", () => {
    const d = extract("ar", "قال وزير الخارجية الأمريكي جون كيري إن المفاوضات ستستأنف الأسبوع المقبل. وقال بلال الزين رئيس البلدية إن الطرق ستفتح غدا.");
    expect(speakerOf(d, "المفاوضات ستستأنف")?.nameAr).toBe("جون كيري");
    expect(speakerOf(d, "الطرق ستفتح")?.nameAr).toBe("بلال الزين");
  });
});
