// Where the rules' pick stands in its sentence: the features by which the scoring stage tells a wrong pick from a
// right one (the stage's other features say how near and how recent a candidate is, which a wrong pick shares with a
// right one). Read off the line around the cue, the mention and the content: what stands between the cue verb and the
// mention (nothing or titles: the verb's subject; a noun: the mention is its genitive, "دفاع المتهم X"; a preposition:
// the object of a preposition; a relative pronoun), how many words lie between the mention and the content, how many
// other candidates the line names, a person introduced nearer the content than the pick a pronoun or a title reaches
// back to, a name that holds a particle (a clause read as a name), a cue verb that asks something of its object
// ("ودعا X إلى …"), a content that opens another speaker's words ("…، فرد القاضي: «…»"). Features of the chosen
// candidate only (candidates-scoring.ts); Arabic only.
import type { SpeakerRecord } from "../../corpus/schema.js";
import { ADDRESSEE_VERBS, isGroupHead, NAME_LINKS, REPLY_VERBS, ROLE_CONTINUATIONS, ROLE_HEADS } from "../lexicon-ar.js";
import { normAr, stripConj } from "../text.js";
import { isKnownName } from "../transliterate.js";
import type { Attribution } from "../types.js";
import { endsNoName, HONORIFICS, surnameLike } from "./names.js";

/** Normalized Arabic words of a stretch of text, punctuation dropped. */
const wordsOf = (s: string) => normAr(s).split(/[\s،,.;:؛!?؟«»"“”()\[\]-]+/).filter((w) => /[\u0621-\u064A]/.test(w));

/** Particles and pronouns no name holds ("الدفاع أن ما ورد …" is a clause). A preposition may ("مصادر في وزارة
 *  الطاقة"), and علي is also a given name: both left out. */
const PARTICLES = new Set(["ان", "انه", "انها", "بان", "لان", "ما", "التي", "الذي", "الذين", "لا", "لم", "لن", "قد", "كان", "كانت", "هو", "هي", "هذا", "هذه", "ذلك", "تلك", "حيث", "اذ", "ثم"]);
const PREPOSITIONS = new Set(["الي", "علي", "عن", "مع", "لدي", "من", "في", "حول", "بشان", "ضد"]);
const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"]);

/** A word of a title before a name: a role head or continuation, an honorific, a definite word ("المتحدث الرسمي"),
 *  a ta-marbuta noun of a construct ("وزارة"), a ل-prefixed one ("لكرة القدم"). */
const titleWord = (w: string) => ROLE_HEADS.has(w) || ROLE_CONTINUATIONS.has(w) || HONORIFICS.has(w) || /^(?:[وبلك]?ال|لل)/.test(w) || w.endsWith("ه") || /^ل.{3,}/.test(w);

/** The words of `line` before offset `at`, and the index after the last one equal to the cue's first word (-1: none). */
function cueBefore(a: Attribution, line: string, at: number): { before: string[]; cueAt: number } {
  const before = wordsOf(line.slice(0, Math.max(0, at)));
  const cue = normAr(a.verb.trim().split(/\s+/)[0] ?? "");
  const bare = stripConj(cue);
  for (let k = before.length - 1; k >= 0; k--) if (before[k] === cue || stripConj(before[k]) === bare) return { before, cueAt: k + 1 };
  return { before, cueAt: -1 };
}

/** What stands between the cue and a mention written after it. */
function headClass(between: string[]): string {
  if (!between.length) return "adjacent";
  if (between.some((w) => RELATIVES.has(w))) return "relative";
  // "تحدث إلى X"، "قال لـ X": the mention is the object of a preposition right after the verb.
  if (PREPOSITIONS.has(between[0]) || (/^ل/.test(between[0]) && !ROLE_HEADS.has(between[0]))) return "prep";
  // "رئيس اللجنة في اليمن X": a preposition inside a title is part of it.
  if (between.every((w) => titleWord(w) || PREPOSITIONS.has(w))) return "titles";
  return "noun";
}

const gapBucket = (n: number) => (n <= 2 ? "0-2" : n <= 8 ? "3-8" : n <= 20 ? "9-20" : ">20");

/** The nearest person the line introduces before `at` by an honorific or a title and a name ("الشيخ محمد بن زايد"):
 *  the first word of that name, or null. */
function nearestIntroduced(words: string[]): string | null {
  for (let k = words.length - 2; k >= 0; k--) {
    const next = words[k + 1];
    if ((HONORIFICS.has(words[k]) || ROLE_HEADS.has(words[k])) && !next.startsWith("ال") && (isKnownName(next) || NAME_LINKS.has(next))) return next;
  }
  return null;
}

/** A person's given name the text writes with a family name after it ("نضال" where the text has "نضال القطامين"): the
 *  name was cut. (A family name alone, "أوبلا" after "الحسين أوبلا", is how articles name people again: not a cut.) */
function nameCut(nameAr: string, text: string): boolean {
  const name = normAr(nameAr).trim();
  if (name.length < 3) return false;
  const norm = normAr(text);
  for (let at = norm.indexOf(name), n = 0; at >= 0 && n < 50; at = norm.indexOf(name, at + 1), n++) {
    const after = /^ ([\u0621-\u064A]+)/.exec(norm.slice(at + name.length, at + name.length + 30))?.[1];
    // A family name: what surnameLike takes after a first name, or an ال-word no list knows as anything else (the
    // plural guard of surnameLike keeps out القطامين).
    if (after && !endsNoName(after) && (surnameLike(after, true) || (/^ال.{3,}(?:ين|ي)$/.test(after) && !ROLE_HEADS.has(after) && !isGroupHead(after)))) return true;
  }
  return false;
}

/**
 * The pick's features. `text`: the article as written; `lineStart`: the offset of the attribution's line (the
 * mention's pos is an article offset); `rivals`: how many other candidates the line names.
 */
export function pickFeatures(a: Attribution, candidate: SpeakerRecord, text: string, lineStart: number, rivals: number): string[] {
  const lineEnd = text.indexOf("\n", lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const f: string[] = [];
  const nameWords = wordsOf(candidate.nameAr ?? "");
  if (nameWords.some((w) => PARTICLES.has(w))) f.push("pick:name-particle");
  // Quotation marks or digits in a name: it ran into the content ("هيئة الدفاع ” لا يخفى عليكم").
  if (/["“”«»:؛0-9\u0660-\u0669]/.test(candidate.nameAr ?? "")) f.push("pick:name-punct");
  if (candidate.kind === "person" && nameCut(candidate.nameAr ?? "", text)) f.push("pick:name-cut");
  f.push(`pick:rivals:${Math.min(rivals, 2)}`);
  const cueWord = stripConj(normAr(a.verb.trim().split(/\s+/)[0] ?? ""));
  if (ADDRESSEE_VERBS.has(cueWord)) f.push("pick:addressee-cue");
  // The mention's pos is where its phrase starts (with any title before the name): the name itself may stand later.
  const phraseAt = a.mention.pos - lineStart;
  const surfaceAt = a.mention.surface ? line.indexOf(a.mention.surface, Math.max(0, phraseAt)) : -1;
  const at = surfaceAt >= 0 && surfaceAt - phraseAt < 200 ? surfaceAt : phraseAt;
  const written = ["name", "title", "organization", "group", "state"].includes(a.mention.kind) && !a.sameAs && at >= 0 && at < line.length;
  if (written) {
    const { before, cueAt } = cueBefore(a, line, at);
    f.push(`pick:head:${cueAt < 0 ? "no-cue-before" : headClass(before.slice(cueAt))}`);
    if (at < a.start) {
      const gap = wordsOf(line.slice(at, a.start)).length - Math.max(1, wordsOf(a.mention.surface).length);
      f.push(`pick:gap:${gapBucket(Math.max(0, gap))}`);
    } else f.push("pick:gap:after");
  } else {
    // A pronoun, a title or a subjectless verb reaching back: is someone else introduced nearer the content?
    const near = nearestIntroduced(wordsOf(line.slice(0, a.start)));
    if (near && !nameWords.includes(near)) f.push("pick:nearer-person");
  }
  // Another speaker's words opened inside the content ("…، فرد القاضي: «…»"): the content ran past its end.
  const inner = a.text.slice(8);
  if (/[:：]\s*["«“]/.test(inner) || wordsOf(inner).some((w) => REPLY_VERBS.has(stripConj(w)) && w !== stripConj(w))) f.push("pick:content-opens-quote");
  return f;
}
