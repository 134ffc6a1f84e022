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
