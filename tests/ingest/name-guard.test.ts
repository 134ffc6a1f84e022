// The speaker-name guard: text that cannot be a name never becomes a speaker (invented examples).
import { describe, expect, it } from "vitest";
import { arabicNameProblem, englishNameProblem, implausibleSpeaker } from "../../src/ingest/name-guard.js";
import { extractDetailed } from "../../src/ingest/extract.js";
import type { Mention } from "../../src/ingest/types.js";
import { extract, speakerOf } from "./helpers.js";

const mention = (kind: Mention["kind"], surface: string, pos: number): Mention => ({ kind, surface, role: null, gender: null, pos });

describe("name guard (ar)", () => {
  it("rejects a conjunction- or particle-prefixed verb or function word at the start", () => {
    for (const s of ["وكان المتهم", "فقد المدير", "لكن الوزير", "وقد أعلن", "فكانت اللجنة"]) expect(arabicNameProblem(s), s).not.toBeNull();
  });
  it("rejects a clause or an aside about the source", () => {
    for (const s of ["طلب عدم الكشف", "رفض الكشف عن هويته", "سامي الذي", "عثمان للإذاعة"]) expect(arabicNameProblem(s), s).not.toBeNull();
  });
  it("rejects a name cut after a particle", () => {
    for (const s of ["خالد بن", "نوال عبد", "سعيد أبو", "منصور آل"]) expect(arabicNameProblem(s), s).not.toBeNull();
  });
  it("keeps real names, also those opening with و/ف or holding بن/عبد/آل", () => {
    for (const s of ["وليد منصور", "فيصل عبد الرحمن", "فاطمة الزهراء بن يوسف", "وفاء آل سعود", "فهد سالم العنزي", "آن لوران", "رنا بن علي", "فضل الله حسين"]) expect(arabicNameProblem(s), s).toBeNull();
  });
});

describe("name guard (en)", () => {
  it("rejects a name cut inside a particle, or opening with a function word", () => {
    for (const s of ["Lorenzo De", "Anneke van", "Tariq al-", "Yusuf Bin", "But Ortega", "The Council"]) expect(englishNameProblem(s), s).not.toBeNull();
  });
  it("rejects a clause or a bare common noun", () => {
    for (const s of ["Ortega warned officials", "Residents", "Officials", "Committee"]) expect(englishNameProblem(s), s).not.toBeNull();
  });
  it("keeps names with particles inside them", () => {
    for (const s of ["Lorenzo De Santis", "Anneke van den Berg", "Tariq al-Masri", "Ines de la Cruz", "Edward Said"]) expect(englishNameProblem(s), s).toBeNull();
  });
  it("rejects the addressee of 'told', but not the source of 'according to'", () => {
    const text = "“Rents keep rising,” Ana Soto told Bloomberg on Monday. According to two brokers, prices doubled.";
    expect(implausibleSpeaker("en", mention("organization", "Bloomberg", text.indexOf("Bloomberg")), text)).not.toBeNull();
    expect(implausibleSpeaker("en", mention("group", "two brokers", text.indexOf("two brokers")), text)).toBeNull();
  });
});

describe("name guard (en): a determiner opens no body's name", () => {
  it("rejects 'Another Council', 'Every Ministry' as organizations, keeps 'The Council'", () => {
    const text = "Another Council Figure Backs Ngozi Okafor. Every Ministry agreed. The Council said no.";
    for (const s of ["Another Council", "Every Ministry"]) expect(implausibleSpeaker("en", mention("organization", s, text.indexOf(s)), text), s).not.toBeNull();
    expect(implausibleSpeaker("en", mention("organization", "The Council", text.indexOf("The Council")), text)).toBeNull();
  });
  it("a headline's 'Another Council Figure Backs …' names nobody even with no margin (the guard, not the scoring, drops it)", () => {
    const text = "Levy row splits the county council\nAnother Council Figure Backs Ngozi Okafor on the levy.\nCouncil leader Ngozi Okafor spoke in Ashby on Monday.";
    const { draft } = extractDetailed(text, { id: "t", lang: "en", file: "t.en.txt" }, 0);
    expect(draft.speakers.map((s) => s.name).filter((n) => /^Another/.test(n))).toEqual([]);
  });
});

describe("a rejected name leaves its quotes unattributed, pronouns after it included", () => {
  it("'وكان المتهم قد نفى …، وقال: «…»' is no person named 'وكان المتهم'", () => {
    const d = extract("ar",
      "أصدرت المحكمة حكمها في قضية الأراضي.",
      "وقال القاضي مروان سعيد الحلبي إن الأدلة \"كافية للإدانة\".",
      "وكان المتهم قد نفى أمام المحكمة أي تزوير، وقال: «وقّعت ما عرضوه عليّ ولم أقرأه».");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("وكان المتهم");
    expect(speakerOf(d, "لم أقرأه")?.nameAr).not.toBe("مروان سعيد الحلبي");
  });
});
