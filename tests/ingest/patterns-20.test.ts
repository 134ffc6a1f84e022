// Twentieth round: English speakers read wrong on PolNeAR train (issue 11), each on a short invented article.
// The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Levy row splits the county council";

describe("(en) two initials before a family name are one name", () => {
  it("'said P. J. Hollis, a bus driver' and 'P. J. Hollis said' name P. J. Hollis, never 'P'", () => {
    const d = extract("en", HEADLINE, "“The promise of the levy was to make roads better for everybody,” said P. J. Hollis, a bus driver in Ashby.\n\nP. R. Quist said the levy had failed the town.");
    expect(speakerOf(d, "roads better for everybody")?.name).toBe("P. J. Hollis");
    expect(speakerOf(d, "failed the town")?.name).toBe("P. R. Quist");
  });
});

describe("(en) a title, 'of' and the office it holds, then the name", () => {
  it("'Ashby County Supervisor of Elections Maria Delgado', 'Secretary of Harbour Security Jeh Obuya'", () => {
    const d = extract("en", HEADLINE, "Ashby County Supervisor of Elections Maria Delgado said independent voters cannot vote in the primary.\n\nSecretary of Harbour Security Jeh Obuya said the port was secure.");
    expect(speakerOf(d, "independent voters")?.name).toBe("Maria Delgado");
    expect(speakerOf(d, "independent voters")?.role).toMatch(/Supervisor of Elections/);
    expect(speakerOf(d, "port was secure")?.name).toBe("Jeh Obuya");
  });

  it("'The former chief executive of Brightline added …' is a title, never the body it is of", () => {
    const d = extract("en", HEADLINE, "The former chief executive of Brightline added that the levy was not the way to win the vote.");
    const speaker = speakerOf(d, "not the way to win");
    expect(speaker?.name).not.toBe("Brightline");
    if (speaker) expect(speaker.name.toLowerCase()).toContain("chief executive");
  });
});

describe("(en) a joint subject", () => {
  it("'Councillor Ngozi Okafor and Treasurer Paul Devereux said': the other person is no part of the role", () => {
    const d = extract("en", HEADLINE, "Councillor Ngozi Okafor and Treasurer Paul Devereux said the levy would stay for another year.");
    const speaker = speakerOf(d, "levy would stay");
    expect(["Ngozi Okafor", "Paul Devereux"]).toContain(speaker?.name);
    expect(speaker?.role ?? "").not.toMatch(/Okafor|Devereux/);
  });
});

describe("(en) a retort: a verb, 'back' and what was said", () => {
  it("'Okafor shot back that …', 'Rowe fired back that …'; 'hit back at the auditors' says nothing", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor shot back that the county would lose the case in every court.\n\nTamsin Rowe fired back that the levy was never needed in the first place.\n\nThe council hit back at the auditors on Friday.");
    expect(speakerOf(d, "lose the case")?.name).toBe("Ngozi Okafor");
    expect(speakerOf(d, "never needed")?.name).toBe("Tamsin Rowe");
    expect(d.quotes.some((q) => q.text.includes("auditors"))).toBe(false);
  });
});

describe("(en) naming: the name may open on its quotation mark", () => {
  it("'Beruff, an Okafor ally, called the county’s standards “strong.”'", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby on Monday. Tom Beruff was there.\n\nBeruff, an Okafor ally, called the county’s standards “strong.”");
    expect(speakerOf(d, "standards")?.name).toBe("Tom Beruff");
  });
});

describe("(en) an opening quotation, its speaker and any verb", () => {
  it("'“…,” Okafor barked', '“…,” an angry Devereux retaliated': the verb off the cue lists reports the quotation", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby on Monday. Treasurer Paul Devereux was there.\n\n“Go back to your office and read the audit,” Okafor barked and a guard escorted Devereux out.\n\n“The county will always be the county,” an angry Devereux retaliated.");
    expect(speakerOf(d, "Go back to your office")?.name).toBe("Ngozi Okafor");
    expect(speakerOf(d, "always be the county")?.name).toBe("Paul Devereux");
    expect(d.quotes.some((q) => q.text.includes("guard escorted"))).toBe(false);
  });

  it("'“…,” Okafor tweeted the day after …': what was said is the quotation, not the adjunct after the verb", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby on Monday.\n\n“As we mourn the loss of the old bridge, we say a special prayer for the town,” Okafor tweeted the day after the bridge fell into the river.");
    expect(speakerOf(d, "special prayer")?.name).toBe("Ngozi Okafor");
    expect(d.quotes.some((q) => q.text.includes("fell into the river"))).toBe(false);
  });
});

describe("(en) asides between the subject and its verb", () => {
  it("'Tom Farrow, a former official who is now a fellow at X, which …, said that …': a relative clause inside the aside", () => {
    const d = extract("en", HEADLINE, "Tom Farrow, a former treasury official who is now a senior fellow at the Ashby Institute, which studies local taxes, said that support for the levy among small towns was strong.");
    expect(speakerOf(d, "support for the levy")?.name).toBe("Tom Farrow");
  });

  it("'Sen. Ada Lowe, R-Ky., a long-shot candidate, said Obuya is …': the speaker is Lowe, never the subject of what was said", () => {
    const d = extract("en", HEADLINE, "Sen. Ada Lowe, R-Ky., a long-shot presidential candidate, said Obuya is overselling the successes of the levy.");
    expect(speakerOf(d, "overselling the successes")?.name).toBe("Ada Lowe");
  });
});
