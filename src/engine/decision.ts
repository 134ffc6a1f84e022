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
  /** The weighted share of the question's telling words the record says (see evidence.ts tellingShare). */
  telling?: number;
  /** The record says the opposite of the question (a negation one of them lacks, or an antonym). */
  opposite?: boolean;
  /** A fact question's record that leaves the slot it asks (a number, a place, a verdict …) unfilled. */
  unfilled?: boolean;
}

export interface Verdict {
  status: "answered" | "suggested";
  scored: Scored[];
  /** Why the rules hold a suggested verdict back (see answer-bar.ts). */
  why?: HeldBack;
  /** Every candidate the verdict was chosen from, best first: the answer bar weighs the best rival. */
  pool?: Scored[];
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
/** The answer bar tells one, two, three and four or more speakers among the best candidates apart. */
export const SPEAKERS_WEIGHED = 4;
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

/**
 * Whether no candidate still unscored can change the verdict `decide` gives over `scored`, nor what the
 * answer bar weighs of it (decisionInput): the best rival's score and the speakers within
 * RUNNER_UP_RATIO of the top, up to SPEAKERS_WEIGHED. Each candidate left scores at most `most`, and one
 * that scores `most` is of a record after `record` (scoreRecords scores best bound first, then in record
 * order): it ranks after any scored one of the same score. `left`: whether a candidate left may be
 * answerable at all, and whether it may be offered (say a telling word: held).
 */
export function verdictSettled(
  scored: Scored[],
  bars: { answer: number; suggest: number },
  answerable: (s: Scored) => boolean,
  speakerOf: (s: Scored) => number,
  most: number,
  record: number,
  left: { answerable: boolean; offerable: boolean },
): boolean {
  // Nothing left may join the answers (best takes every answerable one at or over its floor): asked
  // first, in one pass over the candidates as they come, as it is what most often keeps one scoring.
  if (left.answerable) {
    let top = -Infinity;
    for (const s of scored) if (s.score > top && answerable(s)) top = s.score;
    if (most >= Math.max(bars.answer, top * RUNNER_UP_RATIO)) return false;
  }
  const sorted = [...scored].sort((a, b) => b.score - a.score || a.record - b.record);
  const verdict = preferDirect(decide(sorted, bars, answerable));
  const offerable = sorted.filter((s) => (s.held ?? 1) >= 1);
  const offerFloor = Math.max(bars.suggest, offerable.length ? offerable[0].score * RUNNER_UP_RATIO : -Infinity);
  if (!verdict) return !left.offerable || most < offerFloor;
  // nor rank among the suggestions,
  if (verdict.status === "suggested" && left.offerable) {
    if (verdict.scored.length < MAX_SUGGESTIONS) {
      if (most >= offerFloor) return false;
    } else {
      const last = verdict.scored[MAX_SUGGESTIONS - 1];
      if (most > last.score || (most === last.score && record < last.record)) return false;
    }
  }
  // nor outscore the best rival, nor add a speaker near the top.
  const first = verdict.scored[0];
  const rival = sorted.find((s) => speakerOf(s) !== speakerOf(first));
  if (!rival || most > rival.score) return false;
  const near = new Set(sorted.filter((s) => s.score >= first.score * RUNNER_UP_RATIO).map(speakerOf));
  return near.size >= SPEAKERS_WEIGHED || most < first.score * RUNNER_UP_RATIO;
}
