// Sixteenth round: constructions of real English news articles (issue 11, measured on PolNeAR train and
// dev and on real English pages), each on a short invented article. The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Readers answer the ferry question";

describe("(en) statements signed after a dash", () => {
  it("a reader's quoted comment, then ― and the name", () => {
    const d = extract("en", HEADLINE, "“The new ferry timetable leaves the night shift stranded on the mainland every single week.” ― Morwenna Pascoe");
    expect(speakerOf(d, "leaves the night shift stranded")?.name).toBe("Morwenna Pascoe");
    expect(d.quotes.find((q) => q.text.includes("night shift"))?.text).toBe("The new ferry timetable leaves the night shift stranded on the mainland every single week.");
  });

  it("an embedded post: its words, a dash, the name, the handle and the date", () => {
    const d = extract("en", HEADLINE, "The harbour board will not be raising fares this winter. Good news for islanders! https://t.co/abc123 — Island Harbour Board (@islandharbour) March 3, 2016");
    expect(speakerOf(d, "will not be raising fares")?.name).toBe("Island Harbour Board");
  });

  it("an ordinary sentence ending in a dash and a name is no signed statement", () => {
    const d = extract("en", HEADLINE, "The crossing was first run by a family from Penzance, the ferry's owners say, and later sold to a larger firm — Kernow Lines");
    expect(speakerOf(d, "later sold to a larger firm")?.name).not.toBe("Kernow Lines");
  });
});

describe("(en) what a speaker called for, and what they called something", () => {
  it("'X called for <object>': the object asked for is the statement", () => {
    const d = extract("en", HEADLINE, "Councillor Tamsin Rowe called for a full refund of the winter fares for island families.");
    expect(speakerOf(d, "a full refund of the winter fares")?.name).toBe("Tamsin Rowe");
    expect(d.quotes.find((q) => q.text.includes("full refund"))?.text).toMatch(/^a full refund/);
  });

  it("'X has called for <gerund>' with a title before the name", () => {
    const d = extract("en", HEADLINE, "Harbour master Jory Penhale has called for scrapping the night surcharge on the late crossings.");
    expect(speakerOf(d, "scrapping the night surcharge")?.name).toBe("Jory Penhale");
  });

  it("'X called the plan unfair and rushed': the object and what it was called", () => {
    const d = extract("en", HEADLINE, "Tamsin Rowe called the new timetable unfair and rushed through without any consultation.");
    expect(speakerOf(d, "the new timetable unfair")?.name).toBe("Tamsin Rowe");
  });

  it("'X called a meeting on Monday' is no statement", () => {
    const d = extract("en", HEADLINE, "Tamsin Rowe called a public meeting on Monday at the harbour hall.");
    expect(d.quotes.some((q) => q.text.includes("public meeting"))).toBe(false);
  });
});

describe("(en) a lawmaker's party and state between the name and the verb", () => {
  it("'“…,” Council Leader X, R-Ky., said Tuesday.'", () => {
    const d = extract("en", HEADLINE, "“Our assumption is that the ferry will run again by spring,” Council Leader Jory Penhale, R-Ky., said Tuesday.");
    expect(speakerOf(d, "the ferry will run again")?.name).toBe("Jory Penhale");
  });

  it("'“…,” Chairman X (R-Utah) said in a statement, adding that …'", () => {
    const d = extract("en", HEADLINE, "“Fares should never be a requirement for residents,” Chairman Jory Penhale (R-Utah) said in a statement, adding that the fares were handed out freely.");
    expect(speakerOf(d, "Fares should never be a requirement")?.name).toBe("Jory Penhale");
  });

  it("'Rep. X (D-N.Y.), chairman of the Y, said …'", () => {
    const d = extract("en", HEADLINE, "Rep. Gwen Trelawny (D-N.Y.), chairman of the Harbour Caucus, said members will help her raise cash for the new ferry.");
    expect(speakerOf(d, "members will help her raise cash")?.name).toBe("Gwen Trelawny");
  });
});

describe("(en) more shapes of the speaker", () => {
  it("a name, a description and a second apposition before 'said'", () => {
    const d = extract("en", HEADLINE, "“The fares are an invasion of the island,” Jory Penhale, the Liberal councillor of Penzance, one of the towns suing the board, said at a Truro event this month.");
    expect(speakerOf(d, "an invasion of the island")?.name).toBe("Jory Penhale");
  });

  it("'began by saying …': the sentence's subject said what follows", () => {
    const d = extract("en", HEADLINE, "Jory Penhale, a ferry captain, then appeared on the radio on Tuesday and began by saying he would never sail through a storm again.");
    expect(speakerOf(d, "he would never sail through a storm")?.name).toBe("Jory Penhale");
    expect(d.quotes.some((q) => q.text.includes("appeared on the radio"))).toBe(false);
  });

  it("'Said Ellis: “…”': the verb before the name is no part of it", () => {
    const d = extract("en", HEADLINE, "Tamsin Ellis runs the tenants' group.\nSaid Ellis: “I don’t get the sense the board is interested in fares at all.”");
    expect(speakerOf(d, "the board is interested in fares")?.name).toBe("Tamsin Ellis");
  });
});

describe("(en) the person before a role of a body, never the body", () => {
  it("'X, executive director of the Y PAC, a Democratic super PAC, said …'", () => {
    const d = extract("en", HEADLINE, "Tamsin Rowe, executive director of the Island Majority PAC, a Democratic super PAC, said she thinks the board has lost its way on fares.");
    expect(speakerOf(d, "the board has lost its way")?.name).toBe("Tamsin Rowe");
  });

  it("'Senator X, the Y who heads the Z Committee, which oversees …, said …'", () => {
    const d = extract("en", HEADLINE, "Senator Gwen Trelawny, the Cornish Republican who heads the Senate Harbour Committee, which oversees the board, said the fares were too high for families.");
    expect(speakerOf(d, "the fares were too high")?.name).toBe("Gwen Trelawny");
  });

  it("'Ms. X, who helped found EDGE, an island justice group, said …'", () => {
    const d = extract("en", HEADLINE, "Morwenna Pascoe chairs the tenants. Ms. Pascoe, who helped found EDGE, an island justice group based in Truro, said she did not condone the protests at the harbour.");
    expect(speakerOf(d, "she did not condone the protests")?.name).toBe("Morwenna Pascoe");
  });

  it("'X of Town, State said …': the place after the name is no speaker", () => {
    const d = extract("en", HEADLINE, "Stacy Baker of Columbia, South Carolina said she really thinks the board can win the vote on fares.");
    expect(speakerOf(d, "the board can win the vote")?.name).toBe("Stacy Baker");
  });
});

describe("(en) bodies referred to again", () => {
  const BOARD = "The Cornwall Ferry Safety Board (CFSB) has reported a total of 12 late sailings in the first weeks of the year.";

  it("'the agency said' is the one body quoted before", () => {
    const d = extract("en", HEADLINE, `${BOARD}\nThe agency said that in week 28 alone, 11 new delays were recorded, most of them from Penzance.`);
    expect(speakerOf(d, "11 new delays were recorded")?.name).toBe("Cornwall Ferry Safety Board");
  });

  it("'The Public Safety agency said': capitalized modifiers of a kind of body name no person", () => {
    const d = extract("en", HEADLINE, `${BOARD}\nThe Public Safety agency said that these span 21 ports and 105 routes across the county.`);
    expect(speakerOf(d, "these span 21 ports")?.name).toBe("Cornwall Ferry Safety Board");
  });

  it("an acronym introduced in brackets is the body, and 'a report released by X' is X's", () => {
    const d = extract("en", HEADLINE, `${BOARD}\nAccording to the latest situation report released by the CFSB on Monday, 811 delays have been recorded so far.\nThe CFSB said that travellers aged 21 to 30 remained the most affected group.`);
    expect(speakerOf(d, "811 delays have been recorded")?.name).toBe("Cornwall Ferry Safety Board");
    expect(speakerOf(d, "travellers aged 21 to 30")?.name).toBe("Cornwall Ferry Safety Board");
  });

  it("with two bodies quoted and none called an agency, 'the agency said' is neither of them", () => {
    const d = extract("en", HEADLINE, `${BOARD}\nThe Kernow Tenants Union said the delays were hurting night workers badly.\nThe agency said that in week 28 alone, 11 new delays were recorded.`);
    expect(["Cornwall Ferry Safety Board", "Kernow Tenants Union"]).not.toContain(speakerOf(d, "11 new delays were recorded")?.name);
  });
});

describe("(en) people referred to again or through what they issued", () => {
  it("'Ministry Secretary-General X said': a hyphenated title is no part of the name", () => {
    const d = extract("en", HEADLINE, "Ministry Secretary-General Amara Penrose said that the island relies on several ferries to bring in fuel.");
    expect(speakerOf(d, "relies on several ferries")?.name).toBe("Amara Penrose");
  });

  it("'X's statement said …' is X", () => {
    const d = extract("en", HEADLINE, "Jory Penhale's statement said the fares would rise again in the spring.");
    expect(speakerOf(d, "the fares would rise again")?.name).toBe("Jory Penhale");
  });

  it("'“…,” the billionaire said' is the person just named", () => {
    const d = extract("en", HEADLINE, "Donald Crane held a rally in Truro on Monday. “We will fix the ferry for everyone,” the billionaire said at the rally.");
    expect(speakerOf(d, "We will fix the ferry")?.name).toBe("Donald Crane");
  });

  it("'“…,” the report said' is no person", () => {
    const d = extract("en", HEADLINE, "Donald Crane held a rally in Truro on Monday. “The ferry will be fixed for everyone,” the report said.");
    expect(speakerOf(d, "The ferry will be fixed")?.name).not.toBe("Donald Crane");
  });
});

describe("(en) a kind of body the article named but did not quote", () => {
  it("'the ministry said' after 'the Ministry of Health'; 'the company said' is never that ministry", () => {
    const d = extract("en", HEADLINE, "Officials at the Ministry of Health met on Monday in Truro with the harbour board.\nThe ministry said that the ferry would keep running through the winter.\nThe company said that the fares would rise in the spring.");
    expect(speakerOf(d, "the ferry would keep running")?.name).toBe("Ministry of Health");
    expect(speakerOf(d, "the fares would rise")?.name).not.toBe("Ministry of Health");
  });
});

describe("(en) a passive reporting verb inside the content", () => {
  it("'said that in week 28 alone, 11 new delays were recorded, …' runs on past the passive verb", () => {
    const d = extract("en", HEADLINE, "Tamsin Rowe said that in week 28 alone, 11 new delays were recorded, with most reported from Penzance.");
    expect(d.quotes.find((q) => q.text.includes("week 28"))?.text).toContain("11 new delays were recorded");
  });
});

describe("(en) ', saying …' after a main clause whose verb reports nothing", () => {
  it("'X was upfront about …, saying …'", () => {
    const d = extract("en", HEADLINE, "Tamsin Rowe was upfront about her distaste for the harbour board, saying islanders need to band together to stop it.");
    expect(speakerOf(d, "islanders need to band together")?.name).toBe("Tamsin Rowe");
  });

  it("'X shot back in a statement, saying …' (a verb the tagger reads as a noun)", () => {
    const d = extract("en", HEADLINE, "Tamsin Rowe shot back in a statement, saying she had “made a lot of money in down markets.”");
    expect(speakerOf(d, "made a lot of money")?.name).toBe("Tamsin Rowe");
  });

  it("a dateline before the sentence: 'Truro (AFP) – X has taken a swipe at …, saying that …'", () => {
    const d = extract("en", HEADLINE, "Truro (AFP) – Councillor Tamsin Rowe has taken a swipe at the harbour board’s stance on fares, saying that “bombastic comments” do more harm than good.");
    expect(speakerOf(d, "do more harm than good")?.name).toBe("Tamsin Rowe");
  });

  it("'X’s campaign says …' is the campaign", () => {
    const d = extract("en", HEADLINE, "Tamsin Rowe’s campaign says it will shift staff from its Truro headquarters to the islands.");
    expect(speakerOf(d, "shift staff from its Truro")?.name).toMatch(/Rowe’s campaign$/);
  });
});

describe("(en) newspapers as sources", () => {
  it("'The New York Post reports that …': a cue the tagger reads as a plural noun, and 'New' opening a name", () => {
    const d = extract("en", HEADLINE, "The New York Post reports that the harbour board avoided taking the ferry to the dry dock.");
    expect(speakerOf(d, "avoided taking the ferry")?.name).toBe("New York Post");
  });
});

describe("(en) words that open no name", () => {
  it("a question word, a focus adverb or a party's adjective alone is never a speaker", async () => {
    const { englishNameProblem } = await import("../../src/ingest/name-guard.js");
    for (const s of ["Which French officials", "Even Corey Lewandowski", "Democratic", "One", "I'm"]) expect(englishNameProblem(s), s).not.toBeNull();
    expect(englishNameProblem("Corey Lewandowski")).toBeNull();
  });

  it("'New York City Public Advocate X said …' is X", () => {
    const d = extract("en", HEADLINE, "New York City Public Advocate Trish Jago said the board voted twice to protect the ferry owners.");
    expect(speakerOf(d, "voted twice to protect")?.name).toBe("Trish Jago");
  });
});
