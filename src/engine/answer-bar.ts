// The answer bar: whether a verdict's best candidate is stated, offered or left unsaid, decided by a
// small logistic model fitted on annotated question sets (scripts/fit-answer-bar.ts) with a wrong
// speaker costing QB_WRONG_COST times an abstention. The engine's rules find and rank the candidates
// and say why they would hold one back; the model weighs those reasons against the candidate's
// evidence. Its weights live in data/answer-bar.json, never in code.
//
// Who decides what (decideStatus), in order:
// - what the rules would state: `keep` (a bar of 0 states it as the rules do);
// - what they hold back for a hard reason: offered, never stated;
// - what they hold back otherwise: `promoteCross` for a question in the other language than the
//   article's (fit-answer-bar --cross), `promote` for the rest; under `suggest` it is not offered;
// - then the evidence bar (fit-evidence-bar): a curated statement stated on too little of what the
//   question tells is only offered, unless it holds a quoted phrase word for word.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../paths.js";
import { SPEAKERS_WEIGHED } from "./decision.js";
import { MIN_COVERAGE, SUGGEST_COVERAGE } from "./limits.js";

/** Why the rules held a verdict back from being stated (none: they would state it). */
export const HELD_BACK = [
  "below_bar", // the best candidate scores under the answer bar
  "not_answerable", // over the bar, but one word, the opposite, or no evidence of its own
  "contested", // another speaker's statement says more of the question in its own words
  "unknown_place", // the question names a place no record knows
  "unmentioned_name", // the statement's sentence never names someone the question's statement is about
  "unsure_reading", // a misspelt word has two readings the record says
  "nothing_known", // every content word was read through corrections
  "renames_entity", // a misspelt name read as another place or group (كركي as تركي)
  "draft_unsure", // the extractor was unsure of the draft quote's speaker
  "two_speakers", // a role that fits two speakers
  "verb_family", // only a verb of the question's family was found
  "topic_missing", // the named speaker said nothing that covers the asked topic
  "other_subject", // the question claims something of one place or group, the statement of another
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
  /** Distinct speakers among the candidates near the best, up to SPEAKERS_WEIGHED. */
  speakers: number;
  /** The share of the question the best candidate says in its own words, and how many telling words it holds. */
  direct: number;
  held: number;
  /** The weighted share of the question's telling words the best candidate says (1: the question has none). */
  telling: number;
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
  /** Words of the best candidate's speaker's name as its article writes it (0: a record with no speaker). */
  nameWords?: number;
}

const reach = (score: number) => Math.min(1, Math.max(0, (score - SUGGEST_COVERAGE) / (MIN_COVERAGE - SUGGEST_COVERAGE)));

/** The model's numeric inputs, in order: the names are those of data/answer-bar.json's weights. */
export function featureVector(f: DecisionInput): Record<string, number> {
  const v: Record<string, number> = {
    ruled: f.ruled ? 1 : 0,
    score: f.score,
    margin: Math.max(0, f.score - f.rival),
    contested_by: f.rival > 0 ? 1 : 0,
    speakers: Math.min(f.speakers, SPEAKERS_WEIGHED) / SPEAKERS_WEIGHED,
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
    // How far up the band between the suggestion bar and the answer bar a held-back score reaches (0 at
    // the suggestion bar, 1 at the answer bar): the band is narrow, so the raw score barely moves a
    // model; a statement asked for by who said it, and one asked across languages, are read apart.
    reach: reach(f.score),
    who_reach: f.intent === "who_said" ? reach(f.score) : 0,
    cross_who_reach: f.crossLanguage && f.intent === "who_said" ? reach(f.score) : 0,
    // A speaker known by one word (a surname, an acronym) is met across scripts by its sound alone, and
    // is often a part of a name the article gives in full to a speaker of its own.
    cross_one_name: f.crossLanguage && f.nameWords === 1 ? 1 : 0,
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
 * The evidence bar, per intent: the least share of the question's telling words (DecisionInput.telling)
 * a statement of the curated corpus must say to be stated; under it, it is offered. Fitted by
 * scripts/fit-evidence-bar.ts on question sets and on traps made from them by leaving out the records
 * that answer them, where what is left shares the article's places and common words with the question.
 */
export type EvidenceBar = Partial<Record<DecisionIntent, number>>;

/**
 * Two models, as the two mistakes differ: `keep` judges what the rules would state (it may hold an
 * answer back), `promote` what they hold back (it may state it). A held-back candidate under the
 * `suggest` bar of `promote` is not offered either. `evidence` holds back what the rules would state
 * of the curated corpus on too little of what the question tells.
 */
export interface AnswerBarModel {
  keep: Logistic;
  promote: Logistic;
  /**
   * `promote` for a question in the other language than the article's, fitted on those alone
   * (scripts/fit-answer-bar.ts --cross): a statement says such a question's words through
   * translations, so its evidence weighs otherwise. Null: `promote` decides those too.
   */
  promoteCross?: Logistic | null;
  suggest: number;
  /** Reasons the model never overrules: a verdict held back for one of these is offered, never stated. */
  hard: HeldBack[];
  evidence?: EvidenceBar;
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
  const status = modelStatus(model, f);
  // A quoted phrase the statement holds word for word is evidence enough, whatever else the question says.
  return status === "answered" && !f.draft && !f.verbatim && f.telling < (model.evidence?.[f.intent] ?? 0) ? "suggested" : status;
}

function modelStatus(model: AnswerBarModel, f: DecisionInput): Status {
  // A keep bar of 0 (the rules' own, and data/answer-bar.json's) passes every probability: no features to build per ask.
  if (f.ruled) return model.keep.bar <= 0 || probability(model.keep, f) >= model.keep.bar ? "answered" : "suggested";
  if (f.heldBack && model.hard.includes(f.heldBack)) return "suggested";
  const cross = f.crossLanguage && !!model.promoteCross;
  // Across languages the question's words are met through translations, which do not tell a statement
  // from its opposite ("lower" and رفع both reach أسعار الفائدة): one the rules found opposite is offered only.
  if (cross && f.opposite) return "suggested";
  const promote = cross ? model.promoteCross! : model.promote;
  const p = probability(promote, f);
  return p >= promote.bar ? "answered" : p >= model.suggest ? "suggested" : "no_match";
}

export const ANSWER_BAR_FILE = join(PROJECT_ROOT, "data", "answer-bar.json");

/** The rules alone: state what they state, offer what they hold back. */
export const RULES_ONLY: AnswerBarModel = { keep: { weights: {}, bias: 0, bar: 0 }, promote: { weights: {}, bias: 0, bar: 2 }, promoteCross: null, suggest: 0, hard: [] };

let loaded: AnswerBarModel | undefined;

function logistic(raw: unknown): Logistic | null {
  const m = raw as Partial<Logistic> | undefined;
  const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
  if (!m || !finite(m.bias) || !finite(m.bar) || !m.weights || !Object.values(m.weights).every(finite)) return null;
  return { weights: m.weights, bias: m.bias, bar: m.bar };
}

function evidenceBar(raw: unknown): EvidenceBar {
  const bars = (raw ?? {}) as Record<string, unknown>;
  const out: EvidenceBar = {};
  for (const i of INTENTS) {
    const bar = bars[i];
    if (typeof bar === "number" && Number.isFinite(bar)) out[i] = bar;
  }
  return out;
}

/** data/answer-bar.json, read once; a missing or malformed file means the rules alone decide. */
export function answerBar(): AnswerBarModel {
  if (loaded) return loaded;
  try {
    const raw = JSON.parse(readFileSync(ANSWER_BAR_FILE, "utf8")) as Partial<Record<keyof AnswerBarModel, unknown>>;
    const keep = logistic(raw.keep);
    const promote = logistic(raw.promote);
    const hard = Array.isArray(raw.hard) ? raw.hard.filter((h): h is HeldBack => (HELD_BACK as readonly unknown[]).includes(h)) : [];
    const promoteCross = raw.promoteCross === undefined || raw.promoteCross === null ? null : logistic(raw.promoteCross);
    const crossOk = promoteCross !== null || raw.promoteCross === undefined || raw.promoteCross === null;
    loaded = keep && promote && crossOk && typeof raw.suggest === "number" ? { keep, promote, promoteCross, suggest: raw.suggest, hard, evidence: evidenceBar(raw.evidence) } : RULES_ONLY;
  } catch {
    loaded = RULES_ONLY;
  }
  return loaded;
}
