// Twenty-third round: constructions of real English articles (issue 11, set T), each on a short invented article.
// The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Striker denies drinking before training";

describe("(en) a second speaker's statement joined by 'while' or 'whereas' ends the first one's content", () => {
  it("'… said he was upset by the claim while his uncle, Ama Boateng, said …': the uncle's words are his, not Mensah's", () => {
    const d = extract("en", HEADLINE,
      "Kofi Mensah denied that he arrived late and said he was upset by the claim while his uncle, Ama Boateng, said the Hearts striker had only one beer that night.");
    expect(speakerOf(d, "upset by the claim")?.name).toBe("Kofi Mensah");
    expect(d.quotes.find((q) => q.text.includes("upset by the claim"))?.text).not.toMatch(/Boateng|one beer/);
    expect(speakerOf(d, "only one beer")?.name).toBe("Ama Boateng");
  });

  it("'… whereas the coach, Ebo Quaye, argued …' likewise; a clause on 'while' that reports nothing stays in the content", () => {
    const d = extract("en", HEADLINE,
      "Kofi Mensah said the pitch was dry whereas the coach, Ebo Quaye, argued that the rain had ruined it.",
      "Mensah said the fans sang while the team warmed up before the match.");
    expect(speakerOf(d, "pitch was dry")?.name).toBe("Kofi Mensah");
    expect(speakerOf(d, "rain had ruined it")?.name).toBe("Ebo Quaye");
    expect(d.quotes.find((q) => q.text.includes("fans sang"))?.text).toMatch(/while the team warmed up/);
  });
});

describe("(en) 'the lawyer said' after a person introduced as someone's lawyer", () => {
  it("'… Camilleri's lawyer, Paul Zammit.' then '…, the lawyer said': Zammit, the lawyer named last, not the earlier one", () => {
    const d = extract("en", "Magistrate refuses to step down from libel case",
      "Lawyer Ben Farrugia said the court had already made up its mind about the messages.",
      "That view was not shared by Camilleri’s lawyer, Paul Zammit.",
      "The court had only banned publication of the messages on grounds of public order, the lawyer said.");
    expect(speakerOf(d, "made up its mind")?.name).toBe("Ben Farrugia");
    expect(speakerOf(d, "grounds of public order")?.name).toBe("Paul Zammit");
  });
});

describe("(en) an epithet whose noun is the role a person was introduced with", () => {
  it("'the Belgian coach told …' after 'coach Tom Berger' and a later 'Mensah': Berger; 'The Hearts defender said' is 'defender Kofi Mensah'", () => {
    const d = extract("en", "Coach denies accusing striker",
      "National team coach Tom Berger said he had never accused defender Kofi Mensah of drinking.",
      "Mensah denied that he turned up late.",
      "“I never said he was drunk,” the Belgian coach told reporters.",
      "The Hearts defender said he could not remember when he called his teammate.");
    expect(speakerOf(d, "never said he was drunk")?.name).toBe("Tom Berger");
    expect(speakerOf(d, "could not remember")?.name).toBe("Kofi Mensah");
  });

  it("two people introduced with the same noun: the epithet names neither", () => {
    const d = extract("en", "Coach denies accusing striker",
      "Hearts coach Tom Berger and Lions coach Ebo Quaye met on Monday.",
      "Mensah denied that he turned up late.",
      "“I never said he was drunk,” the Belgian coach told reporters.");
    expect(speakerOf(d, "never said he was drunk")?.name ?? null).toBeNull();
  });
});

describe("(en) 'He said' going on with the speaker when the statements before name other people", () => {
  it("people named inside the minister's own statements are not passed over: 'He said …' is still the minister's", () => {
    const d = extract("en", "Minister hopeful on border talks",
      "Foreign Minister Joseph Banda says President Peter Mwale has spoken to the Malawian Authorities and the Army Command about the border.",
      "He said President Mwale, as early as 06:00 hours yesterday, spoke to both sides and was hopeful of a settlement.",
      "Mr Banda said the signing of two trade agreements with the Kenyan government showed that President Mwale's trips were bearing fruit.",
      "He said what President Mwale wanted was trade for national development.");
    expect(speakerOf(d, "spoke to both sides")?.name).toBe("Joseph Banda");
    expect(speakerOf(d, "trade for national development")?.name).toBe("Joseph Banda");
  });
});

describe("(en) a surname's full name written after a title ('Home Minister Ramesh Lekhak')", () => {
  it("'Home Minister Lekhak said' is Ramesh Lekhak, never 'Ministers Lekhak' from the headline nor 'Lekhak' alone", () => {
    const d = extract("en", "Ministers Lekhak and Pandey visit the camp",
      "KATHMANDU: Home Minister Ramesh Lekhak and Tourism Minister Badri Pandey reached the base camp today.",
      "During the visit, Home Minister Lekhak said the government is committed to rescue flights.");
    expect(speakerOf(d, "committed to rescue flights")?.name).toBe("Ramesh Lekhak");
  });
});
