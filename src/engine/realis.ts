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

/** The question claims that something has already happened, and says nothing of what will. */
export function claimsDone(question: string): boolean {
  const words = wordsOf(question);
  return holdsPhrase(words, DONE) && !holdsPhrase(words, NOT_YET) && !words.some((w) => FUTURE_IN_QUESTION.test(w));
}

/**
 * The statement says what will or may happen: in its English rendering when it has one (the rendering
 * says the tense plainly), else in its own words, where a future prefix counts only on a present-tense verb.
 */
export function saysNotYet(text: string, english: string | null): boolean {
  if (english) return holdsPhrase(wordsOf(english), NOT_YET);
  const words = wordsOf(text);
  return holdsPhrase(words, NOT_YET) || words.some((w) => FUTURE_IN_STATEMENT.test(w));
}
