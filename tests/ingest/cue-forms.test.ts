// The cue prefilter (mayBeCueForm) lets the English cue stage skip the tagger for sentences with no cue
// verb in them. It must never say no to a word wink could tag as a cue: checked here against every word
// of wink's English lexicon whose lemma is a cue, and every verb exception of its lemmatizer.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import CUES from "../../src/ingest/data/cues-en.json" with { type: "json" };
import { mayBeCueForm } from "../../src/ingest/cues-en.js";

const require = createRequire(import.meta.url);
const CUE_LEMMAS = new Set<string>([...CUES.speech, ...CUES.audience, ...CUES.belief]);

interface WinkCache {
  intrinsicSize(): number;
  value(i: number): unknown;
  mappedSpelling(i: number): number;
  property(i: number, name: string): unknown;
}

describe("mayBeCueForm", () => {
  it("passes every word of wink's lexicon whose lemma is a cue, and every verb exception mapped to one", () => {
    // wink internals: the lexicon cache and the lemmatizer's verb exceptions (a model update is caught here).
    const model = require("wink-eng-lite-web-model") as { core(): unknown; featureFn: unknown };
    const makeCache = require("wink-nlp/src/cache.js") as (core: unknown, featureFn: unknown) => WinkCache;
    const cache = makeCache(model.core(), model.featureFn);
    const missed: string[] = [];
    let cues = 0;
    for (let i = 0; i < cache.intrinsicSize(); i++) {
      const word = cache.value(i);
      if (typeof word !== "string") continue;
      const mapped = cache.mappedSpelling(i);
      const lemma = cache.property(mapped, "isSLemma") === 1 ? String(cache.value(cache.property(mapped, "lemma") as number)).toLowerCase() : null;
      const forms = [word.toLowerCase(), String(cache.value(mapped)).toLowerCase()];
      if (lemma && CUE_LEMMAS.has(lemma)) {
        cues++;
        if (!mayBeCueForm(forms[0])) missed.push(`${forms[0]} → ${lemma}`);
      }
      // A variant spelling is lemmatized as the spelling it maps to ("signalled" → "signaled").
      if (mapped !== i && mayBeCueForm(forms[1]) && !mayBeCueForm(forms[0])) missed.push(`${forms[0]} ⇒ ${forms[1]}`);
    }
    const exceptions = require("wink-eng-lite-web-model/dist/wn-verb-exceptions.js") as Record<string, string>;
    for (const [form, lemma] of Object.entries(exceptions)) if (CUE_LEMMAS.has(lemma) && !mayBeCueForm(form)) missed.push(`${form} ~ ${lemma}`);
    expect(cues).toBeGreaterThan(300);
    expect(missed).toEqual([]);
  });

  it("passes regular forms wink lemmatizes by rule, and refuses words that are no cue", () => {
    for (const w of ["says", "said", "tweeted", "tweeting", "denies", "denied", "quipped", "criticised", "apologising", "according", "urges", "warned"]) expect(mayBeCueForm(w), w).toBe(true);
    for (const w of ["the", "bridge", "council", "tomorrow", "voters", "reading"]) expect(mayBeCueForm(w), w).toBe(false);
  });
});
