// The slot a fact question asks to be filled (a number for "how many"/كم/قديش, a time for "when"/امتى,
// a place for "where"/وين, a reason for "why"/ليش, a verdict for "what verdict"/ما الحكم النهائي), read from one table of question words in both
// languages and their dialects (data/answer-slots.json), and whether a record's words fill it. A fact
// answer that shares the question's topic but does not fill its slot is at most offered.
import { normalize, wordKeys } from "../normalize/index.js";
import { CONCEPTS_FILE, conceptLines, parseConceptLine } from "../normalize/concepts.js";
import SLOTS from "./data/answer-slots.json" with { type: "json" };
import type { Hint } from "./question.js";
import { hasArabic } from "../normalize/arabic.js";

type SlotKind = "number" | "time" | "place" | "reason" | "verdict" | "party";
interface SlotWords {
  opening: string[];
  anywhere: string[];
  closing: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (words: string[]) => [...new Set(words.map((w) => normalize(w)).filter(Boolean))].sort((a, b) => b.length - a.length).map(escape).join("|");
/** The alternatives of those of `words` in Arabic letters (or of those not). */
const arabicIn = (words: string[], arabic: boolean) => alternatives(words.filter((w) => hasArabic(w) === arabic));
/** Any of `words` standing as whole words in a normalized text. */
const anyOf = (words: string[], flags = "") => new RegExp(`(?:^| )(?:${alternatives(words)})(?= |$)`, flags);

/** The question-word patterns of one slot: opening (an Arabic word may carry و or ف), anywhere, closing. */
function patterns(words: SlotWords): RegExp[] {
  const out: RegExp[] = [];
  const ar = words.opening.filter(hasArabic);
  const en = words.opening.filter((w) => !hasArabic(w));
  const open = [ar.length ? `[وف]?(?:${alternatives(ar)})` : "", en.length ? alternatives(en) : ""].filter(Boolean).join("|");
  // "و" stands apart when Arabizi is read ("w kam" → "و كم").
  if (open) out.push(new RegExp(`^(?:and |so |[وف] )?(?:(?:${alternatives(SLOTS.hedges)}) )?(?:${open})(?= |$)`));
  if (words.anywhere.length) out.push(anyOf(words.anywhere));
  if (words.closing.length) out.push(new RegExp(`(?:^| )(?:${alternatives(words.closing)})$`));
  return out;
}

const slots = SLOTS.slots as Record<SlotKind, SlotWords>;
const cause = SLOTS.slots.reason.causeQuestions;
const occasion = SLOTS.occasion;
/** Where a statement was made: the outlet it was made to or on, or the occasion it was made at. */
export type OccasionKind = keyof typeof occasion.kinds;
const OCCASION_KINDS = Object.keys(occasion.kinds) as OccasionKind[];
/** An English word between the question word and the occasion's noun ("which Syrian TV channel"), never a verb's auxiliary ("what was the show about"). */
const GAP_WORD = "(?!(?:was|is|were|are|did|does|do|has|have|had|will|would|can|could) )[a-z0-9]+ ";
const askingIn = (arabic: boolean) => arabicIn(occasion.asking, arabic);
/**
 * "which TV channel did X talk to?", "at what event …", "لأي قناة …", "في أي برنامج …", "ما الوسيلة الإعلامية …":
 * where a statement was made is asked. The Arabic noun follows its question word ("ما قاله في المؤتمر" asks what was said).
 */
const askingOccasion = (nouns: string[]) =>
  new RegExp(`(?:^| )(?:(?:${askingIn(false)}) (?:${GAP_WORD}){0,2}?|(?:[لبف]|في |علي )?(?:${askingIn(true)}) (?:ال)?)(?:${alternatives(nouns)})(?= |$)`);
const OCCASION_ASKED = Object.fromEntries(OCCASION_KINDS.map((k) => [k, askingOccasion(occasion.kinds[k].nouns)])) as Record<OccasionKind, RegExp>;
const ANY_OCCASION_ASKED = askingOccasion(OCCASION_KINDS.flatMap((k) => occasion.kinds[k].nouns));
const OCCASION_FRAME = Object.fromEntries(OCCASION_KINDS.map((k) => [k, anyOf(occasion.kinds[k].frames)])) as Record<OccasionKind, RegExp>;

/** The kind of occasion a question asks for (its first noun's kind), and its words without those that ask it; null when it asks none. */
export function occasionAsked(normalizedQuestion: string): { kind: OccasionKind; rest: string } | null {
  const at = OCCASION_KINDS.map((kind) => ({ kind, m: OCCASION_ASKED[kind].exec(normalizedQuestion) })).filter((x) => x.m).sort((a, b) => a.m!.index - b.m!.index)[0];
  return at ? { kind: at.kind, rest: normalizedQuestion.replace(at.m![0], " ").trim() } : null;
}

/** A sentence that says where its statement was made, as the kind asked: to an outlet or on a programme, at an event. */
export const givesOccasion = (normalizedSentence: string, kind: OccasionKind): boolean => OCCASION_FRAME[kind].test(normalizedSentence);

/** "what led …", "ما الذي أدى إلى …", "شو اللي خلى …": a cause is asked for; its words are the question's, not the topic's. */
export const CAUSE_OPENING = new RegExp(`^(?:and |so |[وف] )?[وف]?(?:${alternatives(cause.what)}) (?:(?:${alternatives(cause.relative)}) )?(?:${alternatives(cause.verbs)})(?= |$)`);

/** "ما هو الموعد المحدد لـ…", "what was the deadline": a time named after a what-word, which the record must give itself. */
const TIME_NOUN = new RegExp(
  `^(?:and |so |[وف] )?[وف]?(?:${alternatives(cause.what)}) (?:(?:${alternatives([...cause.relative, "the", "will be"])}) ){0,2}(?:${alternatives(SLOTS.slots.time.nouns)})(?= |$)`,
);
/** A time asked by a noun: the article's date answers "when did it happen", not "what is the date set for it". */
export const asksOwnTime = (normalizedQuestion: string): boolean => TIME_NOUN.test(normalizedQuestion);

const VERDICT_WORDS = anyOf(SLOTS.slots.verdict.gives);
/** A record's own words give a verdict: a sentence, a fine, an acquittal, a conviction. */
export const givesVerdict = (normalized: string): boolean => VERDICT_WORDS.test(normalized);

/** "what's Turkey's justification for …", "شو حجتهم؟": a noun that names a reason, wherever it stands (a slot word, no word of the topic). */
export const REASON_NOUN = anyOf(slots.reason.anywhere, "g");

const outcome = SLOTS.slots.outcome;
/**
 * "what came of the talks?", "شو صار بمحادثات …" (the preposition may be written onto the next word, never
 * "بعد": "شو صار بعدين" asks what came next), "ما مصير …", "did the plan work?": how something turned out,
 * asked in so many words.
 */
const OUTCOME_ASKING = [
  new RegExp(`^(?:and |so |[وف] )?[وف]?(?:${alternatives(outcome.asking)}) (?:(?:${arabicIn(outcome.preposition, false)}) |(?:${arabicIn(outcome.preposition, true)})(?: |(?!عد)(?=\\S{3})))`),
  ...patterns({ opening: [], anywhere: outcome.anywhere, closing: outcome.closing }),
];
const OUTCOME_FILLS = new RegExp(`(?:^| )(?:(?:${alternatives(outcome.fills.words)})(?= |$)|[وف]?(?:${alternatives(outcome.fills.arabicStems)}))`);

/** A record's words say how something turned out: it failed, stalled, was reversed, went ahead, was resisted … */
export const givesOutcome = (normalized: string): boolean => OUTCOME_FILLS.test(normalized);

/** The words of a (normalized) question that asks how something turned out in so many words, less those that ask it; null for any other. */
export function outcomeAsked(normalizedQuestion: string): string | null {
  const asking = OUTCOME_ASKING.find((re) => re.test(normalizedQuestion));
  return asking ? normalizedQuestion.replace(asking, " ").replace(/\s+/g, " ").trim() : null;
}

const means = SLOTS.means;
/** "how did the ministers reach …", "كيف وصل الوزيران …": the means of getting somewhere, a verb of going within a few words of "how". */
const MEANS_ASKED = new RegExp(
  `^(?:and |so |[وف] )?[وف]?(?:${alternatives(means.how)}) (?:(?:${alternatives(means.auxiliaries)}) )?(?:[^ ]+ ){0,6}?(?:${alternatives(means.verbs)})(?= |$)`,
);
const MEANS_GIVEN = anyOf(means.gives);
/** A record's own words name a means of getting somewhere: a vehicle, "on foot", "by air", جوا. */
export const givesMeans = (normalized: string): boolean => MEANS_GIVEN.test(normalized);

const PARTY_WORDS = anyOf(SLOTS.slots.party.gives);
/** A record's own words name a party a report came from: social media, sources, an agency. */
export const givesParty = (normalized: string): boolean => PARTY_WORDS.test(normalized);

/** Question-word patterns → the slot they ask for, in the table's order. */
export const SLOT_PATTERNS: [RegExp, Hint][] = [
  [ANY_OCCASION_ASKED, "occasion"],
  ...(["number", "time", "place", "reason", "verdict", "party"] as const).flatMap((kind) => patterns(slots[kind]).map((re): [RegExp, Hint] => [re, kind])),
  [CAUSE_OPENING, "reason"],
  [MEANS_ASKED, "means"],
  // "what was the inflation rate", "ما نسبة …": an amount named, after every question word (read first).
  [anyOf(SLOTS.slots.number.nouns), "number"],
  [TIME_NOUN, "time"],
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

/**
 * A record's own words give a number of `noun` ("19 nationalities" for "how many nationalities"; of any
 * word of a phrase: "1.2 million Rohingyas" for "Rohingya refugees"), or of another word of its line of
 * data/concepts.txt ("168 kids" for "how many children").
 */
export function countsNoun(normalized: string, noun: string): boolean {
  const nouns = normalize(noun).split(" ");
  const keys = nouns.flatMap(wordKeys);
  const stems = keys.filter((k) => !k.startsWith("="));
  // A place or group ("=rohingya") is met by its key.
  const entities = new Set(keys.filter((k) => k.startsWith("=")));
  // A noun of the other script than the record's is not among its words (an Arabic question on an English draft).
  if ((!stems.length && !entities.size) || hasArabic(noun) !== hasArabic(normalized)) return givesAmount(normalized);
  const lines = new Set(nouns.flatMap((n) => synonymLines().get(n) ?? []));
  // An Arabic word carries its article and prefixes ("الحالات"): met by its keys too.
  const counts = (x: string) =>
    stems.some((s) => x.startsWith(s)) ||
    (hasArabic(x) && wordKeys(x).some((k) => stems.includes(k))) || (entities.size > 0 && wordKeys(x).some((k) => entities.has(k))) || (synonymLines().get(x) ?? []).some((l) => lines.has(l));
  const words = normalized.trim().split(" ");
  // "550 people"; "brings the number of deaths to 7", "ارتفع عدد الوفيات إلى 388": the noun before "to".
  const before = (i: number) => (i > 0 && COUNT_TO.test(words[i - 1]) ? words.slice(Math.max(0, i - 2 - COUNTED_REACH), i - 1) : []);
  // "بلغ عدد الحالات 12": in Arabic the counted noun may stand just before its number, with no "إلى".
  const justBefore = (i: number) => words.slice(Math.max(0, i - COUNTED_REACH), i).filter(hasArabic);
  return words.some((w, i) => AMOUNT.test(w) && (words.slice(i + 1, i + 1 + COUNTED_REACH).some(counts) || before(i).some(counts) || justBefore(i).some(counts)));
}

let byWord: Map<string, number[]> | undefined;
/**
 * The lines of data/concepts.txt each word stands in as written (normalized): two words of one line are
 * one thing counted ("children", "kids"). As written, not by stem: "nationalities" is no word of the line
 * of "country" that "nation" reaches.
 */
function synonymLines(): Map<string, number[]> {
  if (!byWord) {
    byWord = new Map();
    conceptLines(CONCEPTS_FILE).forEach((line, n) => {
      const c = parseConceptLine(line);
      for (const w of c ? [...c.en, ...c.ar] : []) {
        const key = normalize(w);
        if (key.includes(" ")) continue;
        const at = byWord!.get(key);
        if (!at) byWord!.set(key, [n]);
        else if (!at.includes(n)) at.push(n);
      }
    });
  }
  return byWord;
}

/** The word between a counted noun and its number: "to 7", "at 40", "إلى 388". */
const COUNT_TO = /^(?:to|at|الي)$/;

/**
 * What "how many N …" counts: N (the words of its phrase), which the answer must say with its number
 * ("how many nationalities" is not answered by "129 people"). English only: after كم an Arabic word may
 * as well be a verb.
 */
export function countedNoun(topic: string): string | null {
  const m = /(?:^| )how many ((?:[a-z0-9]+ ){0,4})/.exec(`${topic} `);
  const words = (m?.[1] ?? "").trim().split(" ");
  // "how many Rohingya refugees is …", "how many Chibok girls were …": the words before the verb name
  // what is counted, any of them ("1.2 million Rohingyas"); with no auxiliary in reach ("how many children
  // took part"), the first word.
  const aux = words.findIndex((w) => COUNT_VERB.test(w));
  if (aux === 0) return null;
  const noun = (aux > 0 ? words.slice(0, aux) : words.slice(0, 1)).filter((w) => /^[a-z]{3,}$/.test(w));
  return noun.length ? noun.join(" ") : null;
}

/**
 * The act a count is asked of: "how many people were killed" (the word after the counted noun's auxiliary),
 * "كم حالة تعافت", "كم شخصا تم إجلاؤهم" (the word after كم's noun, past a
 * relative pronoun or تم). null when the question says no act after its noun.
 */
export function countedAct(topic: string): string | null {
  const ar = /^(?:كم|كام|قديش|اديش) \S+ (?:(?:الذين|الذي|التي|اللي|تم|قد) )?(\S+)/.exec(topic);
  if (ar) return ar[1];
  const m = /(?:^| )how many ((?:[a-z0-9]+ ){0,5})/.exec(`${topic} `);
  const words = (m?.[1] ?? "").trim().split(" ").filter(Boolean);
  const aux = words.findIndex((w) => COUNT_VERB.test(w));
  // With no auxiliary the noun's end is unknown ("how many measles patients recovered").
  const act = aux > 0 ? words[aux + 1] : undefined;
  return act && /^[a-z]{3,}$/.test(act) ? act : null;
}

/**
 * The act a "what did X <verb> …" question asks about: the verb that ends its subject, before the first word
 * of an adjunct ("what did the commissioner conclude after the investigation" → conclude). Null with no
 * subject before the verb, or no verb after it.
 */
export function askedAct(topic: string): string | null {
  const m = /^what (?:did|does|do|will|would|has|have|had) ((?:[a-z0-9]+ ){1,7}?[a-z]+)(?= (?:after|before|about|on|in|at|during|regarding|over|for|to|with|when|following|from|of|as)(?: |$)|$)/.exec(topic.trim());
  const words = m ? m[1].split(" ") : [];
  if (words.length < 2) return null;
  const act = words[words.length - 1];
  return /^[a-z]{3,}$/.test(act) ? act : null;
}

/**
 * The act a who-did question asks the doer of: "who scored …", "who has found …", "مين سجل …", "من الذي سجل …"
 * → the verb. Null when a noun follows the question word ("من القاضي …") or the word is no verb of three letters or more.
 */
export function doneAct(topic: string): string | null {
  const m = /^(?:who|whom) (?:(?:has|have|had|did|does|will|would|is|was|were|are|first|actually) )?([a-z]{3,})(?= |$)|^[وف]?(?:مين|من|منو|شكون|مينو) (?:(?:اللي|الي|الذي|التي|الذين|قد|هو|هي) )?(?!ال)(\S{3,})/.exec(topic.trim());
  return m ? (m[1] ?? m[2]) : null;
}

/** A verb that closes the counted noun phrase of "how many N …". */
const COUNT_VERB = /^(?:are|were|is|was|have|has|had|do|does|did|will|would|can|could|remain|remained)$/;

const kinds = SLOTS.numberKinds;
const TOTAL_ASKED = anyOf(kinds.total);
const CUMULATIVE = anyOf(kinds.cumulative);
const RATE_ASKED = anyOf(kinds.rate);
/** A number and the words of a percentage after it ("200 في المائة", "5 per cent"); "%" is gone once normalized. */
const PERCENTAGE = new RegExp(`(?:^| )[\\d.,]+ (?:${alternatives(kinds.percent)})(?= |$)`);
const PERCENTAGES = new RegExp(PERCENTAGE.source, "g");
const PERCENT_SIGN = /\d\s*[%٪]/;
/** A whole share with its sign ("up to 15%"), taken out whole so that no digit of it is left to count; from a number's first digit only (a long run of digits is read once). */
const PERCENT_SIGNS = /(?<![\d.,])\d[\d.,]*\s*[%٪]/g;
const MEASURE_ASKED = anyOf(kinds.measure);
const UNITS = new Set(kinds.units.map((u) => normalize(u)));
/** A number written with its unit ("200km", "5kg"). */
const GLUED_UNIT = new RegExp(`^[\\d.,]+(?:${alternatives(kinds.units.filter((u) => /^[a-z]+$/.test(u)))})$`);
/** How many words from a measure's number its unit may stand ("6.2 magnitude", "a magnitude of 6.1", "180 kilometres"). */
const UNIT_REACH = 2;

const MONEY_ASKED = anyOf(kinds.money);
const CURRENCIES = new Set(kinds.currencies.map((c) => normalize(c)));
/** A currency sign beside a digit, as written ("$1.8 billion", "€500", "5£"). */
const CURRENCY_SIGN = /[$€£¥]\s*\d|\d\s*[$€£¥]/;

/** What kind of number a question asks: a running total ("the total number of cases"), a share ("what percentage"), a measure ("how deep"), a sum of money ("what price"). */
export interface NumberAsked {
  total: boolean;
  rate: boolean;
  measure: boolean;
  money: boolean;
}

export function numberAsked(normalizedQuestion: string): NumberAsked {
  return { total: TOTAL_ASKED.test(normalizedQuestion), rate: RATE_ASKED.test(normalizedQuestion), measure: MEASURE_ASKED.test(normalizedQuestion), money: MONEY_ASKED.test(normalizedQuestion) };
}

/**
 * A number with a unit of measure beside it: "180 kilometres", "a magnitude of 6.1" (normalized: "6 1"),
 * "200km", "عمق 10 كلم". A count of things ("thousands of residents") measures nothing.
 */
export const givesMeasure = (normalized: string): boolean => numberBeside(normalized, UNITS, GLUED_UNIT);

/** A sum of money: a number beside a currency ("2 مليون دولار", "500 euros"), or a currency sign beside a digit (`raw`, as written). */
export const givesMoney = (raw: string, normalized: string): boolean => CURRENCY_SIGN.test(raw) || numberBeside(normalized, CURRENCIES, null);

/** A number with one of `units` within UNIT_REACH words of it (past its decimal digits), or `glued` to it ("200km"). */
function numberBeside(normalized: string, units: Set<string>, glued: RegExp | null): boolean {
  const words = normalized.trim().split(" ");
  const isNumber = (w: string) => /^\d/.test(w) || AMOUNT.test(w);
  return words.some((w, i) => {
    if (glued?.test(w)) return true;
    if (!isNumber(w)) return false;
    // After it, past the digits of its decimal part ("6 2 magnitude").
    const after = words.slice(i + 1, i + 1 + 2 * UNIT_REACH).filter((x) => !/^\d+$/.test(x)).slice(0, UNIT_REACH);
    return [...words.slice(Math.max(0, i - UNIT_REACH), i), ...after].some((x) => units.has(x));
  });
}

/**
 * Whether a record's number is of the kind asked: a total is a count the record marks as one ("risen to
 * 184", "ارتفع إلى 12 ألف"), not one it marks as new or leaves unmarked (the day's count beside the total);
 * a count is not a percentage, nor a measure (see givesMeasure). `raw`: the record's text as written (for "%"), `normalized`: as normalize() leaves it.
 */
export function fitsNumberAsked(raw: string, normalized: string, asked: NumberAsked): boolean {
  if (asked.total && !CUMULATIVE.test(normalized)) return false;
  if (asked.measure) return givesMeasure(normalized);
  if (asked.money && !asked.rate) return givesMoney(raw, normalized);
  if (asked.rate || !(PERCENT_SIGN.test(raw) || PERCENTAGE.test(normalized))) return true;
  const withoutShares = normalize(raw.replace(PERCENT_SIGNS, " ")).replace(PERCENTAGES, " ");
  return givesAmount(withoutShares);
}
