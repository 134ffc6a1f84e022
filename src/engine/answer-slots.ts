// The slot a fact question asks to be filled (a number for "how many"/كم/قديش, a time for "when"/امتى,
// a place for "where"/وين, a reason for "why"/ليش), read from one table of question words in both
// languages and their dialects (data/answer-slots.json), and whether a record's words fill it. A fact
// answer that shares the question's topic but does not fill its slot is at most offered.
import { normalize, wordKeys } from "../normalize/index.js";
import SLOTS from "./data/answer-slots.json" with { type: "json" };
import type { Hint } from "./question.js";
import { hasArabic } from "../normalize/arabic.js";

type SlotKind = "number" | "time" | "place" | "reason";
interface SlotWords {
  opening: string[];
  anywhere: string[];
  closing: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (words: string[]) => [...new Set(words.map((w) => normalize(w)).filter(Boolean))].sort((a, b) => b.length - a.length).map(escape).join("|");

/** The question-word patterns of one slot: opening (an Arabic word may carry و or ف), anywhere, closing. */
function patterns(words: SlotWords): RegExp[] {
  const out: RegExp[] = [];
  const ar = words.opening.filter(hasArabic);
  const en = words.opening.filter((w) => !hasArabic(w));
  const open = [ar.length ? `[وف]?(?:${alternatives(ar)})` : "", en.length ? alternatives(en) : ""].filter(Boolean).join("|");
  // "و" stands apart when Arabizi is read ("w kam" → "و كم").
  if (open) out.push(new RegExp(`^(?:and |so |[وف] )?(?:${open})(?= |$)`));
  if (words.anywhere.length) out.push(new RegExp(`(?:^| )(?:${alternatives(words.anywhere)})(?= |$)`));
  if (words.closing.length) out.push(new RegExp(`(?:^| )(?:${alternatives(words.closing)})$`));
  return out;
}

const slots = SLOTS.slots as Record<SlotKind, SlotWords>;
const cause = SLOTS.slots.reason.causeQuestions;

/** Question-word patterns → the slot they ask for, in the table's order. */
export const SLOT_PATTERNS: [RegExp, Hint][] = [
  ...(["number", "time", "place", "reason"] as const).flatMap((kind) => patterns(slots[kind]).map((re): [RegExp, Hint] => [re, kind])),
  // "what led …", "ما الذي أدى إلى …", "شو اللي خلى …": a cause is asked for.
  [new RegExp(`^(?:and |so |[وف] )?[وف]?(?:${alternatives(cause.what)}) (?:(?:${alternatives(cause.relative)}) )?(?:${alternatives(cause.verbs)})(?= |$)`), "reason"],
  // "what was the inflation rate", "ما نسبة …": an amount named, after every question word (read first).
  [new RegExp(`(?:^| )(?:${alternatives(SLOTS.slots.number.nouns)})(?= |$)`), "number"],
];

// A count or an amount standing as a word ("12 شخصا", "$1.8 billion", a fraction: "نصف المياه", "a quarter"), not the digits of a name (F-35),
// an ordinal ("20th anniversary") or a year ("in 2019"). Arabic number words whole, with their prefixes
// (و، ب، ال) and endings: "ست" in "ستشن" or "الف" in "التحالف" is no number.
const AMOUNT =
  /(?:^| )(?:(?!(?:19|20)\d\d(?= |$))(?!\d+(?:st|nd|rd|th)(?= |$))\d|(?:[وب]?(?:ال)?)(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|مئ|مائ|الف|الاف|مليون|ملايين|واحد|اثن)(?:ه|ين|ون|ان|ي|يه|ا|ات|تان|تين|مئه|مائه)?(?= |$)|(?:[وب]?(?:ال)?)(?:نصف|ثلث|ربع)(?= |$)|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|halves|quarter|percent)s?(?= |$))/;

const PLACE_NOUNS = new Set(SLOTS.placeNouns.flatMap((w) => wordKeys(normalize(w))));

/** A record's own words give a count or an amount. */
export const givesAmount = (normalized: string): boolean => AMOUNT.test(normalized);

/**
 * A record's own words name a place: a place or group the question does not name (an entity key, "=…"),
 * or a place noun ("منطقة الوالة", "at the library") that no number counts ("in 5 states", "في 5 ولايات"
 * says how many places, not which).
 */
export function givesPlace(ownKeys: string[], questionKeys: Set<string>, normalized: string): boolean {
  if (ownKeys.some((k) => k.startsWith("=") && !questionKeys.has(k))) return true;
  if (!ownKeys.some((k) => PLACE_NOUNS.has(k))) return false;
  const words = normalized.trim().split(" ");
  return words.some((w, i) => wordKeys(w).some((k) => PLACE_NOUNS.has(k)) && !(i > 0 && AMOUNT.test(words[i - 1])));
}

/** How many words after a number may stand before what it counts ("550 people", "two more vessels"). */
const COUNTED_REACH = 3;

/** A record's own words give a number of `noun` ("19 nationalities" for "how many nationalities"). */
export function countsNoun(normalized: string, noun: string): boolean {
  const stems = wordKeys(normalize(noun)).filter((k) => !k.startsWith("="));
  if (!stems.length) return givesAmount(normalized);
  const words = normalized.trim().split(" ");
  return words.some((w, i) => AMOUNT.test(w) && words.slice(i + 1, i + 1 + COUNTED_REACH).some((x) => stems.some((s) => x.startsWith(s))));
}

/**
 * What "how many N …" counts: N, which the answer must say with its number ("how many nationalities"
 * is not answered by "129 people"). English only: after كم an Arabic word may as well be a verb.
 */
export function countedNoun(topic: string): string | null {
  return /^(?:and |so )?how many ([a-z]{3,})/.exec(topic)?.[1] ?? null;
}

const kinds = SLOTS.numberKinds;
const anyOf = (words: string[]) => new RegExp(`(?:^| )(?:${alternatives(words)})(?= |$)`);
const TOTAL_ASKED = anyOf(kinds.total);
const CUMULATIVE = anyOf(kinds.cumulative);
const RATE_ASKED = anyOf(kinds.rate);
/** A number and the words of a percentage after it ("200 في المائة", "5 per cent"); "%" is gone once normalized. */
const PERCENTAGE = new RegExp(`(?:^| )[\\d.,]+ (?:${alternatives(kinds.percent)})(?= |$)`);
const PERCENTAGES = new RegExp(PERCENTAGE.source, "g");
const PERCENT_SIGN = /\d\s*[%٪]/;
const PERCENT_SIGNS = new RegExp(PERCENT_SIGN.source, "g");

/** What kind of number a question asks: a running total ("the total number of cases"), a share ("what percentage"). */
export interface NumberAsked {
  total: boolean;
  rate: boolean;
}

export function numberAsked(normalizedQuestion: string): NumberAsked {
  return { total: TOTAL_ASKED.test(normalizedQuestion), rate: RATE_ASKED.test(normalizedQuestion) };
}

/**
 * Whether a record's number is of the kind asked: a total is a count the record marks as one ("risen to
 * 184", "ارتفع إلى 12 ألف"), not one it marks as new or leaves unmarked (the day's count beside the total);
 * a count is not a percentage. `raw`: the record's text as written (for "%"), `normalized`: as normalize() leaves it.
 */
export function fitsNumberAsked(raw: string, normalized: string, asked: NumberAsked): boolean {
  if (asked.total && !CUMULATIVE.test(normalized)) return false;
  if (asked.rate || !(PERCENT_SIGN.test(raw) || PERCENTAGE.test(normalized))) return true;
  const withoutShares = normalize(raw.replace(PERCENT_SIGNS, " ")).replace(PERCENTAGES, " ");
  return givesAmount(withoutShares);
}
