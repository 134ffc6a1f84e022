// Answer, suggest or abstain: two bars over the same scores, as fact-checking tiplines do. A candidate
// over the answer bar (with evidence) is stated as the answer; one between the suggest bar and the answer
// bar is only offered ("Did you mean …?"); below the suggest bar nothing is said. The fitted answer bar
// (answer-bar.ts) has the last word on what is stated.
import type { HeldBack } from "./answer-bar.js";

export interface Scored {
  record: number;
  score: number;
  /** The record holds a phrase the question put in quote marks, word for word (or with a typo or two). */
  verbatim?: boolean;
  /** The record itself says enough of the question (see evidence.ts). */
  evidence?: boolean;
  /** The share of a long quoted phrase's words the record holds (1 when there is none). */
  close?: number;
  /** Distinct non-generic words of the question the record itself says (see evidence.ts). */
  held?: number;
  /** The share of the question's weight the record says in its own words (see evidence.ts). */
  direct?: number;
  /** The record says the opposite of the question (a negation one of them lacks, or an antonym). */
  opposite?: boolean;
  /**
   * The weight of the most telling question word the record says in its own words, over the weight of
   * the most telling word the corpus knows (1: it says the rarest; see evidence.ts, rarestHeld).
   */
  rarest?: number;
  /** The heaviest question word it does not say, over the heaviest (0: it says them all; see rarestHeld). */
  missing?: number;
  /** The record fills the slot the question asks for (a number, a time, a place…; see answer-slots.ts). */
  slot?: boolean;
}

export interface Verdict {
  status: "answered" | "suggested";
  scored: Scored[];
  /** Why the rules hold a suggested verdict back (see answer-bar.ts). */
  why?: HeldBack;
  /** Every candidate the verdict was chosen from, best first: the answer bar weighs the best rival. */
  pool?: Scored[];
  /** How closely the speaker the question names matched the answer's speaker (what-did-Y-say; 0..1). */
  named?: number;
}

/** Further answers must score at least this fraction of the best one. */
export const RUNNER_UP_RATIO = 0.75;
/**
 * What a suggested candidate's score may show at most: below the answer bar, as it was not stated. A
 * one-word match can score high on coverage and still be no evidence.
 */
export const SUGGESTED_SCORE_CAP = 0.49;
/** At most this many candidates are offered in a suggestion. */
export const MAX_SUGGESTIONS = 3;
/**
 * A draft quote whose extractor confidence is below this is never stated as fact: the speaker was the
 * extractor's best guess, so the answer is offered as a suggestion.
 */
export const SURE_DRAFT_CONFIDENCE = 0.7;

/** The best candidates at or above `min`, and those within RUNNER_UP_RATIO of the best. Sorted input. */
export function best(scored: Scored[], min: number): Scored[] {
  if (!scored.length || scored[0].score < min) return [];
  const floor = Math.max(min, scored[0].score * RUNNER_UP_RATIO);
  return scored.filter((s) => s.score >= floor);
}

/**
 * Among answers close enough in score to be stated together, the one that says more of the question in
 * its own words comes first. Concept expansions, curated topics and the sentence around a quote rank
 * candidates; they do not put a statement in one speaker's mouth rather than in the mouth of one who
 * said the asked words ("who said Turkey's gonna hit the Kurds w/ a military op" is Erdogan's "military
 * operation", not Trump's "if they hit the Kurds" matched to "operation" through "attack").
 */
export function preferDirect(verdict: Verdict | null): Verdict | null {
  if (verdict?.status !== "answered") return verdict;
  const scored = [...verdict.scored].sort((a, b) => (b.direct ?? 0) - (a.direct ?? 0) || b.score - a.score || a.record - b.record);
  return { ...verdict, status: "answered", scored };
}

/**
 * Decides over sorted candidates. `answerable` says which may be stated as the answer at all; the
 * others (and answerable ones under the answer bar) may still be suggested above the suggest bar if
 * they say at least one telling word of the question themselves.
 */
export function decide(
  scored: Scored[],
  bars: { answer: number; suggest: number },
  answerable: (s: Scored) => boolean = () => true,
): Verdict | null {
  const answers = best(scored.filter(answerable), bars.answer);
  if (answers.length) return { status: "answered", scored: answers, pool: scored };
  const suggestions = best(scored.filter((s) => (s.held ?? 1) >= 1), bars.suggest).slice(0, MAX_SUGGESTIONS);
  if (!suggestions.length) return null;
  const why = suggestions[0].score >= bars.answer && !answerable(suggestions[0]) ? "not_answerable" : "below_bar";
  return { status: "suggested", scored: suggestions, why, pool: scored };
}
