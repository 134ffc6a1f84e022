// The fitted answer bar (src/engine/answer-bar.ts): what the rules state is judged by `keep`, what they
// hold back by `promote`; reasons marked hard are never overruled; data/answer-bar.json is what the
// engine loads, and a model given to the engine decides its statuses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ANSWER_BAR_FILE, HELD_BACK, RULES_ONLY, answerBar, decideStatus, featureVector, probability, type AnswerBarModel, type DecisionInput } from "../../src/engine/answer-bar.js";
import { createEngine, loadCorpus, type StatusDecision } from "../../src/index.js";

const input = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  ruled: false, heldBack: "below_bar", intent: "who_said", score: 0.45, rival: 0, speakers: 1, direct: 0.3, held: 3, evidence: true, verbatim: false,
  close: 1, opposite: false, script: "en", crossLanguage: false, corrections: 0, oneWord: false, quoted: false, hint: false, draft: false, confidence: 1,
  rarest: 1, missing: 0, named: 1, speakerless: false, ...over,
});

/** States what is held back when it holds at least three telling words; holds back a draft's answer. */
const model: AnswerBarModel = {
  keep: { weights: { draft: -10 }, bias: 5, bar: 0.5 },
  promote: { weights: { held: 20 }, bias: -9, bar: 0.5 },
  suggest: 0.2,
  hard: ["unknown_place"],
};

describe("the answer bar decides", () => {
  it("what the rules state stays stated unless keep holds it back (then it is offered, never dropped)", () => {
    expect(decideStatus(model, input({ ruled: true, heldBack: null }))).toBe("answered");
    expect(decideStatus(model, input({ ruled: true, heldBack: null, draft: true }))).toBe("suggested");
  });

  it("draftKeep, when given, judges what the rules state from a draft; keep still judges the rest", () => {
    const withDraftKeep: AnswerBarModel = { ...model, keep: { weights: {}, bias: 0, bar: 0 }, draftKeep: { weights: { missing: -10 }, bias: 5, bar: 0.5 } };
    expect(decideStatus(withDraftKeep, input({ ruled: true, heldBack: null, draft: true, missing: 1 }))).toBe("suggested");
    expect(decideStatus(withDraftKeep, input({ ruled: true, heldBack: null, draft: true, missing: 0 }))).toBe("answered");
    expect(decideStatus(withDraftKeep, input({ ruled: true, heldBack: null, draft: false, missing: 1 }))).toBe("answered");
  });

  it("what the rules hold back is stated over the promote bar, offered over the suggest bar, else dropped", () => {
    expect(decideStatus(model, input({ held: 3 }))).toBe("answered");
    expect(decideStatus(model, input({ held: 2 }))).toBe("suggested");
    expect(decideStatus(model, input({ held: 0 }))).toBe("no_match");
  });

  it("a hard reason is never overruled, however strong the evidence", () => {
    expect(decideStatus(model, input({ heldBack: "unknown_place", held: 5 }))).toBe("suggested");
  });

  it("the rules alone: state what they state, offer what they hold back", () => {
    expect(decideStatus(RULES_ONLY, input({ ruled: true, heldBack: null }))).toBe("answered");
    for (const h of HELD_BACK) expect(decideStatus(RULES_ONLY, input({ heldBack: h, held: 5, score: 0.99 }))).toBe("suggested");
  });

  it("features are numbers in 0..1, one per reason, intent and script", () => {
    const v = featureVector(input({ held: 9, corrections: 7, speakers: 9 }));
    for (const x of Object.values(v)) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of Object.values(v)) expect(x).toBeLessThanOrEqual(1);
    expect(v["held_back:below_bar"]).toBe(1);
    expect(v["held_back:contested"]).toBe(0);
    expect(probability(model.promote, input({ held: 5 }))).toBeGreaterThan(0.99);
  });
});

describe("data/answer-bar.json", () => {
  it("is the model the engine loads, fitted with a wrong answer costing at least 6 abstentions, its hard reasons known", () => {
    const file = JSON.parse(readFileSync(ANSWER_BAR_FILE, "utf8")) as AnswerBarModel & { cost: number };
    expect(file.cost).toBeGreaterThanOrEqual(6);
    const loaded = answerBar();
    expect(loaded).not.toBe(RULES_ONLY);
    expect(loaded.keep).toEqual(file.keep);
    expect(loaded.promote).toEqual(file.promote);
    for (const h of file.hard) expect(HELD_BACK).toContain(h);
    // The traps' guards and the extractor's doubt stay rules.
    for (const h of ["unknown_place", "nothing_known", "not_answerable", "draft_unsure"] as const) expect(loaded.hard).toContain(h);
  });
});

describe("the engine asks the answer bar", () => {
  const corpus = loadCorpus();
  it("a model given to the engine decides, and explain hears what it weighed", () => {
    const q = "who said the ISIS brand still exists worldwide?";
    const decisions: StatusDecision[] = [];
    const rules = createEngine(corpus, { answerBar: RULES_ONLY }).ask(q, { explain: (d) => decisions.push(d) });
    expect(rules.status).toBe("answered");
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ ruled: "answered", status: "answered", input: { ruled: true, heldBack: null, intent: "who_said", script: "en" } });
    // A keep model that holds back every statement: offered, never dropped.
    const doubting: AnswerBarModel = { ...RULES_ONLY, keep: { weights: {}, bias: 0, bar: 0.9 } };
    expect(createEngine(corpus, { answerBar: doubting }).ask(q).status).toBe("suggested");
  });

  it("a near miss the rules hold back may be stated by a model that trusts it, never a no-match question", () => {
    const q = "who said the brand is still there?";
    const trusting: AnswerBarModel = { ...RULES_ONLY, promote: { weights: {}, bias: 5, bar: 0.5 } };
    const decisions: StatusDecision[] = [];
    const held = createEngine(corpus, { answerBar: RULES_ONLY }).ask(q, { explain: (d) => decisions.push(d) });
    expect(held.status).toBe("suggested");
    const reason = decisions[0].input.heldBack;
    expect(reason).not.toBeNull();
    const engine = createEngine(corpus, { answerBar: { ...trusting, hard: [] } });
    expect(engine.ask(q).status).toBe("answered");
    expect(createEngine(corpus, { answerBar: { ...trusting, hard: [reason!] } }).ask(q).status).toBe("suggested");
    // Nothing found is nothing to decide on.
    expect(engine.ask("asdkjh qwe zzxq").status).toBe("no_match");
  });
});
