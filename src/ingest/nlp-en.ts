// English NLP from wink-nlp and its bundled English model (sentences, part of speech, lemmas).
// The model takes about half a second to load, so it is loaded on first use, once per process:
// nothing that only answers questions ever pays for it.
import { createRequire } from "node:module";

import type { ItemToken, Model, WinkMethods } from "wink-nlp";

let loaded: WinkMethods | undefined;

export function englishNlp(): WinkMethods {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const winkNLP = require("wink-nlp") as (model: Model, pipe?: string[]) => WinkMethods;
    // Only the part-of-speech pass (lemmas come with it): the tags do not depend on the sentence,
    // entity, negation or sentiment passes, which cost more than half of each read and go unused.
    loaded = winkNLP(require("wink-eng-lite-web-model") as Model, ["pos"]);
  }
  return loaded;
}

const AUXILIARY = new Set(["be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also", "not", "later", "then", "again", "repeatedly"]);

/** The lemma of a reporting cue as written ("has said" → say, "according to" → according to, "told" → tell). */
export function cueLemma(cue: string): string {
  const text = cue.trim().slice(0, 200);
  if (/^according\b/i.test(text)) return "according to";
  const nlp = englishNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const words: { lemma: string; pos: string }[] = [];
  doc.tokens().each((t: ItemToken) => {
    if (t.out(its.type) === "word") words.push({ lemma: String(t.out(its.lemma as never)).toLowerCase(), pos: String(t.out(its.pos)) });
  });
  const verb = words.find((w) => w.pos === "VERB" && !AUXILIARY.has(w.lemma)) ?? words.find((w) => !AUXILIARY.has(w.lemma) && w.pos !== "PART" && w.pos !== "PUNCT");
  return verb?.lemma ?? (text.toLowerCase() || "(none)");
}
