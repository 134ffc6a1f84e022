// Concept sets (data/concepts.txt): paraphrase across wording and across the two languages, with
// WordNet synonyms for the senses the file names, at a lower weight than the words themselves.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { CONCEPTS_FILE, CONCEPT_WEIGHT, indexConcepts, isConceptList, parseConceptLine } from "../../src/normalize/concepts.js";
import { concepts, contentTerms, normalize, questionTerms } from "../../src/normalize/index.js";
import { parseSense, wordnetLemmas } from "../../src/normalize/wordnet.js";

const keyOf = (word: string) => contentTerms(word)[0].keys[0];
const relatedOf = (text: string, word: string) => {
  const term = questionTerms(text).find((t) => t.word === word);
  return new Map((term?.related ?? []).map((r) => [r.key, r.weight]));
};

describe("the analyzed concepts kept in the per-user cache", () => {
  it("index into the same table when read back as JSON, and a malformed copy is refused", () => {
    const table = concepts();
    const copy: unknown = JSON.parse(JSON.stringify(table.concepts));
    expect(isConceptList(copy)).toBe(true);
    expect(indexConcepts(copy as typeof table.concepts)).toEqual(table);
    expect(isConceptList([{ tags: [], members: [{ words: [["x"]], contentKeys: ["x"] }] }])).toBe(false);
    expect(isConceptList([{ tags: [], members: [{ words: [[1]], contentKeys: [], weight: 1 }] }])).toBe(false);
    expect(isConceptList({})).toBe(false);
  });
});

describe("the concept file", () => {
  const lines = readFileSync(CONCEPTS_FILE, "utf8").split("\n");

  it("parses every line that is not a comment into members of both languages or WordNet senses", () => {
    for (const line of lines) {
      const parsed = parseConceptLine(line);
      if (!parsed) continue;
      expect(parsed.en.length + parsed.ar.length, line).toBeGreaterThan(0);
      const wn = line.split("|")[2] ?? "";
      for (const s of wn.replace(/^\s*wn:/, "").split(",").map((x) => x.trim()).filter(Boolean)) expect(parseSense(s), `${s} in: ${line}`).not.toBeNull();
    }
  });

  it("reads tags, members in both scripts and senses", () => {
    expect(parseConceptLine("[role] envoy, special envoy | مبعوث، سفير | wn: envoy.n.1")).toEqual({
      tags: ["role"], en: ["envoy", "special envoy"], ar: ["مبعوث", "سفير"], senses: [{ word: "envoy", pos: "n", sense: 1 }],
    });
    expect(parseConceptLine("# a comment")).toBeNull();
  });
});

describe("WordNet senses", () => {
  it("reads the lemmas of the named sense only, without short polysemous words or proper names", () => {
    const lemmas = wordnetLemmas([{ word: "attack", pos: "v", sense: 1 }, { word: "persist", pos: "v", sense: 1 }]);
    expect(lemmas["attack.v.1"]).toEqual(expect.arrayContaining(["attack", "assail"]));
    // persist.v.1 is {prevail, persist, die_hard, run, endure}: "run" is too short to be trusted.
    expect(lemmas["persist.v.1"]).toContain("endure");
    expect(lemmas["persist.v.1"]).not.toContain("run");
  });

  it("gives the same lemmas from its cache", () => {
    const senses = [{ word: "repatriate", pos: "v" as const, sense: 1 }];
    expect(wordnetLemmas(senses)).toEqual(wordnetLemmas(senses));
  });

  it("counts a WordNet synonym for less than a curated member, and both for less than the word itself", () => {
    const related = relatedOf("they would assail the area", "assail");
    expect(related.get(keyOf("offensive"))).toBe(CONCEPT_WEIGHT.wordnet);
    const curated = relatedOf("an invasion of the border area", "invasion");
    expect(curated.get(keyOf("offensive"))).toBe(CONCEPT_WEIGHT.curated);
    expect(CONCEPT_WEIGHT.wordnet).toBeLessThan(CONCEPT_WEIGHT.curated);
    expect(CONCEPT_WEIGHT.curated).toBeLessThan(1);
  });
});

describe("question terms", () => {
  it("expands a word into the other words and the other language of its concept", () => {
    const related = relatedOf("who wants them sent home", "sent");
    expect(related.has(keyOf("repatriate"))).toBe(true);
    for (const k of contentTerms("إعادة").flatMap((t) => t.keys)) expect(related.has(k)).toBe(true);
    const ar = relatedOf("مين حذر من الخلايا النايمة", "النايمه");
    expect(ar.has(keyOf("السرية"))).toBe(true);
    expect(ar.has(keyOf("clandestine"))).toBe(true);
  });

  it("lets the longest phrase hold its words: 'hard to stamp out' is resilience, not eradication", () => {
    const related = relatedOf("violence that is hard to stamp out", "stamp");
    expect(related.has(keyOf("resilient"))).toBe(true);
    expect(related.has(keyOf("eradicate"))).toBe(false);
    expect(relatedOf("they will stamp out the violence", "stamp").has(keyOf("eradicate"))).toBe(true);
  });

  it("matches a phrase with its function words: 'pull out' is a withdrawal, 'pull' alone is not", () => {
    expect(relatedOf("troops pull out", "pull").has(keyOf("withdrawal"))).toBe(true);
    expect(relatedOf("a strong pull", "pull").size).toBe(0);
  });

  it("keeps words for offices out of statement search", () => {
    expect(relatedOf("what did the pentagon do", "pentagon").size).toBe(0);
    expect(concepts().concepts.some((c) => c.tags.includes("role"))).toBe(true);
  });
});

describe("abbreviations and spellings", () => {
  it.each([
    ["Turkey w/o its land", "turkey without its land"],
    ["b/c of the sanctions", "because of the sanctions"],
    ["U.S. and US", "us and us"],
    ["Mr. Sales", "mr sales"],
  ])("%s", (text, normalized) => expect(normalize(text)).toBe(normalized));

  it.each([
    ["military op", "military operation"],
    ["Oct. 12", "October 12"],
    ["the govt", "the government"],
    ["intl coalition", "international coalition"],
  ])("%s has the keys of %s", (short, long) => {
    expect(contentTerms(short).map((t) => t.keys)).toEqual(contentTerms(long).map((t) => t.keys));
  });
});

describe("paraphrased questions", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(loadCorpus());
  });

  it.each([
    ["which official wants foreign jihadists sent home to face justice?", "sales", "المقاتلين الإرهابيين الأجانب"],
    ["who said the ISIS name still sells", "sales", "العلامة التجارية"],
    ["who said the terror group's label lives on everywhere", "sales", "العلامة التجارية"],
    ["who said ISIS violence in the countryside is hard to root out", "jeffrey", "الريفي الثابت والمرن"],
    ["who talked about clandestine cells", "us_officials", "الخلايا السرية"],
    ["who warned the turks would launch a military op", "erdogan", "ستشن عملية عسكرية"],
    ["من قال إن اسم داعش باق في كل مكان؟", "sales", "العلامة التجارية"],
    ["مين حذر من الخلايا النايمة", "us_officials", "الخلايا السرية"],
    ["من توعد بتخريب اقتصاد تركيا؟", "trump", "تدمير تركيا"],
  ])("%s", (q, speaker, evidence) => {
    const a = engine.ask(q);
    expect(a.status, q).toBe("answered");
    expect(a.answers[0].speaker?.id, q).toBe(speaker);
    expect(a.answers[0].text + a.answers[0].context, q).toContain(evidence);
  });

  it.each([
    "who said the US will pull out of Iraq?",
    "who said the army will invade Iraq",
    "من قال إن الجيش سيغزو العراق",
    "who said Coca-Cola's brand is worth billions",
    "who said the talks with Iran failed",
    "who said sleeper cells in Europe were dismantled",
  ])("still abstains: %s", (q) => expect(engine.ask(q).status).toBe("no_match"));
});

describe("chat words for news vocabulary", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(loadCorpus());
  });

  it.each([
    ["why is washington so annoyed with turkey?", "الإحباط الأمريكي"],
    ["who said russian hardware endangers the F-35?", "النظام الروسي"],
  ])("%s finds the statement worded otherwise", (q, held) => {
    const a = engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain(held);
  });
});

describe("words of chat and dialect for the news vocabulary", () => {
  it.each([
    ["guys", "guys", "مقاتل"], // "thousands of ISIS guys": fighters
    ["the cash", "cash", "موارد"], // "lack the cash": resources
    ["رح يخرب", "يخرب", "تدمير"], // Levantine "will wreck": devastate
    ["الاعتقاد بأن العملية قريبة", "الاعتقاد", "توقع"], // belief: expectation
  ])("%s: %s is met by %s", (text, word, key) => {
    const related = [...relatedOf(text, word).keys()];
    const wanted = keyOf(key);
    expect(related, `${word}: ${related.join(" ")}`).toContain(wanted);
  });

  it("Moscow stands for Russia as Ankara does for Turkey", () => {
    expect(keyOf("موسكو")).toBe(keyOf("روسيا"));
    expect(keyOf("Moscow")).toBe(keyOf("Russia"));
  });
});
