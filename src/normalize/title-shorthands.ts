// Shorthand for offices and bodies in chat ("POTUS", "the Turkish prez", "DoS", "SecState"), read as
// the words roles are written in (src/normalize/data/title-shorthands.json), before a question is parsed.
import DATA from "./data/title-shorthands.json" with { type: "json" };

const ANY_CASE = new Map<string, string>();
const AS_WRITTEN = new Map<string, string>();
for (const [word, expansion] of Object.entries(DATA.words)) {
  if (word === word.toLowerCase()) ANY_CASE.set(word, expansion);
  else AS_WRITTEN.set(word, expansion);
}

// Latin words only (with an optional possessive): Arabic and Arabizi words are never shorthand here.
const LATIN_WORD = /(?<![\p{L}\p{N}])[A-Za-z]{2,12}(?=(?:['’]s)?(?![\p{L}\p{N}]))/gu;

/** The text with each shorthand for an office or body written out. Linear: one pass over Latin words. */
export function expandTitleShorthands(text: string): string {
  return text.replace(LATIN_WORD, (w) => AS_WRITTEN.get(w) ?? ANY_CASE.get(w.toLowerCase()) ?? w);
}
