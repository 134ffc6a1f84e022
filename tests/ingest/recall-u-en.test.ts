// Set U's English recall classes (issue 11), each on a short invented article. The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, extractRaw, speakerOf } from "./helpers.js";

describe("(en) several holders of one office speak as a group", () => {
  it("'Nandi MPs said', 'Republican senators said', 'the MPs said' after a place: the group, never a name or a place", () => {
    const d = extract("en", "Levy row reaches parliament",
      "Five Ashby MPs said the levy would ruin the fishermen.",
      "Republican senators said the bill would fail in March.",
      "Addressing the press after a service at St. Barnabas ACK in Kapsabet the MPs said they support the law.",
      "Harbour councillors said the fees were too high.");
    expect(speakerOf(d, "ruin the fishermen")?.name).toMatch(/MPs$/);
    expect(speakerOf(d, "fail in March")?.name).toMatch(/senators$/i);
    expect(speakerOf(d, "support the law")?.name).toMatch(/MPs$/);
    expect(speakerOf(d, "too high")?.name).toMatch(/councillors$/i);
  });

  it("'what the senators said was …' names no new speaker and leaves the sentence's own speaker in place", () => {
    const d = extractRaw("en", "Levy row reaches parliament",
      "But Mr. Grassley and Mr. Leahy said developers had packed the districts with rich towns so they could build hotels, amounting to what the senators said was economic gerrymandering.");
    // Kept (below the margin in so short an article), and never handed to "what the senators".
    expect(d.quotes.some((q) => q.text.startsWith("developers had packed"))).toBe(true);
    expect(d.speakers.some((s) => /senators/i.test(s.name))).toBe(false);
  });
});

describe("(en) 'according to him' refers back as 'he said' does", () => {
  it("'According to him, …' and '…, according to her.' are the person the pronoun refers to", () => {
    const d = extract("en", "Clinic deaths not linked to virus, says state",
      "In a statement on Sunday, the Commissioner of Health, Malam Musa Gabari, said the deaths were not linked to the virus.",
      "According to him, the governor had shown the zeal to curb the spread from the outset.",
      "Councillor Ngozi Okafor visited the clinic on Monday.",
      "The clinic will reopen in May, according to her.");
    expect(speakerOf(d, "zeal to curb")?.name).toBe("Malam Musa Gabari");
    expect(speakerOf(d, "reopen in May")?.name).toBe("Ngozi Okafor");
  });
});

describe("(en) an article that quotes with single marks ‘…’ and has no double mark", () => {
  it("reads ‘…’ as quotation marks, apostrophes ('it’s', 'can’t') left alone; a quote alone after a statement goes on with its speaker", () => {
    const d = extract("en", "Courts ‘full to the hilt’, says superintendent",
      "Supt Michael Corbett was speaking at a meeting of the Ashby policing committee.",
      "Supt Corbett said he travels around the county and that every court is full.",
      "‘Some of the court lists they can’t even get through on a given day. It’s the times that we live in, but there was a time that a lot of media had court reporters.’",
      "He said that it is mainly garda prosecutions being dealt with in the courts.",
      "He recalled that Ashby District Court recently was ‘choc-a-bloc’ and they were ‘out the door’.");
    expect(speakerOf(d, "court lists they can’t")?.name).toBe("Michael Corbett");
    expect(speakerOf(d, "mainly garda prosecutions")?.name).toMatch(/Corbett$/);
    expect(speakerOf(d, "Ashby District Court recently")?.name).toMatch(/Corbett$/);
  });

  it("leaves single marks alone in an article that quotes with double marks", async () => {
    const { singleQuotesAsDouble } = await import("../../src/ingest/segment.js");
    const lines = ["“He told me ‘no’ twice,” Okafor said.", "The ‘plan’ failed."];
    expect(singleQuotesAsDouble(lines)).toEqual(lines);
    expect(singleQuotesAsDouble(["‘It’s over,’ she said of the farmers’ strike."])).toEqual(["“It’s over,” she said of the farmers’ strike."]);
  });
});
