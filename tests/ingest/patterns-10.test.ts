// Tenth round of general news-writing patterns (found on the tenth blind set), each on a short invented
// article whose wording is unlike the fixtures.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(en) Arabic and South Asian names with lowercase particles", () => {
  it("'“…,” Finance Minister Salim bin Nasser al-Harthy said at …' and a later '“…,” al-Harthy said' are the same person", () => {
    const d = extract("en",
      "Kuwait's parliament approved the new budget on Monday.",
      "\"The deficit is shrinking faster than anyone expected,\" Finance Minister Salim bin Nasser al-Harthy said at a news conference, flanked by his deputies.",
      "\"We will not raise taxes this year,\" al-Harthy said.");
    expect(speakerOf(d, "shrinking faster")?.name).toBe("Salim bin Nasser al-Harthy");
    expect(speakerOf(d, "raise taxes")?.name).toBe("Salim bin Nasser al-Harthy");
  });

  it("'the chief engineer, Dr Imran ul Hassan, said …' then '“…,” he said' is the man with 'ul' in his name, not an earlier speaker", () => {
    const d = extract("en",
      "A dam on the Swat river showed new cracks after the floods.",
      "\"We warned about this in March,\" said Farah Jamil, who leads a residents' group.",
      "At the dam site, the chief engineer, Dr Imran ul Hassan, said the cracks were on the surface only.",
      "\"The core of the dam is sound,\" he said.");
    expect(speakerOf(d, "cracks were on the surface")?.name).toBe("Imran ul Hassan");
    expect(speakerOf(d, "core of the dam")?.name).toBe("Imran ul Hassan");
  });
});

describe("(en) unnamed sources and owners that are not speakers", () => {
  it("'A senior official in Sindh's water ministry, speaking on condition of anonymity, said …' is the official, never 'Sindh's'", () => {
    const d = extract("en",
      "The canal project is behind schedule.",
      "A senior official in Sindh's water ministry, speaking on condition of anonymity because he was not allowed to brief reporters, said the contractor had not been paid since June.");
    expect(d.speakers.map((s) => s.name)).not.toContain("Sindh's");
    expect(speakerOf(d, "not been paid")?.name).toMatch(/official in Sindh's water ministry/);
  });

  it("'A person close to the club, who asked not to be named, said …' and 'Staff at the depot, who …, said …' are unnamed sources", () => {
    const d = extract("en",
      "The striker has not trained for a week.",
      "A person close to the club, who asked not to be named because the talks are private, said the player wanted a move abroad.",
      "Staff at the training ground, who requested anonymity, said he had cleared out his locker on Friday.");
    expect(speakerOf(d, "move abroad")?.name).toMatch(/^Person close to the club/);
    expect(speakerOf(d, "cleared out his locker")?.name).toBe("Staff at the training ground");
  });

  it("'X said his members feared that …': 'his members' is nobody's name; the quote stays with X", () => {
    const d = extract("en",
      "The port authority plans to dredge the harbour.",
      "Youssef Benali, who chairs the boat owners' cooperative, said his members feared that the dredging would ruin the oyster beds.");
    expect(d.speakers.map((s) => s.name)).not.toContain("Members");
    expect(speakerOf(d, "ruin the oyster beds")?.name).toBe("Youssef Benali");
  });
});
