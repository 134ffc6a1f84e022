// The answering engine: reads the question, finds candidate records through the search index, scores
// them and abstains unless the evidence covers the question. Synchronous, and never throws on input.
import { hasArabic } from "../normalize/arabic.js";
import { recordRef } from "./record-ref.js";
import type { Corpus } from "../corpus/load.js";
import { stripChatNoise } from "../normalize/chat-noise.js";
import { standardizeDialect } from "../normalize/dialect.js";
import { expandTitleShorthands } from "../normalize/title-shorthands.js";
import { ArabiziReader } from "./arabizi-reader.js";
import { articlePlaces, type KeptPlaces } from "./article-places.js";
import { CONCEPTS_FILE, CONCEPT_WEIGHT, conceptLines, parseConceptLine } from "../normalize/concepts.js";
import { isCommonEnglishWord } from "../normalize/wordnet.js";
import { arabicNameSpellings, crossScriptKey, latinSpellings } from "../normalize/names.js";
import { ANTONYMS, ENGLISH_SPEECH_VERBS, VERB_EN_TO_AR, VERB_FAMILIES, concepts, contentTerms, isContentWord, isGenericTerm, isOfficeWord, normalize, placeCounts, questionTerms, scriptOf, speakerTerms, tokenize, wordKeys, type Term } from "../normalize/index.js";
import type { Answer, AnswerItem, AskOptions, Engine, NoMatchReason, SpeakerInfo, SpeakerRef } from "../types.js";
import { NO_DEADLINE, OverBudget, startDeadline, type BudgetOptions, type Deadline } from "./budget.js";
import { citationOf } from "./citation.js";
import { MAX_ANSWERS, MAX_QUESTION_LENGTH, MAX_SPEAKER_PHRASE_WORDS, MIN_COVERAGE, SUGGEST_COVERAGE } from "./limits.js";
import { CLOSE_MATCH, closeness, directWeight, distinctTerms, evidenceCount, evidenceNeeded, longPhraseTerms, matchable, saysRelated, telling, tellingShare, type MatchableTerm } from "./evidence.js";
import { askedAct, asksOwnTime, countedAct, doneAct, countedNoun, countsNoun, fitsNumberAsked, givesAmount, givesOccasion, givesMeans, givesOutcome, givesParty, givesPlace, givesVerdict, numberAsked, occasionAsked, type NumberAsked } from "./answer-slots.js";
import { answerBar, decideStatus, type AnswerBarModel, type DecisionInput, type DecisionIntent, type HeldBack } from "./answer-bar.js";
import { MAX_SUGGESTIONS, RUNNER_UP_RATIO, SPEAKERS_WEIGHED, SUGGESTED_SCORE_CAP, SURE_DRAFT_CONFIDENCE, decide, preferDirect, verdictSettled, type Scored, type Verdict } from "./decision.js";
import { REWRITES, itemKey, planFollowUp, type Focus, type FollowUpLang, type FollowUpPlan } from "./follow-up.js";
import { opensWithAbout } from "./follow-up-reader.js";
import { namesActOfSaying, parseQuestion, sayingVerb, sayingWords, type Hint, type ParsedQuestion, type SpeakerNaming } from "./question.js";
import { buildCorpusView, type CorpusView, type SearchRecord } from "./records.js";
import { claimsDone, saysNotYet } from "./realis.js";
import { MATCH_WEIGHT, RecordSubset, SearchIndex, type Hit } from "./search-index.js";
import { RecordWords, type PhraseWords } from "./record-words.js";
import { BestFirst, type Pending } from "./best-first.js";
import { embeddedSubject } from "./embedded-report.js";
import { claimsOfAnother } from "./claim-subject.js";
import { holdsMisspelt, isPlainText, mayHoldPhrases, Vocabulary, vocabularyWords, type Correction, type PhraseTest } from "./spelling.js";
import { SpeakerNames } from "./speaker-names.js";
import { SpeakerDirectory, type SpeakerMatch } from "./speakers.js";

/** When the question quotes words that no record holds verbatim. */
const MIN_COVERAGE_UNQUOTED = 0.75;
/** For "what did Y say about Z": the share of Z's words one of Y's quotes must hold. */
const MIN_TOPIC_COVERAGE = 0.34;
/** The same for the topic of "what did Y say about Z" (the speaker is certain, the topic a near miss). */
const SUGGEST_TOPIC_COVERAGE = 0.2;
const VERB_BONUS = 0.05;
/** How closely a full name (two words or more) must match to name a speaker whatever title precedes it. */
const FULL_NAME_CONFIDENCE = 0.85;
/**
 * How much more of the question (a share of its weight) another speaker's statement must say in its own
 * words to contest an answer: a tenth, so that one shared place name is not enough.
 */
const CONTEST_MARGIN = 0.1;
/** Just under the answer bar: what a record that may be offered, never stated, scores at most (one that is no
 *  evidence, fills no slot the question asks, or gives no time for a when-question). */
const NO_EVIDENCE = MIN_COVERAGE - 0.01;
/**
 * The bounds a counting ranking searches down to in turn (scoreRecords): most answers' best scores are
 * over 0.6 / RUNNER_UP_RATIO, and then no hit bounded under 0.6 is scored; a question nothing says
 * enough of is mostly settled by the records that hold its heaviest word alone, which score NO_EVIDENCE.
 */
const PROBE_LEVELS = [0.6, NO_EVIDENCE];
/** How many hits scoreRecords scores before it first asks whether the rest can matter. */
const SETTLE_FIRST = 8;
const HINT_BONUS = 0.05;
/** Words that may open what follows a speaker's name without being part of it. */
const TRAILING_ADVERBIAL = /^(?:on|in|at|during|to|last|this|yesterday|today|from|when|after|before|while|recently|publicly|في|يوم|امس|اليوم|خلال|الي|عند|حين|بعد|قبل|مؤخرا|موخرا|للصحفيين|للصحافيين|لل\S+|لي|لك|له|لها|لهم|لهما|لنا|لكم|الاسبوع|الشهر|العام|السنه|صباح|مساء|ليله|الليله|غدا|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)$/;
/** "لتركيا", "لترامب": ل ("to") before a word; "لطفي" in "دونالد لطفي" is a family name, not "to …". */
const TO_WORD = /^ل(\S{2,})$/;
/** A record that says the opposite of a negated question ("… is no threat") is weaker evidence. */
const POLARITY_PENALTY = 0.85;
/** The canonical verb of denying (نفى, deny). */
const DENY = VERB_EN_TO_AR.deny;
// "لا يزال" / "لا زال" mean "still": not a negation. Verbs of lacking are one ("may lack the means").
const NEGATION = /(?:^| )(?:no|not|never|none|nobody|neither|nor|without|cannot|t|لا(?! (?:يزال|تزال|زال|زالت|يزالون))|ليس|ليست|لم|لن|ولا|ولم|ولن|وليس|وليست|فلا|فلم|فلن|فليس|ينقص|تنقص|ينقصه|ينقصها|ينقصهم|ينقصنا|تنقصه|تنقصها|تنقصهم|تنقصنا|نفتقر|نفتقد|بدون|ليسوا|عدم|unable|lack|lacks|lacked|lacking|تفتقر|يفتقر|تفتقد|يفتقد|يفتقرون|تفتقرون)(?= |$)/;

/**
 * A calendar date: a year, a month's name (the Levantine ones too) or a weekday's, not "in recent weeks";
 * "March" and "May" only beside a number (a march, "may" the verb).
 */
const CALENDAR_WORDS = /\d{4}|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|(?:^| )اب(?= |$)|ايلول|تشرين|الخميس|الجمعه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|january|february|march \d|\d march|april|\d may(?= |$)|may \d|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday/;

/**
 * A negation that an exception completes says "only": "ليس سوى وسيلة", "لا يريد إلا", "not only",
 * "nothing but". Taken out before NEGATION is looked for (a few words may stand between the two).
 */
const EXCEPTIVE = /(?:^| )(?:[وف]?(?:ليس|ليست|لا|لم|لن|ما)(?: [^ ]+){0,4} (?:سوي|الا)|not (?:only|just|merely)|nothing but|no more than)(?= |$)/g;
const isNegated = (normalized: string): boolean => NEGATION.test(normalized.replace(EXCEPTIVE, " "));

const TIME_WORDS = /\d{4}|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|الشهر|الاسبوع|الاسابيع|العام|يوم|امس|الخميس|الجمعه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|month|week|year|yesterday|today/;

/** Words that give a reason: "بسبب", "بحجة أن", "يعزى", "because", "in response". */
// "These developments led many to believe …" (دفعت الكثيرين إلى): the subject is the reason.
// A purpose is a reason too: "in order to", "so as to", "aimed at", "من أجل", "بهدف", "لكي", "سعيا".
const REASON_WORDS = /(?:^| )(?:بسبب|لان|لانه|لانها|لانهم|بحجه|يعزي|ويعزي|نظرا|جراء|بفعل|ردا|انتقاما|دفعت|دفع|بهدف|من اجل|لكي|سعيا|because|due|citing|in response|in retaliation|reason|since|prompted|prompting|in order to|so as to|aimed at|with the aim of)(?= |$)/;
/**
 * Words that open the reason or the cause of what comes after them in a sentence: "بحجة أن X", "بعد أن
 * أعلن X" (the event that set off what the sentence says first), "because X", "after X announced".
 */
const CAUSE_OPENERS = /(?:^| )(?:بسبب|لان|لانه|لانها|لانهم|بحجه|يعزي|ويعزي|نظرا|جراء|بفعل|ردا|انتقاما|بعد ان|اثر|عقب|because|due to|citing|in response|in retaliation|after|following|since)(?= |$)/;
/** How far before a record's text (in characters of its sentence) a cause opener may stand. */
const CAUSE_REACH = 90;
/** A reason that points back at the sentence before: "ردا على ذلك", "in response", "because of this". */
const ANAPHORIC_REASON = /(?:^| )(?:ردا علي|رد علي|بسبب|نتيجه|جراء|in response to|because of|as a result of) (?:ذلك|هذا|ذالك|this|that|it)(?= |$)|(?:^| )in response(?= |$)(?! to)/;
/** A quote whose subject points back to the sentence before: "it would …", "this will …", "هذا القرار …". */
const POINTS_BACK = /^ (?:it|this|that|these|they|هذا|هذه|ذلك|تلك|انه|انها)(?= )/;
/** What the words a record says only through "that" (the sentence before) count for, against its own. */
const ANTECEDENT_SHARE = 0.85;
/** How many of the best records a why-question looks around for the reason they come with. */
const REASON_CANDIDATES = 5;
/** A statement on a condition: "if", "unless", "إذا", "لو", "في حال" (text as normalize() leaves it). */
const CONDITION_WORDS = /(?:^| )(?:اذا|واذا|لو|ولو|في حال|في حاله|ما لم|if|unless|in case|provided that)(?= |$)/;
/** A reason found in another sentence than the record the question matched counts for a little less. */
const NEIGHBOUR_SHARE = 0.95;
/** A who-question of one verb and a name: "who responded to Trump?", "مين رد على ترامب", "who threatened Turkey". */
const WHO_ACT_ON = /^(?:and |so )?(?:who|whom|[وف]?(?:مين|من|منو|شكون|مينو))(?: (?:اللي|الي|الذي))? (\S+) (?:(?:to|at|against|on|with|علي|ضد|الي|مع|ل) )?(\S.*?)$/;
/** Reporting verbs whose object is the one spoken to (دعا: "called on", طالب: "demanded of"), not the speaker. */
const ADDRESSING_VERBS = new Set(["دعا", "طالب"]);
/** What may stand between the verb and the one called on: "called on X", "called upon X". */
const ADDRESSEE_OPENER = /^(?:on|upon) /;
/** The word after the one called on: "to stop", "إلى التوقف", "بوقف", "that", "for". */
const ADDRESSEE_CLOSER = /^(?:to|not|that|for|الي|ان|بان|ب\S+|لل\S+)$/;
/** A quotation mark of either script: a record holding one quotes someone. */
const QUOTATION_MARK = /["“”«»„]/;
/** A who-question about an act: "who …", "مين …", and من before a word that is no noun with the article ("من وجّه …", not "من القاضي …" or "من أين …"). */
const WHO_DID = /^(?:and |so )?(?:who|whom|[وف]?(?:مين|منو|شكون|مينو)|[وف]?من (?!ال|اين|وين|فين|اي |متي|قبل|خلال|اجل|جهه|جانب)[^ ]{2,})(?= |$)/;
const asksWhoDid = (text: string) => WHO_DID.test(normalize(text.slice(0, MAX_QUESTION_LENGTH)));
/** A word shorter than this is not looked for by its sound in the other script (too many share it). */
const MIN_SOUND_LENGTH = 4;
/** The confidence shown for a statement found by its reporting verb alone ("who threatened?"). */
const VERB_ONLY_SCORE = 0.7;
/** The slots a question about what someone said must see filled by the quote that answers it (see slotFilled). */
const SPEAKER_SLOTS = new Set<Hint>(["number", "place", "name", "person_name"]);
/** The slots a fact answer must fill to be stated (see scoreRecords). */
const FILLED_SLOTS = new Set<Hint>(["number", "place", "name", "person_name", "verdict", "means", "party"]);
/** The confidence shown for the answer to "when?" / "why?" about the last answer. */
const FOCUS_SCORE = 0.6;
/** The confidence shown for the statement whose sentence says where it was made (see statementOccasion). */
const OCCASION_SCORE = 0.8;
/** The words of an occasion question searched for a speaker, and the longest run of them tried as a name or title. */
const OCCASION_QUESTION_WORDS = 24;
const OCCASION_SPEAKER_WORDS = 6;

/** The English verb for a canonical Arabic reporting verb (the first that translates to it). */
const ENGLISH_VERB_OF: Record<string, string> = Object.fromEntries(Object.entries(VERB_EN_TO_AR).reverse().map(([en, ar]) => [ar, en]));

/** How well a record's reporting verb fits the question's: 2 the same, 1 of one family (warn/threaten), else 0. */
function verbFit(asked: string | null, said: string | null): number {
  if (!asked || !said || asked === "قال") return 0;
  if (asked === said) return 2;
  return VERB_FAMILIES.some((f) => f.includes(asked) && f.includes(said)) ? 1 : 0;
}

const hasSide = (keys: Iterable<string>, side: string[]) => [...keys].some((k) => side.some((p) => k.startsWith(p)));

/** The pairs of opposites of which the question says one and not the other: the only ones a record can oppose. */
function opposablePairs(question: Set<string>): typeof ANTONYMS {
  return ANTONYMS.filter(([a, b]) => hasSide(question, a) !== hasSide(question, b));
}

/** True when the question says one of two opposite things and the record the other ("send" / "withdraw"). */
function opposes(pairs: typeof ANTONYMS, question: Set<string>, record: string[]): boolean {
  return pairs.some(
    ([a, b]) => (hasSide(question, a) && !hasSide(question, b) && hasSide(record, b) && !hasSide(record, a)) ||
      (hasSide(question, b) && !hasSide(question, a) && hasSide(record, a) && !hasSide(record, b)),
  );
}

function fitsHint(normalized: string, hint: Hint): boolean {
  if (hint === "number") return givesAmount(normalized);
  if (hint === "time") return TIME_WORDS.test(normalized);
  if (hint === "reason") return REASON_WORDS.test(normalized);
  if (hint === "outcome") return givesOutcome(normalized);
  if (hint === "verdict") return givesVerdict(normalized);
  if (hint === "means") return givesMeans(normalized);
  if (hint === "party") return givesParty(normalized);
  return false;
}

/** The record's sentence opens it with a cause word ("بحجة أن …", "after Trump announced …"). */
function givesCause(r: { text: string; context: string }): boolean {
  const sentence = ` ${normalize(r.context)} `;
  const start = sentence.indexOf(` ${normalize(r.text)} `);
  return start > 0 && CAUSE_OPENERS.test(sentence.slice(Math.max(0, start - CAUSE_REACH), start + 1));
}

/**
 * Longer raw input is refused before anything scans it. Mentions, emoji and greetings may make a
 * message longer than the question it holds, so the cap on the raw text is looser than on the question.
 */
const MAX_RAW_LENGTH = MAX_QUESTION_LENGTH * 4;

function cleanQuestion(raw: unknown): string {
  if (typeof raw !== "string") return "";
  // Control characters and lone surrogates are noise from pasted or binary input.
  return raw
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, " ")
    .replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => {
      const code = c.charCodeAt(0);
      const next = s.charCodeAt(i + 1);
      const prev = s.charCodeAt(i - 1);
      const paired = code < 0xdc00 ? next >= 0xdc00 && next <= 0xdfff : prev >= 0xd800 && prev < 0xdc00;
      return paired ? c : " ";
    })
    .trim();
}


export function createEngine(corpus: Corpus, options: EngineOptions = {}): Engine {
  return createEngineFromView(buildCorpusView(corpus), options);
}

/** Records whose words are checked against the vocabulary words kept beside a snapshot. */
const WORDS_SAMPLE = 32;

/**
 * The corpus vocabulary for typo readings, kept between runs: `stored` (read beside the snapshot) is
 * used when a sample of records agrees with it; `save` hears the words once they are found afresh.
 */
export interface KeptWords {
  stored?: () => string[] | null;
  save?: (words: string[]) => void;
}

/** An engine's options: its work budget per question, and the answer bar (data/answer-bar.json unless given). */
export interface EngineOptions extends BudgetOptions {
  answerBar?: AnswerBarModel;
}

/** A question's reading, as the answer bar weighs it (see decisionInput). */
interface Basis {
  intent: DecisionIntent;
  script: DecisionInput["script"];
  corrections: number;
  oneWord: boolean;
  quoted: boolean;
  hint: boolean;
  explain?: AskOptions["explain"];
}

export function createEngineFromView(view: CorpusView, options: EngineOptions = {}, words: KeptWords = {}, places: KeptPlaces = {}): Engine {
  const budget: BudgetOptions = { clock: options.clock, budgetMs: options.budgetMs };
  const { records, speakers, quotesOf } = view;
  /** Record index by id and by short reference, built on the first lookup (most engines never need it). */
  let byRef: Map<string, number> | undefined;
  const recordsByRef = (): Map<string, number> => {
    if (!byRef) {
      byRef = new Map();
      records.forEach((r, i) => {
        byRef!.set(r.id, i);
        if (!byRef!.has(recordRef(r.id))) byRef!.set(recordRef(r.id), i);
      });
    }
    return byRef;
  };
  // The deadline of the question being answered (the engine is synchronous: one at a time).
  let deadline: Deadline = NO_DEADLINE;
  // Who hears how the question's status was decided (AskOptions.explain), for the question being answered.
  let explaining: AskOptions["explain"];
  const bar = options.answerBar ?? answerBar();
  const checkpoint = () => deadline.check();
  const index = new SearchIndex(view.keys, view.postings);
  // 1 for the quotes with a speaker (who-said questions search these, never walking the facts'
  // postings), and for the drafts' quotes whose speaker the extractor could not tell: one loop (two
  // Uint8Array.from with a function and a some() took 0.2 s of a cached start at 100,000 quotes).
  const attributed = new Uint8Array(records.length);
  const unattributed = new Uint8Array(records.length);
  let anyUnattributed = false;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.kind !== "quote") continue;
    if (r.speaker >= 0) attributed[i] = 1;
    else {
      unattributed[i] = 1;
      anyUnattributed = true;
    }
  }
  const quoteRecords = new RecordSubset(attributed);
  /** Null when there are none. */
  const unattributedQuotes = anyUnattributed ? new RecordSubset(unattributed) : null;
  const placesOf = articlePlaces(view, places);
  const directory = new SpeakerDirectory(speakers, placesOf.speaker, view.directory);
  const speakerNames = new SpeakerNames(speakers);
  view.directory ??= directory.tables();
  const knownWord = (word: string) => wordKeys(word).some((k) => index.has(k));
  /**
   * Known as written, or through another word of its concept that the corpus says (ستشتري for an
   * English article's "buy"): a word of the other language is no misspelling of a corpus word.
   */
  const knownAcross = (word: string) => knownWord(word) || (questionTerms(word)[0]?.related ?? []).some((r) => index.has(r.key)) || soundsLikeLatinWord(word);
  /**
   * An Arabic word that spells a Latin word of the corpus by its sound (كركي for an English draft's
   * "Karaki") is that name, not a misspelling of an Arabic word (تركي): withSpellingsAcross finds it.
   */
  const soundsLikeLatinWord = (word: string): boolean =>
    scriptOf(word) === "ar" && word.length >= MIN_SOUND_LENGTH && latinSpellings(word).some((s) => latinKeysBySound().has(crossScriptKey(s) ?? ""));
  // Latin words that spell a speaker's name exactly stay names; other Arabizi words become corpus words.
  const arabizi = new ArabiziReader({ keys: view.keys, idf: (k) => index.idf(k) }, (word) =>
    directory.resolve(word).some((m) => m.byName && m.confidence >= 1),
  );

  // A record's normalized text and translation, computed for the few candidates that need it, kept in
  // a table by record number (a record takes the place of the one in its slot). A quote-marked question
  // of common words normalizes more records than a cache of 10,000 holds: kept in order of arrival, the
  // oldest dropped first, each was dropped just before it was read again (the question's own later
  // checks, the next asking), and dropping a Map's oldest entry walks the entries deleted before it
  // (12 µs a drop at 10,000 entries in V8, more than the normalizing).
  const NORMALIZED_SLOTS = 1 << 14;
  const normalizedTexts: string[] = new Array<string>(NORMALIZED_SLOTS).fill("");
  const normalizedOf = new Int32Array(NORMALIZED_SLOTS).fill(-1);
  const rawText = (i: number): string => `${records[i].text} ${records[i].textEn ?? ""}`;
  // Whether a record's raw text is plain (see mayHoldPhrases), found on first use: 0 not yet known,
  // PLAIN (with TRANSLATED when it has a translation), or MIXED.
  const PLAIN = 1;
  const TRANSLATED = 2;
  const MIXED = 4;
  const plainness = new Uint8Array(records.length);
  const plainnessOf = (i: number): number => {
    if (plainness[i] === 0) {
      const { text, textEn } = records[i];
      plainness[i] = !isPlainText(text) || !isPlainText(textEn ?? "") ? MIXED : textEn !== null ? PLAIN | TRANSLATED : PLAIN;
    }
    return plainness[i];
  };
  // Record i's text is text 2i of rawWords, its translation 2i + 1.
  const rawWords = new RecordWords(2 * records.length, (t) => (t % 2 === 0 ? records[t >> 1].text : records[t >> 1].textEn ?? ""));
  let heldText = 0;
  const heldIn = (w: string) => rawWords.holds(heldText, w);
  const mayHoldRecord = (test: PhraseTest, i: number): boolean => {
    const plain = plainnessOf(i);
    if (plain === MIXED) return true;
    heldText = 2 * i;
    if (test.words(heldIn)) return true;
    heldText = 2 * i + 1;
    return (plain & TRANSLATED) !== 0 && test.words(heldIn);
  };
  // Record i's text and translation as normalizedText reads them (one text: a phrase may run from one into the other).
  const recordTexts = new RecordWords(records.length, rawText);
  /**
   * Whether record i holds one of the phrases (padded normalized words, `words` the same read by
   * recordTexts) as scoreRecords checks it on its normalized text: a plain record that no phrase fold
   * applies to is read in its kept words, the others are normalized.
   */
  const holdsPhrases = (phrases: string[], words: PhraseWords[], i: number): boolean => {
    if (plainnessOf(i) !== MIXED && recordTexts.exact(i)) return words.some((p) => recordTexts.holdsPhrase(i, p));
    const normalized = normalizedText(i);
    return phrases.some((p) => normalized.includes(p) || holdsMisspelt(normalized, p));
  };
  const normalizedText = (i: number): string => {
    const slot = i & (NORMALIZED_SLOTS - 1);
    if (normalizedOf[slot] !== i) {
      normalizedTexts[slot] = ` ${normalize(rawText(i))} `;
      normalizedOf[slot] = i;
    }
    return normalizedTexts[slot];
  };

  /** Whether a record's sentence names no place ([place] concepts), found for the few records that need it. */
  const placeless = new Map<string, boolean>();
  const namesNoPlace = (r: SearchRecord): boolean => {
    let none = placeless.get(r.id);
    if (none === undefined) {
      if (placeless.size >= 10_000) placeless.clear();
      none = placeCounts(`${r.context || r.text} ${r.textEn ?? ""}`).size === 0;
      placeless.set(r.id, none);
    }
    return none;
  };

  // The corpus words as written, for reading typos: built on the first question that has a word the
  // index does not know, from the words kept beside the snapshot when they pass a check (normalizing
  // every record is seconds at 100,000 quotes), else from the records, and then kept for next time.
  let vocabulary: Vocabulary | undefined;
  const recordWords = (): string[] => {
    const kept = words.stored?.();
    if (kept && keptWordsFit(kept)) return kept;
    const found = vocabularyWords(records.map((_, i) => normalize(rawText(i))));
    words.save?.(found);
    return found;
  };
  /** Every vocabulary word of a sample of records is among the kept words. */
  const keptWordsFit = (kept: string[]): boolean => {
    const set = new Set(kept);
    const step = Math.max(1, Math.floor(records.length / WORDS_SAMPLE));
    for (let i = 0; i < records.length; i += step) {
      if (!vocabularyWords([normalize(rawText(i))]).every((w) => set.has(w))) return false;
    }
    return true;
  };
  // The words of data/concepts.txt count too: a question may name a thing in other words than the
  // record. Not the glossary's: its thousands of words would read a rare word of the question (توخي)
  // as a common one the record does not say (توفي), turning an answer into a doubt.
  const vocab = () =>
    (vocabulary ??= new Vocabulary([
      ...recordWords(),
      ...conceptLines(CONCEPTS_FILE).flatMap((line) => {
        const c = parseConceptLine(line);
        return c ? [...c.en, ...c.ar].map(normalize) : [];
      }),
    ]));

  /** A text with each word the corpus does not know replaced by the one corpus word it is a misspelling of. */
  function correctText(text: string, corrections: Correction[]): string {
    const words = tokenize(text);
    if (words.every((w) => !isContentWord(w) || knownAcross(w))) return text;
    return words
      .map((w) => {
        // A word in common use is what the person meant, though the corpus does not say it ("present").
        if (!isContentWord(w) || knownAcross(w) || (scriptOf(w) === "en" && isCommonEnglishWord(w))) return w;
        // Two words typed without the space between them.
        const split = vocab().split(w);
        if (split) {
          corrections.push({ word: w, candidates: [split], distance: 1 });
          return split;
        }
        const c = vocab().correct(w);
        if (!c) return w;
        const readings = distinctReadings(c.candidates);
        corrections.push({ ...c, candidates: readings });
        return readings.length === 1 ? readings[0] : w;
      })
      .join(" ");
  }

  /**
   * The nearest words that mean different things: "cell" and "cells" (the same keys), or "harbor" and
   * "harbour" (one concept in data/concepts.txt), are one reading.
   */
  function distinctReadings(words: string[]): string[] {
    const out: { word: string; keys: Set<string> }[] = [];
    for (const word of words) {
      const t = questionTerms(word)[0];
      const keys = t ? [...t.keys, ...(t.related ?? []).map((r) => r.key)] : wordKeys(word);
      const same = out.find((o) => keys.some((k) => o.keys.has(k)));
      if (same) keys.forEach((k) => same.keys.add(k));
      else out.push({ word, keys: new Set(keys) });
    }
    return out.map((o) => o.word);
  }

  /** The question with its misspelt words read as the corpus words they stand for. */
  function correctQuestion(q: ParsedQuestion): { q: ParsedQuestion; corrections: Correction[] } {
    const corrections: Correction[] = [];
    const corrected = { ...q, topic: correctText(q.topic, corrections), quoted: q.quoted.map((p) => correctText(p, corrections)) };
    return { q: corrections.length ? corrected : q, corrections };
  }

  /** No content word of the question is one the corpus knows (as written or in the other language): every match would be a guess. */
  const nothingKnown = (q: ParsedQuestion) => {
    const content = [q.topic, ...q.quoted].flatMap(tokenize).filter(isContentWord);
    // Two words the corpus holds, typed without the space between them, are known words, not a guess.
    return content.length > 0 && content.every((w) => !knownAcross(w) && !vocab().split(w));
  };

  /** A misspelt word with several nearest corpus words is searched as any of them; the record decides. */
  function withReadings(terms: Term[], corrections: Correction[]): Term[] {
    const open = new Map(corrections.filter((c) => c.candidates.length > 1).map((c) => [c.word, c.candidates]));
    if (!open.size) return terms;
    return terms.map((t) => {
      const readings = open.get(t.word)?.flatMap((w) => questionTerms(w));
      if (!readings?.length) return t;
      return { ...t, keys: [...new Set(readings.flatMap((r) => r.keys))], related: readings.flatMap((r) => r.related ?? []) };
    });
  }

  /**
   * An answer read through corrections stands unless a correction is unsure for it: the top record says
   * two of a misspelt word's readings, so the question may mean either. A reading the record does not
   * say added nothing to its score, and one it says alone is the reading the answer confirms.
   */
  function confirmCorrections(verdict: Verdict | null, corrections: Correction[], asked: ParsedQuestion): Verdict | null {
    if (!verdict || verdict.status !== "answered" || !corrections.length) return verdict;
    // "كيف حالك" read as "كيف حالة": an answer reached only through corrections is a suggestion.
    if (nothingKnown(asked)) return { ...verdict, status: "suggested", why: "nothing_known" };
    // A name read as another place or group from its first letter on (كركي as تركي) is another name:
    // the answer would put the statement in the mouth of whoever spoke of that place.
    if (corrections.some(renamesEntity)) return { ...verdict, status: "suggested", why: "renames_entity" };
    const top = records[verdict.scored[0].record];
    const held = (id: number) => id >= 0 && (top.ownKeys.includes(id) || top.secondaryKeys.includes(id) || top.topicKeys.includes(id));
    // The record says the word, or another word for it (data/concepts.txt).
    const says = (word: string) =>
      questionTerms(word).some((t) => [...t.keys, ...(t.related ?? []).map((r) => r.key)].some((k) => held(index.idOf(k))));
    const sure = corrections.every((c) => c.candidates.filter(says).length <= 1);
    return sure ? verdict : { ...verdict, status: "suggested", why: "unsure_reading" };
  }

  /** A correction whose only reading is a place or group (an entity key) that starts with another letter. */
  const renamesEntity = (c: Correction): boolean =>
    c.candidates.length === 1 && c.candidates[0][0] !== c.word[0] && wordKeys(c.candidates[0]).some((k) => k.startsWith("="));

  const speakerRef = (i: number): SpeakerRef | null => {
    if (i < 0) return null;
    const s = speakers[i];
    return { id: s.id, name: s.name, nameAr: s.nameAr, role: s.role, roleAr: s.roleAr };
  };

  const articleById = new Map(view.articles.map((a) => [a.id, a]));

  /**
   * What an answer shows around its text: its sentence, led by the sentence it points back to when it
   * opens a reason on "that" ("ردا على ذلك", "in response"): without it the sentence does not say what
   * it responds to.
   */
  const shownContext = (i: number): string => {
    const r = records[i];
    if (!ANAPHORIC_REASON.test(` ${normalize(r.context)} `)) return r.context;
    let j = i - 1;
    while (sameParagraph(i, j) && records[j].context === r.context) j--;
    return sameParagraph(i, j) ? `${records[j].context} ${r.context}` : r.context;
  };

  const toItem = ({ record, score }: Scored): AnswerItem => {
    const r = records[record];
    return {
      id: r.id, kind: r.kind, speaker: speakerRef(r.speaker), text: r.text, textEn: r.textEn, context: shownContext(record),
      article: r.article, paragraph: r.paragraph, score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
      draft: r.draft, citation: citationOf(articleById.get(r.article), r.article, r.paragraph),
      englishMissing: r.textEn === null && articleById.get(r.article)?.lang !== "en",
    };
  };

  const noMatch = (question: string, reason: NoMatchReason): Answer => ({ question, status: "no_match", answers: [], reason });
  const answered = (question: string, scored: Scored[], limit: number): Answer =>
    respond(question, scored.length ? { status: "answered", scored } : null, limit);

  /**
   * The answer object of a verdict. An answer whose top record is a draft quote the extractor was
   * unsure of is held back by the rules. With the question's `basis`, the fitted answer bar decides
   * whether the verdict is stated, offered or left unsaid (see answer-bar.ts).
   */
  function respond(question: string, verdict: Verdict | null, limit: number, basis?: Basis): Answer {
    if (!verdict) return noMatch(question, "not_found");
    const top = records[verdict.scored[0].record];
    const unsure = top.draft && ((top.confidence !== null && top.confidence < SURE_DRAFT_CONFIDENCE) || embedsOtherSpeaker(verdict.scored[0].record));
    const ruled = verdict.status === "answered" && !unsure ? "answered" : "suggested";
    let status: "answered" | "suggested" | "no_match" = ruled;
    if (basis) {
      const input = decisionInput(verdict, ruled === "answered" ? null : unsure && verdict.status === "answered" ? "draft_unsure" : verdict.why ?? "below_bar", basis);
      status = decideStatus(bar, input);
      basis.explain?.({ input, ruled, status });
    }
    if (status === "no_match") return noMatch(question, "not_found");
    if (status === "answered") {
      const total = verdict.scored.length > limit ? { total: verdict.scored.length } : {};
      return { question, status, answers: verdict.scored.slice(0, limit).map(toItem), ...total };
    }
    const offered = verdict.scored.slice(0, Math.min(limit, MAX_SUGGESTIONS));
    return { question, status, answers: offered.map((s) => toItem({ ...s, score: Math.min(s.score, SUGGESTED_SCORE_CAP) })) };
  }

  /** What the answer bar weighs of a verdict: its best candidate, its best rival, the question's reading. */
  function decisionInput(verdict: Verdict, heldBack: HeldBack | null, basis: Basis): DecisionInput {
    const top = verdict.scored[0];
    const speaker = records[top.record].speaker;
    const pool = verdict.pool ?? verdict.scored;
    const rival = pool.find((s) => records[s.record].speaker !== speaker)?.score ?? 0;
    const lang = articleById.get(records[top.record].article)?.lang;
    return {
      ruled: heldBack === null,
      heldBack,
      intent: basis.intent,
      score: top.score,
      rival,
      speakers: Math.min(new Set(pool.filter((s) => s.score >= top.score * RUNNER_UP_RATIO).map((s) => records[s.record].speaker)).size, SPEAKERS_WEIGHED),
      direct: top.direct ?? (top.evidence === false ? 0 : top.score),
      telling: top.telling ?? 1,
      held: top.held ?? 0,
      evidence: top.evidence !== false,
      verbatim: top.verbatim === true,
      close: top.close ?? 1,
      opposite: top.opposite === true,
      script: basis.script,
      crossLanguage: lang !== undefined && (basis.script === "en") !== (lang === "en"),
      corrections: basis.corrections,
      oneWord: basis.oneWord,
      quoted: basis.quoted,
      hint: basis.hint,
      draft: records[top.record].draft,
      confidence: records[top.record].confidence ?? 1,
      nameWords: speaker >= 0 ? (speakers[speaker].nameAr ?? speakers[speaker].name).split(/\s+/).filter(Boolean).length : 0,
    };
  }

  /** What a question's reading tells the answer bar (see decisionInput). */
  function basisOf(question: string, text: string, q: ParsedQuestion, intent: DecisionIntent, corrections: number): Basis {
    const script = hasArabic(question) ? "ar" : hasArabic(text) ? "arabizi" : "en";
    const terms = questionTerms([q.topic, ...q.quoted].join(" "));
    return { intent, script, corrections, oneWord: new Set(terms.map((t) => t.keys[0])).size < 2, quoted: q.quoted.length > 0, hint: q.hint !== null, explain: explaining };
  }

  /** The corpus key ids a question word may match: its own keys, or their misspellings the corpus holds. */
  const idsOf = (t: Term): number[] =>
    (t.keys.some((k) => index.has(k)) ? t.keys : t.keys.flatMap((k) => index.fuzzy(k)))
      .map((k) => index.idOf(k))
      .filter((id) => id >= 0);
  /** The ids of the other words of its concepts (another wording, the other language). */
  const relatedIdsOf = (t: Term): number[] => (t.related ?? []).map((r) => index.idOf(r.key)).filter((id) => id >= 0);
  const partIdsOf = (t: Term): number[] => (t.related ?? []).filter((r) => r.part).map((r) => index.idOf(r.key)).filter((id) => id >= 0);

  /**
   * Names of places, people and bodies the corpus does not know as written, found in the other script
   * by their sound, at the weight of a glossary match. In an English question, the capitalized ones
   * ("Kirkuk", "Lamjarred's") are looked up in Arabic drafts; in an Arabic question, an unknown word
   * (تشيركيسوف, جمشيدبور) is looked up among the Latin words of English drafts by its consonants.
   */
  function withSpellingsAcross(terms: Term[], question: string): Term[] {
    const proper = new Set(
      [...question.matchAll(/(?<=\S\s+)[A-Z][a-z]+(?:['’]s)?/g)].map((m) => normalize(m[0])).filter((w) => w.length >= 4),
    );
    const unknown = (t: Term) => !t.keys.some((k) => index.has(k)) && !t.related?.some((r) => index.has(r.key));
    return terms.map((t) => {
      if (!unknown(t)) return t;
      let key: string | undefined;
      if (t.script === "en" && proper.has(t.word)) {
        // The name table's Arabic spellings first (Hadi → هادي), then a spelling by sound.
        const spellings = [...arabicNameSpellings(t.word), arabizi.spelledInArabic(t.word)].filter((a): a is string => !!a);
        key = spellings.flatMap((a) => wordKeys(normalize(a))).find((k) => index.has(k));
      } else if (t.script === "ar" && t.word.length >= MIN_SOUND_LENGTH) {
        key = latinSpellings(t.word).map(crossScriptKey).flatMap((c) => (c ? latinKeysBySound().get(c) ?? [] : []))[0];
      }
      return key ? { ...t, related: [...(t.related ?? []), { key, weight: CONCEPT_WEIGHT.curated }] } : t;
    });
  }

  /** The corpus's Latin keys by their consonants (crossScriptKey), built on the first Arabic word that needs it. */
  let latinBySound: Map<string, string[]> | undefined;
  const latinKeysBySound = (): Map<string, string[]> => {
    if (!latinBySound) {
      latinBySound = new Map();
      for (const k of view.keys) {
        if (k.length < MIN_SOUND_LENGTH || !/^[a-z]+$/.test(k)) continue;
        const c = crossScriptKey(k);
        if (!c) continue;
        const list = latinBySound.get(c);
        if (!list) latinBySound.set(c, [k]);
        else if (list.length < 3) list.push(k);
      }
    }
    return latinBySound;
  };

  /**
   * Scored records, best first; `more(direct)` adds the hits a `counts` ranking left unscored that may
   * say more than `direct` of the question in their own words (rivals, see contested).
   */
  /** What scoreRecords knows of every hit it has not scored yet (see `settled`). */
  interface HitsLeft {
    evidence: boolean;
    telling: boolean;
  }

  interface Ranked {
    scored: Scored[];
    more: (direct: number) => Scored[];
    /** The question's words as they were matched: each one's weight, and the ids it may match (strict: generic words marked). */
    weights: number[];
    strict: ReturnType<typeof matchable>[];
  }

  /** Scores records against a question's words: the weighted share of its words each record holds. */
  /**
   * `bar`: the lowest score the caller can use (its suggest bar, or the lowest a rival must reach to
   * contest an answer): records that cannot reach it are never scored. `counts` (for a caller that
   * only decides, see decision.ts): which scores a record must beat to be answered or offered; records
   * are then scored best bound first, and only while they can still be. `closeOnly`: records that hold
   * a long quoted phrase neither verbatim nor closely (CLOSE_MATCH) are passed over, unscored.
   * `settled` (with `counts`): whether no hit left, each scoring at most `most` (at `most`, of a record
   * after `record`), can change what the caller makes of the records scored so far (in no order): then
   * the rest are not scored. What it is told of the hits left: whether any may be evidence, and whether
   * any may hold a telling word (Scored.held).
   */
  function scoreRecords(terms: Term[], q: ParsedQuestion, keep: (r: SearchRecord) => boolean, bar: number, attribution = true, within?: Int32Array, only?: RecordSubset, counts?: (s: Scored) => boolean, closeOnly = false, settled?: (scored: Scored[], most: number, record: number, left: HitsLeft) => boolean): Ranked {
    const weights = terms.map((t) => index.termWeight(t));
    const total = weights.reduce((a, b) => a + b, 0);
    if (!total) return { scored: [], more: () => [], weights, strict: [] };
    // A phrase, or one telling word ("the ISIS 'brand'"): one common word in quote marks ("ranks 'first'")
    // is a word of the question, and holding it verbatim says no more than holding any other of its words.
    const phrased = q.quoted.filter((p) => {
      const words = contentTerms(p);
      return (words.length >= 2 || (words.length === 1 && !isGenericTerm(words[0]))) && normalize(p).trim().length >= 4;
    });
    const phrases = phrased.map((p) => ` ${normalize(p)} `);
    const longPhrases = q.quoted
      .map(longPhraseTerms)
      .filter((t): t is Term[] => t !== null)
      .map((list) => distinctTerms(list.map((t) => matchable(t, idsOf, false))));
    const negated = isNegated(normalize(q.topic));
    // "who denied reports that …": the denial says no to what the question says, in its verb or its words
    // (a record whose verb is not known may be one).
    const denial = q.intent === "who_said" && q.verb === DENY;
    const asked = terms.map((t) => matchable(t, idsOf, q.intent === "who_said" || q.claim, relatedIdsOf, partIdsOf));
    const needed = evidenceNeeded(asked);
    const strict = terms.map((t) => matchable(t, idsOf, true, relatedIdsOf, partIdsOf));
    const tellingTerms = strict.map(telling);
    const questionKeys = new Set(terms.flatMap((t) => t.keys));
    // What "how many N" counts: the answer gives a number of N (see countedNoun).
    const countedWord = q.intent === "fact" && q.hint === "number" ? (q.counted ?? countedNoun(q.topic)) : null;
    const numberKind = q.hint === "number" ? numberAsked(q.topic) : null;
    const ownTime = q.hint === "time" && asksOwnTime(normalize(q.topic));
    const opposing = opposablePairs(questionKeys);
    // "who said the operation has already started?": a statement that it will start says something else.
    // "when did the operation actually start?" likewise: a fact that it looked imminent is no answer.
    const done = (q.intent === "who_said" || q.intent === "fact" || q.claim) && claimsDone(q.topic);
    // Places and groups an attribution question names ("who said the US will pull out of Iraq"): a quote
    // whose sentence never mentions one states something else, however many other words it shares.
    // A place is mentioned in either language: "Iran" is met by لإيران through its [place] concept.
    // A place an article is about is one a statement whose sentence names no place need not name: "who said
    // Syria's growth is slowing" is met by the Syrian minister's "growth is slowing" in an article about
    // Syria. A sentence that names a place is about that one ("all US troops will leave Syria" is not the
    // diplomats' in Ankara).
    const entities = !attribution ? [] : terms.filter((t) => t.keys.every((k) => k.startsWith("="))).map((t) => ({ ids: [...t.keys.map((k) => index.idOf(k)), ...relatedIdsOf(t)], places: speakerTerms(t.word)[0]?.places ?? [] }));
    const aboutOnly = (r: SearchRecord, place: number) => placesOf.dominant(r.article).has(place) && namesNoPlace(r);
    const mentions = (r: SearchRecord, { ids, places }: { ids: number[]; places: number[] }) =>
      ids.some((id) => id >= 0 && (r.ownKeys.includes(id) || r.topicKeys.includes(id) || r.secondaryKeys.includes(id))) || places.some((p) => aboutOnly(r, p));
    const out: Scored[] = [];
    // No record below this share of the question can reach the caller's bar, bonuses included (the
    // bonuses of a verb or a hint the question has),
    const bonuses = (q.verb ? VERB_BONUS : 0) + (q.hint ? HINT_BONUS : 0);
    const barFloor = (bar - bonuses) * total;
    // unless it holds a quoted phrase verbatim: then it holds the phrase's words in its own text.
    const floor = phrases.length ? Math.min(barFloor, ...phrased.map((p) => verbatimFloor(p, terms, weights))) : barFloor;
    // Under the bar only a record holding a phrase verbatim counts: most are ruled out on their raw text.
    const mayHold = phrases.length ? mayHoldPhrases(phrases) : null;
    const phraseWords = phrases.map((p) => recordTexts.phrase(p));
    // Each hit's best possible score, from the postings alone (bonuses added, penalties and caps left
    // out): a hit that cannot reach the bar is passed over before its record is read. A record that
    // holds a quoted phrase verbatim may score 1 whatever its words: whether it does is found here, for
    // the records the raw-text test lets through, so that those that do not are bounded like any other
    // (a phrase of common words lets thousands through: all were scored, before any other).
    const verbatimDocs = new Set<number>();
    const bound = (hit: Hit): number => {
      if (mayHold !== null && mayHoldRecord(mayHold, hit.doc) && holdsPhrases(phrases, phraseWords, hit.doc)) {
        verbatimDocs.add(hit.doc);
        return Infinity;
      }
      const share = Math.min(1, hit.terms / Math.max(index.docKeyCount[hit.doc], 1));
      let most = (hit.weight / total) * (0.85 + 0.15 * share);
      if (q.verb) most += VERB_BONUS;
      if (q.hint) most += HINT_BONUS;
      return most;
    };
    // A record holds in its own words only question words its hit matched (its own keys are among its
    // primary postings), each counted once however many words share its keys: a hit that matched fewer
    // than the evidence needs is no evidence, and scores at most NO_EVIDENCE whatever its weight.
    const distinctAsked = new Set(asked.filter((t) => !t.generic).map((t) => [...t.ids, ...t.related].sort((a, b) => a - b).join(" "))).size;
    const tight = (hit: Hit, most: number): number => (most !== Infinity && (hit.terms < needed || distinctAsked < needed) ? Math.min(most, NO_EVIDENCE) : most);
    // Of the hits left once all that may hold a quoted phrase verbatim are scored (they come first).
    const left: HitsLeft = { evidence: distinctAsked >= needed, telling: tellingTerms.some((t) => !t.generic) };
    // With `closeOnly`, a hit that cannot hold a long phrase closely is of no use unless it may hold it
    // verbatim. Its closeness is bounded from the postings: a record's own keys are among its primary
    // postings, so a phrase word none of whose keys' primary postings holds it is not held.
    const mayBeClose = (doc: number): boolean => {
      for (const p of longPhrases) {
        let held = 0;
        for (const t of p) if (t.ids.some((id) => index.saysKey(id, doc))) held++;
        if (p.length && held / p.length < CLOSE_MATCH) return false;
      }
      return true;
    };
    // The hits of use whose weight reaches `least`, best bound first when the caller counts: by `most`,
    // the bound with the evidence cap (tight); `loose` is the bound without it.
    const pendingFrom = (least: number): BestFirst => {
      const list: Pending[] = [];
      for (const hit of index.search(terms, weights, least, checkpoint, within, only)) {
        const loose = bound(hit);
        if (loose >= bar && (!closeOnly || loose === Infinity || mayBeClose(hit.doc))) list.push({ hit, most: tight(hit, loose), loose });
      }
      return new BestFirst(list, counts !== undefined);
    };
    // A counting caller scores hits only while their bound reaches RUNNER_UP_RATIO of the best it
    // counts, or until the rest cannot matter (settled): when that best is high, or the first hits
    // settle it, the hits bounded under PROBE_LEVELS[0] are never scored. They are searched for first
    // with the floor that bound sets (a far shorter search among frequent words), then down to the
    // next level, and the rest only when the best turns out lower, or a rival check (more) needs them:
    // a search down to a level holds every hit bounded at that level or over, in the same order as the
    // whole search. Not for a record that may hold a quoted phrase verbatim: it is of use whatever its
    // weight.
    const weightAt = (level: number) => (level - bonuses) * total * (1 - 1e-9);
    // NO_EVIDENCE is a level only where the cap may apply.
    const capped = needed > 1 || distinctAsked < needed;
    const levels = counts !== undefined && mayHold === null ? PROBE_LEVELS.filter((level) => weightAt(level) > floor && (capped || level !== NO_EVIDENCE)) : [];
    let level = 0;
    // The least weight of the hits in `pending`: the hits first scored are the same in either list.
    let searchedTo = levels.length ? weightAt(levels[0]) : floor;
    let pending = pendingFrom(searchedTo);
    const searchDownTo = (least: number) => {
      searchedTo = least;
      pending = pendingFrom(least);
    };
    const scoreHit = (hit: Hit): Scored | null => {
      checkpoint();
      const r = records[hit.doc];
      if (!keep(r) || !entities.every((e) => mentions(r, e))) return null;
      const verbatim = verbatimDocs.has(hit.doc);
      if (hit.weight < barFloor && !verbatim) return null;
      const close = verbatim ? 1 : Math.min(1, ...longPhrases.map((p) => closeness(p, r.ownKeys)));
      if (closeOnly && close < CLOSE_MATCH) return null;
      let coverage = hit.weight / total;
      if (verbatim) coverage = Math.max(coverage, 1);
      // The record itself must say two distinct content words of the question (one for a one-word
      // question): curated topics, the surrounding sentence, generic words and a second form of the
      // same stem help rank, but are not evidence on their own.
      const evidence = verbatim || evidenceCount(asked, r.ownKeys) >= needed;
      if (!evidence) coverage = Math.min(coverage, NO_EVIDENCE);
      const share = Math.min(1, hit.terms / Math.max(index.docKeyCount[hit.doc], 1));
      let score = coverage * (0.85 + 0.15 * share);
      if (q.verb && r.verb === q.verb) score += VERB_BONUS;
      // Penalties and caps only lower a score: a record that cannot reach the bar with the hint's bonus
      // is of no use to the caller. Its normalized text (for the hint and negation) is never computed.
      if (!verbatim && (q.hint ? score + HINT_BONUS : score) < bar) return null;
      const fits = q.hint !== null && fillsSlot(hit.doc, q.hint, questionKeys, countedWord, numberKind);
      if (fits) score += HINT_BONUS;
      // "How many soldiers …?" is answered by a record that gives a number of soldiers, "where …?" by one
      // that gives a place, "what is the name of …?" one that names someone the question does not, "what
      // verdict …?" one that gives a sentence or an acquittal; one that shares the topic and fills no slot
      // may be offered, never stated. Not "when …?": the article's date answers it for a sentence that
      // gives none, unless the question names the time it asks ("the date set for …", ownTime).
      const unfilled = q.intent === "fact" && (FILLED_SLOTS.has(q.hint) || (ownTime && q.hint === "time")) && !fits;
      if (unfilled) score = Math.min(score, NO_EVIDENCE);
      const unnegated = (negated || (denial && !!r.verb && r.verb !== DENY)) && !isNegated(normalizedText(hit.doc));
      const opposite = opposing.length > 0 && opposes(opposing, questionKeys, Array.from(r.ownKeys, (id) => view.keys[id]));
      const unrealized = done && saysNotYet(r.text, r.textEn);
      if (unnegated) score *= POLARITY_PENALTY;
      if (opposite || unrealized) score *= POLARITY_PENALTY;
      // "when did the invasion start?" asks the time of what happened: what will happen has none to give.
      if (unrealized && q.hint === "time") score = Math.min(score, NO_EVIDENCE);
      // Bonuses rank; they never lift a record without evidence over the answer bar.
      if (!evidence) score = Math.min(score, NO_EVIDENCE);
      const held = evidenceCount(tellingTerms, r.ownKeys);
      return { record: hit.doc, score: Math.min(score, 1), verbatim, evidence, close, held, direct: directWeight(asked, weights, r.ownKeys) / total, telling: tellingShare(tellingTerms, weights, r.ownKeys), opposite: unnegated || opposite || unrealized, ...(unfilled ? { unfilled } : {}) };
    };
    // With `counts`, the best first. The hits scored are those whose loose bound reaches what the caller
    // can use when they come (its bar, and RUNNER_UP_RATIO of the best score it counts so far) in the
    // order of that bound; taken in the order of the tight one, a hit is passed over when its loose bound
    // is under that, as it comes later in the loose order than the hits that set it. Once `settled` says
    // no hit left can matter, the rest are not scored.
    let best = -Infinity;
    let next = 0;
    const useful = () => Math.max(bar, RUNNER_UP_RATIO * best);
    const sorted = () => out.sort((a, b) => b.score - a.score || a.record - b.record);
    const scoredDocs = new Set<number>();
    // The hits searched down to a level have their own bounds; those left out are bounded under it.
    let outsideOfNoUse = false;
    // settled is asked after a number of hits that grows with those scored: it reads them all every time.
    let settleAt = SETTLE_FIRST;
    scoring: for (; ; next++) {
      while (level < levels.length && !outsideOfNoUse && (next === pending.length || pending.at(next).most < levels[level])) {
        if (settled && settled(out, levels[level], Infinity, left)) break scoring;
        if (useful() >= levels[level]) outsideOfNoUse = true;
        else searchDownTo(++level < levels.length ? weightAt(levels[level]) : floor);
      }
      if (next === pending.length) break;
      const { hit, most, loose } = pending.at(next);
      if (counts) {
        // Under the cap, tight and loose bounds are one: every hit left is under what the caller can use.
        if (most < NO_EVIDENCE && most < useful()) break;
        if (settled && scoredDocs.size >= settleAt) {
          if (most !== Infinity && settled(out, most, hit.doc, left)) break;
          settleAt = scoredDocs.size + Math.max(SETTLE_FIRST, scoredDocs.size >> 1);
        }
        if (loose < useful()) continue;
      }
      scoredDocs.add(hit.doc);
      const scored = scoreHit(hit);
      if (!scored) continue;
      out.push(scored);
      if (counts?.(scored)) best = Math.max(best, scored.score);
    }
    // A record says a question word in its own words only where the word's postings hold it (at least
    // as a misspelling): what it says directly is at most its weight over that match's.
    const more = (direct: number): Scored[] => {
      const least = MATCH_WEIGHT.primaryFuzzy * direct * total * (1 - 1e-9);
      if (least < searchedTo) searchDownTo(Math.max(floor, least));
      for (const { hit } of pending.all) {
        if (hit.weight <= least || scoredDocs.has(hit.doc)) continue;
        scoredDocs.add(hit.doc);
        const scored = scoreHit(hit);
        if (scored) out.push(scored);
      }
      return sorted();
    };
    return { scored: [...sorted()], more, weights, strict };
  }

  /**
   * Whether record `i` fills the slot a question asks for (see answer-slots.ts): a count (of the counted
   * noun, when "how many N"; of the kind asked, see fitsNumberAsked), a time, a reason, an outcome, a
   * place the question does not name, or a name it does not say.
   */
  function fillsSlot(i: number, hint: NonNullable<Hint>, questionKeys: Set<string>, countedWord: string | null = null, numberKind: NumberAsked | null = null): boolean {
    if (hint === "place") return givesPlace(Array.from(records[i].ownKeys, (id) => view.keys[id]), questionKeys, normalizedText(i));
    if (hint === "number" && numberKind && !fitsNumberAsked(rawText(i), normalizedText(i), numberKind)) return false;
    return (
      (countedWord ? countsNoun(normalizedText(i), countedWord) : fitsHint(normalizedText(i), hint)) ||
      (hint === "reason" && givesCause(records[i])) ||
      namesAnother(i, hint === "party" ? "name" : hint, questionKeys)
    );
  }

  /**
   * The least weight a record holding `phrase` verbatim reaches: its inner words' terms all match in
   * its own text. The first and last words are left out: a fold can join them to a neighbour outside
   * the phrase ("United" + "States"), so the record may hold them under another key.
   */
  function verbatimFloor(phrase: string, terms: Term[], weights: number[]): number {
    // A word the corpus does not have as written may be a typo (see spelling.ts): it sets no floor.
    const inner = contentTerms(phrase).slice(1, -1).filter((t) => t.keys.some((k) => index.has(k))).map((t) => t.keys.join(" "));
    const sum = terms.reduce((acc, t, i) => (inner.includes(t.keys.join(" ")) ? acc + weights[i] * MATCH_WEIGHT.primary : acc), 0);
    return sum * 0.999;
  }

  /**
   * Whether a record says each telling word of the question (neither generic nor only a place or group,
   * see `telling`) itself: in its own words or through their concept, or in its curated topics; a
   * statement also in its sentence, which reports it ("Trump threatened to …"). A fact's sentence says
   * other things: "paved the way for a cross-border raid", after a clause on US troops, does not say
   * that the army crossed. With `done` (the question presumes the act happened: "when did the operation
   * actually begin?"), a sentence that says it will or may happen ("Turkey has long threatened to
   * invade …, arguing that …") does not report it.
   */
  function saysEveryTellingWord(strict: MatchableTerm[], done = false): (s: Scored) => boolean {
    const asked = strict.map(telling).filter((t) => !t.generic);
    return (s) => {
      const r = records[s.record];
      const reports = r.kind === "quote" && !(done && saysNotYet(r.context, null));
      const says = (id: number) => r.ownKeys.includes(id) || r.topicKeys.includes(id) || (reports && r.secondaryKeys.includes(id));
      return asked.every((t) => t.ids.some(says) || saysRelated(t, says));
    };
  }

  /**
   * The speakers a who-said question addresses rather than asks for: "who called on Dbeibah to stop …",
   * "من دعا الدبيبة إلى …" name the one who was called on, never the one who called.
   */
  function addressees(q: ParsedQuestion): Set<number> {
    if (!q.verb || !ADDRESSING_VERBS.has(q.verb)) return new Set();
    const words = q.topic.replace(ADDRESSEE_OPENER, "").split(" ");
    const end = words.findIndex((w) => ADDRESSEE_CLOSER.test(w));
    if (end < 1 || end > MAX_SPEAKER_PHRASE_WORDS) return new Set();
    const named = directory.resolve(words.slice(0, end).join(" ")).filter((m) => m.byName);
    return new Set(named.map((m) => speakers.indexOf(m.speaker)));
  }

  /**
   * A draft's statement the extractor kept without a speaker that says more of a who-said question in
   * its own words than the answer found among the statements with a speaker (as a rival contests an
   * answer, see contested), or answers a question those leave unanswered: it is what the question is
   * about, so it is offered, with no speaker, and the other speaker's weaker match is never stated.
   */
  function withUnattributed(verdict: Verdict | null, q: ParsedQuestion, asked: string, corrections: Correction[]): Verdict | null {
    if (!unattributedQuotes) return verdict;
    const known = verdict?.scored[0];
    // Only one that says more than the answer changes it: when none may, they are not ranked at all.
    if (known && !maySayMore(whoSaidTerms(q, asked, corrections), (known.direct ?? 0) + CONTEST_MARGIN, unattributedQuotes)) return verdict;
    const top = whoSaid(q, asked, corrections, unattributedQuotes)?.scored[0];
    if (!top) return verdict;
    if (known && (top.direct ?? 0) <= (known.direct ?? 0) + CONTEST_MARGIN) return verdict;
    return { status: "suggested", scored: known ? [top, known] : [top], why: "not_answerable" };
  }

  /**
   * Whether a record of `among` may say more than `direct` of the question in its own words (Scored.direct):
   * a record says a question word in its own words only where the word's postings hold it (at least as a
   * misspelling), so it says at most its weight over that match's (as `more` bounds rivals).
   */
  function maySayMore(terms: Term[], direct: number, among: RecordSubset): boolean {
    const weights = terms.map((t) => index.termWeight(t));
    const total = weights.reduce((a, b) => a + b, 0);
    const least = MATCH_WEIGHT.primaryFuzzy * direct * total * (1 - 1e-9);
    return total > 0 && index.search(terms, weights, least, checkpoint, undefined, among).some((hit) => hit.weight > least);
  }

  /** The words of a who-said question, as whoSaid ranks statements by them. */
  function whoSaidTerms(q: ParsedQuestion, asked: string, corrections: Correction[]): Term[] {
    return withSpellingsAcross(withReadings(questionTerms([q.topic, ...q.quoted].join(" ")), corrections), asked);
  }

  /** The who-said verdict among the statements of `among` (those with a speaker unless told). */
  function whoSaid(q: ParsedQuestion, asked: string, corrections: Correction[] = [], among = quoteRecords): Verdict | null {
    const terms = whoSaidTerms(q, asked, corrections);
    if (!terms.length) return q.quoted.length || among !== quoteRecords ? null : saidWithVerb(q.verb);
    const addressed = addressees(q);
    // One word says too little to put a statement in someone's mouth: at most a suggestion.
    const oneWord = new Set(terms.map((t) => t.keys[0])).size < 2;
    const named = new Set(oneWord && q.verb ? directory.resolve(q.topic.slice(0, 100)).map((m) => speakers.indexOf(m.speaker)) : []);
    const isClose = (s: Scored) => (s.close ?? 1) >= CLOSE_MATCH;
    // One word and the question's own reporting verb ("من هدد تركيا؟") are two things the statement says,
    // unless the word names the statement's own speaker (Turkey did not threaten Turkey).
    const objects = objectsOfAct(asked);
    const answerable = (s: Scored) =>
      s.evidence !== false && (!oneWord || (verbFit(q.verb, records[s.record].verb) === 2 && !named.has(records[s.record].speaker))) && !s.opposite && !objects.has(records[s.record].speaker);
    // A rival contests an answer from the suggest bar up (see contested). The best are scored first:
    // those that may be both answered and offered set the least score still of use. Only close matches
    // are of use (see below): the others are passed over before the rest of their score is worked out.
    const quotesWords = q.quoted.some((p) => contentTerms(p).length >= 3);
    const bars = { answer: quotesWords ? MIN_COVERAGE_UNQUOTED : MIN_COVERAGE, suggest: SUGGEST_COVERAGE };
    // The verdict below is made of the verbatim records when there are any (all scored before the rest,
    // see scoreRecords), else of the close ones; a rival check (contested) asks for more.
    const settled = (sofar: Scored[], most: number, record: number, left: HitsLeft) =>
      sofar.some((s) => s.verbatim) ||
      verdictSettled(sofar.filter(isClose), bars, answerable, (s) => records[s.record].speaker, most, record, { answerable: left.evidence, offerable: left.telling });
    const ranked = scoreRecords(terms, q, (r) => r.kind === "quote" && !addressed.has(r.speaker), SUGGEST_COVERAGE, true, undefined, among, (s) => isClose(s) && answerable(s) && (s.held ?? 1) >= 1, true, settled);
    const scored = ranked.scored;
    // Someone who quotes several words exactly expects those words: if no record holds them closely,
    // nothing is answered or suggested, however many other words a statement shares.
    const close = scored.filter(isClose);
    // A record that holds the quoted words verbatim is the answer, before any that shares some.
    const verbatim = scored.filter((s) => s.verbatim);
    if (verbatim.length) return decide(verbatim, { answer: MIN_COVERAGE, suggest: MIN_COVERAGE }, () => !oneWord);
    // A statement that says the opposite of the question ("ISIS no longer poses a threat" for "ISIS
    // still poses a threat") is at most offered: stating it would put the opposite words in a mouth.
    const verdict = preferDirect(decide(close, bars, answerable));
    if (verdict?.status !== "answered") return verdict;
    // "… tried at the court in The Hague", "… في ستوكهولم": a place no record knows puts the statement
    // somewhere the articles never do. The rest may match a real statement: offered, never stated.
    if (unknownPlaces(terms, asked).length) return { ...verdict, status: "suggested", why: "unknown_place" };
    // "who said it was up to the press how to report Najib's trial?": a statement whose sentence never
    // names Najib is about another trial, or another thing, however many words it shares.
    if (unmentionedNames(terms, q, asked, verdict.scored[0].record).length) return { ...verdict, status: "suggested", why: "unmentioned_name" };
    // "who said the Kurds will attack Ankara?": Erdoğan's "Turkey will launch an operation in an area the
    // Kurds hold" shares the words and says it of Turkey. Only after "said": after another verb the
    // question's first words may be its object ("who threatened Turkey").
    if (q.verb === "قال" && claimsOfAnother(q.topic, records[verdict.scored[0].record].text)) return { ...verdict, status: "suggested", why: "other_subject" };
    // "who said the US asked Oman to mediate": the answer shares Oman and the mediation, while the
    // question's most telling word (asked) is said by another sentence of the article alone.
    if (saidElsewhere(ranked, verdict.scored[0])) return { ...verdict, status: "suggested", why: "contested" };
    // A rival must say more of the question in its own words than the answer: those left unscored that may.
    return contested(verdict, ranked.more((verdict.scored[0].direct ?? 0) + CONTEST_MARGIN).filter(isClose));
  }

  /**
   * An answer that says less than half the question in its own words, and not its most telling word
   * (the heaviest that is neither generic nor a place or group), which one other record of its article
   * says, with as much of the rest of the question: the question is about what that record says,
   * whoever said it. A record that only shares the telling word does not contest an answer in paraphrase.
   */
  function saidElsewhere({ weights, strict }: Ranked, top: Scored): boolean {
    if ((top.direct ?? 0) >= MIN_COVERAGE) return false;
    // The question's words as whoSaid's ranking matched them (the same weights and ids, not worked out again).
    const telling = strict.map((t, k) => ({ t, w: weights[k] })).filter(({ t }) => !t.generic && !t.term.keys.every((key: string) => key.startsWith("=")));
    if (!telling.length) return false;
    const most = Math.max(...telling.map(({ w }) => w));
    const says = (i: number, t: Ranked["strict"][number]) => [...t.ids, ...t.related].some((id) => records[i].ownKeys.includes(id));
    const total = weights.reduce((a, b) => a + b, 0);
    const direct = (i: number) => directWeight(strict, weights, records[i].ownKeys) / total;
    const article = runAround(top.record, sameArticle);
    return telling.some(({ t, w }) => {
      if (w < most || says(top.record, t)) return false;
      const others = article.filter((i) => says(i, t));
      // That record must itself be a near miss in its own words (the suggest bar), and say as much.
      return others.length === 1 && direct(others[0]) >= Math.max(top.direct ?? 0, SUGGEST_COVERAGE);
    });
  }

  /**
   * The question's words that name a place no record knows: a word the corpus has in no form (not
   * misspelt, not in another wording) after "in"/"at", capitalized ("in Stockholm", "in The Hague"),
   * or after في at the end of an Arabic question ("في لاهاي؟").
   */
  function unknownPlaces(terms: Term[], asked: string): string[] {
    const unseen = (t: Term) =>
      !t.keys.some((k) => index.has(k) || index.fuzzy(k).length) && !(t.related ?? []).some((r) => index.has(r.key));
    // "in Stockholm", "at The Hague"; an Arabic place after في ends the question ("… في لاهاي؟"): في
    // opens many other things ("يشتبه في انتمائهم").
    const named = new Set(
      [...asked.matchAll(/(?:^|\s)(?:in|at) (?:[Tt]he )?([A-Z][a-z]+)(?![a-z'’])/g), ...asked.matchAll(/(?:^|\s)في ([^\s?؟!.,]+)[\s?؟!.]*$/g)].map((m) => normalize(m[1])),
    );
    return terms.filter((t) => named.has(t.word) && unseen(t)).map((t) => t.word);
  }

  /**
   * The owners named in what an English who-said question says was said ("… Najib's trial", "… Mills's
   * coaching") that record `i` neither holds (in its words, topics or sentence) nor is said by: capitalized
   * possessives within the question that the corpus has as written and that are no common English word.
   * A statement about a trial, a plan or remarks that never says whose is about someone else's as often.
   * Places and groups are left to the entity rule of scoreRecords, which knows them in both languages.
   */
  function unmentionedNames(terms: Term[], q: ParsedQuestion, asked: string, i: number): string[] {
    const capitalized = new Set([...asked.matchAll(/(?<=\S\s+)[A-Z][a-z]+['’]s(?![a-z])/g)].map((m) => normalize(m[0])));
    if (!capitalized.size) return [];
    const topic = new Set(tokenize(q.topic));
    const r = records[i];
    // The speaker's own name: an alias may hold the owner's ("Karim's lawyer Ruiz").
    const speaker = r.speaker >= 0 ? ` ${normalize(speakers[r.speaker].name)} ` : " ";
    const holds = (id: number) => r.ownKeys.includes(id) || r.topicKeys.includes(id) || r.secondaryKeys.includes(id);
    return terms
      .filter((t) => capitalized.has(t.word) && topic.has(t.word) && !isCommonEnglishWord(t.word) && !t.keys.some((k) => k.startsWith("=")))
      .filter((t) => t.keys.some((k) => index.has(k)) && !t.keys.some((k) => holds(index.idOf(k))) && !speaker.includes(` ${t.word} `))
      .map((t) => t.word);
  }

  /**
   * "who threatened?", "ومين كمان هدد؟", "meen hadad": a reporting verb and nothing else. The statements
   * reported with that verb are the answer, those with a verb of its family ("warned" for "threatened")
   * after them; only a family match is a suggestion. "who said?" alone asks nothing.
   */
  function saidWithVerb(verb: string | null): Verdict | null {
    if (!verb || verb === "قال") return null;
    const scored = records
      .map((r, record) => ({ record, fit: r.kind === "quote" && r.speaker >= 0 ? verbFit(verb, r.verb) : 0 }))
      .filter((x) => x.fit > 0)
      .sort((a, b) => b.fit - a.fit || a.record - b.record)
      .map(({ record, fit }) => ({ record, score: fit === 2 ? VERB_ONLY_SCORE : VERB_ONLY_SCORE - 0.1 }));
    if (!scored.length) return null;
    return verbFit(verb, records[scored[0].record].verb) === 2 ? { status: "answered", scored } : { status: "suggested", scored, why: "verb_family" };
  }

  /**
   * An answer another speaker's statement says more directly (more of the question in its own words,
   * though it scores lower) is contested: offered with it, not stated.
   */
  function contested(verdict: Verdict | null, candidates: Scored[]): Verdict | null {
    if (verdict?.status !== "answered") return verdict;
    const top = verdict.scored[0];
    const speaker = records[top.record].speaker;
    const rival = candidates.find(
      (c) => c.evidence !== false && !samePerson(records[c.record].speaker, speaker) && c.score >= SUGGEST_COVERAGE && (c.direct ?? 0) > (top.direct ?? 0) + CONTEST_MARGIN,
    );
    if (!rival) return verdict;
    return { ...verdict, status: "suggested", scored: [top, rival], why: "contested" };
  }

  /**
   * A draft statement whose own words report someone's saying ("the 33-year-old told Variety …", "إعلان
   * معالي وزير العدل أنه …") whom the directory does not know as its speaker: the extractor may have
   * given it to the wrong one. Its answer is held back as the extractor's unsure ones are.
   */
  function embedsOtherSpeaker(i: number): boolean {
    const r = records[i];
    if (!r.draft || r.kind !== "quote" || r.speaker < 0) return false;
    const subject = embeddedSubject(r.text);
    return subject !== null && !directory.resolve(subject.slice(0, 100)).some((m) => speakers.indexOf(m.speaker) === r.speaker);
  }

  /**
   * Two speakers of one article with the same name are one person: a draft may list someone twice
   * ("ould-yahya", "ould-yahya-2") when its extractor did not see that two mentions were one.
   */
  function samePerson(a: number, b: number): boolean {
    if (a === b) return true;
    if (a < 0 || b < 0) return false;
    const [x, y] = [speakers[a], speakers[b]];
    return normalize(x.name) === normalize(y.name) && x.articles.some((id) => y.articles.includes(id));
  }

  /**
   * The speakers a phrase names. When the whole phrase names nobody, a leading part that names a
   * speaker by name will do ("US officials on Thursday"), the rest becoming the topic; a leading part
   * that only fits a role will not ("the Russian envoy" is not "the envoy").
   */
  function resolveSpeaker(q: ParsedQuestion): { matches: SpeakerMatch[]; q: ParsedQuestion } {
    // "وعن تركيا والأكراد شو قال؟": what follows "about" is the topic; the one who said it is not named.
    if (opensWithAbout(q.speakerPhrase)) return { matches: [], q };
    const whole = directory.resolve(q.speakerPhrase);
    if (whole.length) return { matches: whole, q };
    const words = q.speakerPhrase.split(" ");
    // A leading part longer than any name the directory knows names nobody.
    for (let n = Math.min(words.length - 1, MAX_SPEAKER_PHRASE_WORDS); n >= 1; n--) {
      // Only a time, place or addressee may follow the name: "Turkish defense minister X" is not "Turkey".
      if (!trailsName(words[n])) continue;
      checkpoint();
      const part = directory.resolve(words.slice(0, n).join(" "));
      if (part.length && part.every((m) => m.byName)) {
        return { matches: part, q: { ...q, topic: [...words.slice(n), q.topic].join(" ").trim() } };
      }
    }
    // A title before a full name ("Algeria coach Djamel Belmadi", "Saad Lamjarred's lawyer Thierry
    // Herzog"): the name the phrase ends with names the speaker, whether or not the title was recorded.
    // Never a name before a title: "Ali Hassan's lawyer" is not Ali Hassan.
    for (let n = 1; n <= words.length - 2; n++) {
      const tail = words.slice(n).join(" ");
      const part = directory.resolve(tail);
      if (part.length === 1 && part[0].nameWords >= 2 && part[0].confidence >= FULL_NAME_CONFIDENCE && !placedElsewhere(words.slice(0, n), part[0].speaker)) {
        return { matches: part, q };
      }
    }
    return { matches: [], q };
  }

  /**
   * A place before a speaker whose name is their title: "Egypt's transport minister" is not the Iraqi
   * transport minister, though his name is "Iraqi transport minister" (had he been Egypt's, the whole
   * phrase would have fitted him, see PlaceContext).
   */
  function placedElsewhere(head: string[], s: SpeakerInfo): boolean {
    const titled = (s.role !== null && s.name === s.role) || (s.roleAr !== null && s.nameAr === s.roleAr);
    return titled && speakerTerms(head.join(" ")).some((t) => t.places?.length);
  }

  /** null when the question names nobody the corpus quotes. */
  function whatSaid(asked: ParsedQuestion, text: string): Verdict | null | "unknown_speaker" {
    const { matches, q } = resolveSpeaker(asked);
    if (!matches.length) return "unknown_speaker";
    const ids = new Set(matches.map((m) => speakers.indexOf(m.speaker)));
    const confidence = new Map(matches.map((m) => [speakers.indexOf(m.speaker), m.confidence]));
    const terms = withSpellingsAcross(questionTerms([q.topic, ...q.quoted].join(" ")), text);
    if (terms.length) {
      // Only the speakers' own quotes are searched (a head of state's few thousand, not a word's postings).
      const theirs = Int32Array.from([...ids].flatMap((i) => quotesOf[i])).sort();
      // What Y is said to have said ("Y قال إن Z") must be in Y's own words, as a who-said answer's must;
      // what Y said about Z may be found through the quote's sentence: the speaker is certain.
      const bars = q.claim ? { answer: MIN_COVERAGE, suggest: SUGGEST_COVERAGE } : { answer: MIN_TOPIC_COVERAGE, suggest: SUGGEST_TOPIC_COVERAGE };
      const answerable = (s: Scored) => !q.claim || (s.evidence !== false && !s.opposite);
      const verdict = decide(scoreRecords(terms, q, (r) => ids.has(r.speaker), bars.suggest, true, theirs).scored, bars, answerable);
      const rescaled = (v: Verdict): Verdict => ({
        ...v,
        scored: v.scored.map((s) => ({
          ...s,
          score: (0.5 + 0.5 * s.score) * (confidence.get(records[s.record].speaker) ?? 1),
        })),
      });
      // A phrase that fits two speakers ("the State Department official") does not pick one: the topic
      // may tell them apart, the order of their scores may not.
      const first = verdict?.scored[0] ? records[verdict.scored[0].record].speaker : -1;
      if (verdict?.status === "answered" && !verdict.scored.every((s) => samePerson(records[s.record].speaker, first))) {
        return rescaled({ ...verdict, status: "suggested", why: "two_speakers" });
      }
      if (verdict?.status === "answered") return rescaled(slotFilled(verdict, q));
      // "Hipkins said it would drive New Zealanders overseas": Y's quote says Z through "it", which the
      // sentence before names.
      const pointing = q.claim ? null : saidThroughAntecedent(terms, theirs);
      if (pointing && ids.size === 1) return rescaled(slotFilled(pointing, q));
      // Y said nothing about Z: at most Y's nearest quotes, offered, never stated.
      if (q.topicRequired) return verdict && rescaled({ ...verdict, why: "topic_missing" });
    }
    // "What did the American president threaten?": the quotes reported with that verb first.
    const all = [...ids]
      .flatMap((i) => quotesOf[i].map((record) => ({ record, score: 0.9 * (confidence.get(i) ?? 1) + 0.01 * verbFit(q.verb, records[record].verb) })))
      .sort((a, b) => b.score - a.score || a.record - b.record);
    if (!all.length) return null;
    return ids.size > 1 ? { status: "suggested", scored: all, why: "two_speakers" } : slotFilled({ status: "answered", scored: all }, q);
  }

  /**
   * Y's quotes that point back with a pronoun ("it would …", "هذا القرار …") whose sentence, with the
   * sentence before it in the article (where the pronoun's antecedent stands), says the asked topic Z
   * as a what-did-Y-say answer must (MIN_TOPIC_COVERAGE, two distinct words of Z or its only word). The
   * speaker is the one the question names; the sentence before only tells what Y spoke of.
   */
  function saidThroughAntecedent(terms: Term[], theirs: Int32Array): Verdict | null {
    const weights = terms.map((t) => index.termWeight(t));
    const total = weights.reduce((a, b) => a + b, 0);
    if (!total) return null;
    const asked = terms.map((t) => matchable(t, idsOf, true, relatedIdsOf, partIdsOf));
    const needed = evidenceNeeded(asked);
    const scored: Scored[] = [];
    for (const i of theirs) {
      if (!POINTS_BACK.test(normalizedText(i))) continue;
      let j = i - 1;
      while (sameArticle(i, j) && records[j].context === records[i].context) j--;
      if (!sameArticle(i, j)) continue;
      const before = runAround(j, sameParagraph).filter((k) => records[k].context === records[j].context);
      const said = new Set<number>();
      for (const keys of [records[i].ownKeys, records[i].secondaryKeys, ...before.flatMap((k) => [records[k].ownKeys, records[k].secondaryKeys])]) for (const id of keys) said.add(id);
      const held = Int32Array.from(said);
      const share = directWeight(asked, weights, held) / total;
      if (share >= MIN_TOPIC_COVERAGE && evidenceCount(asked, held) >= needed) scored.push({ record: i, score: share, held: evidenceCount(asked, held), direct: directWeight(asked, weights, records[i].ownKeys) / total });
    }
    scored.sort((a, b) => b.score - a.score || a.record - b.record);
    return scored.length ? { status: "answered", scored } : null;
  }

  /**
   * "Where was Y when …", "above what price does Y say …": a question about what Y said that asks for a
   * place, a number or a name is answered by a quote of Y that gives one; Y's quote on the topic that
   * gives none is offered, never stated. Not a time: the article's date gives it to any quote.
   */
  function slotFilled(verdict: Verdict, q: ParsedQuestion): Verdict {
    // "متى ستجرى الانتخابات حسب الفالح؟", "when will the bridge open, according to the mayor?": with no verb
    // of saying the time is asked of what was said (not of the saying, which the article's date may answer).
    const timeOfWhatWasSaid = q.hint === "time" && q.verb === null;
    if (!q.hint || !(SPEAKER_SLOTS.has(q.hint) || timeOfWhatWasSaid)) return verdict;
    const hint = q.hint;
    const questionKeys = new Set(questionTerms([q.topic, q.speakerPhrase].join(" ")).flatMap((t) => t.keys));
    const numberKind = hint === "number" ? numberAsked(q.topic) : null;
    const fills = (s: Scored) => fillsSlot(s.record, hint, questionKeys, null, numberKind);
    const top = verdict.scored[0];
    if (fills(top)) return verdict;
    // Y's quote that gives what was asked, scored nearly as high, before one on the topic that does not
    // ("the total number of cases": the quote of the total, not that of the day's new cases).
    const filler = verdict.scored.find((s) => s.score >= top.score * RUNNER_UP_RATIO && fills(s));
    if (filler) return { ...verdict, scored: [filler, ...verdict.scored.filter((s) => s !== filler)] };
    // Y's quote does not cover what was asked: held back as a quote off the asked topic is.
    return { ...verdict, status: "suggested", why: "topic_missing" };
  }

  function listSpeakers(): Scored[] {
    return [...speakers.keys()]
      .filter((i) => quotesOf[i].length)
      .sort((a, b) => quotesOf[b].length - quotesOf[a].length)
      .map((i) => ({ record: quotesOf[i][0], score: 1 }));
  }

  /**
   * A follow-up ("what else did he say?") is asked as the stand-alone question it stands for, minus
   * what the previous answer already showed or (for "who else?") who it already named.
   */
  // Enough of the stand-alone answer that some is left once the shown items are taken out.
  const FOLLOW_UP_POOL = 50;

  /**
   * Answers within the question's work budget. The one-time tables (the concept sets, and the corpus
   * vocabulary once a question has a word the index does not know) are built before the clock starts:
   * the first such question of a process must not pay for them.
   */
  function ask(question: string, options: AskOptions = {}): Answer {
    explaining = options.explain;
    concepts();
    if (vocabulary === undefined && typeof question === "string" && tokenize(question.slice(0, 1_000)).some((w) => isContentWord(w) && !knownWord(w))) vocab();
    deadline = startDeadline(budget);
    try {
      return askWithin(question, options);
    } catch (e) {
      if (e instanceof OverBudget) return noMatch(typeof question === "string" ? question : "", "too_complex");
      throw e;
    } finally {
      deadline = NO_DEADLINE;
      explaining = undefined;
    }
  }

  function askWithin(question: string, options: AskOptions): Answer {
    const limit = Math.min(Math.max(Math.floor(options.limit ?? MAX_ANSWERS), 1), MAX_ANSWERS);
    const plan = planFollowUp(question, options.context, {
      speakerOf: (id) => speakerRef(speakers.findIndex((s) => s.id === id)) ?? undefined,
      namedBy: (phrase, exactly) => {
        const ids = namedIds(phrase, exactly);
        const id = ids.size === 1 ? [...ids][0] : exactly ? undefined : byOffice(phrase);
        return id ? speakerRef(speakers.findIndex((s) => s.id === id)) ?? undefined : undefined;
      },
      namesSomeone: (phrase) => namedIds(phrase).size > 0,
      says: quotesSay,
      topicOf: (asked) => readQuestion(asked)?.topic ?? "",
      isPerson: (id) => speakers.find((s) => s.id === id)?.kind === "person",
    });
    if (plan.kind === "none") return askAlone(question, limit);
    if (plan.kind === "unclear") return noMatch(question, "unclear_referent");
    if (plan.kind === "focus") return focusOnLast(question, plan, limit);
    if (plan.kind === "switch") return switched(question, plan, limit);
    if (plan.candidates) {
      // Several speakers were offered: the one whose rewritten question alone is answered is meant.
      const answers = plan.candidates.map((c) => ({ c, a: askAlone(c.question, FOLLOW_UP_POOL) })).filter(({ a }) => a.status === "answered");
      if (answers.length !== 1) return noMatch(question, "not_found");
      return keepNew(question, answers[0].a, plan, limit, answers[0].c.question);
    }
    if (!plan.question) return noMatch(question, "not_found");
    return keepNew(question, askAlone(plan.question, FOLLOW_UP_POOL), plan, limit, plan.question);
  }

  /**
   * The speakers a phrase names by name (`exactly`: not by sound), for a follow-up. A phrase of office and place words only ("the
   * American official") is a role: it names a speaker only as the corpus writes one of their names, not
   * by a stem it shares with one ("American officials"), for a role may fit others too.
   */
  function namedIds(phrase: string, exactly = false): Set<string> {
    const found = directory.resolve(phrase.slice(0, 100)).filter((m) => m.byName && (!exactly || m.confidence >= 1));
    const terms = speakerTerms(phrase.slice(0, 100));
    const role = terms.length > 0 && terms.every((t) => t.office || t.places?.length);
    const written = ` ${normalize(phrase)} `;
    const asWritten = (s: SpeakerInfo) => [s.name, s.nameAr ?? "", ...s.aliases].some((n) => n && written.includes(` ${normalize(n).replace(/^(?:the|ال) /, "")} `));
    return new Set(found.filter((m) => !role || asWritten(m.speaker)).map((m) => m.speaker.id));
  }

  /**
   * The one speaker a phrase holding an office word names by role alone ("the counterterrorism
   * coordinator", "مبعوث التحالف"): every word fits them and nobody else. For "and the X?" after an answer.
   */
  function byOffice(phrase: string): string | undefined {
    // An office of its own ("coordinator", "envoy"), not a head noun that fits anyone ("the official").
    if (!speakerTerms(phrase.slice(0, 100)).some((t) => t.office && !t.anyone)) return undefined;
    const ids = new Set(directory.resolve(phrase.slice(0, 100)).filter((m) => m.confidence >= 1).map((m) => m.speaker.id));
    return ids.size === 1 ? [...ids][0] : undefined;
  }

  /**
   * Whether one of a speaker's own quotes (its words or their English) says every telling word of a
   * follow-up's topic: the evidence that "he" in "what did he say about Turkey?" is that speaker.
   */
  function quotesSay(id: string, words: string, lang: FollowUpLang): boolean {
    const i = speakers.findIndex((s) => s.id === id);
    const terms = questionTerms(readText(words, lang === "arabizi")).filter((t) => !isGenericTerm(t));
    if (i < 0 || !terms.length) return false;
    return quotesOf[i].some((record) => {
      const r = records[record];
      const own = ` ${normalize(`${r.text} ${r.textEn ?? ""}`)} `;
      return terms.every((t) => [...t.keys, ...(t.related ?? []).map((k) => k.key)].some((k) => ownSays(r, k, own)));
    });
  }

  /** Whether the record's own words hold key `k` (not its sentence or topics). */
  function ownSays(r: SearchRecord, k: string, own: string): boolean {
    const id = index.idOf(k);
    if (id >= 0 && r.ownKeys.includes(id)) return true;
    return !k.startsWith("=") && k.length >= 3 && own.includes(` ${k}`);
  }

  /**
   * The stand-alone answer less what the conversation already showed ("what else") or whom it named
   * ("who else"). When a speaker said nothing else, "what else did he say?" gets the one statement
   * again: it is all there is, and it may say more than the question that found it asked.
   */
  function keepNew(question: string, full: Answer, plan: Extract<FollowUpPlan, { kind: "ask" }>, limit: number, standalone: string): Answer {
    if (full.status === "no_match") return noMatch(question, "not_found");
    const shown = (a: AnswerItem) => plan.excludeRecords.has(itemKey(a));
    let kept = full.answers.filter((a) => !shown(a) && !(a.speaker && plan.excludeSpeakers.has(a.speaker.id)));
    if (!kept.length && plan.excludeRecords.size && !plan.excludeSpeakers.size) kept = full.answers.filter(shown);
    if (!kept.length) return noMatch(question, "not_found");
    return { question, status: full.status, answers: kept.slice(0, limit), standalone };
  }

  /**
   * "and Trump?": the previous question asked of another speaker. When it had a topic the new speaker
   * said nothing about, what the new speaker said (answered: the speaker is the one named), unless the
   * topic was asked for ("what did he say about the F-35?"), which the rewritten question keeps.
   */
  function switched(question: string, plan: Extract<FollowUpPlan, { kind: "switch" }>, limit: number): Answer {
    const standalone = switchedQuestion(plan);
    if (!standalone) return noMatch(question, "not_found");
    let asked = standalone.question;
    let full = askAlone(asked, limit);
    if (full.status !== "answered" && standalone.fallback) full = askAlone((asked = standalone.fallback), limit);
    if (full.status === "no_match") return noMatch(question, "not_found");
    return { question, status: full.status, answers: full.answers.slice(0, limit), ...(full.total ? { total: full.total } : {}), standalone: asked };
  }

  /** The question as askAlone reads it (chat noise, dialect and Arabizi read). */
  function readQuestion(question: string): ParsedQuestion | null {
    const text = readText(question);
    if (!text || text.length > MAX_QUESTION_LENGTH) return null;
    return parseQuestion(text, lookupPhrase, opensObject);
  }

  /**
   * Whether a word may follow a speaker's name without being part of it: a time, place or addressee word
   * (لتركيا; لمجلة, "to the magazine", for an English article that says "magazine").
   */
  function trailsName(word: string): boolean {
    return TRAILING_ADVERBIAL.test(word) || knownAcross(TO_WORD.exec(word)?.[1] ?? "");
  }

  /** Whether a word after a speaker's name can open the object of a verb-first question: one that trails a name, or (not `trailing`) a word the articles say. */
  function opensObject(word: string, trailing = false): boolean {
    return trailsName(word) || (!trailing && knownWord(word));
  }

  /**
   * What a phrase of a question names: one person by every word of their name ("person"), a speaker by
   * name ("name"), one by role only ("role"), or nobody (null).
   */
  function lookupPhrase(phrase: string): SpeakerNaming {
    checkpoint();
    const found = directory.resolve(phrase);
    if (!found.length) return null;
    const words = phrase.split(" ").length;
    // "وزير الخارجية" names an office, though a draft may have written a minister's name with it: what
    // follows ("… العراقي إبراهيم الجعفري") may still be part of who is meant, never the topic.
    const office = tokenize(phrase).filter(isContentWord).every(isOfficeWord);
    const person = found.length === 1 && found[0].byName && found[0].speaker.kind === "person" && found[0].nameWords >= words && !office;
    return person ? "person" : found.some((m) => m.byName) ? "name" : "role";
  }

  /**
   * "and Trump?": what the previous question asked, asked of another speaker. A what-did-Y-say question
   * keeps its topic; a who-said question becomes "what did Trump say about <its topic>", which Trump
   * must have said something about. After a fact question, a bare name says too little.
   */
  function switchedQuestion(plan: Extract<FollowUpPlan, { kind: "switch" }>): { question: string; fallback?: string } | null {
    const previous = readQuestion(plan.previous);
    if (!previous) return null;
    const name = plan.lang === "ar" ? (plan.speaker.nameAr ?? plan.speaker.name) : plan.speaker.name;
    const t = REWRITES[plan.lang === "ar" ? "ar" : "en"];
    const said = t.said.replace("{name}", name);
    // "What did Erdogan warn about?" → "and Trump?": Trump's warnings first.
    const verbed = previous.verb && plan.lang !== "ar" ? said.replace(/ say$/, ` ${ENGLISH_VERB_OF[previous.verb] ?? "say"}`) : plan.lang === "ar" && previous.verb ? said.replace(/^ماذا قال/, `ماذا ${previous.verb}`) : said;
    // After "what did Y say about Z?", "and X?" asks about X: what X said about Z, else what X said.
    if (previous.intent === "what_said" || previous.intent === "who_is") {
      if (previous.topic && previous.topicRequired) return { question: t.saidAbout.replace("{name}", name).replace("{topic}", previous.topic), fallback: verbed };
      return { question: verbed };
    }
    // After "who said Z?", it asks whether X said Z too: nothing else will do.
    if (previous.intent === "who_said" && previous.topic) return { question: t.saidAbout.replace("{name}", name).replace("{topic}", previous.topic) };
    return null;
  }

  /**
   * "when was that?", "why does Turkey even want to attack?", "what happened next?", "did they go
   * through with it?", "what did they do about it?": answered from the last answer's surroundings (its
   * sentence, its paragraph, the paragraphs on either side) by the record that says it: a date, a
   * reason (a cause word before it in its sentence, or in its own words), the next event, an action of
   * the last speaker, an outcome. Words of the follow-up's own must be said there too. A follow-up
   * that does not point back ("why does Turkey want to attack?") is first asked on its own: when that
   * is answered, it stands.
   */
  function focusOnLast(question: string, plan: Extract<FollowUpPlan, { kind: "focus" }>, limit: number): Answer {
    if (plan.offered) return focusOnOffered(question, plan);
    const shown = recordOfItem(plan.shown);
    // "why?" after "did the US back off?": the reason the last answer comes with (its own words, the
    // sentence it points back to, or the one after it), before any other record around it.
    // A cause is the last answer's when the part of its sentence it explains says the last answer's words.
    // A statement made on a condition ("… if it hits the Kurds") gives its reason itself.
    const conditional = shown >= 0 && plan.focus === "why" && !plan.content.length && CONDITION_WORDS.test(normalizedText(shown));
    const reason = conditional ? shown : shown >= 0 && plan.focus === "why" && !plan.content.length ? reasonFor(shown, questionTerms(records[shown].text)) : -1;
    if (reason >= 0) return { question, status: "answered", answers: [toItem({ record: reason, score: FOCUS_SCORE })] };
    // "so when did the invasion start?" after "Turkey has long threatened to invade": by the last answer's
    // own words it has not happened, and no time around it says when it did.
    if (plan.focus === "when" && shown >= 0 && plan.content.length > 0 && claimsDone(question) && saysNotYet(records[shown].text, records[shown].textEn)) return noMatch(question, "not_found");
    const near = shown < 0 ? null : focusRecord(plan, shown);
    // A follow-up with words of its own that does not point back may be a question of its own: it is
    // asked alone first, unless the last answer's surroundings say it outright (its words, and a cause
    // word before it for "why").
    if (plan.content.length && !(plan.pointsBack || near?.sure)) {
      const alone = askAlone(question, limit);
      if (alone.status === "answered" || !near) return alone;
    }
    if (!near) return plan.content.length ? askAlone(question, limit) : noMatch(question, "not_found");
    return { question, status: "answered", answers: [toItem({ record: near.record, score: FOCUS_SCORE })] };
  }

  /** The record an itemKey names, or -1. */
  function recordOfItem(key: string): number {
    const [article, paragraph] = key.split(":");
    const text = key.slice(article.length + paragraph.length + 2);
    return records.findIndex((r) => r.article === article && String(r.paragraph) === paragraph && r.text === text);
  }

  /**
   * "when did it start arriving?" after suggestions: answered only when the surroundings of exactly one
   * suggestion say the follow-up's own words, and only by a fact (a statement would need its speaker
   * to be the one the suggestion was not sure of).
   */
  function focusOnOffered(question: string, plan: Extract<FollowUpPlan, { kind: "focus" }>): Answer {
    // An outcome's words rank its records but need not be said (see focusRecord): no evidence here.
    if (plan.focus === "outcome") return noMatch(question, "not_found");
    const found = new Set<number>();
    // Those that say the words and fit in their own words (a date in the record itself) come first.
    const sure = new Set<number>();
    for (const key of plan.offered ?? []) {
      const shown = recordOfItem(key);
      const near = shown < 0 ? null : focusRecord(plan, shown);
      if (!near || records[near.record].kind !== "fact") continue;
      found.add(near.record);
      if (near.sure) sure.add(near.record);
    }
    const one = sure.size ? sure : found;
    if (one.size !== 1) return noMatch(question, "not_found");
    return { question, status: "answered", answers: [toItem({ record: [...one][0], score: FOCUS_SCORE })] };
  }

  /**
   * The record around `shown` that answers a focus follow-up, or null; `sure` when it says the
   * follow-up's own words and fits in its own words or as the sentence's cause.
   */
  function focusRecord(plan: Extract<FollowUpPlan, { kind: "focus" }>, shown: number): { record: number; sure: boolean } | null {
    const at = records[shown];
    const reach = 1;
    const speakerIds = new Set(plan.speakers);
    // A follow-up's own words are read in its language: "torkia" alone is not told from English as Arabizi.
    const terms = plan.content.length ? questionTerms(readText(plan.content.join(" "), plan.lang === "arabizi")) : [];
    // A place or group ("Ankara", "the Kurds") is in most records around an answer: a follow-up that asks
    // about an act of its own ("when did he visit Ankara?") is answered only where one of its other words is said.
    const tellingTerms = terms.filter((t) => !isGenericTerm(t) && !t.keys.every((k) => k.startsWith("=")));
    const candidates: { i: number; fit: number; overlap: number; tellingSaid: number; distance: number; order: number }[] = [];
    records.forEach((r, i) => {
      if (r.article !== at.article || Math.abs(r.paragraph - at.paragraph) > reach) return;
      // The last answer itself first (its sentence may hold the date), then its sentence, its paragraph.
      const distance = i === shown ? -1 : r.context === at.context ? 0 : r.paragraph === at.paragraph ? 1 : 2;
      // A statement is dated in its own sentence ("said on Thursday"): a time in another sentence dates
      // something else, and "when did he say it?" is then not known.
      if (plan.focus === "when" && at.kind === "quote" && distance > 0) return;
      // The follow-up's own words say what is asked the reason for only when they say an act (not only "Turkey").
      const fit = focusFit(plan.focus, r, i, shown, speakerIds, tellingTerms.length ? terms : []);
      if (fit <= 0) return;
      const said = ` ${normalize(`${r.context} ${r.textEn ?? ""}`)} `;
      const saidTerms = terms.filter((t) => [...t.keys, ...(t.related ?? []).map((k) => k.key)].some((k) => index.has(k) && recordSays(r, k, said)));
      const overlap = saidTerms.length;
      const tellingSaid = saidTerms.filter((t) => tellingTerms.includes(t)).length;
      const order = plan.focus === "next" ? (r.paragraph - at.paragraph) * 1000 + (r.kind === "fact" ? 0 : 500) + i : i;
      candidates.push({ i, fit, overlap, tellingSaid, distance, order });
    });
    // Words of its own ("why does Turkey want to attack?") must be said by the answer.
    // An outcome is asked in words of its own ("did they go through with it?"): they rank, not filter.
    const eligible = terms.length && plan.focus !== "outcome" ? candidates.filter((c) => c.overlap > 0 && (!tellingTerms.length || c.tellingSaid > 0)) : candidates;
    // A time in the last answer's own sentence dates what it says: "when?" after a statement is answered
    // by that statement (its sentence shows the date), not by another record of the sentence.
    const dated = (c: { distance: number }) => (plan.focus === "when" && c.distance <= 0 ? 1 : 0);
    eligible.sort((a, b) => b.overlap - a.overlap || dated(b) - dated(a) || (dated(a) ? a.distance - b.distance : 0) || b.fit - a.fit || a.distance - b.distance || a.order - b.order);
    const best = eligible[0];
    return best ? { record: best.i, sure: best.overlap > 0 && best.fit >= 2 } : null;
  }

  /**
   * For "what is the name of …?": the record names a person of the corpus the question does not (any
   * name), or for a thing's name also a place or group the question does not ("=pkk").
   */
  function namesAnother(i: number, hint: Hint, questionKeys: Set<string>): boolean {
    if (hint !== "name" && hint !== "person_name") return false;
    const text = normalizedText(i);
    const asked = [...questionKeys].join(" ");
    // "ما اسم اللي قال …؟": a statement's speaker is the name it gives.
    const by = records[i].speaker;
    if (by >= 0 && (hint === "name" || speakers[by].kind === "person") && !speakerNames.names(` ${asked} `, speakers[by].id)) return true;
    const person = speakerNames.namesPersonBeyond(text, ` ${asked} `);
    if (person || hint === "person_name") return person;
    return records[i].ownKeys.some((id) => view.keys[id].startsWith("=") && !questionKeys.has(view.keys[id]));
  }

  /**
   * "Why …?" is answered by a record that gives a reason. The best records that match the question
   * lead to the reason they come with: their own words ("… ويعزى ذلك إلى …", "because …"), the sentence
   * they point back to ("ردا على ذلك": the one before), a cause opening them in a sentence that says
   * what the question asks ("X بحجة أن Y"), or such a record after them in their sentence or the next.
   * A record with no reason near it is at most offered.
   */
  function towardReasons(scored: Scored[], terms: Term[]): Scored[] {
    return towardFillers(scored, (s) => reasonFor(s.record, terms));
  }

  /**
   * "What came of the safe zone talks?", "did the plan work?" is answered by a record that says how it
   * turned out: one of the best records that match the question, or the first after it in its paragraph
   * ("But the talks … failed to make progress" after "officials began discussing a safe zone"). A record
   * with no outcome near it is at most offered.
   */
  function towardOutcomes(scored: Scored[]): Scored[] {
    return towardFillers(scored, (s) => (s.evidence === false ? -1 : (runAround(s.record, sameParagraph).find((j) => j >= s.record && givesOutcome(normalizedText(j))) ?? -1)));
  }

  /**
   * The best records that match the question, each led to the record `fillerOf` finds for it (-1: none), which
   * takes its score; the others are at most offered.
   */
  function towardFillers(scored: Scored[], fillerOf: (s: Scored) => number): Scored[] {
    const found = new Map<number, Scored>();
    for (const s of scored.slice(0, REASON_CANDIDATES)) {
      const at = fillerOf(s);
      if (at < 0) continue;
      // One in the same sentence is the record's own; one in another sentence counts for a little less.
      const score = records[at].context === records[s.record].context ? s.score : s.score * NEIGHBOUR_SHARE;
      const prev = found.get(at);
      if (!prev || prev.score < score) found.set(at, { ...s, record: at, score });
    }
    const rest = scored.filter((s) => !found.has(s.record)).map((s) => ({ ...s, score: Math.min(s.score, NO_EVIDENCE) }));
    return [...found.values(), ...rest].sort((a, b) => b.score - a.score || a.record - b.record);
  }

  const sameArticle = (i: number, j: number) => j >= 0 && j < records.length && records[j].article === records[i].article;
  const sameParagraph = (i: number, j: number) => sameArticle(i, j) && records[j].paragraph === records[i].paragraph;
  /** The records around `i` that `same` keeps with it: records are laid out article by article, paragraph by paragraph. */
  function runAround(i: number, same: (i: number, j: number) => boolean): number[] {
    let first = i;
    while (same(i, first - 1)) first--;
    const run: number[] = [];
    for (let j = first; same(i, j); j++) run.push(j);
    return run;
  }

  /**
   * Record `i` gives the reason the question asks for: in its own words, or as the cause its sentence
   * opens it with after saying (in at least two of the question's words) what the question asks about.
   */
  function givesReasonFor(i: number, terms: Term[]): boolean {
    const own = normalizedText(i);
    if (REASON_WORDS.test(own) && !ANAPHORIC_REASON.test(own)) return true;
    const sentence = ` ${normalize(records[i].context)} `;
    const start = sentence.indexOf(` ${normalize(records[i].text)} `);
    if (start <= 0) return false;
    // The cause word opens the record itself ("بحجة أن <record>"), a few words before it at most.
    const before = sentence.slice(Math.max(0, start - CAUSE_REACH), start + 1);
    const opener = [...before.matchAll(new RegExp(CAUSE_OPENERS.source, "g"))].pop();
    if (!opener) return false;
    const effect = new Set(tokenize(sentence.slice(0, Math.max(0, start - CAUSE_REACH) + opener.index)).flatMap(wordKeys));
    return terms.filter((t) => [...t.keys, ...(t.related ?? []).map((r) => r.key)].some((k) => effect.has(k))).length >= 2;
  }

  /** The record that gives the reason for what record `i` says (see towardReasons), or -1. */
  function reasonFor(i: number, terms: Term[]): number {
    const r = records[i];
    if (ANAPHORIC_REASON.test(` ${normalize(r.context)} `)) {
      // "In response, the Pentagon began …, with defense officials arguing that …": the reason the
      // article gives is the statement the sentence reports with the act, shown after the sentence it
      // points back to (see shownContext); without one, the sentence before is the reason.
      const stated = runAround(i, sameParagraph).find((j) => records[j].context === r.context && records[j].kind === "quote");
      if (stated !== undefined) return stated;
    }
    if (ANAPHORIC_REASON.test(normalizedText(i))) {
      // "In response, the Pentagon began …": the reason is in the sentence before.
      for (let j = i - 1; sameParagraph(i, j); j--) if (records[j].context !== r.context && (givesCause(records[j]) || REASON_WORDS.test(normalizedText(j)))) return j;
      return -1;
    }
    if (givesReasonFor(i, terms)) return i;
    let sentences = 0;
    for (let j = i + 1; sameParagraph(i, j); j++) {
      if (records[j].context !== records[j - 1].context && ++sentences > 1) break;
      if (givesReasonFor(j, terms)) return j;
    }
    return -1;
  }

  /** Whether the record holds key `k` in its own words, its topics or its sentence (`said`). */
  function recordSays(r: SearchRecord, k: string, said: string): boolean {
    const id = index.idOf(k);
    if (id >= 0 && (r.ownKeys.includes(id) || r.secondaryKeys.includes(id) || r.topicKeys.includes(id))) return true;
    return !k.startsWith("=") && k.length >= 3 && said.includes(` ${k}`);
  }

  /** How well a record says what a focus asks: 2 in its own words, 1 in its sentence only, 0 not. */
  function focusFit(focus: Focus, r: SearchRecord, i: number, shown: number, speakerIds: Set<string>, terms: Term[]): number {
    const own = ` ${normalize(`${r.text} ${r.textEn ?? ""}`)} `;
    const sentence = ` ${normalize(r.context)} `;
    const at = records[shown];
    switch (focus) {
      case "when":
        return TIME_WORDS.test(own) ? 2 : TIME_WORDS.test(sentence) ? 1 : 0;
      case "where":
        return r.ownKeys.some((id) => view.keys[id].startsWith("=")) ? 1 : 0;
      case "why": {
        if (i === shown) return 0;
        // "and why did the US back off the withdrawal?": with words of its own, the reason for what they
        // say, not the cause of something else its sentence says (the last answer's).
        if (terms.length) return givesReasonFor(i, terms) ? 2 : 0;
        // The cause of what the last answer says: a record its sentence opens with a cause word, or one
        // that gives a reason in its own words.
        if (givesCause(r)) return 2;
        return REASON_WORDS.test(own) ? 1 : 0;
      }
      case "next":
        return r.paragraph > at.paragraph || (r.context === at.context && i !== shown && sentence.indexOf(normalize(r.text)) > sentence.indexOf(normalize(at.text))) ? 1 : 0;
      case "act": {
        if (i === shown || r.kind !== "fact") return 0;
        if (!speakerIds.size) return r.paragraph === at.paragraph ? 1 : 0;
        return [...speakerIds].some((id) => speakerNames.names(own, id)) ? 2 : 0;
      }
      case "outcome":
        // How it turned out is told in its paragraph or after it.
        return i !== shown && (r.paragraph === at.paragraph || i > shown) && givesOutcome(own) ? (r.paragraph === at.paragraph ? 2 : 1) : 0;
      case "agent":
        // "and who caught him?": a fact of the last answer's paragraph, the last answer first, that says
        // the act (focusRecord keeps those saying the follow-up's words).
        return r.kind === "fact" && r.paragraph === at.paragraph ? 1 : 0;
    }
  }

  /**
   * "who responded to Trump?", "مين رد على ترامب؟", "who threatened Turkey?": one named right after the
   * asked act (and a preposition) is the one it was done to, never the one who did it.
   */
  function objectsOfAct(text: string): Set<number> {
    const m = WHO_ACT_ON.exec(normalize(text.slice(0, MAX_QUESTION_LENGTH)));
    if (!m || m[2].split(" ").length > MAX_SPEAKER_PHRASE_WORDS) return new Set();
    return new Set(directory.resolve(m[2]).filter((x) => x.byName || x.confidence >= FULL_NAME_CONFIDENCE).map((x) => speakers.indexOf(x.speaker)));
  }

  /**
   * A fact that points back ("In response, the Pentagon began …", "ردا على ذلك") says, through "that",
   * what the sentence before it says: "what did the Pentagon do in response to the purchase?" asks the
   * words of both. Such a record is scored on the question's words that it or the sentence it points
   * to says; the sentence before, which says the cause but not the act, keeps its own score.
   */
  function withAntecedents(scored: Scored[], terms: Term[]): Scored[] {
    if (!scored.some((s) => records[s.record].kind === "fact" && ANAPHORIC_REASON.test(normalizedText(s.record)))) return scored;
    const weights = terms.map((t) => index.termWeight(t));
    const total = weights.reduce((a, b) => a + b, 0);
    if (!total) return scored;
    const share = (own: Int32Array[]) =>
      terms.reduce((sum, t, k) => {
        const ids = [...idsOf(t), ...relatedIdsOf(t)];
        return own.some((keys) => ids.some((id) => keys.includes(id))) ? sum + weights[k] : sum;
      }, 0) / total;
    const out = scored.map((s) => {
      const i = s.record;
      if (records[i].kind !== "fact" || s.evidence === false || !ANAPHORIC_REASON.test(normalizedText(i))) return s;
      // The sentence before: the records of the nearest earlier sentence of the paragraph.
      let j = i - 1;
      while (sameParagraph(i, j) && records[j].context === records[i].context) j--;
      if (!sameParagraph(i, j)) return s;
      const before = runAround(i, sameParagraph).filter((k) => k <= j && records[k].context === records[j].context).map((k) => records[k].ownKeys);
      const gain = share([records[i].ownKeys, ...before]) - share([records[i].ownKeys]);
      // The act is lifted for what it adds to the sentence before ("the Pentagon", "in response"): a
      // question the sentence before says all of by itself ("when did the S-400 start arriving?") is about it.
      const adds = share([records[i].ownKeys, ...before]) > share(before);
      return gain > 0 && adds ? { ...s, score: Math.min(1, s.score + gain * ANTECEDENT_SHARE) } : s;
    });
    return out.sort((a, b) => b.score - a.score || a.record - b.record);
  }

  /**
   * A question that asks for someone's statement ("who made the statement about …", "what was X's
   * answer", "according to the police source, what …") but no slot of a fact (a number, time, place,
   * reason), answered by a record that names no speaker: stating it would leave the speaker unsaid or
   * put it in the wrong mouth (the extractor missed that statement's speaker). Offered, never stated.
   */
  /**
   * A fact that says in its own words the verb of saying the question names, and quotes no one ("what was
   * the case announced in Dallas about?" and "the latest case, announced on Thursday in Dallas, …"): it
   * reports that act, it is no statement whose speaker was missed. Not a word for a statement ("his
   * advice … is, '…'" is the advice itself).
   */
  function reportsTheAct(r: SearchRecord, text: string): boolean {
    const words = sayingWords(normalize(text));
    if (!words.length || !words.every(sayingVerb) || QUOTATION_MARK.test(r.context)) return false;
    return words.every((w) => wordKeys(w).some((k) => r.ownKeys.includes(index.idOf(k))));
  }

  function speakerlessForStatement(verdict: Verdict, q: ParsedQuestion, text: string): boolean {
    const top = records[verdict.scored[0].record];
    if (top.speaker >= 0) return false;
    // A draft's statement whose speaker the extractor could not tell: whoever asks who, or for a statement, is offered it.
    if (top.kind === "quote") return asksWhoDid(text) || namesActOfSaying(text);
    // "من وجّه الحكومة بـ…؟" answered by «وجه الرئيس … الحكومة "العمل …"»: a record that holds a quotation
    // is a statement whose speaker the extractor missed, whatever the question's verb.
    return (q.hint === null && namesActOfSaying(text) && !reportsTheAct(top, text)) || (asksWhoDid(text) && QUOTATION_MARK.test(top.text));
  }

  /**
   * A fact question about someone the article quotes ("did Trump impose sanctions?", "what did the
   * Pentagon do?") whose answer is a fact standing in the sentence that reports that speaker's
   * statement: the statement is the answer, its sentence (the fact) its context. The fact alone would
   * leave out the one the question asks about.
   */
  function askedOfSpeaker(verdict: Verdict | null, text: string): Verdict | null {
    if (verdict?.status !== "answered") return verdict;
    const top = verdict.scored[0];
    const fact = records[top.record];
    if (fact.kind !== "fact") return verdict;
    const own = normalizedText(top.record);
    const inSentence = runAround(top.record, sameArticle).filter((i) => records[i].speaker >= 0 && records[i].context === fact.context && speakerNames.names(own, speakers[records[i].speaker].id));
    if (!inSentence.length) return verdict;
    // The question names the speaker too, by a word of their name ("البنتاغون", "Trump").
    const named = new Set(
      tokenize(text.slice(0, MAX_QUESTION_LENGTH))
        .filter(isContentWord)
        .flatMap((w) => directory.resolve(w).filter((m) => m.byName || m.confidence >= FULL_NAME_CONFIDENCE).map((m) => speakers.indexOf(m.speaker))),
    );
    const quote = inSentence.find((i) => named.has(records[i].speaker)) ?? -1;
    if (quote < 0) return verdict;
    return { ...verdict, scored: [{ ...top, record: quote }, ...verdict.scored.slice(1).filter((s) => s.record !== quote)] };
  }

  /**
   * "كم حالة تعافت من الكوليرا؟", "how many patients were discharged?", "what did the commissioner conclude
   * after the investigation?", "مين سجل الأهداف؟": the act a count, a what-did or a who-did question is asked of, which no
   * record of the answer's article says (in its words, its sentence or its topics, nor in another wording):
   * the article's numbers count other acts (new cases, deaths).
   */
  function untoldAct(i: number, q: ParsedQuestion): boolean {
    // A statement answers "who compared X to Y" by what its speaker said: the act is the question's reading of it.
    const act = q.hint === "number" ? countedAct(q.topic) : q.hint === null ? (askedAct(q.topic) ?? (records[i].kind === "fact" ? doneAct(q.topic) : null)) : null;
    const term = act ? questionTerms(act)[0] : undefined;
    if (!term || isGenericTerm(term)) return false;
    // A word of the act's concept that the question says besides is that word, not the act: "مين سجل
    // الأهداف" is not told by "من دون أهداف" (سجل and أهداف share a line of concepts).
    const own = new Set(questionTerms(q.topic).filter((t) => t.word !== term.word).flatMap((t) => idsOf(t)));
    const ids = [...idsOf(term), ...relatedIdsOf(term).filter((id) => !own.has(id))];
    const says = (j: number) => ids.some((id) => records[j].ownKeys.includes(id) || records[j].secondaryKeys.includes(id) || records[j].topicKeys.includes(id));
    return !runAround(i, sameArticle).some(says);
  }

  /**
   * "لأي قناة أدلى العوادي بتصريحاته؟", "at what event was Cardoso speaking?": where a statement was made is
   * said by the sentence that reports it ("في تصريحات لقناة الجزيرة", "speaking at the … Lecture Series"), not
   * by the statement's own words. The answer is a statement of the speaker the question names (by the longest
   * run of its words that names anyone) whose sentence says it, the one whose sentence says most of the
   * question's other words. Offered when the run names several speakers or two such sentences say as much;
   * null when nobody is named or none of their sentences says where.
   */
  function statementOccasion(q: ParsedQuestion): Verdict | null {
    const asked = occasionAsked(q.topic);
    if (!asked) return null;
    const words = asked.rest.split(" ").filter(Boolean).slice(0, OCCASION_QUESTION_WORDS);
    // A place the question names may qualify a title ("the Iraqi foreign minister", "وكيل الجمهورية في مصر"):
    // a run of words without it names someone by title alone only when the question names no other place.
    const isPlace = words.map((w) => speakerTerms(w).some((t) => t.places?.length));
    let named: SpeakerMatch[] = [];
    let run = [0, 0];
    for (let n = Math.min(OCCASION_SPEAKER_WORDS, words.length); n >= 1 && !named.length; n--) {
      for (let i = 0; i + n <= words.length && !named.length; i++) {
        if (!isContentWord(words[i]) || !isContentWord(words[i + n - 1])) continue;
        checkpoint();
        const qualified = isPlace.some((place, j) => place && (j < i || j >= i + n));
        named = directory.resolve(words.slice(i, i + n).join(" ")).filter((m) => m.byName || (m.confidence >= FULL_NAME_CONFIDENCE && !qualified));
        run = [i, i + n];
      }
    }
    const ids = [...new Set(named.map((m) => speakers.indexOf(m.speaker)))];
    const framed = ids.flatMap((s) => quotesOf[s]).filter((i) => givesOccasion(` ${normalize(records[i].context)} `, asked.kind));
    if (!framed.length) return null;
    const rest = questionTerms([...words.slice(0, run[0]), ...words.slice(run[1])].join(" ")).map((t) => [...idsOf(t), ...relatedIdsOf(t)]);
    const says = (i: number) => rest.filter((ids) => ids.some((id) => records[i].ownKeys.includes(id) || records[i].secondaryKeys.includes(id))).length;
    const ranked = framed.map((record) => ({ record, n: says(record) })).sort((a, b) => b.n - a.n || a.record - b.record);
    const top = ranked[0];
    const rival = ranked.find((r) => r.n === top.n && records[r.record].context !== records[top.record].context);
    const scored = [top, ...(rival ? [rival] : [])].map(({ record }) => ({ record, score: OCCASION_SCORE, evidence: true, telling: 1 }));
    if (ids.length > 1) return { status: "suggested", scored, why: "two_speakers" };
    return rival ? { status: "suggested", scored, why: "contested" } : { status: "answered", scored };
  }

  /** "How many injured did X visit?" answered by a record that gives no number at all: it may be offered, never stated. */
  const countUngiven = (i: number, q: ParsedQuestion): boolean => q.hint === "number" && !givesAmount(normalizedText(i));

  /** A question's text as askAlone reads it (chat noise, dialect and Arabizi read). */
  function readText(question: string, arabiziKnown = false): string {
    return arabizi.read(standardizeDialect(expandTitleShorthands(stripChatNoise(cleanQuestion(question))), knownWord), arabiziKnown);
  }

  function askAlone(question: string, limit: number): Answer {
    if (typeof question === "string" && question.length > MAX_RAW_LENGTH) return noMatch(question, "too_long");
    const text = readText(question);
    if (!text) return noMatch(typeof question === "string" ? question : "", "empty");
    if (text.length > MAX_QUESTION_LENGTH) return noMatch(question, "too_long");
    checkpoint();
    const q = parseQuestion(text, lookupPhrase, opensObject);
    switch (q.intent) {
      case "list_speakers":
        return answered(question, listSpeakers(), limit);
      case "who_said": {
        const spelled = correctQuestion(q);
        const verdict = confirmCorrections(withUnattributed(whoSaid(spelled.q, text, spelled.corrections), spelled.q, text, spelled.corrections), spelled.corrections, q);
        const intent = spelled.q.verb && !questionTerms([spelled.q.topic, ...spelled.q.quoted].join(" ")).length ? "verb_only" : "who_said";
        return respond(question, verdict, limit, basisOf(question, text, spelled.q, intent, spelled.corrections.length));
      }
      case "who_is":
      case "what_said": {
        const verdict = whatSaid(q, text);
        // Y is nobody the corpus quotes: never fall back to someone else's words.
        return respond(question, verdict === "unknown_speaker" ? null : verdict, limit, basisOf(question, text, q, q.intent, 0));
      }
      default: {
        const spelled = correctQuestion(q);
        const occasion = q.hint === "occasion" ? statementOccasion(spelled.q) : null;
        if (occasion) return respond(question, confirmCorrections(occasion, spelled.corrections, q), limit, basisOf(question, text, spelled.q, "fact", spelled.corrections.length));
        const terms = withSpellingsAcross(withReadings(questionTerms(spelled.q.topic), spelled.corrections), text);
        if (!terms.length) return noMatch(question, "not_found");
        // Only the best records are scored: those decide can answer with (all) or offer (held >= 1). A
        // why-question looks around its best records for the reason they come with, so it scores them all.
        const reason = q.hint === "reason";
        // So does a question asking how something turned out, for the outcome they come with.
        const outcome = !!q.asksOutcome;
        const { scored, strict } = scoreRecords(terms, spelled.q, () => true, SUGGEST_COVERAGE, false, undefined, undefined, reason || outcome ? undefined : (s) => (s.held ?? 1) >= 1);
        // A fact that points back names nobody: it is not lifted over a statement for a who-question.
        const read = q.asksWho ? scored : withAntecedents(scored, terms);
        // One word met only through another word for it (a concept's, a stem's) is no evidence: "اصلا"
        // ("anyway") is not "يواصل" ("continues"). At most a suggestion.
        const oneWord = new Set(terms.map((t) => t.keys[0])).size < 2;
        // A when-question is answered by the article's date for a record that gives none (see
        // scoreRecords), so a record that gives no date of its own must say the act asked about in full:
        // "when was the safe-zone deal signed" is not answered by the talks that began, nor "when did the
        // army cross" by its units' leave "in recent weeks".
        const saysAct = saysEveryTellingWord(strict, claimsDone(spelled.q.topic));
        const actSaid = q.hint !== "time" || q.asksWho ? () => true : (s: Scored) => CALENDAR_WORDS.test(normalizedText(s.record)) || saysAct(s);
        const ownWord = (s: Scored) => (!oneWord || (s.direct ?? 1) > 0) && actSaid(s);
        // A reason is found around the records that match (towardReasons), not in the question's words.
        const decided = reason ? decide(towardReasons(read, terms), { answer: MIN_COVERAGE, suggest: SUGGEST_COVERAGE }, ownWord) : outcome ? decide(towardOutcomes(read), { answer: MIN_COVERAGE, suggest: SUGGEST_COVERAGE }, ownWord) : preferDirect(decide(read, { answer: MIN_COVERAGE, suggest: SUGGEST_COVERAGE }, ownWord));
        const verdict: Verdict | null = decided?.status === "suggested" && oneWord && !decided.why && !ownWord(decided.scored[0]) ? { ...decided, why: "not_answerable" } : decided;
        const lifted = askedOfSpeaker(verdict, text);
        const objects = q.asksWho ? objectsOfAct(text) : new Set<number>();
        // A count the record does not give, or any slot asked that it leaves unfilled, is not stated even where the answer bar would promote an offer.
        const unanswerable = !!lifted && ((lifted.status === "answered" && (objects.has(records[lifted.scored[0].record].speaker) || speakerlessForStatement(lifted, q, text) || untoldAct(lifted.scored[0].record, spelled.q))) || countUngiven(lifted.scored[0].record, spelled.q) || !!lifted.scored[0].unfilled);
        const done = lifted && unanswerable ? { ...lifted, status: "suggested" as const, why: "not_answerable" as const } : lifted;
        return respond(question, confirmCorrections(done, spelled.corrections, q), limit, basisOf(question, text, spelled.q, "fact", spelled.corrections.length));
      }
    }
  }

  return {
    ask,
    speakers: () => speakers.filter((_, i) => quotesOf[i].length).map((s) => ({ ...s, aliases: [...s.aliases], articles: [...s.articles] })),
    suggestSpeakers: (prefix, limit = 25) => directory.suggest(cleanQuestion(typeof prefix === "string" ? prefix.slice(0, 100) : prefix), Math.min(Math.max(limit, 1), 25)),
    quotesBy: (id) => {
      const i = speakers.findIndex((s) => s.id === id);
      return i < 0 ? [] : quotesOf[i].map((record) => toItem({ record, score: 1 }));
    },
    articles: () => view.articles.map((a) => ({ ...a, source: { ...a.source } })),
    item: (idOrRef) => {
      const record = typeof idOrRef === "string" ? recordsByRef().get(idOrRef) : undefined;
      return record === undefined ? null : toItem({ record, score: 1 });
    },
  };
}
