// Features of the English scoring stage that name a construction (src/ingest/scoring.ts), on invented sentences:
// "under-cue" (a statement told inside someone else's) and the owner of a cue noun.
import { describe, expect, it } from "vitest";
import { extractDetailed } from "../../src/ingest/extract.js";
import { ScoringText, featuresOf as scoredFeatures } from "../../src/ingest/scoring.js";
import type { Attribution } from "../../src/ingest/types.js";

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

describe("(en) where the speaker was named before", () => {
  it("'…, the league said': a body named by a common noun is on its line, in lower case", () => {
    const f = featuresOf("banned from registering", "Stanmore Athletic have been banned from registering new players for two transfer windows, the league said on Thursday.");
    expect(f).toContain("reach:line");
    expect(f).not.toContain("passed-over:far");
  });

  it("'Ham went on to explain how he believes …': a speaker written by surname alone is a candidate passed over", () => {
    // "he" given to Obama (the coreference's slip this feature is there to weigh): Ham stands between the two.
    const text = ["Retired general speaks out", "“It was demoralizing to work for Obama,” Ham told the host.",
      "Ham went on to explain how he believes cuts to the budget left the generals’ hands tied."].join("\n");
    const person = (id: string, name: string) => ({ id, name, nameAr: null, aliases: [], role: null, roleAr: null, kind: "person" as const });
    const obama = person("obama", "Barack Obama");
    const line = text.split("\n")[2];
    const base = text.lastIndexOf("\n") + 1;
    const content = "cuts to the budget left the generals’ hands tied";
    const a: Attribution = { paragraph: 3, text: content, start: line.indexOf(content), verb: "believes", type: "indirect",
      mention: { kind: "pronoun", surface: "he", role: null, gender: "m", pos: base + line.indexOf("he believes") } };
    const f = scoredFeatures(a, obama, new ScoringText(text, [obama, person("ham", "Carter Ham")]), 2, "en");
    expect(f).toContain("passed-over:<=1");
  });
});
