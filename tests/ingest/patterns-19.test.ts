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
