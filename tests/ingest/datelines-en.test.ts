// A dateline opening a news paragraph ("KUALA LUMPUR: …", "LAGOS, Nigeria (AP) — …", "NAIROBI, Dec 7 (Reuters) - …",
// "LONDON — …", "Kuala Lumpur, 7 December 2026 – …") is page furniture: no speaker, no cue, and the sentence after
// it is read as if it opened the paragraph. Each form on a short invented article; the first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Ferry fares to rise after court ruling";
const noDatelineSpeaker = (d: ReturnType<typeof extract>, place: RegExp) => expect(d.speakers.some((s) => place.test(s.name))).toBe(false);
const quoteStarting = (d: ReturnType<typeof extract>, needle: string) => d.quotes.find((q) => q.speaker !== null && q.text.includes(needle));

describe("(en) a dateline at the start of a paragraph", () => {
  it("'KUALA LUMPUR: X said …': a place in capitals and a colon is no speaker", () => {
    const d = extract("en", HEADLINE, "KUALA LUMPUR: Transport Minister Aziz Rahman said on Monday that ferry fares would rise by a fifth in January.");
    noDatelineSpeaker(d, /KUALA|LUMPUR/i);
    expect(speakerOf(d, "ferry fares would rise")?.name).toBe("Aziz Rahman");
  });

  it("'LAGOS, Nigeria (AP) — …, X said': the dateline is no part of what was said", () => {
    const d = extract("en", HEADLINE, "LAGOS, Nigeria (AP) — The harbour fares will double next month because diesel prices have soared, port director Bola Adeyemi said on Tuesday.");
    noDatelineSpeaker(d, /LAGOS|Nigeria|AP/);
    expect(speakerOf(d, "fares will double")?.name).toBe("Bola Adeyemi");
    expect(quoteStarting(d, "fares will double")?.text).not.toMatch(/LAGOS|AP\)/);
  });

  it("'NAIROBI, Dec 7 (Reuters) - …, X said'", () => {
    const d = extract("en", HEADLINE, "NAIROBI, Dec 7 (Reuters) - The lake ferries will run a reduced timetable until March, transport minister Wanjiru Kamau said on Sunday.");
    noDatelineSpeaker(d, /NAIROBI|Reuters/i);
    expect(speakerOf(d, "reduced timetable")?.name).toBe("Wanjiru Kamau");
    expect(quoteStarting(d, "reduced timetable")?.text).not.toMatch(/NAIROBI|Reuters/);
  });

  it("'LONDON — …, X said.'", () => {
    const d = extract("en", HEADLINE, "LONDON — Nobody can keep the river boats running at these prices, operator Helen Marsh said on Friday.");
    noDatelineSpeaker(d, /LONDON/i);
    expect(speakerOf(d, "keep the river boats running")?.name).toBe("Helen Marsh");
    expect(quoteStarting(d, "keep the river boats running")?.text).not.toMatch(/LONDON/);
  });

  it("'Kuala Lumpur, 7 December 2026 – X said …'", () => {
    const d = extract("en", HEADLINE, "Kuala Lumpur, 7 December 2026 – The operators would challenge the ruling in the Federal Court, association chairman Lim Wei Ming said.");
    noDatelineSpeaker(d, /Kuala Lumpur/i);
    expect(speakerOf(d, "challenge the ruling")?.name).toBe("Lim Wei Ming");
    expect(quoteStarting(d, "challenge the ruling")?.text).not.toMatch(/Kuala|December/);
  });

  it("a speaker's own 'Name: “…”' at the start of a paragraph is still a colon cue", () => {
    const d = extract("en", HEADLINE, "Transport Minister Aziz Rahman defended the rise on Monday.\n\nRahman: “The old fares never paid for the fuel, let alone the crews.”");
    expect(speakerOf(d, "old fares never paid")?.name).toBe("Aziz Rahman");
  });
});

describe("(en) capitals and a colon that are no dateline", () => {
  it("a transcript's speakers in capitals ('MARSH: …', 'RAHMAN: …') stay speakers", () => {
    const d = extract("en", HEADLINE, "MARSH: We cannot keep the river boats running at these prices.\n\nRAHMAN: The old fares never paid for the fuel, let alone the crews.");
    expect(speakerOf(d, "keep the river boats running")?.name).toMatch(/^marsh$/i);
    expect(speakerOf(d, "old fares never paid")?.name).toMatch(/^rahman$/i);
  });
});
