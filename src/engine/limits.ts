/** Questions longer than this are refused with a clear message rather than searched. */
export const MAX_QUESTION_LENGTH = 500;
/** At most this many answers per question. */
export const MAX_ANSWERS = 5;
/**
 * A phrase naming a speaker has at most this many words (the longest in the question sets has 9: "the
 * us special envoy for the anti isis coalition"); a longer one names nobody. Bounds the search for where
 * a name ends, which tries the phrase's leading parts.
 */
export const MAX_SPEAKER_PHRASE_WORDS = 16;

/** The share of a question's (IDF-weighted) words a record must hold to be an answer. */
export const MIN_COVERAGE = 0.5;
/** A near miss at or above this share may be offered as a suggestion, never stated as the answer. */
export const SUGGEST_COVERAGE = 0.35;
