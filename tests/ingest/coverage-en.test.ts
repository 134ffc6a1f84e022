// Coverage on international news (issue 11): English statements the extractor never found on real articles from
// outside the US, each construction on a short invented article. The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, extractRaw, speakerOf } from "./helpers.js";

const HEADLINE = "Budget cuts will go ahead, minister says";

describe("(en) a paragraph that is a quotation alone continues the statement the paragraph before closed on", () => {
  it("after an indirect statement ('The minister told reporters the …' / '“…'), across blank lines and paragraphs", () => {
    const d = extract("en", HEADLINE, "Finance Minister Jane Korowai announced the cuts on Tuesday.\n\nThe minister told reporters the government would keep spending on schools.\n\n“What this is about is responsible management of the books.\n\n“We cannot keep borrowing every week. That has to stop.”\n\nShe said the country could not keep adding to its debt.\n\n“The other path is simply reckless. It leads to high inflation.”");
    expect(speakerOf(d, "responsible management")?.name).toBe("Jane Korowai");
    expect(speakerOf(d, "keep borrowing every week")?.name).toBe("Jane Korowai");
    expect(speakerOf(d, "simply reckless")?.name).toBe("Jane Korowai");
  });

  it("after a direct quotation with blank lines between the paragraphs", () => {
    const d = extract("en", HEADLINE, "“I need to talk it over with my client first,” lawyer Dmitri Orlov added.\n\n“It is quite possible that there will be no appeal at all.”");
    expect(speakerOf(d, "no appeal at all")?.name).toBe("Dmitri Orlov");
  });

  it("not when the paragraph before went on past its statement, nor for a quoted transcript line", () => {
    const d = extractRaw("en", HEADLINE, "Finance Minister Jane Korowai said the cuts were needed. Opposition leader Tom Barrow disagrees with the plan.\n\n“Families will pay for this for a decade to come.”\n\n“Tom Barrow: We will vote against every line of this budget.”");
    const q = d.quotes.find((x) => x.text.includes("pay for this"));
    if (q) expect(q.speaker).toBeNull();
    const t = d.quotes.find((x) => x.text.includes("every line"));
    if (t?.speaker) expect(d.speakers.find((s) => s.id === t.speaker)?.name).toBe("Tom Barrow");
  });

  it("a quotation running on from a statement left without a speaker gets none either", () => {
    const d = extractRaw("en", HEADLINE, "Sanders “is tapping into something very deep inside the party,” a supporter told the Ashby Herald.\n\n“He is seen as somebody deeply in touch with what has gone wrong in the system.");
    const q = d.quotes.find((x) => x.text.includes("deeply in touch"));
    if (q?.speaker) expect(d.speakers.find((s) => s.id === q.speaker)?.name).not.toMatch(/Herald/);
  });
});

describe("(en) a quotation ending in ? or ! and its speaker however long the clause", () => {
  it("'“… ? ” she told reporters in a press conference.' and '“…?” Velasco told the state broadcaster in an interview aired on Monday.'", () => {
    const d = extract("en", "Senator says hearing was fair", "Senator Ana Velasco spoke on Thursday about the inquiry.\n\n“It was never my intention to attack anyone. How would I know what they were going to say?” she told reporters in a press conference.\n\n“Who knows what will happen next?” Velasco told the state broadcaster in an interview aired on Monday.");
    expect(speakerOf(d, "never my intention")?.name).toBe("Ana Velasco");
    expect(speakerOf(d, "what will happen next")?.name).toBe("Ana Velasco");
  });
});

describe("(en) a title and the office it holds, then the name, after what was said", () => {
  it("'…, the director of emergencies Maria Lindqvist said', '…, the WHO's director of emergency response Maria Lindqvist said'", () => {
    const d = extract("en", "Storm season starts early, agency says", "A cholera outbreak in the north has been brought under control, the director of emergencies Maria Lindqvist said.\n\nFloods in the south have eased after a dry week, the WHO's director of emergency response Maria Lindqvist said on Tuesday.");
    expect(speakerOf(d, "brought under control")?.name).toBe("Maria Lindqvist");
    expect(speakerOf(d, "brought under control")?.role).toMatch(/director of emergencies/);
    expect(speakerOf(d, "Floods in the south")?.name).toBe("Maria Lindqvist");
  });
});

describe("(en) a verb opening the sentence, its speaker and a colon", () => {
  it("'Added gymnast Mary Rogers: “…”' is Mary Rogers's", () => {
    const d = extract("en", "Canada wins first trampoline gold", "Former swimmer Anna Pierce also took notice of the win.\n\nAdded gymnast Mary Rogers: “What a day for the whole country! Congratulations to the team!”");
    expect(speakerOf(d, "What a day for the whole country")?.name).toBe("Mary Rogers");
  });
});
