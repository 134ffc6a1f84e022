// How the cue that found an Arabic attribution reads (a reporting verb and its lemma, a circumstantial participle,
// "according to", a relay, a headline colon): a feature of the scoring stage (candidates-scoring.ts).
import { ACCORDING_TO, PARTICIPLES, REPORTING_LEMMAS } from "../lexicon-ar.js";
import { normAr, stripConj } from "../text.js";

/** Lemmas common enough in news to get a weight of their own; the others share one. */
const OWN_LEMMAS = new Set(["قال", "اضاف", "اكد", "اوضح", "اشار", "اعلن", "كشف", "تابع", "لفت", "شدد", "اعتبر", "ذكر", "افاد", "يقول"]);

/** The cue's class and, for a common reporting verb, its lemma. */
export function arabicCue(verb: string): { cue: string; lemma: string | null } {
  const w = normAr(verb.trim().split(/\s+/)[0] ?? "");
  const bare = stripConj(w);
  const lemma = REPORTING_LEMMAS.get(w) ?? REPORTING_LEMMAS.get(bare) ?? null;
  if (lemma) return { cue: "verb", lemma: OWN_LEMMAS.has(lemma) ? lemma : "other" };
  if (PARTICIPLES.has(w) || PARTICIPLES.has(bare)) return { cue: "participle", lemma: null };
  if (ACCORDING_TO.test(w) || ACCORDING_TO.test(bare)) return { cue: "according", lemma: null };
  if (/^نقل(?:ت)?$/.test(bare)) return { cue: "relay", lemma: null };
  if (/^[:：]$/.test(w)) return { cue: "colon", lemma: null };
  return { cue: "other", lemma: null };
}
