// Eighteenth round: English constructions of real news from several countries (issue 11: bodies and unnamed
// sources as subjects, adjuncts before an unmarked clause, pronouns by gender and by the previous subject),
// each on a short invented article. The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { contradictsGender, givenNameGender } from "../../src/ingest/gender-en.js";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Harbour strike enters its second week";

describe("(en) a body or an unnamed source whose head is a lowercase noun", () => {
  it("'the Northern Dockers group said', 'Coastal police said'", () => {
    const d = extract("en", HEADLINE, "The Northern Dockers group said on Monday its members had blocked two cranes at the east quay.\n\nCoastal police said the pickets had dispersed by noon without arrests.");
    expect(speakerOf(d, "blocked two cranes")?.name).toBe("Northern Dockers group");
    expect(speakerOf(d, "pickets had dispersed")?.name).toBe("Coastal police");
  });

  it("'a Cornish port source said', then 'the port source said' is the same source", () => {
    const d = extract("en", HEADLINE, "A Cornish port source said the harbour master had ordered every ferry to stay moored.\n\n“Nobody sails until the cranes are cleared,” the port source said, requesting anonymity.");
    expect(speakerOf(d, "ordered every ferry")?.name).toBe("Cornish port source");
    expect(speakerOf(d, "Nobody sails until")?.name).toBe("Cornish port source");
    // What was said stands before the speaker: the participle after the verb's comma is no statement of it.
    expect(d.quotes.some((q) => /^,?\s*requesting anonymity/.test(q.text))).toBe(false);
  });

  it("a dateline's dash before 'The … group' is no part of the body's name", () => {
    const d = extract("en", HEADLINE, "CARDIFF (Wire) -The Harbour Pilots group said on Sunday its boats had returned to port.");
    expect(speakerOf(d, "its boats had returned")?.name).toBe("Harbour Pilots group");
  });

  it("'the governor tweeted' is the governor named before, and an unnamed one nobody", () => {
    const d = extract("en", HEADLINE, "Governor Rhian Pryce promised a ruling by Friday.\n\n“Sorry for the confusion over the ferry timetable,” the governor tweeted.");
    expect(speakerOf(d, "Sorry for the confusion")?.name).toBe("Rhian Pryce");
    const lone = extract("en", HEADLINE, "“The ferry timetable was never changed at all this year,” the harbour commissioner tweeted.");
    expect(speakerOf(lone, "ferry timetable was never changed")).toBeUndefined();
  });

  it("'the Welsh health ministry' is not the other body quoted before it", () => {
    const d = extract("en", HEADLINE, "The Coastguard said it had rescued four crew members.\n\nTwo dockers were hurt in the scuffle, according to the Welsh health ministry.");
    expect(speakerOf(d, "rescued four crew")?.name).toBe("Coastguard");
    expect(speakerOf(d, "Two dockers were hurt")?.name).not.toBe("Coastguard");
  });

  it("'the Public Health agency' may still be the one centre quoted before (no country's word tells them apart)", () => {
    const d = extract("en", HEADLINE, "The Kernow Centre for Ferry Safety (KCFS) has reported 12 late sailings in the first weeks of the year.\n\nThe Public Health agency said that these span 21 ports across the county.");
    expect(speakerOf(d, "these span 21 ports")?.name).toBe("Kernow Centre for Ferry Safety");
  });

  it("a kind of body reading an act, not a statement, is none: 'the judge scheduled a hearing'", () => {
    const d = extract("en", HEADLINE, "The judge scheduled a full hearing for March 24 in Swansea.");
    expect(d.quotes.some((q) => q.text.includes("full hearing"))).toBe(false);
  });
});

describe("(en) a time adjunct before an unmarked clause", () => {
  it("'said on Sunday its …', 'said in a statement on Tuesday night Jones …'", () => {
    const d = extract("en", HEADLINE, "Mayor Elin Hughes said on Sunday the strike had cost the port a million pounds.\n\nUnion leader Dai Morgan said in a statement on Tuesday night Hughes had refused to meet the pickets.");
    expect(d.quotes.find((q) => q.text.includes("cost the port"))?.text).toBe("the strike had cost the port a million pounds");
    expect(speakerOf(d, "cost the port")?.name).toBe("Elin Hughes");
    expect(d.quotes.find((q) => q.text.includes("refused to meet"))?.text).toBe("Hughes had refused to meet the pickets");
  });
});

describe("(en) pronouns: gender and the subject of the sentence before", () => {
  it("given names tell a gender only where the name tables agree", () => {
    expect(givenNameGender("Jeremy")).toBe("m");
    expect(givenNameGender("Theresa")).toBe("f");
    expect(givenNameGender("Andrea")).toBeNull();
    expect(givenNameGender("Zxqv")).toBeNull();
    expect(contradictsGender("Jeremy", "f")).toBe(true);
    expect(contradictsGender("Jeremy", null)).toBe(false);
  });

  it("'The minister, who backed Jeremy Pugh, …. She said:' is the minister, not the man named last", () => {
    const d = extract("en", HEADLINE, "Transport Minister Carys Lloyd has accused the union of playing games.\n\nThe minister, who gave full backing to harbour chief Jeremy Pugh, had called on the union to end the strike. She said: \"The ferries must sail and the pickets must go home now.\"");
    expect(speakerOf(d, "The ferries must sail")?.name).not.toBe("Jeremy Pugh");
  });

  it("'Hughes finished second to Owen Price. He had said …' is Hughes, the subject", () => {
    const d = extract("en", HEADLINE, "Gareth Hughes, a docker, was banned for a year.\n\nHughes finished second to champion rower Owen Price in Swansea two years ago. He had said his positive test was the result of a contaminated drink.");
    expect(speakerOf(d, "contaminated drink")?.name).toBe("Gareth Hughes");
  });
});

describe("(en) names and groups of real reports", () => {
  it("'Crown prosecutor Judy King said': a title word ending a given name's name is the family name", () => {
    const d = extract("en", HEADLINE, "Crown prosecutor Judy King said the delay was due to the sheer volume of material.");
    expect(speakerOf(d, "sheer volume")?.name).toBe("Judy King");
  });

  it("'some Iraqis in Baghdad said' is a group, never the 'Twelve Iraqis' named before", () => {
    const d = extract("en", HEADLINE, "Twelve Iraqis were also killed in other violence.\n\nDespite the violence, some Iraqis in Baghdad said they were encouraged by the talks.");
    expect(speakerOf(d, "encouraged by the talks")?.name).not.toBe("Twelve Iraqis");
  });

  it("'…, with the army also saying …': the army's statement is its own, not the first speaker's", () => {
    const d = extract("en", HEADLINE, "A Cornish port source said a crane hit the quay on Tuesday, with the harbour police also saying it had closed the east gate.");
    expect(d.quotes.find((q) => q.text.includes("crane hit"))?.text).toBe("a crane hit the quay on Tuesday");
    expect(speakerOf(d, "closed the east gate")?.name).toBe("Harbour police");
  });
});

describe("(en) a weekday after a full name", () => {
  it("'Rep. Peter T. King said …': a title word right after a middle initial, ending the name, is the family name", () => {
    const d = extract("en", HEADLINE, "Rep. Peter T. King said the harbour tunnel would close for a month of repairs.");
    expect(speakerOf(d, "harbour tunnel would close")?.name).toBe("Peter T. King");
  });

  it("'Trade Minister Mary Anne May said …': a month's name ending a full name is still its family name (a weekday there is a date)", () => {
    const d = extract("en", HEADLINE, "Trade Minister Mary Anne May said the river port would reopen to barges within a fortnight.");
    expect(speakerOf(d, "the river port would reopen")?.name).toBe("Mary Anne May");
  });

  it("'Harbour Speaker Sergio Massa Wednesday denied …': the weekday ends the name (only a given name alone takes a time word as family name)", () => {
    const d = extract("en", HEADLINE, "Harbour Speaker Sergio Massa Wednesday denied rumours that he would take over the port authority.\n\nPort chief Alan Ross Friday said the cranes would be cleared by noon.");
    expect(speakerOf(d, "take over the port authority")?.name).toBe("Sergio Massa");
    expect(speakerOf(d, "cranes would be cleared")?.name).toBe("Alan Ross");
  });
});
