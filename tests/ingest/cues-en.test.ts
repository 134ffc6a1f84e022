// The English cue stage (wink-nlp POS and lemmas) on sentences the quote patterns read nothing in.
import { describe, expect, it } from "vitest";
import { cueAttributions } from "../../src/ingest/cues-en.js";
import { quoteSpans, sentencesOf } from "../../src/ingest/segment.js";
import type { Paragraph } from "../../src/ingest/types.js";

const cues = (line: string) => {
  const p: Paragraph = { line: 1, text: line, base: 0 };
  const spans = quoteSpans(line);
  return sentencesOf(p, spans).flatMap((s) => cueAttributions(p, s, spans));
};

describe("cue stage", () => {
  it("a reporting verb by lemma in any form, with its subject before it", () => {
    for (const verb of ["tweeted", "has repeatedly argued", "lamented", "revealed"]) {
      const [a] = cues(`Governor Ada Lowe ${verb} that the levee would not hold through the spring.`);
      expect(a?.mention).toMatchObject({ kind: "name", surface: "Ada Lowe" });
      expect(a?.text).toBe("the levee would not hold through the spring");
    }
  });
  it("the audience of 'told' and 'urged' is not the content", () => {
    const [a] = cues("Marta Quill told reporters the budget was already spent.");
    expect(a).toMatchObject({ text: "the budget was already spent", mention: { surface: "Marta Quill" } });
  });
  it("'according to' names its object; the content is the rest of the sentence", () => {
    const [a] = cues("According to the Quill campaign, the rally drew four thousand people.");
    expect(a).toMatchObject({ text: "the rally drew four thousand people", mention: { kind: "organization", surface: "Quill campaign" } });
  });
  it("'At the end of August the WPA said …': the phrase opens at its determiner, and a lone acronym is a body", () => {
    const [a] = cues("At the end of August the WPA said the trend was positive but it was too early to lift the ban.");
    expect(a).toMatchObject({ text: "the trend was positive but it was too early to lift the ban", mention: { kind: "organization", surface: "WPA" } });
  });
  it("'the Harbour Pilots group said', 'a Cornish port source said': a lowercase head read as the patterns read a subject", () => {
    expect(cues("The Harbour Pilots group said on Sunday its boats had returned to port.")[0]?.mention).toMatchObject({ kind: "organization", surface: "Harbour Pilots group" });
    expect(cues("A Cornish port source said the harbour master had ordered every ferry to stay moored.")[0]?.mention).toMatchObject({ kind: "title", indefinite: true });
    expect(cues("The judge scheduled a full hearing for March 24 in Swansea.")).toEqual([]);
  });
  it("a pronoun subject stays a pronoun for coreference", () => {
    const [a] = cues("She accused the council of hiding the audit from residents.");
    expect(a?.mention).toMatchObject({ kind: "pronoun", gender: "f" });
  });
  it("no statement: negated, passive, infinitive, an unnamed head, a name inside a longer phrase", () => {
    expect(cues("Harlow Rail did not respond to requests for comment on Tuesday.")).toEqual([]);
    expect(cues("Quill is expected to deliver the findings to the council in April.")).toEqual([]);
    expect(cues("Quill declined to say whether the findings were final.")).toEqual([]);
    expect(cues("The warden at Greystone described the unit as a powder keg waiting to blow.")).toEqual([]);
  });
});
