// The answer bar: whether a verdict's best candidate is stated, offered or left unsaid, decided by a
// small logistic model fitted on annotated question sets (scripts/fit-answer-bar.ts) with a wrong
// speaker costing QB_WRONG_COST times an abstention. The engine's rules find and rank the candidates
// and say why they would hold one back; the model weighs those reasons against the candidate's
// evidence. Its weights live in data/answer-bar.json, never in code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../paths.js";

/** Why the rules held a verdict back from being stated (none: they would state it). */
export const HELD_BACK = [
  "below_bar", // the best candidate scores under the answer bar
  "not_answerable", // over the bar, but one word, the opposite, or no evidence of its own
  "contested", // another speaker's statement says more of the question in its own words
  "unknown_place", // the question names a place no record knows
  "unsure_reading", // a misspelt word has two readings the record says
  "nothing_known", // every content word was read through corrections
  "renames_entity", // a misspelt name read as another place or group (كركي as تركي)
  "draft_unsure", // the extractor was unsure of the draft quote's speaker
  "two_speakers", // a role that fits two speakers
  "verb_family", // only a verb of the question's family was found
  "topic_missing", // the named speaker said nothing that covers the asked topic
  "slot_missing", // the named speaker's quote gives no time, place, number or name the question asks for
] as const;
export type HeldBack = (typeof HELD_BACK)[number];

export const INTENTS = ["who_said", "what_said", "who_is", "fact", "verb_only"] as const;
export type DecisionIntent = (typeof INTENTS)[number];

/** What the engine knows of a verdict when it decides: the model's inputs before they become numbers. */
export interface DecisionInput {
  /** The rules' status: true when they would state the answer. */
  ruled: boolean;
  heldBack: HeldBack | null;
  intent: DecisionIntent;
  /** The best candidate's score (uncapped), and the best score of a candidate of another speaker (0: none). */
  score: number;
  rival: number;
  /** Distinct speakers among the candidates. */
  speakers: number;
  /** The share of the question the best candidate says in its own words, and how many telling words it holds. */
  direct: number;
  held: number;
  evidence: boolean;
  verbatim: boolean;
  /** The share of a long quoted phrase the best candidate holds (1: none quoted). */
  close: number;
  opposite: boolean;
  /** The question: Arabic script, Latin letters read as Arabic (Arabizi), or English. */
  script: "ar" | "arabizi" | "en";
  /** The question's language differs from the article's. */
  crossLanguage: boolean;
  /** Words read through spelling corrections. */
  corrections: number;
  /** The question has fewer than two distinct content words. */
  oneWord: boolean;
  quoted: boolean;
  hint: boolean;
  /** The best candidate is a draft quote, and the extractor's confidence in it (1 when not a draft). */
  draft: boolean;
  confidence: number;
  /** How telling the most telling question word the best candidate says is (1: the rarest; see evidence.ts). */
  rarest: number;
  /** The heaviest question word the best candidate does not say, over the heaviest (see evidence.ts). */
  missing: number;
  /** How closely the speaker the question names fits the candidate's (what-did-Y-say; 1 when none is named). */
  named: number;
  /** The best candidate is a fact: a record with no speaker. */
  speakerless: boolean;
}

/** The model's numeric inputs, in order: the names are those of data/answer-bar.json's weights. */
export function featureVector(f: DecisionInput): Record<string, number> {
  const v: Record<string, number> = {
    ruled: f.ruled ? 1 : 0,
    score: f.score,
    margin: Math.max(0, f.score - f.rival),
    contested_by: f.rival > 0 ? 1 : 0,
    speakers: Math.min(f.speakers, 4) / 4,
    direct: f.direct,
    held: Math.min(f.held, 5) / 5,
    evidence: f.evidence ? 1 : 0,
    verbatim: f.verbatim ? 1 : 0,
    close: f.close,
    opposite: f.opposite ? 1 : 0,
    cross_language: f.crossLanguage ? 1 : 0,
    corrections: Math.min(f.corrections, 3) / 3,
    one_word: f.oneWord ? 1 : 0,
    quoted: f.quoted ? 1 : 0,
    hint: f.hint ? 1 : 0,
    draft: f.draft ? 1 : 0,
    unsure_draft: f.draft ? 1 - f.confidence : 0,
    // Across languages a statement says the question's words through translations and glossary
    // concepts, which score lower: the same score and words held mean more there.
    cross_score: f.crossLanguage ? f.score : 0,
    cross_held: f.crossLanguage ? Math.min(f.held, 5) / 5 : 0,
    // A draft's speaker is the extractor's guess: its record is weighed apart from the corpus's own.
    draft_fact: f.draft && f.intent === "fact" ? 1 : 0,
    draft_score: f.draft ? f.score : 0,
    draft_held: f.draft ? Math.min(f.held, 5) / 5 : 0,
    rarest: f.rarest,
    missing: f.missing,
    named: f.named,
    speakerless: f.speakerless ? 1 : 0,
    // A record with no speaker answers a question about what someone said only by its words.
    speakerless_said: f.speakerless && f.intent !== "fact" ? 1 : 0,
  };
  for (const h of HELD_BACK) v[`held_back:${h}`] = f.heldBack === h ? 1 : 0;
  for (const i of INTENTS) v[`intent:${i}`] = f.intent === i ? 1 : 0;
  for (const s of ["ar", "arabizi", "en"]) v[`script:${s}`] = f.script === s ? 1 : 0;
  return v;
}

/** A logistic model over the feature vector: stated from `bar` (a probability of the right speaker) up. */
export interface Logistic {
  /** Feature name → weight; a name the engine does not compute counts for nothing. */
  weights: Record<string, number>;
  bias: number;
  bar: number;
}

/**
 * Two models, as the two mistakes differ: `keep` judges what the rules would state (it may hold an
 * answer back), `promote` what they hold back (it may state it). A held-back candidate under the
 * `suggest` bar of `promote` is not offered either.
 */
export interface AnswerBarModel {
  keep: Logistic;
  promote: Logistic;
  /**
   * `keep` for what the rules would state from a draft record, fitted on draft questions alone: a
   * draft's speaker and sentence are the extractor's, and its mistakes are not the curated corpus's.
   */
  draftKeep?: Logistic;
  suggest: number;
  /** Reasons the model never overrules: a verdict held back for one of these is offered, never stated. */
  hard: HeldBack[];
}

export function probability(model: Logistic, f: DecisionInput): number {
  const v = featureVector(f);
  let z = model.bias;
  for (const [name, w] of Object.entries(model.weights)) z += w * (v[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export type Status = "answered" | "suggested" | "no_match";

/** One status decision: what the model weighed, what the rules alone would say, and what was decided. */
export interface StatusDecision {
  input: DecisionInput;
  ruled: "answered" | "suggested";
  status: Status;
}

/** The status of a verdict: what the rules would state is at least offered. */
export function decideStatus(model: AnswerBarModel, f: DecisionInput): Status {
  // A keep bar of 0 (the rules' own, and data/answer-bar.json's) passes every probability: no features to build per ask.
  if (f.ruled) {
    const keep = f.draft && model.draftKeep ? model.draftKeep : model.keep;
    return keep.bar <= 0 || probability(keep, f) >= keep.bar ? "answered" : "suggested";
  }
  if (f.heldBack && model.hard.includes(f.heldBack)) return "suggested";
  const p = probability(model.promote, f);
  return p >= model.promote.bar ? "answered" : p >= model.suggest ? "suggested" : "no_match";
}

export const ANSWER_BAR_FILE = join(PROJECT_ROOT, "data", "answer-bar.json");

/** The rules alone: state what they state, offer what they hold back. */
export const RULES_ONLY: AnswerBarModel = { keep: { weights: {}, bias: 0, bar: 0 }, promote: { weights: {}, bias: 0, bar: 2 }, suggest: 0, hard: [] };

let loaded: AnswerBarModel | undefined;

function logistic(raw: unknown): Logistic | null {
  const m = raw as Partial<Logistic> | undefined;
  const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
  if (!m || !finite(m.bias) || !finite(m.bar) || !m.weights || !Object.values(m.weights).every(finite)) return null;
  return { weights: m.weights, bias: m.bias, bar: m.bar };
}

/** data/answer-bar.json, read once; a missing or malformed file means the rules alone decide. */
export function answerBar(): AnswerBarModel {
  if (loaded) return loaded;
  try {
    const raw = JSON.parse(readFileSync(ANSWER_BAR_FILE, "utf8")) as Partial<Record<keyof AnswerBarModel, unknown>>;
    const keep = logistic(raw.keep);
    const promote = logistic(raw.promote);
    const hard = Array.isArray(raw.hard) ? raw.hard.filter((h): h is HeldBack => (HELD_BACK as readonly unknown[]).includes(h)) : [];
    const draftKeep = raw.draftKeep === undefined ? undefined : logistic(raw.draftKeep) ?? undefined;
    loaded = keep && promote && typeof raw.suggest === "number" ? { keep, promote, ...(draftKeep ? { draftKeep } : {}), suggest: raw.suggest, hard } : RULES_ONLY;
  } catch {
    loaded = RULES_ONLY;
  }
  return loaded;
}
