// Twenty-first round: English constructions of real articles from outside the US (issue 11), each on a short invented
// article. The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { englishNameProblem } from "../../src/ingest/name-guard.js";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Harbour board weighs a second levy";

describe("(en) a family name that is also a name particle", () => {
  it("'Governor Anirban Das said', 'Das said', 'Minh Le said': a capitalized Das or Le ends a name", () => {
    const d = extract("en", HEADLINE,
      "Prices will ease by March, the harbour board’s Governor Anirban Das said on Friday.",
      "On Friday, Das said at the port forum that the levy would stay.",
      "Minh Le said the queues had grown since May.");
    expect(speakerOf(d, "Prices will ease")?.name).toBe("Anirban Das");
    expect(speakerOf(d, "levy would stay")?.name).toBe("Anirban Das");
    expect(speakerOf(d, "queues had grown")?.name).toBe("Minh Le");
  });

  it("a lower-case particle still ends no name", () => {
    for (const s of ["Anirban das", "Minh le", "Lorenzo De", "Anneke van"]) expect(englishNameProblem(s), s).not.toBeNull();
    for (const s of ["Anirban Das", "Minh Le", "Das"]) expect(englishNameProblem(s), s).toBeNull();
  });
});

describe("(en) a place after the verb, then 'that'", () => {
  it("'On Monday, Okafor said at the port forum that the levy would stay': the content is the that-clause, never 'On Monday'", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby.", "On Monday, Okafor said at the port forum that the levy would stay.");
    expect(speakerOf(d, "levy would stay")?.name).toBe("Ngozi Okafor");
    expect(d.quotes.some((q) => q.text === "On Monday")).toBe(false);
  });
});

describe("(en) a body or group owned by a person is never that person", () => {
  it("'Okafor's lawyers argued …', 'The lawyers for Okafor said …': the lawyers spoke, never Okafor", () => {
    const d = extract("en", HEADLINE,
      "Council leader Ngozi Okafor faces a charge of misconduct.",
      "Okafor's lawyers argued that there was a strong public interest in the case.",
      "Okafor's lawyers, Mr Tom Beruff and Mr Paul Eng, relied on an earlier case, saying there was also a public interest.",
      "The lawyers for Okafor said the case should be heard in the High Court.");
    for (const needle of ["strong public interest", "also a public interest", "heard in the High Court"]) expect(speakerOf(d, needle)?.name, needle).not.toBe("Ngozi Okafor");
    expect(speakerOf(d, "strong public interest")?.name).toMatch(/Okafor's lawyers/);
  });

  it("'The office of Treasury Minister Paul Devereux claims …' is the office, never Devereux", () => {
    const d = extract("en", HEADLINE, "The office of Treasury Minister Paul Devereux claims an email it sent staff was altered.");
    expect(speakerOf(d, "email it sent")?.name).not.toBe("Paul Devereux");
    expect(speakerOf(d, "email it sent")?.name).toMatch(/office of .*Paul Devereux/i);
  });
});

describe("(en) a capitalized word that modifies a lowercase noun names nobody", () => {
  it("'according to a private TV channel' is the channel, never 'TV'", () => {
    const d = extract("en", HEADLINE, "The board met on Monday to weigh the levy, according to a private TV channel on Tuesday.");
    expect(speakerOf(d, "board met")?.name).not.toBe("TV");
  });
});
