// Twenty-first round: English constructions of real news read wrong (issue 11), each on a short invented article.
// The first paragraph is the headline.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Port workers end strike after pay deal";

describe("(en) a title introduced in apposition, then the title alone speaks", () => {
  it("'The transport minister, Ama Owusu, spoke …' then 'The minister said …' names Ama Owusu", () => {
    const d = extract("en", HEADLINE, "The transport minister, Ama Owusu, spoke to reporters in Tema on Monday.\n\nThe minister said the union had agreed to the new wages.");
    expect(speakerOf(d, "agreed to the new wages")?.name).toBe("Ama Owusu");
  });

  it("'Ama Owusu, the transport minister, spoke …' then 'The minister said …' names Ama Owusu", () => {
    const d = extract("en", HEADLINE, "Ama Owusu, the transport minister, spoke to reporters in Tema on Monday.\n\nThe minister said the union had agreed to the new wages.");
    expect(speakerOf(d, "agreed to the new wages")?.name).toBe("Ama Owusu");
  });

  it("an apposition that is a list ('the minister, Ama Owusu and Kofi Mensah') names no one", () => {
    const d = extract("en", HEADLINE, "The talks brought together the minister, Ama Owusu and Kofi Mensah on Monday.\n\nThe minister said the union had agreed to the new wages.");
    expect(speakerOf(d, "agreed to the new wages")?.name ?? null).not.toBe("Ama Owusu");
  });
});

describe("(en) a quotation running over paragraphs closes on a pronoun", () => {
  it("'“…¶ “…,” she said.' after the speaker's introduction: every paragraph of the run is hers", () => {
    const d = extract("en", HEADLINE, "Transport minister Ama Owusu spoke to reporters in Tema on Monday.\n\n“We have reached an agreement with the union on wages.\n\n“The new rates will apply from January, and every worker will receive the back pay,” she said.");
    expect(speakerOf(d, "reached an agreement")?.name).toBe("Ama Owusu");
    expect(speakerOf(d, "new rates will apply")?.name).toBe("Ama Owusu");
  });

  it("'The minister said: “…¶ “…¶ “…,” she said.': the run opened by a colon goes on to its close", () => {
    const d = extract("en", HEADLINE, "Transport minister Ama Owusu spoke to reporters in Tema on Monday.\n\nThe minister said: “We have reached an agreement with the union on wages.\n\n“The new rates will apply from January, and every worker will receive the back pay owed since March.\n\n“We expect the ports to be fully working by Wednesday,” she said.\n\nA union leader, Kofi Mensah, said members would vote on the deal.");
    for (const t of ["reached an agreement", "new rates will apply", "fully working by Wednesday"]) expect(speakerOf(d, t)?.name).toBe("Ama Owusu");
    expect(speakerOf(d, "vote on the deal")?.name).toBe("Kofi Mensah");
  });
});

describe("(en) a day word opening the sentence is no part of the name in apposition", () => {
  it("'Yesterday Ama Owusu, the transport minister, spoke …' then 'The minister said …' names Ama Owusu", () => {
    const d = extract("en", HEADLINE, "Yesterday Ama Owusu, the transport minister, spoke to reporters in Tema.\n\nThe minister said the union had agreed to the new wages.");
    expect(speakerOf(d, "agreed to the new wages")?.name).toBe("Ama Owusu");
  });
});
