// English who-questions on drafts whose opening the question reader missed: the who qualified by where
// the speaker sits ("who in Downing Street said …") and a verb of likening ("who likened X to Y"). Read
// as fact questions, their statements were only offered however much of the question they said.
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/engine/question.js";
import { inventedArticles } from "../support/invented-articles.js";

const TRAMS_EN = [
  "City hall rejects tram strike",
  "Mayor Tessa Orlov said on Monday that talk of a tram strike would only deepen the misery of commuters.",
  "Orlov said: “The old tram line is like a tired horse. It stops after every hill.”",
  "Union leader Marek Dunn said drivers had not been paid overtime since March.",
].join("\n\n");

describe("who-questions opened by a place or a verb of likening", () => {
  it("reads 'who in/at X said' and 'who likened' as asking whose statement it is", () => {
    expect(parseQuestion("Who in city hall said talk of a tram strike would deepen the misery of commuters?").intent).toBe("who_said");
    expect(parseQuestion("Who at the union said drivers had not been paid overtime?").intent).toBe("who_said");
    expect(parseQuestion("Who likened the old tram line to a tired horse?").intent).toBe("who_said");
    // A place after "who" with no verb of saying is no who-said question.
    expect(parseQuestion("Who in city hall runs the tram budget?").intent).not.toBe("who_said");
  });

  const trams = inventedArticles({ trams: TRAMS_EN });
  const said = (q: string) => {
    const a = trams.engine.ask(q);
    return a.status === "answered" ? a.answers[0]?.speaker?.name : a.status;
  };

  it("states the speaker", () => {
    expect(said("Who in city hall said talk of a tram strike would only deepen the misery of commuters?")).toBe("Tessa Orlov");
    expect(said("Who likened the old tram line to a tired horse that stops after every hill?")).toBe("Tessa Orlov");
  });

  it("states no one for what nobody said", () => {
    expect(said("Who in city hall said the tram fares would be cut in half next year?")).not.toBe("Tessa Orlov");
    expect(said("Who at the union likened the mayor to a tired horse?")).not.toBe("Marek Dunn");
  });
});

const TOLLS_EN = [
  "Bridge toll to double in May",
  "Harbour Minister Lena Ruiz said the bridge toll would double in May to pay for repairs.",
  "Finance chief Omar Bell denied that the ferry fares would rise this year.",
  "Bell said the night ferry would not close in winter.",
].join("\n\n");

describe("who denied …: a statement that says the question's words without saying no to them denies nothing", () => {
  const tolls = inventedArticles({ tolls: TOLLS_EN });
  const said = (q: string) => {
    const a = tolls.engine.ask(q);
    return a.status === "answered" ? a.answers[0]?.speaker?.name : a.status;
  };

  it("never states the one who said what was denied", () => {
    expect(said("Who denied that the bridge toll would double in May?")).not.toBe("Lena Ruiz");
  });

  it("states the one who denied it, by the verb or in so many words", () => {
    expect(said("Who denied that the ferry fares would rise this year?")).toBe("Omar Bell");
    expect(said("Who denied that the night ferry would close in winter?")).toBe("Omar Bell");
  });
});
