// Seventeenth round: English constructions of real news (issue 11, classes measured on PolNeAR train and
// dev), each on a short invented article. The first paragraph is the headline unless the test says otherwise.
import { describe, expect, it } from "vitest";
import LEARNED from "../../src/ingest/data/cues-en-learned.json" with { type: "json" };
import { englishFullName } from "../../src/ingest/speakers.js";
import { isTitleCase } from "../../src/ingest/text.js";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Ferry fares go up";

describe("(en) the cue lexicon learned from annotated news", () => {
  it("holds lemmas with counts and a precision at or above its bar, and no text", () => {
    const lemmas = LEARNED.lemmas as Record<string, { seen: number; cued: number; precision: number }>;
    expect(Object.keys(lemmas).length).toBeGreaterThan(100);
    for (const [lemma, c] of Object.entries(lemmas)) {
      expect(lemma).toMatch(/^[a-z][a-z-]*$/);
      expect(c.seen).toBeGreaterThanOrEqual(LEARNED.minSeen);
      expect(c.precision).toBeGreaterThanOrEqual(LEARNED.bar);
    }
  });

  it("a verb no curated list holds ('endorsed') cues a statement", () => {
    expect(Object.keys(LEARNED.lemmas)).toContain("endorse");
    const d = extract("en", HEADLINE, "Mayor Elena Ruiz endorsed the plan to reopen the ferry terminal on Sundays.");
    expect(speakerOf(d, "the plan to reopen the ferry terminal")?.name).toBe("Elena Ruiz");
  });
});

describe("(en) a short object", () => {
  it("'X endorsed Y.': a verb that takes an object may have a one- or two-word one", () => {
    const d = extract("en", HEADLINE, "The island council met on Monday. Nell Ambrose endorsed Owen Tregarth.");
    expect(speakerOf(d, "Owen Tregarth")?.name).toBe("Nell Ambrose");
  });

  it("'X said Friday.': a verb whose object is a clause takes no short one", () => {
    const d = extract("en", HEADLINE, "The fares will rise in May. Nell Ambrose said Friday.");
    expect(d.quotes.some((q) => q.text === "Friday")).toBe(false);
  });
});

describe("(en) a long apposition between the speaker and the verb", () => {
  it("'Dr. X, who … (thirty words) …, said that …'", () => {
    const d = extract("en", HEADLINE, "Dr. Nell Ambrose, who as a young nurse ran the island clinic for a decade before she moved to the mainland and later chaired the health board of the county, said that the ferry cuts would leave patients stranded.");
    expect(speakerOf(d, "the ferry cuts would leave patients stranded")?.name).toBe("Nell Ambrose");
  });
});

describe("(en) a title-case headline", () => {
  it("is told from a sentence by its capitals", () => {
    expect(isTitleCase("Owen Tregarth Slams Ferry Fare Rise As ‘Daylight Robbery’")).toBe(true);
    expect(isTitleCase("Owen Tregarth said the ferry fare rise was daylight robbery.")).toBe(false);
  });

  it("'X Slams …': a cue verb written with a capital, the speaker named again in the article", () => {
    const d = extract("en", "Owen Tregarth Slams Ferry Fare Rise As ‘Daylight Robbery’", "The council raised fares on Monday. Tregarth said the rise would hurt families.");
    expect(speakerOf(d, "Ferry Fare Rise")?.name).toBe("Owen Tregarth");
  });

  it("'Angry Islanders Reveal …': capitals the article never writes again name nobody", () => {
    const d = extract("en", "Angry Islanders Reveal Cost Of The Ferry Fare Rise", "The council raised fares on Monday. Owen Tregarth said the rise would hurt families.");
    expect(d.speakers.some((s) => /Islanders/.test(s.name))).toBe(false);
  });

  it("'… Of Serving Under Tregarth': capitals in a headline make no full name", () => {
    expect(englishFullName("Islanders Reveal The Cost Of Serving Under Tregarth\nTregarth said the rise would hurt families.", "Tregarth")).toBeNull();
    expect(englishFullName("Islanders Reveal The Cost Of Serving Under Tregarth\nOwen Tregarth said the rise would hurt families.", "Tregarth")).toBe("Owen Tregarth");
  });
});

describe("(en) a colon before what was said", () => {
  it("'\"WALLACE: …': a transcript line quoted whole names its speaker in capitals, once", () => {
    const d = extract("en", HEADLINE, "\"WALLACE: Governor, I want to ask you about the ferry fares before we run out of time.");
    expect(speakerOf(d, "I want to ask you about the ferry fares")?.name).toMatch(/WALLACE/i);
    expect(d.quotes.filter((q) => q.text.includes("I want to ask you")).length).toBe(1);
  });

  it("'X added:' closing a paragraph: the next paragraph is what was said", () => {
    const d = extract("en", HEADLINE, "The council met on Monday. Nell Ambrose added:\nThe fares are too high for the island families and the council knows it.");
    expect(speakerOf(d, "The fares are too high for the island families")?.name).toBe("Nell Ambrose");
  });

  it("'The plan was this:': a colon after no cue introduces nobody's statement", () => {
    const d = extract("en", HEADLINE, "The council met on Monday. The plan was this:\nFares go up by a third for everyone on the island.");
    expect(speakerOf(d, "Fares go up by a third")).toBeUndefined();
  });
});

describe("(en) a cue noun owned by the speaker", () => {
  it("'seized on X's repeated claim that …': the clause is the owner's statement", () => {
    const d = extract("en", HEADLINE, "The Gazette seized on Nell Ambrose’s repeated claim that the fares have doubled in two years.");
    expect(speakerOf(d, "the fares have doubled")?.name).toBe("Nell Ambrose");
  });

  it("'X's warning that … went unheeded': as the sentence's subject the clause cannot be cut, so nothing is drafted", () => {
    const d = extract("en", HEADLINE, "Owen Tregarth's warning that the island would empty went unheeded.");
    expect(d.quotes.some((q) => q.text.includes("went unheeded"))).toBe(false);
  });
});

describe("(en) a month's name as a family name", () => {
  it("'Prime Minister Theresa May said …': May after a given name is the family name, not a date", () => {
    const d = extract("en", HEADLINE, "Prime Minister Theresa May said this week that the ferry link would be formally handed to the island council.");
    expect(speakerOf(d, "the ferry link would be formally handed")?.name).toBe("Theresa May");
  });
});

describe("(en) an honorific before a title word", () => {
  it("'Mr. King said …': after Mr. a title word is a family name", () => {
    const d = extract("en", HEADLINE, "Mr. King said that the ferry company had never told him what to say on the air.");
    expect(speakerOf(d, "the ferry company had never told him")?.name).toMatch(/King$/);
  });

  it("'the King said …': without an honorific it is still a title", () => {
    const d = extract("en", HEADLINE, "The King said that the ferry company had never told him what to say on the air.");
    expect(speakerOf(d, "the ferry company had never told him")?.name ?? "").not.toBe("King");
  });
});

describe("(en) a participle after the verb's adjuncts", () => {
  it("'“…,” X said in June, citing …': the quote before is what was said; the participle's clause is X's too", () => {
    const d = extract("en", HEADLINE, "The island \"has made dramatic changes for the better,\" Tregarth said in June 2012, citing the new ferry timetable and the lower fares.");
    expect(speakerOf(d, "has made dramatic changes")?.name).toBe("Tregarth");
    expect(speakerOf(d, "the new ferry timetable")?.name).toBe("Tregarth");
  });
});

describe("(en) a day or month after a body's name", () => {
  it.each([
    ["The Harbour Workers Union on Tuesday said the strike would go ahead.", "the strike would go ahead", "Harbour Workers Union"],
    ["The Green Farmers Party on Friday rejected the claim, saying it was a desperate attempt to make news.", "it was a desperate attempt to make news", "Green Farmers Party"],
    ["The Coastal Resilience Institute in March warned that the dunes were eroding.", "the dunes were eroding", "Coastal Resilience Institute"],
  ])("'%s': the time adjunct is no part of the name", (text, content, name) => {
    const d = extract("en", HEADLINE, text);
    expect(speakerOf(d, content)?.name).toBe(name);
  });
});
