// "ROLE ، NAME": a full name set off by one comma after a role, with no comma to close it because the verb's object
// follows at once ("دعا رئيس الوزراء ، حمزة عبدي بري حكومة وشعب … إلى الحوار"). The name is the role's holder.
import { isKnownName } from "../transliterate.js";
import { hasArticle } from "./clitic.js";
import { n, nameRun } from "./names.js";
import type { Token } from "../tokens.js";

/** End (exclusive) of a full name of two words or more opening at tokens[at] right after a comma, or -1. A known given
 *  name opens it; a definite word ending it may be the object's, so it never ends a name that more words follow. */
export function unclosedNameEnd(tokens: Token[], at: number): number {
  if (tokens[at - 1]?.kind !== "comma" || !isKnownName(n(tokens[at]))) return -1;
  const end = nameRun(tokens, at);
  if (end < at + 2) return -1;
  return hasArticle(n(tokens[end - 1])) && tokens[end]?.kind === "word" ? -1 : end;
}
