// What the scoring stage knows of the rules' pick beyond where it stands: the shape of the name it was given (how many
// words, whether the name table knows any of them, whether a frequent common word ends it), how often the article
// names it, how far back the text last named it when the attribution refers to it by title or pronoun, and whether
// the content itself quotes someone else. Features of the chosen candidate only (candidates-scoring.ts).
import type { SpeakerRecord } from "../../corpus/schema.js";
import { REPORTING_VERBS } from "../lexicon-ar.js";
import { normAr, stripConj } from "../text.js";
import { isKnownName } from "../transliterate.js";
import type { Attribution } from "../types.js";
import { endsNoName } from "./names.js";

const wordsOf = (s: string) => normAr(s).split(/\s+/).filter((w) => /[\u0621-\u064A]/.test(w));

/** The name's own shape: words (1, 2, 3+), a name-table word or none, a common word at its end. */
export function nameShape(s: SpeakerRecord): string[] {
  const words = wordsOf(s.nameAr ?? "");
  if (!words.length) return ["shape:no-arabic-name"];
  const f = [`shape:${s.kind}-words:${Math.min(words.length, 3)}`];
  if (s.kind === "person") {
    f.push(words.some((w) => isKnownName(w) || isKnownName(w.replace(/^ال/, ""))) ? "shape:person-known-word" : "shape:person-no-known-word");
    if (endsNoName(words[words.length - 1])) f.push("shape:person-common-end");
  }
  return f;
}

/** How many times the article names the speaker (by any of its forms): once, or again. */
export function mentionsFeature(count: number): string {
  return count <= 1 ? "mentions:1" : count <= 3 ? "mentions:2-3" : "mentions:4+";
}

/** For a title, pronoun or epithet mention (coreference): how many lines back the text last named the speaker. */
export function corefFeature(a: Attribution, lastNamedLine: number): string | null {
  if (!["pronoun", "title", "epithet"].includes(a.mention.kind) || a.sameAs) return null;
  if (lastNamedLine < 0) return "coref:never-named";
  const back = a.paragraph - lastNamedLine;
  return back <= 0 ? "coref:same-line" : back === 1 ? "coref:1-line" : back <= 3 ? "coref:2-3-lines" : "coref:far";
}

/** "إن ما قاله X بخصوص …": content that itself reports someone's words (a reporting verb inside it) may be theirs. */
export function nestedFeature(a: Attribution): string | null {
  const words = normAr(a.text).split(/\s+/).slice(0, 40);
  return words.some((w) => REPORTING_VERBS.has(w) || REPORTING_VERBS.has(stripConj(w)) || /^(?:قاله|قالته|قالوه|وصفه|وصفته)$/.test(w)) ? "content-reports" : null;
}
