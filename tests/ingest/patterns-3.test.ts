// Third round of general news-writing patterns (found on the third blind set), each on a short invented
// article whose wording is unlike the fixtures. First the safety rule: nothing that is not a person, a group
// or a body may become a speaker.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("never a speaker: time phrases, bare titles, abbreviations", () => {
  it("reads a time phrase after وكان X قد + verb as an adjunct, and never takes مطلع/منتصف + time noun for a name", () => {
    const d = extract("ar",
      "وقالت مديرة المدرسة هيفاء الدباغ إن الدروس ستستأنف منتصف الأسبوع المقبل.",
      "وكانت الدباغ قد أعلنت منتصف الشهر الماضي أن المبنى \"آمن تماماً للطلاب\".");
    expect(speakerOf(d, "آمن تماماً")?.nameAr).toBe("هيفاء الدباغ");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("منتصف الشهر");
  });

  it("gives no quote to an abbreviated title with no name, and never names a speaker 'Capt' or 'Sen'", () => {
    const d = extract("en", "“The runway lights failed twice,” said Capt.", "Officials said the airport would stay open.");
    expect(speakerOf(d, "runway lights failed")).toBeUndefined();
    expect(d.speakers.map((s) => s.name)).not.toContain("Capt");
  });

  it("keeps 'Capt.' with the name after it, so the name is the speaker and the title its role", () => {
    const d = extract("en", "“We lost the port engine first,” said Capt. Ines Marwood, master of the ferry Kestrel.");
    const s = speakerOf(d, "lost the port engine");
    expect(s?.name).toBe("Ines Marwood");
    expect(s?.role).toMatch(/Capt\./);
  });

  it("never builds a full name across a sentence end", () => {
    const d = extract("en",
      "The figures came from the Brewers Guild. Otto Fenwick runs a taproom in the old mill.",
      "“Rents doubled in a year,” Fenwick said.");
    expect(speakerOf(d, "Rents doubled")?.name).toBe("Otto Fenwick");
  });
});

describe("titles and abbreviated titles corefer with the person introduced with them", () => {
  it("resolves 'the senator' to the person introduced as 'Sen.'", () => {
    const d = extract("en",
      "Sen. Marguerite Oduya-Lind, who sits on the budget committee, questioned the transit plan.",
      "“The numbers simply do not add up,” the senator said.");
    expect(speakerOf(d, "numbers simply do not add up")?.name).toBe("Marguerite Oduya-Lind");
  });

  it("resolves 'the captain' and 'the general' to the latest person introduced with Capt./Gen.", () => {
    const d = extract("en",
      "Gen. Rufus Achterberg ordered the convoy to halt at the border.",
      "Hours later Capt. Selma Varga radioed that the bridge had collapsed.",
      "“We will wait for engineers,” the general said.",
      "“The river is still rising,” the captain said.");
    expect(speakerOf(d, "wait for engineers")?.name).toBe("Rufus Achterberg");
    expect(speakerOf(d, "river is still rising")?.name).toBe("Selma Varga");
  });
});

describe("Arabic statement forms", () => {
  it("continues a quote whose closing mark ends the next paragraph with the same speaker", () => {
    const d = extract("ar",
      "وقال رئيس الاتحاد سامر العطار: \"لن نقبل بتأجيل الموسم مرة أخرى، وقد أبلغنا الأندية بذلك.",
      "وسنعقد اجتماعاً طارئاً مع الرعاة خلال أيام\".");
    expect(speakerOf(d, "اجتماعاً طارئاً")?.nameAr).toBe("سامر العطار");
  });

  it("reads أقر بـ as a reporting verb and keeps عبد الله بن X Y as one full name", () => {
    const d = extract("ar",
      "وأقر رئيس البلدية عبد الله بن راشد الكعبي بوجود \"أخطاء في تقدير كلفة المشروع\".",
      "«سنراجع كل العقود»، قال الكعبي.");
    expect(speakerOf(d, "أخطاء في تقدير")?.nameAr).toBe("عبد الله بن راشد الكعبي");
    expect(speakerOf(d, "سنراجع كل العقود")?.nameAr).toBe("عبد الله بن راشد الكعبي");
    expect(speakerOf(d, "سنراجع كل العقود")?.name).toMatch(/^Abdullah /);
  });

  it("finds a fronted subject whose role holds a quoted name, and a speaker whose apposition ends in a quoted name before the colon", () => {
    const d = extract("ar",
      "لكن رئيس نادي \"النجمة\" الرياضي، وسيم بن عمار، زعم أن الحكم \"تجاهل ركلة جزاء واضحة\".",
      "وقالت ليلى الجبوري، رئيسة جمعية \"أصدقاء الحديقة\": «لن نسمح بقطع شجرة واحدة».");
    expect(speakerOf(d, "تجاهل ركلة جزاء")?.nameAr).toBe("وسيم بن عمار");
    const s = speakerOf(d, "لن نسمح بقطع");
    expect(s?.nameAr).toBe("ليلى الجبوري");
    expect(d.quotes.some((q) => q.text === "أصدقاء الحديقة")).toBe(false);
  });

  it("does not take a verb after أن + its subject for a new statement", () => {
    const d = extract("ar", "وأكد المهندس فارس النعيمي أن الشركة طالبت بتمديد المهلة، مشيراً إلى أن العمال \"يعملون ليلاً ونهاراً\".");
    expect(speakerOf(d, "الشركة طالبت")?.nameAr).toBe("فارس النعيمي");
    expect(speakerOf(d, "يعملون ليلاً")?.nameAr).toBe("فارس النعيمي");
  });
});

describe("English statement forms", () => {
  it("gives a participle after the clause (', insisting that …') to the subject opening the sentence", () => {
    const d = extract("en",
      "Gen. Halvard Stenmark, who leads the northern command, brushed off the report, insisting that his troops were “fully supplied for winter.”");
    expect(speakerOf(d, "fully supplied for winter")?.name).toBe("Halvard Stenmark");
  });

  it("reads 'acknowledged, however, that …' and a joined '… and said …' / '… but insisted …' as the same speaker", () => {
    const d = extract("en",
      "Mayor Odile Brandt said the budget was balanced.",
      "She acknowledged, however, that the library hours were “a painful cut” and said two branches would reopen in spring.",
      "She conceded that the vote was close but insisted it was “the only responsible choice.”");
    expect(speakerOf(d, "a painful cut")?.name).toBe("Odile Brandt");
    expect(speakerOf(d, "two branches would reopen")?.name).toBe("Odile Brandt");
    expect(speakerOf(d, "the only responsible choice")?.name).toBe("Odile Brandt");
    expect(d.quotes.find((q) => q.text.includes("the vote was close"))?.text).not.toMatch(/insisted/);
  });

  it("gives '“…,” he said' to the surname that opens the paragraph, written in full earlier", () => {
    const d = extract("en",
      "Challenger Ilse Marchetti beat defending champion Piotr Kowalczyk in five sets.",
      "“Ilse was simply stronger today,” she said.",
      "Kowalczyk, who had won the title twice, left the court quickly. “My legs were gone after two hours,” he said.");
    expect(speakerOf(d, "My legs were gone")?.name).toBe("Piotr Kowalczyk");
  });

  it("resolves an epithet ('the Dutch midfielder') to the person named just before, and drops it when nobody is", () => {
    const d = extract("en",
      "Ajax go top of the league",
      "Striker Joran Vellekoop scored twice before half-time.",
      "The Dutch midfielder said afterwards that the team had “finally found its rhythm.”");
    expect(speakerOf(d, "finally found its rhythm")?.name).toBe("Joran Vellekoop");
    const lone = extract("en", "The veteran defender said the referee had “lost control of the game.”");
    expect(speakerOf(lone, "lost control")).toBeUndefined();
  });

  it("reads a group with a prepositional phrase opening the sentence, and 'described X as Y'", () => {
    const d = extract("en",
      "Residents of the flooded valley said the warning sirens never sounded.",
      "Analysts at the central bank described the slowdown as a temporary dip rather than a recession.");
    expect(speakerOf(d, "warning sirens never sounded")?.kind).toBe("group");
    const s = speakerOf(d, "temporary dip");
    expect(s?.kind).toBe("group");
    expect(s?.name).toMatch(/Analysts/);
  });

  it("skips an age after the name before a long apposition", () => {
    const d = extract("en",
      "Mirela Dascalu, 47, a night-shift nurse from the eastern suburbs who has worked at the clinic for nine years, said staff were exhausted.");
    expect(speakerOf(d, "staff were exhausted")?.name).toBe("Mirela Dascalu");
  });

  it("takes no statement from a to-infinitive's relative 'that' (agreed to merge in a deal that …)", () => {
    const d = extract("en", "Two regional dairies agreed on Friday to merge in a deal that would close three plants.");
    expect(d.quotes).toHaveLength(0);
  });
});
