// Twenty-second round: constructions of real English articles (issue 11, set R), each on a short invented article.
// The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, extractRaw, speakerOf } from "./helpers.js";

const HEADLINE = "Harbour board weighs a second levy";

describe("(en) a court, a jury or an inquiry that heard or was told is the listener, never the speaker", () => {
  it("'…, the High Court heard yesterday', 'the inquiry was told', 'the jury heard', 'Ashby Coroner's Court was told': no speaker", () => {
    const d = extractRaw("en", "Ferry crash inquiry opens",
      "The steering had failed twice before the crash, the High Court heard yesterday.",
      "Ashby District Court heard he pushed her against a door.",
      "The inquiry was told the company had ignored three warnings.",
      "The jury heard that the ferry left port two hours late.",
      "Council leader Ngozi Okafor told the committee that the harbour would close in May.");
    const name = (needle: string) => {
      const q = d.quotes.find((x) => x.text.includes(needle));
      return q?.speaker ? d.speakers.find((s) => s.id === q.speaker)?.name ?? null : null;
    };
    for (const needle of ["failed twice", "against a door", "ignored three warnings", "two hours late"]) expect(name(needle), needle).toBeNull();
    expect(d.speakers.some((s) => /court|inquiry|jury/i.test(s.name))).toBe(false);
    expect(name("harbour would close")).toBe("Ngozi Okafor");
  });
});

describe("(en) a medium or a time between the speaker and the verb", () => {
  it("'The Harbour Board in a statement said', 'Okafor on Tuesday said', 'Devereux in an interview said': the speaker alone", () => {
    const d = extract("en", HEADLINE,
      "The Harbour Board in a statement said the levy would stay until March.",
      "Council leader Ngozi Okafor on Tuesday said the board had no choice.",
      "The Harbour Board, in a statement, said it would review the fees.",
      "Paul Devereux in an interview with the BBC said the queues had grown since May.");
    expect(speakerOf(d, "stay until March")?.name).toBe("Harbour Board");
    expect(speakerOf(d, "no choice")?.name).toBe("Ngozi Okafor");
    expect(speakerOf(d, "review the fees")?.name).toBe("Harbour Board");
    expect(speakerOf(d, "queues had grown")?.name).toBe("Paul Devereux");
  });

  it("'the minister in charge said' keeps its words: only a medium or a time is set aside", () => {
    const d = extract("en", HEADLINE, "Transport Minister Ama Owusu visited the port.", "The minister in charge said the levy would stay.");
    expect(speakerOf(d, "levy would stay")?.name).not.toMatch(/in charge$/);
  });
});

describe("(en) a title holder introduced as 'the <title> of <body>, <Name>,' and an event named after the title", () => {
  it("'the CBA governor declared' is Kofi Mensah, never the 'CBA Governor Lecture Series'", () => {
    const d = extract("en", "Central bank vows to keep prices stable",
      "The governor of the Central Bank of Ashland (CBA), Kofi Mensah, opened a branch on Monday.",
      "He spoke at the inaugural CBA Governor Lecture Series in the capital.",
      "“We will fight to keep prices stable,” the CBA governor declared.");
    expect(speakerOf(d, "keep prices stable")?.name).toBe("Kofi Mensah");
    expect(d.speakers.some((s) => /Lecture|Series/.test(s.name))).toBe(false);
  });
});

describe("(en) a title alone in the headline is the holder the body names later", () => {
  it("'Seismologist says quake won't trigger eruption' is the seismologist Anna Ristow of the body", () => {
    const d = extract("en", "Seismologist says quake won't trigger eruption",
      "A magnitude 5.1 earthquake shook the central region on Monday.",
      "GeoNet seismologist Anna Ristow said the quake was too deep to affect the volcanoes.");
    expect(speakerOf(d, "trigger eruption")?.name).toBe("Anna Ristow");
  });
});

describe("(en) cues the verb lists miss", () => {
  it("'Boateng was emphatic that …', 'she remained adamant that …': a copula, a stance adjective and a that-clause", () => {
    const d = extract("en", HEADLINE,
      "Former auditor Kwame Boateng was emphatic that the minister had asked him to stop the review.",
      "Council leader Ngozi Okafor remained adamant that the levy would stay.");
    expect(speakerOf(d, "stop the review")?.name).toBe("Kwame Boateng");
    expect(speakerOf(d, "levy would stay")?.name).toBe("Ngozi Okafor");
  });
});

describe("(en) a body's initials in brackets before the name set off by commas", () => {
  it("'The governor of the Central Bank of Ashland (CBA), Kofi Mensah, has said that …' is Kofi Mensah's", () => {
    const d = extract("en", HEADLINE,
      "The port reopened on Monday.",
      "The governor of the Central Bank of Ashland (CBA), Kofi Mensah, has said that the bank will protect the stability it has achieved.");
    expect(speakerOf(d, "protect the stability")?.name).toBe("Kofi Mensah");
  });
});

describe("(en) a bracketed aside between the name and its apposition", () => {
  it("'Attorney General Roy Cooper (D), Okafor's opponent in the election, said that …', 'Senator Ada Lowe (R-Tenn.) said …'", () => {
    const d = extract("en", HEADLINE,
      "Council leader Ngozi Okafor spoke on Monday.",
      "Attorney General Roy Cooper (D), Okafor's opponent in the upcoming election, said that transparency brings progress.",
      "Senator Ada Lowe (R-Tenn.) said the rules would change.");
    expect(speakerOf(d, "transparency brings progress")?.name).toBe("Roy Cooper");
    expect(speakerOf(d, "rules would change")?.name).toBe("Ada Lowe");
  });
});

describe("(en) ', promising to …' after the main clause", () => {
  it("'Minister Ama Owusu has embraced the plan, promising to meet … its goals': the promise is Owusu's (the tagger reads 'promising' as an adjective)", () => {
    const d = extract("en", HEADLINE, "Minister Ama Owusu has embraced the plan, promising to meet and in some cases exceed its goals.");
    expect(speakerOf(d, "exceed its goals")?.name).toBe("Ama Owusu");
  });
});

describe("(en) a body's initials inside an inverted speaker phrase, and the participle after it", () => {
  it("'Port fees will rise …, said Ashland Port Authority (APA) chairman Kofi Mensah on Saturday, adding that …': both are Mensah's, never 'Port''s", () => {
    const d = extract("en",
      "Port fees will rise by a fifth next year, said Ashland Port Authority (APA) chairman Kofi Mensah on Saturday, adding that the board had no choice after two years of losses.",
      "The APA chief said the board was trying to set a target for the new berths by next year.",
      "“For this, we are working on different options,” he added.");
    expect(speakerOf(d, "rise by a fifth")?.name).toBe("Kofi Mensah");
    expect(speakerOf(d, "had no choice")?.name).toBe("Kofi Mensah");
  });
});
