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
    expect(speakerOf(d, "board met")?.name.toLowerCase()).toBe("private tv channel");
  });

  it("'according to a local radio station in Ashby' is the station; 'his YouTube channel' is nobody", () => {
    const d = extract("en", HEADLINE, "The harbour will close for a week, according to a local radio station in Ashby.", "“The levy is a scandal,” Paul Devereux told his YouTube channel on Friday.");
    expect(speakerOf(d, "harbour will close")?.name.toLowerCase()).toBe("local radio station");
    expect(speakerOf(d, "levy is a scandal")?.name).toBe("Paul Devereux");
  });
});

describe("(en) 'but' and another subject's verb of saying end the first statement", () => {
  it("'Okafor argued that … but the prosecution countered it was …': Okafor's statement stops at 'but'", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor argued that there was a strong public interest in the case but the prosecution countered it was a purely factual inquiry.");
    const q = d.quotes.find((x) => x.text.includes("strong public interest"));
    expect(q?.text).toBe("there was a strong public interest in the case");
    expect(speakerOf(d, "strong public interest")?.name).toBe("Ngozi Okafor");
  });
});

describe("(en) a generational suffix after a full name", () => {
  it("'Senate President Vicente Sotto III said …', then 'Sotto said …' and 'he said': one person", () => {
    const d = extract("en", HEADLINE,
      "Board chair Ramon Sotto III said he took two tests, but the first kit came from a private donor.",
      "\"I have been tested to ensure that I can still perform my duties,\" Sotto said in a statement.",
      "\"It has been a week and I have not received the results,\" he said.");
    expect(speakerOf(d, "first kit came")?.name).toBe("Ramon Sotto III");
    expect(speakerOf(d, "perform my duties")?.name).toBe("Ramon Sotto III");
    expect(speakerOf(d, "not received the results")?.name).toBe("Ramon Sotto III");
  });
});

describe("(en) an age before a title", () => {
  it("'“…,” the 71-year-old Board President said' is the board president named before", () => {
    const d = extract("en", HEADLINE,
      "Board President Ramon Sotto said he took two tests.",
      "\"My test turned out negative, so I took a second one,\" the 71-year-old Board President said.");
    expect(speakerOf(d, "turned out negative")?.name).toBe("Ramon Sotto");
  });
});

describe("(en) an unnamed source by its noun alone", () => {
  it("'“…,” said the source, who …' is the article's unnamed source, never nobody nor a named person", () => {
    const d = extract("en", HEADLINE,
      "Council leader Ngozi Okafor says the email was altered.",
      "\"No alteration of the message,\" said the source, who claimed to have nothing to gain. \"The messages are all intact.\"");
    expect(speakerOf(d, "No alteration")?.name.toLowerCase()).toBe("source");
    expect(speakerOf(d, "all intact")?.name.toLowerCase()).toBe("source");
  });
});

describe("(en) a short sentence quoted after the paragraph's cue", () => {
  it("'“I have lost track,” she said with a smile. “I think that is it.”': the same speaker goes on; a short phrase alone does not", () => {
    const d = extract("en", HEADLINE, "Council leader Ngozi Okafor spoke in Ashby.", "\"I have lost track,\" she said with a smile. \"I think that is it.\"", "The levy, she said, was \"not now\" a priority.");
    expect(speakerOf(d, "I think that is it")?.name).toBe("Ngozi Okafor");
    expect(d.quotes.some((q) => q.text === "not now")).toBe(false);
  });
});

describe("(en) an interview set as questions and answers", () => {
  it("a question on its own line, then a quotation alone: the answer is the one who was answering", () => {
    const d = extract("en", HEADLINE,
      "Council leader Ngozi Okafor spoke in Ashby. Harbour master Tom Beruff answered all the questions that came his way.",
      "How is the east pier?",
      "\"It has a crack along the north side. We will close it for a week and then see.\"",
      "And the ferry?",
      "\"The ferry runs as usual, we have no reason to stop it.\"");
    expect(speakerOf(d, "crack along the north side")?.name).toBe("Tom Beruff");
    expect(speakerOf(d, "ferry runs as usual")?.name).toBe("Tom Beruff");
  });
});

describe("(en) a question reported after the one questioned", () => {
  it("'the council chief questioned Harbour Master Tom Beruff why …': the question is the chief's, from 'why'", () => {
    const d = extract("en", HEADLINE,
      "Council chief Ngozi Okafor said the pier was closed.",
      "During the hearing, the council chief also questioned Harbour Master Tom Beruff why the levy was not collected.");
    const q = d.quotes.find((x) => x.text.includes("levy was not collected"));
    expect(q?.text).toBe("why the levy was not collected");
    expect(speakerOf(d, "levy was not collected")?.name).toBe("Ngozi Okafor");
  });
});
