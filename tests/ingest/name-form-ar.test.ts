// The form every Arabic speaker name must have (name-guard.ts arabicNameProblem): after the first word, name words only
// (invented examples of the malformed names the first runs of sets R, T and U drew from fresh text).
import { describe, expect, it } from "vitest";
import { arabicNameProblem } from "../../src/ingest/name-guard.js";
import { extract } from "./helpers.js";

describe("name form (ar)", () => {
  it("rejects what the person is in the story read as a family name ('علاء حسين المتهم')", () => {
    for (const s of ["علاء حسين المتهم", "سامي خليل الراحل", "منى سعيد الضحية"]) expect(arabicNameProblem(s), s).not.toBeNull();
  });

  it("rejects a body, a group, a word carrying a preposition or 'our' after the first word", () => {
    for (const s of ["سالم الحكومة", "أحمد مجلس", "فهد الوزارة", "سالم بمدينة", "سليمان بوزارة", "بتأهل منتخبنا الوطني", "خالد منتخبنا"]) expect(arabicNameProblem(s), s).not.toBeNull();
  });

  it("rejects a run of more name words than a name holds", () => {
    expect(arabicNameProblem("سالم محمود حسين علي أحمد خليل")).not.toBeNull();
  });

  it("keeps family names that are offices, and long names of descent", () => {
    for (const s of ["وليد المعلم", "خليل الوزير", "علي القاضي", "محمد الصياد", "أحمد السيد", "عبد العزيز بن سلمان بن عبد العزيز", "فيصل بن فرحان آل سعود", "محمد بن راشد آل مكتوم", "لويس إيناسيو لولا دا سيلفا", "حمزة عبدي بري", "صالح عمر دفع الله", "حسام الدين الجبابلي"]) {
      expect(arabicNameProblem(s), s).toBeNull();
    }
  });

  it("a statement whose speaker would be a malformed name has no speaker", () => {
    const d = extract("ar", "وقال الناطق باسم البلدية سالم محمود حسين علي أحمد خليل إن الحالة مستقرة تماما منذ يومين.");
    expect(d.speakers.some((s) => (s.nameAr ?? "").split(/\s+/).length > 5)).toBe(false);
  });
});
