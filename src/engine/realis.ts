// Whether a text says something has happened or that it will or may happen (data/realis.json). A
// question that claims it already happened ("who said the operation has already started?", "من قال إن
// العملية بدأت فعلا؟") is not answered by a statement that it will ("Turkey will launch a military
// operation"): a warning or a forecast is not a report, and stating it as one puts a claim in a mouth.
import DATA from "./data/realis.json" with { type: "json" };
import { normalize } from "../normalize/index.js";

/** Phrases of up to this many words are looked for. */
const MAX_PHRASE = 3;
/** Only the first words of a long text are scanned. */
const MAX_WORDS = 200;

const phraseSet = (byLang: Record<string, unknown>) =>
  new Set(Object.values(byLang).filter(Array.isArray).flat().map((w) => normalize(String(w))).filter(Boolean));

const DONE = phraseSet(DATA.done);
const DONE_OPENING = phraseSet(DATA.doneOpening);
const AR_WHEN = new Set(DATA.arWhen.map((w) => normalize(w)));
/** A word that is no past-tense verb: a noun with the article, or a present-tense verb with or without a future or dialect prefix. */
const NOT_PAST = /^(?:ال|[يتن]|[سهحب][يتنا]|رح$|راح$|ح$|ه$)/;
const NOT_YET = phraseSet(DATA.notYet);
/** A future prefix, then a present-tense person prefix and at least three letters. */
const futureVerb = (prefixes: string[]) => new RegExp(`^(?:${prefixes.join("|")})[يتنا]\\p{L}{3,}$`, "u");
const FUTURE_IN_STATEMENT = futureVerb(DATA.futurePrefix.statement);
const FUTURE_IN_QUESTION = futureVerb(DATA.futurePrefix.question);

function holdsPhrase(words: string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    let phrase = "";
    for (let n = 0; n < MAX_PHRASE && i + n < words.length; n++) {
      phrase = n ? `${phrase} ${words[i + n]}` : words[i];
      if (set.has(phrase)) return true;
    }
  }
  return false;
}

const wordsOf = (text: string) => normalize(text).split(" ").filter(Boolean).slice(0, MAX_WORDS);

/**
 * The question claims that something has already happened ("actually", "بالفعل") or asks when it did
 * ("when did …", "متى تم …"), and says nothing of what will.
 */
export function claimsDone(question: string): boolean {
  const words = wordsOf(question);
  // After "and"/"so", or و/ف on the question word ("ومتى تم").
  const rest = /^(?:and|so|و|ف)$/.test(words[0] ?? "") ? words.slice(1) : words;
  const opening = [(rest[0] ?? "").replace(/^[وف](?=\p{L}{3})/u, ""), ...rest.slice(1, MAX_PHRASE)];
  const pastAfterWhen = AR_WHEN.has(opening[0]) && /^\p{L}{3,}$/u.test(opening[1] ?? "") && !NOT_PAST.test(opening[1]);
  const asksWhenDone = pastAfterWhen || [2, 3].some((n) => DONE_OPENING.has(opening.slice(0, n).join(" ")));
  return (asksWhenDone || holdsPhrase(words, DONE)) && !holdsPhrase(words, NOT_YET) && !words.some((w) => FUTURE_IN_QUESTION.test(w));
}

/**
 * The statement says what will or may happen: in its English rendering when it has one (the rendering
 * says the tense plainly), else in its own words, where a future prefix counts only on a present-tense verb.
 * Its main clause only: "officials began discussing a zone from which forces would withdraw" says that
 * the talks began.
 */
export function saysNotYet(text: string, english: string | null): boolean {
  if (english) return holdsPhrase(mainClause(wordsOf(english)), NOT_YET);
  const words = mainClause(wordsOf(text));
  return holdsPhrase(words, NOT_YET) || words.some((w) => FUTURE_IN_STATEMENT.test(w));
}

/** A relative pronoun opens a clause about something the main clause names (data/realis.json "relative"). */
const RELATIVE = new Set(DATA.relative.map((w) => normalize(w)));
const mainClause = (words: string[]) => {
  const at = words.findIndex((w) => RELATIVE.has(w));
  return at < 0 ? words : words.slice(0, at);
};
