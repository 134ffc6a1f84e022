// Features of the English scoring stage that name a construction (src/ingest/scoring.ts), on invented sentences:
// "under-cue" (a statement told inside someone else's) and the owner of a cue noun.
import { describe, expect, it } from "vitest";
import { extractDetailed } from "../../src/ingest/extract.js";

/** The features of the quote holding `needle` (margin 0: every speaker kept). */
const featuresOf = (needle: string, ...paragraphs: string[]) => {
  const { draft, features } = extractDetailed(paragraphs.join("\n"), { id: "t", lang: "en", file: "t.en.txt" }, 0);
  const i = draft.quotes.findIndex((q) => q.speaker !== null && q.text.includes(needle));
  expect(i, needle).toBeGreaterThanOrEqual(0);
  return features[i];
};

describe("(en) under-cue: the mention inside another statement", () => {
  it("'The Gazette reported that Ambrose said …' is told inside the paper's statement", () => {
    expect(featuresOf("fares have doubled", "Fares row", "The Gazette reported on Monday that Nell Ambrose said the fares have doubled in two years.")).toContain("under-cue");
  });

  it("'according to three freight sources, who said …': the other verb introduces the speaker itself", () => {
    expect(featuresOf("moving grain", "Rail freight across the border has stopped.", "More than 200 wagons were stuck at the crossing on Friday, according to three freight sources, who said some shippers had started moving grain by truck.")).not.toContain("under-cue");
  });

  it("'X said …, with the harbour police also saying …': the first statement ended before the second speaker", () => {
    expect(featuresOf("closed the east gate", "Port row", "A Cornish port source said a crane hit the quay on Tuesday, with the harbour police also saying it had closed the east gate.")).not.toContain("under-cue");
  });
});

describe("(en) a cue noun's owner", () => {
  it("'seized on X's repeated claim that …': neither the genitive nor the word before it describes the speaker", () => {
    const f = featuresOf("fares have doubled", "Fares row", "The Gazette seized on Nell Ambrose’s repeated claim that the fares have doubled in two years.");
    expect(f).toContain("side:owner");
    expect(f).not.toContain("mention-genitive");
    expect(f.filter((x) => x.startsWith("before-mention:"))).toEqual([]);
  });
});
