// Constructions of real English articles (issue 11, set V): a place read as the speaker, a relative clause's
// characterization, a title or a participle opening the sentence. Each on a short invented article; the first
// paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, extractRaw, speakerOf } from "./helpers.js";

const HEADLINE = "Minister accuses reporters of taking bribes";

describe("(en) a place before the speaker's title and name is no speaker", () => {
  it("'Mzuzu traders leader Peter Banda, however disputed … and argued …': Banda, not Mzuzu; 'He said' goes on with him", () => {
    const d = extract("en", HEADLINE,
      "Minister Grace Phiri said this in Mzuzu during a meeting with chiefs.",
      "Mzuzu traders leader Peter Banda, however disputed the minister’s remarks and argued they were meant to silence the press.",
      "He said “if government knows such reporters, why not take them to court?”");
    expect(speakerOf(d, "meant to silence the press")?.name).toBe("Peter Banda");
    expect(speakerOf(d, "why not take them to court")?.name).toBe("Peter Banda");
    expect(d.speakers.map((s) => s.name)).not.toContain("Mzuzu");
  });

  it("'Northwind hires analyst Mary Jones and says …': the company still speaks", () => {
    const d = extractRaw("en", "Firm expands",
      "Northwind hires analyst Mary Jones and says it will open two new offices next year.");
    expect(d.speakers.find((s) => s.id === d.quotes.find((q) => q.text.includes("two new offices"))?.speaker)?.name).toBe("Northwind");
  });

  it("'Jone Koroi, the chief of the village Nakorova said …' (no closing comma): Koroi, not the village", () => {
    const d = extract("en", "Police ask villagers to keep quiet",
      "Jone Koroi, the chief of the village Nakorova said officers came on Monday and asked them not to talk to the media.");
    expect(speakerOf(d, "officers came on Monday")?.name).toBe("Jone Koroi");
  });

  it("'The elder of the clan Nakorova said …': a word after 'of the <noun>' that never stands in a person's name is nobody", () => {
    const d = extractRaw("en", "Police ask villagers to keep quiet",
      "The elder of the clan Nakorova said officers came at dawn and asked the village not to talk to the media.");
    const q = d.quotes.find((x) => x.text.includes("officers came at dawn"));
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe("(en) '…, which the judge dismissed as …': the relative clause's subject characterized what came before", () => {
  it("the prosecutors' claim ends at ', which'; 'baseless and unlawful' is the judge's", () => {
    const d = extract("en", "Judge fines ministry officials",
      "Judge Miriam Kollie fined three officials on Wednesday.",
      "Prosecutors claimed national security concerns as justification for their actions, which the judge dismissed as baseless and unlawful.");
    expect(speakerOf(d, "baseless and unlawful")?.name).toBe("Miriam Kollie");
    expect(d.quotes.find((q) => q.text.includes("national security"))?.text ?? "").not.toMatch(/dismissed|baseless/);
  });
});

describe("(en) a title alone after the person was introduced as '<title> of <body>, Dr. <name>'", () => {
  it("'the Minister noted that …' after 'the Minister of Health, Dr. Jean Habimana': Habimana", () => {
    const d = extract("en", "Government denies hiding outbreak",
      "The government denied the claims on Thursday. The denial came from the Minister of Health, Dr. Jean Habimana, during a briefing.",
      "Despite the outbreak, the Minister noted that schools and markets have stayed open.");
    expect(speakerOf(d, "schools and markets have stayed open")?.name).toBe("Jean Habimana");
  });
});

describe("(en) a participle in -ing opening the sentence is no speaker", () => {
  it("'Addressing claims that …, Dr. Habimana refuted them. He stated, “…”': the quote is Habimana's, nobody is 'Addressing'", () => {
    const d = extract("en", "Government denies hiding outbreak",
      "Health minister Jean Habimana spoke to reporters on Thursday.",
      "Addressing claims that the country had delayed the announcement, Dr. Habimana refuted these allegations. He stated, “The suggestion that we hid anything is false.”");
    expect(speakerOf(d, "we hid anything is false")?.name).toBe("Jean Habimana");
    expect(d.speakers.map((s) => s.name)).not.toContain("Addressing");
  });
});

describe("(en) 'she' for a person whose given name a name table calls male, in an article naming no woman", () => {
  it("'Dr Azam Rahimi … said.' then 'She said …': Rahimi; the table's guess gives way to the article's own pronoun", () => {
    const d = extract("en", "Algae study may help cancer research",
      "Dr Azam Rahimi, an associate professor of biology at the university, studies how algae move.",
      "“The way they swim tells us how some cells spread,” Dr Rahimi said.",
      "She said the team would publish its first results next year.");
    expect(speakerOf(d, "publish its first results")?.name).toBe("Azam Rahimi");
  });

  it("an article that calls anyone 'his' keeps the table's gender: 'She said …' is nobody's", () => {
    const d = extractRaw("en", "Algae study may help cancer research",
      "Dr Azam Rahimi, an associate professor of biology at the university, studies how algae move in his lab.",
      "“The way they swim tells us how some cells spread,” Dr Rahimi said.",
      "She said the team would publish its first results next year.");
    expect(d.quotes.find((q) => q.text.includes("publish its first results"))?.speaker ?? null).toBeNull();
  });

  it("an article that names a woman keeps 'she' from the man quoted last", () => {
    const d = extract("en", "Algae study may help cancer research",
      "Professor John Okafor leads the project with his colleague Mary Adeyemi, who joined this year.",
      "“The way they swim tells us how some cells spread,” Okafor said.",
      "She said the team would publish its first results next year.");
    expect(speakerOf(d, "publish its first results")?.name).not.toBe("John Okafor");
  });
});

describe("(en) a plural group of people as the speaker", () => {
  it("'WHILE police have asked …, they have confirmed that …': 'they' is the opening clause's police", () => {
    const d = extract("en", "Police ask villagers to keep quiet",
      "WHILE police have asked residents of Nakorova to stop talking to reporters about the boxes, they have confirmed that the search is still going on.");
    expect(speakerOf(d, "search is still going on")?.name.toLowerCase()).toBe("police");
  });

  it("'villagers of Silana, Nataleira and Nakorova said …': the villagers, not the last place of the list", () => {
    const d = extract("en", "Police ask villagers to keep quiet",
      "When reporters visited on Monday, villagers of Silana, Nataleira and Nakorova said officers had told them not to talk about the boxes.");
    expect(speakerOf(d, "not to talk about the boxes")?.name).toBe("Villagers of Silana, Nataleira and Nakorova");
  });
});

describe("(en) a manner adverb between the auxiliary and the verb", () => {
  it("'The Ministry of Health has firmly denied allegations that …, insisting that …': both statements the ministry's", () => {
    const d = extract("en", "Government denies hiding outbreak",
      "The Ministry of Health has firmly denied allegations that it withheld test results from the public, insisting that every result was published within a day.");
    expect(speakerOf(d, "withheld test results")?.name).toBe("Ministry of Health");
    expect(speakerOf(d, "published within a day")?.name).toBe("Ministry of Health");
  });
});

describe("(en) ', warning of …' after a statement", () => {
  it("'…, Haddad said, warning of strong winds in the desert': what he warned of is his statement too", () => {
    const d = extract("en", "Rain expected across the country",
      "Forecaster Omar Haddad spoke on Monday.",
      "In the south, temperatures will stay mild this week, Haddad said, warning of strong winds in the desert and the valleys.");
    expect(speakerOf(d, "strong winds in the desert")?.name).toMatch(/Haddad$/);
  });
});
