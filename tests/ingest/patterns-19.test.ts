// Nineteenth round: English constructions found on PolNeAR train (issue 11), each on a short invented article.
// The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Levy row splits the county council";

describe("(en) a clause opener before the subject is no part of the name", () => {
  it("'But Okafor later blamed …', 'And Okafor slammed …': a conjunction opening the sentence", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby on Monday.\n\nBut Okafor later blamed the delay on the treasury, claiming the county had never received the grant.\n\nAnd Okafor slammed the auditors for their report on the ring road.");
    expect(speakerOf(d, "delay on the treasury")?.name).toBe("Ngozi Okafor");
    expect(speakerOf(d, "auditors for their report")?.name).toBe("Ngozi Okafor");
  });

  it("'Although Okafor personally opposes …, she …': the cue stage reads the subject after the subordinator", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby on Monday.\n\nAlthough Okafor personally opposes the levy on second homes in every village, she does not always vote against it.");
    expect(speakerOf(d, "levy on second homes")?.name).toBe("Ngozi Okafor");
  });
});

describe("(en) a speaker named after a subordinator said only what stands in that clause", () => {
  it("'While Lindqvist said that …, the treasurer said …': the statement ends at the clause's comma", () => {
    const d = extract("en", HEADLINE, "County auditor Karin Lindqvist presented the accounts on Friday.\n\nTreasurer Paul Devereux answered questions.\n\nWhile Lindqvist said that the accounts showed a deficit of two million pounds, Devereux said the books were balanced.");
    const hers = d.quotes.find((q) => q.text.includes("deficit of two million"));
    expect(hers?.text).toBe("the accounts showed a deficit of two million pounds");
    expect(speakerOf(d, "deficit of two million")?.name).toBe("Karin Lindqvist");
    expect(speakerOf(d, "books were balanced")?.name).toBe("Paul Devereux");
  });

  it("'When Moreau suggested that …, Baptiste fired back …': the main clause is never the subordinate subject's", () => {
    const d = extract("en", HEADLINE, "Councillor Elise Moreau opened the debate on Tuesday.\n\nCouncillor Henri Baptiste spoke next.\n\nWhen Moreau suggested that the county would sue the contractor for the ring road delays, Baptiste fired back that the county would lose.");
    expect(speakerOf(d, "county would sue")?.name).toBe("Elise Moreau");
    expect(d.quotes.some((q) => q.text.includes("would lose") && speakerOf(d, "would lose")?.name === "Elise Moreau")).toBe(false);
  });
});

describe("(en) a one-word lead before a colon is a subhead unless the article names someone so", () => {
  it("'Inflation: …', 'CLARIFICATION: …' name nobody", () => {
    const d = extract("en", HEADLINE, "Inflation: Prices in the county rose by four percent over the winter months.\n\nCLARIFICATION: An earlier version of this story misstated the date of the levy vote.");
    expect(d.quotes.some((q) => q.text.includes("Prices in the county rose"))).toBe(false);
    expect(d.quotes.some((q) => q.text.includes("misstated the date"))).toBe(false);
  });

  it("'Okafor: …' after 'Ngozi Okafor', and a transcript's 'HOST:' lines, are speakers", () => {
    const d = extract("en", "Okafor: The Levy Will Stay Until the Roads Are Mended", "Council leader Ngozi Okafor defended the levy on Monday.");
    expect(speakerOf(d, "The Levy Will Stay")?.name).toBe("Ngozi Okafor");
    const t = extract("en", HEADLINE, "BRANNIGAN: Will the levy stay for another year in every village?\n\nOKAFOR: It will stay until the ring road is mended, and not a day longer.");
    expect(speakerOf(t, "Will the levy stay")?.name).toMatch(/BRANNIGAN|Brannigan/);
  });
});

describe("(en) a verb off the cue lists, then a colon and a quotation", () => {
  it("'Okafor fired back forcefully: “…”', 'Okafor resisted: “…”': the quotation is the subject's", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby on Monday.\n\nOkafor fired back forcefully: “If they sue us in the county court, they are going to lose.”\n\nNgozi Okafor resisted: “The council has no power to scrap the levy this year.”");
    expect(speakerOf(d, "they are going to lose")?.name).toBe("Ngozi Okafor");
    expect(speakerOf(d, "no power to scrap the levy")?.name).toBe("Ngozi Okafor");
  });

  it("'The sign read: “…”' names nobody, and 'When the treasurer suggested …, Okafor fired back: “…”' splits the two", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby on Monday. Treasurer Paul Devereux was there.\n\nThe sign read: “Stop the levy on second homes now.”\n\nWhen the treasurer suggested a lawsuit against the contractor, Okafor fired back: “We will lose that case in every court.”");
    expect(speakerOf(d, "Stop the levy")).toBeUndefined();
    expect(speakerOf(d, "lawsuit against the contractor")?.name).toBe("Paul Devereux");
    expect(d.quotes.find((q) => q.text.includes("lawsuit against the contractor"))?.text).toBe("a lawsuit against the contractor");
    expect(speakerOf(d, "lose that case")?.name).toBe("Ngozi Okafor");
  });
});

describe("(en) a place is never the speaker", () => {
  it("'in Newport, Oregon, in July 2012, said' and 'said Oregon-based planner …': the place is no speaker", () => {
    const d = extract("en", HEADLINE, "Mary Hollis, who lost her shop in the floods in Newport, Oregon, in July 2012, said that the council had ignored every warning.\n\n“We will win this one in the end,” said Oregon-based planner Tom Ruddock of the levy campaign.");
    expect(speakerOf(d, "ignored every warning")?.name).not.toBe("Oregon");
    expect(speakerOf(d, "win this one")?.name).not.toBe("Oregon");
  });
});

describe("(en) a headline's words are no name", () => {
  it("'LEVY IS IN: …' (a clause in capitals) and 'Another Council Figure Backs …' (a determiner) name nobody", () => {
    const d = extract("en", "LEVY IS IN: Councillors Ignore the Village Protests", "Another Council Figure Backs Ngozi Okafor on the levy.\n\nCouncil leader Ngozi Okafor spoke in Ashby on Monday.");
    expect(d.speakers.some((s) => /LEVY IS IN/.test(s.name))).toBe(false);
    expect(d.speakers.some((s) => /^Another/.test(s.name))).toBe(false);
  });
});

describe("(en) a participle right after the preposition opening the sentence", () => {
  it("'After blasting the auditors …, Okafor said …': the participle is the main subject's, up to the adjunct's comma", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby on Monday.\n\nAfter blasting the auditors for their report on the ring road, Okafor said the levy would stay.\n\nDespite challenging the treasurer over the accounts, Okafor voted for the budget.");
    expect(d.quotes.find((q) => q.text.includes("auditors for their report"))?.text).toBe("the auditors for their report on the ring road");
    expect(speakerOf(d, "auditors for their report")?.name).toBe("Ngozi Okafor");
    expect(d.quotes.some((q) => q.text.includes("voted for the budget"))).toBe(false);
  });
});
