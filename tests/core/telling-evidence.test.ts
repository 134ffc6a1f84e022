// The evidence bar: a statement of the curated corpus is stated as the answer to a who-said question
// only when it says enough of what the question tells, not just the article's places, groups and
// common words. The trap: the statement the question is about is not in the corpus, and another shares
// "ISIS", "Syria", "Turkey" and one telling word with it. Invented questions, asked of the built-in
// article with the statement they are about left out (a trap) and with it (an answer).
import { beforeAll, describe, expect, it } from "vitest";
import { answerBar, decideStatus, type DecisionInput } from "../../src/engine/answer-bar.js";
import { tellingShare, type MatchableTerm } from "../../src/engine/evidence.js";
import { createEngine, loadCorpus, type Corpus, type Engine } from "../../src/index.js";

const without = (corpus: Corpus, id: string): Corpus => ({
  ...corpus,
  articles: corpus.articles.map((a) => ({ ...a, quotes: a.quotes.filter((q) => q.id !== id), facts: a.facts.filter((f) => f.id !== id) })),
});

let whole: Engine;
const left = new Map<string, Engine>();
beforeAll(() => {
  const corpus = loadCorpus();
  whole = createEngine(corpus);
  for (const id of ["q-jeffrey-fighters", "q-erdogan-operation"]) left.set(id, createEngine(without(corpus, id)));
});

describe("a statement sharing the article's common words and one telling word is not the answer", () => {
  it.each([
    // The officials' "violence through secret cells … in Syria" shares ISIS, Syria and fighters (militants).
    ["q-jeffrey-fighters", "jeffrey", "who claimed there are still thousands of ISIS fighters spread over Syria and Iraq?"],
    // Trump's "if they hit the Kurds" shares Turkey, the Kurds, Syria and "hit".
    ["q-erdogan-operation", "erdogan", "who said Turkey is about to hit the Kurds with a military operation in Syria?"],
    // The same in dialect: the officials' cells, Trump's Kurds.
    ["q-jeffrey-fighters", "jeffrey", "مين قال إن آلاف المقاتلين من داعش لسه منتشرين في سوريا والعراق؟"],
    ["q-erdogan-operation", "erdogan", "منو اللي قال إن تركيا راح تسوي عملية عسكرية ضد الأكراد بسوريا؟"],
  ])("without %s, '%s' is at most offered; with it, %s is the answer", (id, speaker, q) => {
    expect(left.get(id)!.ask(q).status).not.toBe("answered");
    const a = whole.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe(speaker);
  });
});

describe("paraphrases the evidence bar asks to be read (data/concepts.txt)", () => {
  it.each([
    ["Who said we need to go after ISIS's money people and facilitators in court?", "sales"],
    ["Who said Ankara was about to send troops into Kurdish-held Syria?", "erdogan"],
    ["Who claimed the Daesh label is alive and well all over the planet?", "sales"],
    ["who's the one who announced pulling all US troops out of syria", "trump"],
  ])("%s", (q, speaker) => {
    const a = whole.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe(speaker);
  });
});

describe("the telling share", () => {
  const term = (ids: number[], related: number[] = [], generic = false): MatchableTerm => ({ term: { word: "w", keys: ["w"], script: "en" }, ids, related, parts: [], generic });

  it("weighs the telling words the record says, in its own words or through their concepts, generic ones left out", () => {
    const own = Int32Array.from([1, 3]);
    expect(tellingShare([term([1]), term([2]), term([9], [3]), term([4], [], true)], [2, 2, 1, 5], own)).toBeCloseTo(3 / 5);
  });

  it("is 1 for a question with no telling word (nothing to weigh)", () => {
    expect(tellingShare([term([1], [], true)], [1], Int32Array.from([]))).toBe(1);
  });
});

describe("the fitted evidence bar", () => {
  const input = (over: Partial<DecisionInput> = {}): DecisionInput => ({
    ruled: true, heldBack: null, intent: "who_said", score: 0.8, rival: 0, speakers: 1, direct: 0.5, held: 1, telling: 1, evidence: true, verbatim: false,
    close: 1, opposite: false, script: "en", crossLanguage: false, corrections: 0, oneWord: false, quoted: false, hint: false, draft: false, confidence: 1, ...over,
  });

  it("data/answer-bar.json holds a who-said bar between nothing and everything", () => {
    const bar = answerBar().evidence?.who_said ?? 0;
    expect(bar).toBeGreaterThan(0);
    expect(bar).toBeLessThan(1);
  });

  it("holds back (offers) a curated who-said answer under it, never a draft's (the draft bar weighs those)", () => {
    const model = { ...answerBar(), evidence: { who_said: 0.4 } };
    expect(decideStatus(model, input({ telling: 0.2 }))).toBe("suggested");
    expect(decideStatus(model, input({ telling: 0.6 }))).toBe("answered");
    expect(decideStatus(model, input({ telling: 0.2, intent: "fact" }))).toBe("answered");
    expect(decideStatus(model, input({ telling: 0.2, draft: true }))).toBe("answered");
  });
});
