// Fourteenth round: constructions of real English news articles (issue 11, measured on PolNeAR train),
// each on a short invented article. The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Harbor vote nears";

describe("(en) quotation marks and sentences of real pages", () => {
  it("''…'': a pair of apostrophes is a quotation mark, and the draft keeps the article's own text", () => {
    const d = extract("en", HEADLINE, "''We will not sign a budget that closes the clinic,'' Mr. Garin said on Tuesday. He called the plan ''a betrayal of the east side.''");
    expect(speakerOf(d, "We will not sign a budget")?.name).toBe("Garin");
    expect(d.quotes.map((q) => q.text)).toContain("We will not sign a budget that closes the clinic");
    for (const q of d.quotes) expect(q.text).not.toMatch(/[“”]/);
  });

  it("a quote ending in ? before 'X asked.' is attributed to X", () => {
    const d = extract("en", HEADLINE, "\"Who is going to pay for the bridge?\" Marta Quill asked.");
    expect(speakerOf(d, "Who is going to pay")?.name).toBe("Marta Quill");
  });
});

describe("(en) between the subject and its verb", () => {
  it("a bracketed party and state: 'Sen. Ada Lowe (D-Ore.) said …'", () => {
    const d = extract("en", HEADLINE, "Sen. Ada Lowe (D-Ore.) said the levee would not hold through the spring.");
    expect(speakerOf(d, "the levee would not hold")?.name).toBe("Ada Lowe");
  });

  it("an adverb: 'Tom Brandt now says …'", () => {
    const d = extract("en", HEADLINE, "Councillor Tom Brandt now says the contract was signed without a tender.");
    expect(speakerOf(d, "the contract was signed")?.name).toBe("Tom Brandt");
  });
});

describe("(en) what follows the verb", () => {
  it("'said in a statement on Tuesday that …': the adjunct is not what was said", () => {
    const d = extract("en", HEADLINE, "Ada Lowe said in a statement on Tuesday that the levee would not hold through the spring.");
    const q = d.quotes.find((x) => x.text.includes("levee"));
    expect(q?.text).toBe("the levee would not hold through the spring");
  });
});

describe("(en) cues off the curated list", () => {
  it("a verb of communication by WordNet's first sense ('denounced', 'defended') is a cue", () => {
    const d = extract("en", HEADLINE, "Mayor Paul Grant denounced the harbor plan as a giveaway to developers.");
    expect(speakerOf(d, "the harbor plan as a giveaway")?.name).toBe("Paul Grant");
  });

  it("', calling him …': a participle's speaker is the main clause's subject, past an opening adjunct", () => {
    const d = extract("en", HEADLINE, "Early in the campaign, Ada Lowe attacked Paul Grant, calling him a mayor who had never read a budget.");
    expect(speakerOf(d, "a mayor who had never read")?.name).toBe("Ada Lowe");
    expect(d.speakers.map((s) => s.name)).not.toContain("Early");
  });
});
