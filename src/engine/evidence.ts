// Evidence: whether a record itself says what a question asks. Coverage ranks records; evidence decides
// whether one may be stated as the answer. One shared word is not evidence: "من قال أنا أفكر إذن أنا
// موجود؟" shares only موجود with "the ISIS brand still exists", and must not be answered with it.
import { contentTerms, isGenericTerm, tokenize, type Term } from "../normalize/index.js";

/** A question word with the ids of the corpus keys it may match (exact, or fuzzy when the corpus lacks it). */
export interface MatchableTerm {
  term: Term;
  ids: number[];
  /** Ids of the other words of its concepts (another wording, the other language): see concepts.ts. */
  related: number[];
  /** Those of `related` that are only words of a phrase ("air" of "air strike"): see `saysRelated`. */
  parts: number[];
  /** A word too common to be evidence on its own (GENERIC_WORDS). */
  generic: boolean;
}

/** A quoted phrase of this many words or more must be closely matched, not just touched. */
export const LONG_PHRASE_WORDS = 3;
/** The share of a long quoted phrase's content words a record must hold to answer it. */
export const CLOSE_MATCH = 0.66;

const shareKey = (a: readonly string[], b: readonly string[]) => a.some((k) => b.includes(k));

/**
 * How many distinct things of the question a record says in its own words: content words it holds
 * (exact or fuzzy), each stem once (two question words that share a key count once), generic words
 * not at all.
 */
export function evidenceCount(terms: MatchableTerm[], own: Int32Array): number {
  const used: number[] = [];
  let n = 0;
  // Without a list per term: this runs for every candidate record of a question.
  const holdsAny = (ids: number[]) => {
    for (const id of ids) if (own.includes(id)) return true;
    return false;
  };
  for (const t of terms) {
    if (t.generic) continue;
    // Its own words first: two question words of one concept are still two things when each is said.
    const held = holdsAny(t.ids) ? t.ids : holdsAny(t.related) ? t.related : null;
    if (!held) continue;
    let again = false;
    for (const id of held) if (own.includes(id) && used.includes(id)) again = true;
    if (again) continue;
    for (const id of held) if (own.includes(id)) used.push(id);
    n++;
  }
  return n;
}

/**
 * The weight of the question's words a record says in its own words (exact or misspelt, not through a
 * concept, its curated topics or the sentence around it): how directly it says what was asked.
 */
export function directWeight(terms: MatchableTerm[], weights: number[], own: Int32Array): number {
  let sum = 0;
  terms.forEach((t, i) => {
    if (!t.generic && t.ids.some((id) => own.includes(id))) sum += weights[i];
  });
  return sum;
}

/**
 * How much evidence an answer needs: two distinct content words, or one for a one-word question. The
 * question's words are counted as written, so that a second form of one stem or a generic word makes
 * the question ask for two without being able to supply them.
 */
export function evidenceNeeded(terms: MatchableTerm[]): number {
  return Math.min(2, terms.length);
}

/** The content terms of a phrase the person quoted, when it is long enough to need a close match. */
export function longPhraseTerms(phrase: string): Term[] | null {
  return tokenize(phrase).length >= LONG_PHRASE_WORDS ? contentTerms(phrase) : null;
}

/** A phrase's distinct content words (two that share a key are one): what `closeness` counts. */
export function distinctTerms(terms: MatchableTerm[]): MatchableTerm[] {
  const distinct: MatchableTerm[] = [];
  for (const t of terms) if (!distinct.some((d) => shareKey(d.term.keys, t.term.keys))) distinct.push(t);
  return distinct;
}

/** The share of a phrase's distinct content words (distinctTerms) a record holds in its own words (1 for none). */
export function closeness(distinct: MatchableTerm[], own: Int32Array): number {
  if (!distinct.length) return 1;
  let held = 0;
  for (const t of distinct) if (t.ids.some((id) => own.includes(id))) held++;
  return held / distinct.length;
}

/** `strict`: generic words are no evidence (who-said questions, where a wrong answer puts words in a mouth). */
export function matchable(term: Term, idsOf: (term: Term) => number[], strict: boolean, relatedOf: (term: Term) => number[] = () => [], partsOf: (term: Term) => number[] = () => []): MatchableTerm {
  return { term, ids: idsOf(term), related: relatedOf(term), parts: partsOf(term), generic: strict && isGenericTerm(term) };
}

/**
 * Whether `holds` holds the term through another word of its concept: a whole word of it, or two words
 * of its phrases. One word of a phrase is not the phrase: "air defense" does not say "air strike", which
 * العملية العسكرية ("military operation", "air strike", …) is read through. For saying an act in full
 * (a when-question's record without a date); evidence and the telling share count one word of a phrase
 * ("البنك" for "central bank").
 */
export function saysRelated(t: MatchableTerm, holds: (id: number) => boolean): boolean {
  let parts = 0;
  for (const id of t.related) {
    if (!holds(id)) continue;
    if (!t.parts.includes(id) || ++parts >= 2) return true;
  }
  return false;
}

/**
 * A word that tells what a statement is about, for offering a suggestion: neither generic nor only a
 * place or group name (=us, =iraq). Sharing "the US" and "Iraq" with a question is no near miss.
 */
export function telling(term: MatchableTerm): MatchableTerm {
  return term.term.keys.every((k) => k.startsWith("=")) ? { ...term, generic: true } : term;
}

/**
 * The weighted share of the question's telling words (neither generic nor only a place or group, see
 * `telling`) a record says, in its own words or through another word of their concept; 1 when the
 * question has none. Places, groups and common words ("ISIS", "Turkey", "still") are in most statements
 * of an article: a statement that shares them and one telling word ("the world") is about something else.
 */
export function tellingShare(terms: MatchableTerm[], weights: number[], own: Int32Array): number {
  let asked = 0;
  let said = 0;
  terms.forEach((t, i) => {
    if (t.generic) return;
    asked += weights[i];
    if (t.ids.some((id) => own.includes(id)) || t.related.some((id) => own.includes(id))) said += weights[i];
  });
  return asked > 0 ? said / asked : 1;
}
