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

describe("(en) a cue set off by commas inside the sentence: what follows it is said too", () => {
  it("'The levy, she said, would cost …', '…, according to the council leader, are known …', 'If …, she added, the seizures …', 'Okafor said, that …'", () => {
    const d = extract("en", "Levy row reaches the harbour",
      "Council leader Ngozi Okafor spoke on Monday.",
      "The levy, she said, would cost the harbour five million pounds a year.",
      "Perpetrators of this scheme, according to the council leader, are known by the relevant authorities.",
      "If there are boats that have been seized, she added, the seizures have been processed through the legal channels.",
      "Commenting on the fees, Okafor said, that the board was reviving the old plan for the docks.",
      "She was angered by the report which, she said, claimed that the board had hidden the costs.");
    for (const needle of ["would cost the harbour", "are known by the relevant", "seizures have been processed", "board was reviving", "claimed that the board"]) {
      expect(speakerOf(d, needle)?.name, needle).toBe("Ngozi Okafor");
    }
  });

  it("after a whole clause the words past the aside are no statement, nor another speaker's 'as X said'", () => {
    const d = extractRaw("en", "Levy row reaches the harbour",
      "Some owners would see their fees go up, according to an analysis by Paul Devereux, a former harbour clerk, whose figures were backed by the board.",
      "Acts of protest, Ms. Okafor said, are a duty, whether it was a march in 1960 or a shirt reading ''I can't breathe,'' as Eric Garner, lying on a sidewalk, said before he died.");
    expect(d.quotes.some((q) => q.text.includes("former harbour clerk"))).toBe(false);
    expect(d.quotes.some((q) => q.text.startsWith("are a duty") && !q.text.includes("Garner"))).toBe(true);
  });
});
