// Arabizi: Arabic typed in Latin letters and digits ("meen 2al en da3esh lessa mawgouda"). This module
// tells such a message from English and turns a Latin word into the sound skeletons it may stand for;
// the engine matches those against the corpus's own Arabic words (engine/arabizi-reader.ts), so that a
// word is only ever read as a word the corpus holds.
import { hasArabic } from "./arabic.js";
import DATA from "./data/arabizi.json" with { type: "json" };
import { ENGLISH_STOPWORDS } from "./lexicon.js";
import { isCommonEnglishWord } from "./wordnet.js";

const GLIDES: Record<string, string> = { و: "w", ي: "y" };

/**
 * Latin spellings (longest first) and the sound classes each may stand for ("" for a vowel). With
 * `glides`, و and ي count as sounds too: short words (دول، روس، قانون) need them to be told apart.
 */
function unitTable(glides: boolean): Map<string, string[]> {
  return new Map(
    Object.entries(DATA.letters as Record<string, string[]>)
      // With glides, short words: only the usual letter of each spelling, or one sound too many is a match.
      .map(([latin, letters]): [string, string[]] => {
        const classes = letters.map((l) => classesOfArabic(l, glides));
        return [latin, [...new Set(glides && !classes.includes("") ? classes.slice(0, 1) : classes)]];
      })
      .sort((a, b) => b[0].length - a[0].length),
  );
}
const UNITS = { plain: unitTable(false), glides: unitTable(true) };
const MAX_UNIT = Math.max(...[...UNITS.plain.keys()].map((l) => l.length));

/** Function and question words as typed → the Arabic word. */
export const ARABIZI_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(DATA.words));
const ENGLISH_LOOKALIKES = new Set(DATA.english);

function classesOfArabic(letters: string, glides = false): string {
  let out = "";
  for (const c of letters) out += (DATA.classes as Record<string, string>)[c] ?? (glides ? GLIDES[c] ?? "" : "");
  return out;
}

const collapse = (s: string) => s.replace(/(.)\1+/g, "$1");

/**
 * The sound skeleton of an Arabic word: its consonants by class (ت/ط/ث, س/ص, د/ض/ذ/ظ, ح/ه, …), long
 * vowels, hamza and a final ta marbuta left out, doubled consonants once.
 */
export function arabicSkeleton(word: string, glides = false): string {
  const w = word.length > 2 ? word.replace(/[هة]$/, "") : word;
  return collapse(classesOfArabic(w, glides));
}

/** Sound skeletons a Latin word may stand for, at most `limit` of them. */
export function latinSkeletons(word: string, glides = false, limit = 32): string[] {
  const UNIT_OF = glides ? UNITS.glides : UNITS.plain;
  // Doubled consonants once (shadda); doubled vowels are long vowels (ee, oo).
  const w = word.toLowerCase().replace(/[^a-z0-9']/g, "").replace(/([^aeiou])\1+/g, "$1");
  let partial = [""];
  for (let i = 0; i < w.length; ) {
    let unit = "";
    for (let n = Math.min(MAX_UNIT, w.length - i); n >= 1; n--) {
      if (UNIT_OF.has(w.slice(i, i + n))) {
        unit = w.slice(i, i + n);
        break;
      }
    }
    if (!unit) return []; // a digit or sign Arabizi does not use: no Arabic word
    const options = UNIT_OF.get(unit)!;
    const next: string[] = [];
    for (const p of partial) for (const o of options) if (next.length < limit) next.push(p + o);
    partial = next;
    i += unit.length;
  }
  return [...new Set(partial.map(collapse))];
}

/** Common affixes as typed: the article and one-letter proclitics in front, endings behind. */
const PREFIXES = /^(?:wel|wil|wal|bel|bil|fel|fil|lel|lil|el|il|al|l|w[aei]?|b[ie]?|f[aei]?)(?=[a-z2-9]{3})/;
const FUTURE = /^(?:ra7|ha|7a|h)(?=[a-z2-9]{3})/;
const PROGRESSIVE = /^(?:bi|be|b|3am|3a|ka|ki|k)(?=[yt2n][a-z2-9]{2})/;
const SUFFIXES = /(?:een|ein|iin|in|oun|oon|un|on|aat|at|et|it|eya|iya|eyya|iyya|ia|ya|ha|hom|hum|hon|na|ko|kom|kon|ak|ek|ik|o|ou|u|a|e|i)$/;

export interface LatinVariant {
  /** The word, or the word without an affix; `future` when a future prefix was replaced by س. */
  text: string;
  /** Sound classes to put in front of the skeleton (the future prefix س, the ت of a verbal noun). */
  lead: string;
}

/**
 * A doubled middle consonant marks a verb of the form فعّل, whose verbal noun is تفعيل (salla7 ↔ تسليح,
 * darrab ↔ تدريب); a doubled last one is the root's own (sirr-eya ↔ سرّية, before the ending -eya), and one before another
 * consonant is a spelling of one sound (wesslo ↔ وصلوا).
 */
const DOUBLED = /([bdfghjklmnqrstvz2-9])\1[aeiou]+[bdfghjklmnqrstvz2-9]/;

/** The word and its forms without common affixes, fewest changes first (a form-II verb's verbal noun before them). */
export function latinVariants(word: string): LatinVariant[] {
  const w = word.toLowerCase();
  const out: LatinVariant[] = [{ text: w, lead: "" }];
  const add = (text: string, lead = "") => {
    if (text.length >= 2 && !out.some((v) => v.text === text && v.lead === lead)) out.push({ text, lead });
  };
  const bare = w.replace(PREFIXES, "");
  add(bare);
  for (const base of [w, bare]) {
    add(base.replace(SUFFIXES, ""));
    const future = base.replace(FUTURE, "");
    if (future !== base) {
      add(future, "s");
      add(future);
      add(future.replace(SUFFIXES, ""), "s");
    }
    const progressive = base.replace(PROGRESSIVE, "");
    if (progressive !== base) add(progressive), add(progressive.replace(SUFFIXES, ""));
  }
  // A form-II verb is read as its verbal noun first: that is how news writes the act (تسليح، تدريب),
  // and its bare letters are often another word (سلح is اسلحة, "weapons"; درب is ضرب, "hit").
  if (DOUBLED.test(bare)) return [{ text: bare.replace(SUFFIXES, ""), lead: "t" }, ...out];
  return out;
}

/** A word with a digit standing for a letter (2al, 7azzar, sa7afeyeen, ma3), not a number or a model name. */
const DIGIT_LETTER = /^(?:[a-z]*[2-9][a-z]+[a-z2-9]*|[a-z]+[235789])$/;
const NOT_DIGIT_LETTER = /^(?:\d+(?:st|nd|rd|th|s|am|pm|k|m|g|d|x|h|bn|mn|kg|km)|[a-z]{1,3}\d{2,4}|mp3|mp4|ps[2-5]|g[5-9]|h[1-7]n[1-9])$/;
const LATIN_WORD = /[A-Za-z0-9']+/g;

/**
 * Whether a message is Arabizi: a word with a digit for a letter, or Arabizi function words that are
 * not also English, outweighing the English function words. Messages in Arabic letters are not.
 */
export function isArabizi(text: string): boolean {
  if (hasArabic(text)) return false;
  let digitWords = 0;
  let arabizi = 0;
  let lookalikes = 0;
  let english = 0;
  let opensArabizi = false;
  let opensLookalike = false;
  let notEnglish = 0;
  for (const [raw] of text.matchAll(LATIN_WORD)) {
    const w = raw.toLowerCase().replace(/'/g, "");
    if (digitWords + arabizi + lookalikes + english === 0) {
      opensArabizi = ARABIZI_WORDS.has(w) && !ENGLISH_LOOKALIKES.has(w);
      opensLookalike = ARABIZI_WORDS.has(w) && ENGLISH_LOOKALIKES.has(w);
    }
    if (DIGIT_LETTER.test(w) && !NOT_DIGIT_LETTER.test(w)) digitWords++;
    else if (ARABIZI_WORDS.has(w)) ENGLISH_LOOKALIKES.has(w) ? lookalikes++ : arabizi++;
    else if (ENGLISH_STOPWORDS.has(w)) english++;
    else if (/^[a-z]{3,}$/.test(w) && !isCommonEnglishWord(w)) notEnglish++;
  }
  // Words that are also English ("in", "fi", "ma") only back up a sign that is not.
  const score = digitWords * 2 + arabizi + (digitWords + arabizi > 0 ? lookalikes / 2 : 0);
  // "meen hadad?": an Arabizi word that is no English word opens it, and no English function word follows;
  // "min hwe james jeffrey": one that is also English ("min") opens it, and one that is not follows.
  // "erdogan hadad b eh?": Arabizi words that are also English ("b", "eh"), no English function word,
  // and a word that is no English word.
  return (score >= 2 && score > english) || ((opensArabizi || (opensLookalike && arabizi > 0) || (lookalikes >= 2 && notEnglish > 0)) && english === 0);
}
