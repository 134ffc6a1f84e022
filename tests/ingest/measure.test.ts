// The comparison core of eval:polnear / eval:real, and the PolNeAR reading rules, on invented text.
import { describe, expect, it } from "vitest";
import type { CorpusFile } from "../../src/corpus/schema.js";
import { draftStatements, judge, Tally, type GoldStatement } from "../../src/ingest/measure.js";
import { fullNamesOf, goldOf, namedSource, namedSources, parseBrat, quoteType, sameSpeaker } from "../../scripts/polnear.js";

const text = "Council Votes\n\nMayor Ada Lowe said the bridge would open in May.\n\n\"We are ready,\" said Tom Reyes.\n";
const draft = (speaker: { name: string; aliases?: string[] } | null, quotes: { text: string; paragraph: number }[]): CorpusFile => ({
  article: { id: "x", lang: "en", file: "x.en.txt", title: "t", titleEn: "t", source: { publisher: null, url: null, note: null }, date: null, status: "draft" },
  speakers: speaker ? [{ id: "s1", name: speaker.name, nameAr: null, aliases: speaker.aliases ?? [], role: null, roleAr: null, kind: "person" }] : [],
  quotes: quotes.map((q, i) => ({ id: `q${i + 1}`, speaker: "s1", text: q.text, textEn: q.text, verb: "said", type: "indirect" as const, paragraph: q.paragraph, topics: [] })),
  facts: [],
});
const gold = (content: string, accepts: (f: string[]) => boolean): GoldStatement => {
  const at = text.indexOf(content);
  return { article: "x", spans: [[at, at + content.length]], text: content, speaker: "?", accepts, cue: "say", type: "indirect" };
};

describe("judge", () => {
  const g = gold("the bridge would open in May.", (f) => f.includes("Ada Lowe"));
  it("right when an overlapping quote names the accepted speaker", () => {
    const d = draftStatements(draft({ name: "Ada Lowe" }, [{ text: "the bridge would open in May", paragraph: 3 }]), text);
    expect(judge([g], d).map((r) => r.outcome)).toEqual(["right"]);
  });
  it("wrong when it names someone else, missed when nothing overlaps, silent when kept without a speaker", () => {
    expect(judge([g], draftStatements(draft({ name: "Tom Reyes" }, [{ text: "the bridge would open", paragraph: 3 }]), text))[0].outcome).toBe("wrong");
    expect(judge([g], draftStatements(draft({ name: "Ada Lowe" }, [{ text: "We are ready,", paragraph: 5 }]), text))[0].outcome).toBe("missed");
    const silent = draft(null, [{ text: "the bridge would open in May", paragraph: 3 }]);
    (silent.quotes[0] as { speaker: string | null }).speaker = null;
    expect(judge([g], draftStatements(silent, text))[0].outcome).toBe("silent");
  });
  it("a quote in another paragraph does not overlap even with the same words", () => {
    expect(judge([g], draftStatements(draft({ name: "Ada Lowe" }, [{ text: "the bridge would open in May", paragraph: 5 }]), text))[0].outcome).toBe("missed");
  });
  it("tallies wrong among found", () => {
    const t = new Tally();
    t.add([{ gold: g, outcome: "right", said: [] }, { gold: g, outcome: "wrong", said: [] }, { gold: g, outcome: "missed", said: [] }]);
    expect(t.summary()).toMatchObject({ statements: 3, found: 2, right: 1, wrong: 1, wrongAmongFound: 0.5 });
  });
});

describe("PolNeAR reading", () => {
  it("reads brat events with discontinuous spans", () => {
    const a = parseBrat("T1\tSource 0 4\tAda\nT2\tCue 5 9\tsaid\nT3\tContent 10 14;16 20\tab cd\nE1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n");
    expect(a).toEqual([{ source: { spans: [[0, 4]], text: "Ada" }, cue: { spans: [[5, 9]], text: "said" }, content: { spans: [[10, 14], [16, 20]], text: "ab cd" } }]);
  });
  it("named sources: a capitalized head, titles dropped; campaigns; never pronouns or unnamed roles", () => {
    expect(namedSource("Secretary of State John Kerry")?.words).toEqual(["john", "kerry"]);
    expect(namedSource("Hope Hicks, a Trump spokeswoman")?.words).toEqual(["hope", "hicks"]);
    expect(namedSource("Representative Charles B. Rangel of New York")?.words).toEqual(["charles", "rangel"]);
    expect(namedSource("the Clinton campaign")?.words).toEqual(["clinton", "campaign"]);
    expect(namedSource("Trump’s campaign")?.words).toEqual(["trump", "campaign"]);
    expect(namedSource("the State Department")?.words).toEqual(["state", "department"]);
    expect(namedSource("Mrs. Clinton")).toEqual({ words: ["clinton"], gender: "f" });
    for (const s of ["he", "She", "who", "a Trump spokesman", "officials", "Democrats", "the fact-checker"]) expect(namedSource(s)).toBeNull();
  });
  it("the head noun phrase decides: a role for someone, a day or a common word opening the sentence names nobody", () => {
    for (const s of ["His program on Wednesday", "advisers to Mr. Obama", "A spokesman for Mayor Frank G. Jackson", "New polls released Sunday", "A slice of Hollywood", "The former secretary of State", "Most of the vulnerable Senate Republicans", "Authorities", "At least one Democrat"]) expect(namedSource(s), s).toBeNull();
    expect(namedSource("Poll", "The poll was taken Monday.")).toBeNull();
    expect(namedSource("Dunn", "Dunn spoke. Later Dunn left. He sat at the dunn.")?.words).toEqual(["dunn"]);
    expect(namedSource("The nonpartisan Commission on Presidential Debates")?.words).toEqual(["commission", "on", "presidential", "debates"]);
    expect(namedSource("The Committee for a Responsible Budget")?.words).toEqual(["committee", "for", "responsible", "budget"]);
    expect(namedSource("The Tax Policy Center at the Urban Institute")?.words).toEqual(["tax", "policy", "center"]);
    expect(namedSource("The director of the Euro Centre, Ina Kirsch,")?.words).toEqual(["ina", "kirsch"]);
    expect(namedSource("Senator Ted Cruz of Texas")?.words).toEqual(["ted", "cruz"]);
    expect(namedSource("The Hollywood Chamber of Commerce")?.words).toEqual(["hollywood", "chamber", "of", "commerce"]);
    expect(namedSource("AT LEAST 10 KILLED IN DEADLY HARBOUR FIRE")).toBeNull();
  });
  it("a coordinated source accepts any one of its speakers", () => {
    expect(namedSources("Mr. Grassley and Mr. Leahy").map((n) => n.words)).toEqual([["grassley"], ["leahy"]]);
    expect(namedSources("senator Bob Corker, R-Tenn., and Lindsey Graham, R-S.C.,").map((n) => n.words)).toEqual([["bob", "corker"], ["lindsey", "graham"]]);
    expect(namedSources("Hope Hicks, a Trump spokeswoman and adviser").map((n) => n.words)).toEqual([["hope", "hicks"]]);
  });
  it("surnames are completed from the article's first full mention, honorifics respected", () => {
    const names = fullNamesOf("Donald Trump spoke. Melania Trump listened. Hillary Clinton and Bill Clinton met.");
    expect(sameSpeaker(["trump"], ["Donald Trump"], names, null)).toBe(true);
    expect(sameSpeaker(["trump"], ["Donald Trump"], names, "f")).toBe(false);
    expect(sameSpeaker(["trump"], ["Melania Trump"], names, "f")).toBe(true);
    expect(sameSpeaker(["clinton"], ["Bill Clinton"], names, null)).toBe(false);
    expect(sameSpeaker(["donald", "trump", "jr."], ["Donald Trump"], names, null)).toBe(false);
  });
  it("quote types from the quotation marks", () => {
    expect(quoteType("“We are ready.”")).toBe("direct");
    expect(quoteType("that the plan was “a disaster” for the city")).toBe("partial");
    expect(quoteType("that the plan failed")).toBe("indirect");
  });
  it("gold statements keep only named sources", () => {
    const t = "Ada Lowe said it rained. He said it snowed.";
    const anns = parseBrat("T1\tSource 0 8\tAda Lowe\nT2\tCue 9 13\tsaid\nT3\tContent 14 24\tit rained.\nE1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\nT4\tSource 25 27\tHe\nT5\tContent 33 43\tit snowed.\nE2\tAttribution:T5 Source:T4 Content:T5\n");
    const g = goldOf({ name: "a", textPath: "", text: t, annotations: anns });
    expect(g).toHaveLength(1);
    expect(g[0].cue).toBe("say");
  });
});
