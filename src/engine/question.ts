// Reading a question: what kind it is (who said / what did Y say / a fact / list the speakers), which
// speaker it names, which words carry its topic, and which reporting verb it uses. Works on normalized
// text, so Arabic spelling variants and English case never matter.
import { hasArabic } from "../normalize/arabic.js";
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS, STANCE_VERBS, VERB_EN_TO_AR, isContentWord, normalize } from "../normalize/index.js";
import { isCommonEnglishWord } from "../normalize/wordnet.js";
import { CAUSE_OPENING, REASON_NOUN, SLOT_PATTERNS, outcomeAsked } from "./answer-slots.js";
import { MAX_SPEAKER_PHRASE_WORDS } from "./limits.js";
import SPELLINGS from "./data/question-spellings.json" with { type: "json" };

export type Intent = "who_said" | "what_said" | "who_is" | "fact" | "list_speakers";
export type Hint = "number" | "time" | "place" | "reason" | "verdict" | "means" | "party" | "outcome" | "name" | "person_name" | "occasion" | null;

export interface ParsedQuestion {
  intent: Intent;
  /** The words that name a speaker (what_said only). */
  speakerPhrase: string;
  /** What the answer must be about. */
  topic: string;
  /** True when the topic was asked for explicitly ("about Z", "عن Z", "did X say Z"). */
  topicRequired: boolean;
  /**
   * The topic is what the speaker is said to have said ("X قال إن Z", "did X say that Z", "is it true X
   * said Z"): the quote must say it in its own words, as a who-said answer must.
   */
  claim: boolean;
  /** Canonical Arabic reporting verb of the question, when it has one. */
  verb: string | null;
  /** Phrases the person put in quote marks: the words they remember. */
  quoted: string[];
  hint: Hint;
  /**
   * The question opens by asking who ("who …", "مين …"), even one read as a fact question because its
   * verb is misspelt: its answer is someone's.
   */
  asksWho: boolean;
  /** The noun a count opening names ("كم عدد الحالات …" → الحالات, "the number of fighters" → fighters): what the answer's number counts. */
  counted?: string;
  /**
   * The question asks how something turned out in so many words ("what came of the talks?", "شو صار
   * بالمحادثات؟", "did the plan work?"): the answer must say it. A bare "did …?" only ranks such answers first.
   */
  asksOutcome?: boolean;
}

const QUOTED = /["“”«»„‟]([^"“”«»„‟]{2,})["“”«»„‟]/g;

/**
 * A present-tense verb as dialects inflect it: the progressive ب (بيزعم، بتقول) and the plural without
 * its ن (يزعموا، بيحذروا), read as the form the lexicon lists (يزعم).
 */
function dialectVerbForms(word: string): string[] {
  const bare = word.replace(/^[وف]/, "").replace(/^ب(?=[يتن])/, "");
  return [bare, bare.replace(/وا?$/, "")].filter((w) => w.length >= 3 && /^[يتن]/.test(w));
}

function speechVerb(word: string): string | null {
  const ar = ARABIC_SPEECH_VERBS[word] ?? ARABIC_SPEECH_VERBS[word.replace(/^(و|ف)/, "")] ?? dialectVerbForms(word).map((w) => ARABIC_SPEECH_VERBS[w]).find(Boolean);
  if (ar) return ar;
  const en = ENGLISH_SPEECH_VERBS[word];
  return en ? VERB_EN_TO_AR[en] ?? "قال" : null;
}

const ENGLISH_VERB_FORMS = Object.keys(ENGLISH_SPEECH_VERBS).filter((f) => f.length >= 4);

/**
 * A reporting verb in the place where one is expected, allowing one typo ("warnd", "sayd", "claimd"),
 * two letters swapped ("siad") or one dropped from a short one ("sad"): "who siad X" asks whose words X
 * are, and read as a fact question it would be answered on weaker evidence than a who-said question.
 */
function speechVerbNear(word: string): string | null {
  const exact = speechVerb(word);
  if (exact || word.length < 3 || !/^[a-z]+$/.test(word)) return exact;
  const close = ENGLISH_VERB_FORMS.find((f) => Math.abs(f.length - word.length) <= 1 && oneSlip(word, f));
  return close ? speechVerb(close) : null;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A question that opens with a word for "who" (من alone is left out: it is also "from"). */
const ASKS_WHO = /^(?:and |so )?(?:who|whos|whom|whose|[وف]?(?:مين|منو|شكون|مينو))(?= |$)/;
// Words that open a who-said question, before its verb (normalized forms).
// "أي وزيرة قالت …", "انهي مسؤول صرح …" (which minister, which official): who said it.
// "مين الوزير اللي قال …" (who is the minister who said): a definite noun asked of by a relative clause,
// with its adjectives ("من المسؤولة البحرينية التي أكدت …", "مين النائب الكويتي السابق اللي …"), or a noun
// made definite by the one after it ("مين مسؤول الخارجية اللي قال …", the foreign ministry's official).
const WHO_AR = /^(?:و|ف)?(?:من|مين|منو|لمن|شكون|شكون اللي|شكون لي|(?:اي|انهي|انهو|اشمن) [^ ]+|(?:مين|منو|شكون|من) (?:ال[^ ]+(?: ال[^ ]+){0,2}|(?!(?:قال|قالت|قالوا|حكي|حكت|صرح|ذكر|اعلن|حذر|هدد|اكد)(?= ))[^ ]+(?: ال[^ ]+){1,2})(?= (?:الذي|التي|الذين|اللي|الي|يلي|لي)$))(?: (?:ايضا|كمان|برضو|برضه|كذلك|تاني|ثاني))?(?: (?:هو|هي|هم|هما))?(?: (?:الذي|التي|الذين|اللي|الي|يلي|لي|ل))?$/;
const WHO_EN = /^(?:so |and |but |then )?(?:who|whom|who s|whos|according to whom|by whom|(?:which (?:\w+ ){0,2}|what )(?:officials?|persons?|people|leaders?|one|speakers?|country|countries|side|groups?|players?|coach|ministers?|ministry|lawyers?|team|club|body|agency|party|parties|politicians?|diplomats?|sources?|spokes(?:man|woman|person)|experts?|analysts?|authority|authorities|organi[sz]ation|company|newspaper|outlet|website|site|prosecutors?|prosecution|judge|court|commission|lawmakers?|mps?|member|president|governor|envoy|commander|army|union|bank|institution|government|department|office|ambassador|activists?|residents?|witness(?:es)?|doctors?|officer|researchers?|scientists?|academics?|professors?|economists?|lecturers?|teachers?|students?|campaigners?|advocates?|critics?|observers?|commentators?|journalists?|reporters?|editors?|candidates?|senators?|councill?ors?|mayors?|chiefs?|directors?|managers?|chair(?:man|woman|person)?|heads?|executives?|founders?|owners?|workers?|employees|athletes?|sprinters?|runners?|stars?|singers?|artists?|actors?|authors?|writers?|victims?|survivors?|relatives|parents?|mothers?|fathers?|farmers?|traders?|investors?|bankers?|sheriffs?|magistrates?|attorneys?|counsel|defendants?|suspects?|soldiers?|police(?:m[ae]n)?|officers|generals?|rebels?|militants?|fighters?|protesters?|demonstrators?|regulators?|inspectors?))(?: (?:is|was|has|had|have|actually|really|exactly|publicly|first|once|ever|already|else|the one|one|that|who|it|did|does))*$/;
/** "who in Downing Street said …", "who at the ministry blamed …": who, and where the speaker sits. Its words may
 *  be anything, so the verb after them must be spelt right ("who in city hall" is no "who in city call"). */
const WHO_IN_EN = /^(?:so |and |but )?who (?:in|at|from|inside|within) (?:\w+ ){0,2}\w+$/;
/** What opens the statement after a verb of saying: "that", أن، إنو، قائلا. */
const COMPLEMENTIZER = /^(?:that|ان|انه|انها|انو|بان|بانو|as|saying|قائلا|الي|ب)$/;
/** A word for who before a verb and "that" (Arabic letters, Arabizi read). */
const WHO_BEFORE_THAT = /^(?:و|ف)?(?:من|مين|منو|شكون)$/;
const WHO_SAID_NOUN_AR = /^(?:من|مين|لمن) (?:هو |)?(?:صاحب|قائل) (?:مقوله|عباره|تصريح|قول|كلام|جمله)?/;
const ACCORDING_TO_WHOM = /^(?:according to whom|by whose account|بحسب من|حسب من|حسب مين|وفقا لمن|على لسان من|علي لسان من)(?= |$) ?|,? ?(?:according to whom|بحسب من|حسب مين|وفقا لمن)$/;
/**
 * "…, according to the Nigerian article", "in this story", "حسب الخبر", "في المقال": the article the
 * question is about, which names no speaker and says no topic. Not "the report": reports are quoted.
 */
const ARTICLE_SOURCE = / (?:(?:according to|as per|in) (?:the |this |that )?(?:[a-z]+ )?(?:article|story|piece|text|news item)|(?:حسب|بحسب|وفقا ل|وفق|في) (?:هذا |هذه )?(?:المقال|المقاله|الخبر|النص)(?: [^ ]+ي(?:ه)?)?)$/;
/** "…, according to Y" / "… حسب Y" closing a question: Y's statement is the answer. */
const ACCORDING_TO = /^(.+?) (?:according to|as per|حسب|بحسب|وفقا ل|وفق|على لسان|علي لسان) (?:the |its |his |her |their )?(.+)$/;
/** Question words that open a fact question: never the first word of a speaker's name. */
const WH_FIRST = /^(?:which|when|where|why)$/;
const QUESTION_WORDS = /^(?:what|which|how|when|where|why|is|are|was|were|did|does|do|many|much|ما|ماذا|كم|متي|اين|لماذا|هل|هو|هي)$/;
const WHO_SAID_NOUN_EN = /^(?:who (?:is|was) (?:the )?(?:author|source) of|whose (?:words|quote|statement) (?:is|was|are|were))\b/;

// Words that open a what-did-Y-say question (normalized).
const WHAT_AR = /^(?:و|ف)?(?:ماذا|شو|ايش|اش|وش|شنو|ايه|واش|اشنو|شنهو|ما الذي|ما اللي|ما|بماذا|عن ماذا|عما|شنو اللي|ايش اللي|شو اللي|ايه اللي|وش اللي)$/;
/** How before a verb that opens a what-did-Y-say question: "كيف وصف …", "ازاي وصف …", "شلون وصف …". */
const HOW_AR = /^(?:و|ف)?(?:كيف|ازاي|كيفاش|شلون|كيفش)$/;
/** A preposition and which/what: "في أي …", "in which …", "from what …". */
const ASKED_BY_PREPOSITION = /^(?:و|ف)?(?:في|من|الي|ب|ل|in|on|at|from|for|to|by) (?:اي|ايه|which|what)(?= |$)/;
/** A what-word beside a reporting verb after a speaker's name: "قال ايه", "وش قال", "شو قالت" (normalized, after dialect words). */
// "X كيف وصف …", "X شو ردت على …": any reporting verb, or a verb of replying (only here: "وماذا رد
// الأكراد عليه؟" asks whether they replied to him, not what they said), and how as well as what.
const SPEAKER_FIRST_WHAT_WORD = /^(?:ايه|ايش|شو|اش|وش|شنو|واش|اشنو|ماذا|كيف|ازاي|كيفاش|شلون)$/;
const REPLY_VERB = /^(?:رد|ردت|ردوا|علق|علقت|علقوا)$/;
const saysOrReplies = (w: string) => !!speechVerb(w) || REPLY_VERB.test(w);
const isWhatVerb = (x: string, next: string) =>
  (SPEAKER_FIRST_WHAT_WORD.test(next) && saysOrReplies(x)) || (SPEAKER_FIRST_WHAT_WORD.test(x) && saysOrReplies(next));
const WHAT_EN_AUX = /^(?:what|which things?|what things?|what else)(?: (?:exactly|else|else did))? (?:did|does|do|has|had|have|was|is|are|were|will|would)$/;
/** "how did X describe Z": the words X put on Z. */
const HOW_EN_AUX = /^(?:and |so )?how (?:did|does|do|has|had|have|would|will)$/;
const STATEMENT_NOUN = /^(?:quotes?|statements?|remarks?|comments?|claims?|warnings?|threats?|words|views|position|تصريحات|تصريح|تصريحاته|اقوال|اقواله|كلام|كلامه|تحذيرات|تهديدات|مواقف|موقف|رايه|راي)$/;
/** Nouns of what someone said that STATEMENT_NOUN leaves to the topic: an answer, a reply, advice, a call, a pledge. */
const SAYING_NOUN = /^(?:answers?|repl(?:y|ies)|responses?|advice|calls?|appeals?|pledges?|promises?|accusations?|denials?|criticism|message|رد|رده|ردها|جواب|اجابه|نصيحه|نصائح|دعوه|مناشده|تعهد|وعد|اتهام|اتهامات|نفي|رساله)$/;
/** Verbs of saying that neither the speech-verb table nor STANCE_VERBS holds: advising, answering, reassuring, crediting. */
const SAYING_VERB = /^(?:advis(?:e|es|ed|ing)|answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|reassur(?:e|es|ed|ing)|credit(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|ruled|insist(?:s|ed|ing)?|[وف]?(?:نصح|نصحت|ينصح|اجاب|اجابت|يجيب|طمن|طمنت|يطمن|طمان|اوضح|اوضحت|يوضح|برر|بررت|يبرر|ارجع|ارجعت|يرجع))$/;

/**
 * The question names an act of saying (a reporting or stance verb, a word for a statement, "according
 * to"): what it asks is someone's statement, even when it is read as a fact question.
 */
export function namesActOfSaying(question: string): boolean {
  const text = normalize(question);
  if (ACCORDING_TO.test(text) || ACCORDING_TO_WHOM.test(text) || /^(?:according to|as per|حسب|بحسب|وفقا ل|وفق|على لسان) /.test(text)) return true;
  // "بماذا دفع محامو المتهمين؟", "بماذا ردت الوزارة؟": "with what did they …" asks what was said, whatever the verb.
  if (/^(?:و|ف)?بماذا /.test(text)) return true;
  return sayingWords(text).length > 0;
}

/** The words of a normalized question that name an act of saying (a reporting or stance verb, a word for a statement). */
export function sayingWords(text: string): string[] {
  return text.split(" ").filter((w) => sayingVerb(w) || STATEMENT_NOUN.test(w) || SAYING_NOUN.test(w));
}

/** A reporting, stance or other verb of saying ("announced", "advised", صرح). */
export const sayingVerb = (w: string): boolean => !!speechVerb(w) || STANCE_VERBS.has(w) || SAYING_VERB.test(w);

// علي ("on") stands for "about" in everyday Arabic: واش قال ترامب على تركيا؟
// "رأي البنتاغون بالـ S-400": the article and its preposition written apart before a Latin name (the
// tatweel gone) open the topic.
const TOPIC_AR = /^(?:عن|حول|بشان|بخصوص|في شان|ازاء|تجاه|عند الحديث عن|فيما يتعلق ب|في موضوع|علي|بال)$/;
// Chat spells "about" short: "abt", "bout".
const TOPIC_WORDS_EN = new Set(["about", "abt", "bout", "on", "regarding", "concerning", "of", "re", "over", "towards", "toward"]);
/** A word that opens the topic, "about" typed with one slip included ("abuot", "abot", "aboutt"). */
const TOPIC_EN = { has: (w: string) => TOPIC_WORDS_EN.has(w) || (w.length >= 4 && w.length <= 6 && w[0] === "a" && oneSlip(w, "about")) };

// Not هو/هي: in dialect they also open a yes-no question ("هو ترامب فرض عقوبات؟").
const SUBJECT_PRONOUN = /^(?:و|ف)?(?:هم|هما|انتم|he|she|they|it)$/;
const PERSONAL_PRONOUN = /^(?:و|ف)?(?:هم|هما|he|she|they)$/;

/** English question words typed short ("wat", "wht", "hw"): read as the word they stand for. */
const SHORT_QUESTION_WORDS: Record<string, string> = SPELLINGS.words;
/** English question words typed fast ("waht", "whcih", "wehn"): read as the word they slip from. */
const SLIPPED_QUESTION_WORDS = ["what", "when", "where", "which", "whose"];
/** How many leading words may hold a question word ("ok so waht did …"). */
const SLIP_REACH = 3;

/**
 * The text with a slipped question word near its start read as the question word: a Latin word of four
 * letters or more, no English word itself, one slip from exactly one question word.
 */
function questionWordSlips(text: string): string {
  const words = text.split(" ");
  let changed = false;
  for (let i = 0; i < Math.min(SLIP_REACH, words.length); i++) {
    const w = words[i];
    if (Object.hasOwn(SHORT_QUESTION_WORDS, w)) {
      words[i] = SHORT_QUESTION_WORDS[w];
      changed = true;
      continue;
    }
    if (w.length < 4 || !/^[a-z]+$/.test(w) || SLIPPED_QUESTION_WORDS.includes(w) || isCommonEnglishWord(w)) continue;
    const near = SLIPPED_QUESTION_WORDS.filter((q) => oneSlip(w, q));
    if (near.length === 1) {
      words[i] = near[0];
      changed = true;
    }
  }
  return changed ? words.join(" ") : text;
}

/** One edit or one swap of neighbouring letters apart. */
function oneSlip(a: string, b: string): boolean {
  if (editDistanceAtMostOne(a, b)) return true;
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
/**
 * The words after a reporting verb state what was said ("إن Z", "that Z", "Z"), rather than asking
 * what ("ايه", "what"), about what ("عن Z") or nothing.
 */
function opensClaim(after: string[]): boolean {
  const first = after[0];
  if (!first || TOPIC_EN.has(first) || TOPIC_AR.test(first) || SPEAKER_FIRST_WHAT_WORD.test(first) || CONDITION_OPENER.test(first)) return false;
  return !/^(?:anything|something|what|whats|smth|sth|شي|اشي|حاجه|حاجة|شيء|اي)$/.test(first);
}

/**
 * "what did Trump threaten if they went ahead?": a condition after the verb says when it was said, not
 * what: no claim the statement must hold.
 */
const CONDITION_OPENER = /^(?:if|unless|[وف]?(?:اذا|لو)|iza|law|ida)$/;

/**
 * "صحيح إن …", "هل صحيح أن …", "is it true that …": a yes-no question about what follows, which is
 * read as the question ("صحيح وزير الطاقة قال …" names the minister, not a minister of health).
 */
const TRUTH_OPENER = /^(?:(?:and|so|but) )?(?:(?:is|was) (?:it|that) (?:true|right|correct)|is it really true|true|really|[وف]?(?:هل )?(?:صحيح|بجد|حقا|فعلا|صح))(?: (?:that|ان|انه|انو|بان|انه))? (?=\S)/;

/** "what's X's take on Y", "X's take on Y?" (the possessive gone in normalizing): X's statement on Y. */
const TAKE_ON = /^(?:(?:so|and|ok) )?(?:(?:what|whats)(?: is| was| s)? |(?!(?:did|does|do|is|was|were|are|will|would|can|could|has|have|had|should|how|why|when|where|who|which) ))(.{2,60}?) (?:take|view|views|opinion|stance|thoughts|position) (?:on|about|of|regarding|re) (.+)$/;

const STATEMENTS_AR = /^(?:ما )?(?:هي |هو )?(?:تصريحات|اقوال|كلام|راي|موقف|تحذيرات|تهديدات)$/;
const STATEMENTS_EN = /^(?:what (?:are|were|is|was) )?(?:the )?(?:quotes|statements|remarks|words|comments|claims|warnings|position)(?: (?:by|from|of))?$/;

// "Who is Y?", "What is Y's job?", "من هو Y؟", "ما منصب Y؟": the speaker, answered with their quotes.
const WHO_IS = [
  /^(?:و|ف)?(?:من|مين|منو|شكون) (?:هو|هي|هم|يكون|تكون|يكونوا) (.+)$/,
  // "منو جيفري هذا؟", "مين ناثان سالز ده؟"
  /^(?:و|ف)?(?:من|مين|منو|شكون) (.+?) (?:هذا|هذه|ده|دي|دا|هاد|هادا|هاي|هذي|هو|هي)$/,
  // "مين ده جيفري؟", "منو هذا سالز؟": the demonstrative before the name.
  /^(?:و|ف)?(?:من|مين|منو|شكون) (?:هذا|هذه|ده|دي|دا|هاد|هادا|هاي|هذي)(?: (?:هو|هي))? (.+)$/,
  // "شنو هو المنصب متاع X؟" (the possessive dropped as dialect): the noun may carry the article.
  /^(?:ما|شو|ايش|وش|شنو|شنهو|اشنو|واش|ايه) (?:هو |هي )?(?:ال)?(?:منصب|وظيفه|عمل|دور|صفه|مهنه|لقب|مسمي) (.+)$/,
  // The name first: "ترامب شنو منصبه؟", "jeffrey shoghlo eh" (شغله ايه).
  /^(.+?) (?:(?:ما|شو|شنو|ايش|وش|ايه) )?(?:هو |هي )?(?:منصبه|منصبها|وظيفته|وظيفتها|شغلته|شغلته|شغله|شغلها|دوره|دورها|لقبه|لقبها|صفته|صفتها)(?: (?:ايه|ايش|شو|شنو|بالضبط|بالظبط))?$/,
  // "who is Nathan Sales exactly", "who is Erdogan in this story?" ("who's" is read as "who is")
  /^(?:who (?:is|was|are|were|s)|whos) (?:this |that )?(.+?)(?: (?:exactly|really|again|actually|then|now))?(?: (?:in|from) (?:this|the) (?:article|story|piece|text|news|report))?$/,
  /^what(?: is| was| are| were)? (.+?) (?:job title|job|role|title|position|post|function|office)$/,
  /^what (?:is|was) the (?:job|role|title|position|post|function|office) of (.+)$/,
  /^what does (.+?) do$/,
  // "which post does Jeffrey hold?", "what role does Sales play in this?"
  /^(?:which|what) (?:job|role|title|position|post|function|office|rank) (?:does|did|do|is|was) (.+?) (?:hold|have|has|had|occupy|fill|play|serve in|serve as)(?: (?:in|from) (?:this|the|all this|all of this|article|story|news))*$/,
];

/** What opens a second question after a who-is question's name: "… و ماذا يعمل", "… what does he do". */
const SECOND_QUESTION = / (?:و |and |w )?(?:و?(?:ماذا|ما|شو|شنو|ايش|وش|اش|ايه|واش|اشنو)|what|whats|wat)(?= |$)| (?:و |w )(?:شغله|شغلته|منصبه|وظيفته|دوره)(?= |$)/;

const LIST_SPEAKERS = [
  /^(?:من|مين) (?:هم )?(?:المتحدثون|المتحدثين|المتكلمون|الاشخاص|الناس|الشخصيات)(?: .*)?$/,
  /^(?:من|مين) (?:تحدث|تكلم|ورد اسمه|اقتبس|يتحدث)(?: في (?:المقال|المقاله|الخبر|النص))?$/,
  /^(?:قائمه|اعرض|اذكر) (?:ال)?(?:متحدثين|متحدثون|المتكلمين)/,
  /^(?:who (?:are|were) (?:the )?(?:speakers|people quoted|persons quoted|sources)|who (?:is|was|gets|got) quoted|who speaks|who spoke|who talks|list (?:the |all )?speakers|(?:show |list )?(?:all )?speakers|which (?:people|persons|officials) (?:are|were) quoted)(?: in (?:the )?(?:article|story|news|text))?$/,
];

/** "What is the name of …?", "ما اسم …؟": the answer must name someone or something. */
const NAME_QUESTION = /^(?:(?:so|and|but|ok|okay|then|و|طيب|طب) )?(?:what(?: is| s| was| are)?|whats|what's|tell me) (?:the )?(?:full |real |actual )?names? of |^(?:ما|شو|ايش|وش|ايه|شنو)(?: هو| هي)? (?:اسم|اسماء)(?= )|(?:^| )(?:called|named|اسمه|اسمها|يسمي|تسمي)$|^(?:و )?اسم (?:.* )?(?:ايه|ايش|شو|شنو|اي)$/;
/** …of a person: "the guy", "the 23-year-old", "الرجل". */
// A title asks for the one who holds it: "the name of the SDF commander", "اسم قائد قسد".
const PERSON_ASKED = /(?:^| )(?:guy|man|woman|person|boy|girl|recruit|suspect|fighter|soldier|officer|official|year old|dude|commander|leader|chief|head|spokesman|spokeswoman|spokesperson|رجل|الرجل|الراجل|شخص|الشخص|الشاب|شاب|امراه|المراه|السيده|المتهم|المشتبه|قايد|القايد|قاد|زعيم|الزعيم|متحدث|المتحدث)(?= |$)/;

/** Question words → the slot the answer must fill (data/answer-slots.json). */
const HINTS: [RegExp, Hint][] = SLOT_PATTERNS;
/** A fact asked as yes or no ("did the talks get anywhere?", "هل نجحت المفاوضات؟"): the answer says how it turned out. */
const OUTCOME_QUESTION = /^(?:did|has|have|had|were|was|هل|وهل|ياتري)(?= )/;

const ANSWER_KIND = /^(?:(?:in|on|at|from|to|of|for|with|by) )?(?:which|what) (?:kind of |type of |sort of )?(?:country|countries|nation|nations|city|cities|town|towns|village|villages|place|places|region|regions|province|provinces|district|districts|state|states|year|month|day|date|person|people|group|organization|kind|type|number)(?= |$)|^(?:في |من |الي |ل)?(?:اي|ايه|اية) (?:دوله|دول|بلد|بلدان|مدينه|مدن|منطقه|مناطق|ولايه|ولايات|محافظه|محافظات|اقليم|اقاليم|قريه|قري|عام|سنه|شهر|يوم|تاريخ|موعد|وقت|شخص|جماعه|منظمه|نوع)(?= |$)|^(?:ما|شو) (?:هو |هي )?(?:اسم|نوع)(?= |$)/;

function hintOf(text: string): Hint {
  if (NAME_QUESTION.test(text)) return PERSON_ASKED.test(text) ? "person_name" : "name";
  for (const [re, h] of HINTS) if (re.test(text)) return h;
  return null;
}

/** Splits the words after a speaker-led verb into speaker words and topic words. */
function splitSpeakerTopic(rest: string[]): { speaker: string[]; topic: string[]; required: boolean } {
  const at = rest.findIndex((w, i) => TOPIC_EN.has(w) || TOPIC_AR.test(w) || TOPIC_AR.test(`${w} ${rest[i + 1] ?? ""}`));
  if (at < 0) return { speaker: rest, topic: [], required: false };
  const skip = TOPIC_AR.test(`${rest[at]} ${rest[at + 1] ?? ""}`) && !TOPIC_AR.test(rest[at]) ? 2 : 1;
  return { speaker: rest.slice(0, at), topic: rest.slice(at + skip), required: true };
}

/**
 * How many leading words of what follows an Arabic verb name the speaker: all of them when they name
 * one together, else the longest leading part that is a person's name, every word of it, when the word
 * after it can open the object (`opensObject`): a word the articles say, not the rest of someone
 * else's name ("ماذا قال دونالد كوهين؟" asks about a Donald the articles do not quote). A group's or an
 * office's words may go on with an adjective ("القوات التركية", "المسؤولون الروس"): those never stand
 * apart from what follows them.
 */
function namedPart(words: string[], lookup: SpeakerLookup, opensObject: ObjectOpener): number {
  if (words.length < 2 || lookup(words.join(" "))) return words.length;
  for (let n = Math.min(words.length - 1, MAX_SPEAKER_PHRASE_WORDS); n >= 1; n--) {
    const found = lookup(words.slice(0, n).join(" "));
    if (found === "person" && opensObject(words[n])) return n;
    // A title and a name ("السيناتور زوبيري الأسبوع الماضي"), or a part of a name, end where a word that
    // only ever trails a name follows: a time, "في", an addressee.
    if (found === "name" && opensObject(words[n], true)) return n;
    // "وصف الرئيس اليمني جماعة الحوثي": a definite office's adjectives are definite too; an Arabic word
    // without the article after it opens the object (a name after an office is part of who is meant, and
    // the whole phrase names them).
    if (found === "role" && /^ال/.test(words[n - 1]) && hasArabic(words[n]) && !/^(?:[وفبل])?ال/.test(words[n]) && opensObject(words[n])) return n;
  }
  return words.length;
}

/** "X قال ايه عن Z": X the speaker, Z the topic; `at` is where the what-word and the verb stand. */
function speakerFirstWhat(w: string[], at: number, quoted: string[], hint: Hint): ParsedQuestion {
  const words = w.slice(at + 2);
  const about = words.findIndex((x) => TOPIC_AR.test(x));
  const topic = about >= 0 ? words.slice(about + 1) : words;
  const verb = speechVerb(w[at]) ?? speechVerb(w[at + 1]);
  return base("what_said", { speakerPhrase: w.slice(0, at).join(" "), topic: topic.join(" "), topicRequired: about >= 0, verb }, quoted, hint);
}

/** Words that may open a question after a preamble ("quick q: what did …", "ممكن حدا يقلي مين …"). */
const LATER_OPENER = /^(?:who|whom|whos|what|whats|which|و?(?:مين|من|منو|شكون|ماذا|شو|ايش|وش|شنو|واش|اشنو|بماذا))$/;
/** How many words of preamble may stand before the question. */
const MAX_PREAMBLE = 6;

function base(intent: Intent, extra: Partial<ParsedQuestion>, quoted: string[], hint: Hint): ParsedQuestion {
  return { intent, speakerPhrase: "", topic: "", topicRequired: false, claim: false, verb: null, quoted, hint, asksWho: false, ...extra };
}

/**
 * Reads a question. `isSpeaker` tells whether a phrase names a speaker of the corpus: it decides
 * where a speaker's name ends when the words alone are ambiguous ("what did the State Department's
 * coordinator state?").
 */
export type SpeakerNaming = "person" | "name" | "role" | null;
export type SpeakerLookup = (phrase: string) => SpeakerNaming;
/**
 * Whether a word after a speaker's words may open what the question asks about (the object of a
 * verb-first question); `trailing`: only a word that never goes on a name (a time, "في", an addressee).
 */
export type ObjectOpener = (word: string, trailing?: boolean) => boolean;

export function parseQuestion(question: string, lookup: SpeakerLookup = () => "name", opensObject: ObjectOpener = () => true): ParsedQuestion {
  return outcomeAsSlot(causeAsSlot(countAsSlot({ ...readQuestion(question, lookup, opensObject), asksWho: ASKS_WHO.test(normalize(question)) })));
}

/** "what came of the safe zone talks?": how the talks turned out is the slot; "came of" is no word of the topic. */
function outcomeAsSlot(q: ParsedQuestion): ParsedQuestion {
  if (q.intent !== "fact" || (q.hint !== null && q.hint !== "outcome")) return q;
  const topic = outcomeAsked(q.topic);
  return topic ? { ...q, topic, hint: "outcome", asksOutcome: true } : q;
}

/**
 * "what made people think the operation could start soon?", "what's Turkey's justification for …", "شو
 * حجة تركيا …": the verb of causing or the noun of a reason asks for the slot (a cause); a record is not
 * about the topic for saying "made" ("Trump made a surprise announcement") or "argument".
 */
function causeAsSlot(q: ParsedQuestion): ParsedQuestion {
  if (q.intent !== "fact" || q.hint !== "reason") return q;
  const topic = q.topic.replace(CAUSE_OPENING, "").replace(REASON_NOUN, " ").replace(/\s+/g, " ").trim();
  return topic ? { ...q, topic } : q;
}

/** A topic that opens on a count: "(كم) عدد المقاتلين", "(how many /) the number of fighters". */
const COUNT_OPENING = /^(?:(?:كم|كام|قديش|اديش|how many|how much) )?(?:the )?(?:(?:total|overall|اجمالي|مجموع) )?(?:عدد|اعداد|number|numbers|count)(?: of)? (?=\S)/;
/** "… about how many fighters are left": a count opening the topic of a question that opens otherwise. */
const COUNT_INSIDE = /^(?:كم|كام|قديش|اديش|how many|how much) (?=\S)/;

/**
 * "وعن عدد المقاتلين؟", "what did he say about the number of fighters": the count is the slot the answer
 * fills (a number of fighters, "الآلاف"), not a word it must say.
 */
function countAsSlot(q: ParsedQuestion): ParsedQuestion {
  // A who-said topic is what was said: "مين اللي شاف إن عدد العساكر زاد" holds عدد as the statement does.
  if (q.intent === "who_said") return q;
  // A question that opens on its count keeps it in the topic: "how many N" is read there (countedNoun).
  if (q.hint === null && COUNT_INSIDE.test(q.topic)) return { ...q, topic: q.topic.replace(COUNT_INSIDE, ""), hint: "number" };
  if (!COUNT_OPENING.test(q.topic)) return q;
  const topic = q.topic.replace(COUNT_OPENING, "");
  // After عدد / "number of" stands the noun counted ("عدد الحالات"), never a verb.
  const noun = /^(?:the )?(\S{3,})/.exec(topic)?.[1];
  return { ...q, topic, hint: q.hint ?? "number", ...(noun && isContentWord(noun) ? { counted: noun } : {}) };
}

/** Verbs of answering something ("respond to", "رد على") and the preposition of what was answered. */
const ANSWERING_VERB = /^(?:respond|responds|responded|react|reacts|reacted|reply|replies|replied|answer|answers|answered|رد|ردت|يرد|ترد|ردوا|علق|علقت|يعلق|تعلق)$/;
const ANSWERED_OPENER = /^(?:to|علي|على)$/;

const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** The words a question capitalizes after its first (normalized), when it writes any word in lower case: what a
 *  name may go on with. A question in capitals or title case tells nothing. */
function capitalizedWords(question: string): Set<string> {
  const words = question.slice(0, 1_000).split(/\s+/).slice(1);
  if (!words.some((x) => /^\p{Ll}/u.test(x))) return new Set();
  return new Set(words.filter((x) => /^\p{Lu}\p{Ll}/u.test(x)).map((x) => normalize(x)).filter(Boolean));
}

function readQuestion(question: string, lookup: SpeakerLookup, opensObject: ObjectOpener, depth = 0): ParsedQuestion {
  const isSpeaker = (phrase: string) => lookup(phrase) !== null;
  const quoted = [...question.matchAll(QUOTED)].map((m) => m[1].trim()).filter(Boolean);
  const text = questionWordSlips(normalize(question)).replace(TRUTH_OPENER, "").replace(ARTICLE_SOURCE, "");
  const w = text ? text.split(" ") : [];
  const hint = hintOf(text);

  if (LIST_SPEAKERS.some((re) => re.test(text))) return base("list_speakers", {}, quoted, hint);
  // "at what event was X speaking?", "لأي وسيلة إعلامية تحدث X؟": a fact about X's statement, whatever verb it names.
  if (hint === "occasion") return base("fact", { topic: text }, quoted, hint);

  // A story first, the question last: "I read that … . Who said that?"
  const sentences = question.split(/[.!?؟\n]+/).map(normalize).filter(Boolean);
  if (sentences.length >= 2 && /^(?:so |and |but )?(?:who|whom|which|مين|منو|من|فمن|ومن)(?: |$)/.test(sentences[sentences.length - 1])) {
    const ask = sentences[sentences.length - 1].split(" ").filter((x) => !speechVerb(x) && !STATEMENT_NOUN.test(x));
    return base("who_said", { topic: [...sentences.slice(0, -1), ...ask.slice(1)].join(" ") }, quoted, hint);
  }
  // "who's" normalizes to "who": it is "who is".
  const whoIs = /^\W*who['’]s /i.test(question) ? text.replace(/^who /, "who is ") : text;
  // "مين X ده و شغله ايه؟": the name is asked of before the second question.
  const firstQuestion = whoIs.split(SECOND_QUESTION)[0];
  for (const re of WHO_IS) {
    const m = re.exec(whoIs) ?? re.exec(firstQuestion);
    if (!m) continue;
    // "منو هذا جيفري؟ شنو شغلته؟", "shkoun howa jeffrey w ash kaydir": a second question about the same
    // person follows the name; the name is the phrase before it.
    const phrase = m[1].split(SECOND_QUESTION)[0].trim();
    if (phrase && isSpeaker(phrase)) return base("who_is", { speakerPhrase: phrase }, quoted, hint);
  }
  // "منو جيفري؟ وش منصبه؟": who and a name alone, then a second question about them.
  const bare = firstQuestion !== whoIs ? /^(?:و|ف)?(?:مين|منو|شكون|مينو) (.+)$/.exec(firstQuestion) : null;
  if (bare && isSpeaker(bare[1])) return base("who_is", { speakerPhrase: bare[1] }, quoted, hint);

  // Who said X: an opening "who …" followed (within a few words) by a reporting verb.
  for (let i = 1; i <= Math.min(6, w.length - 1); i++) {
    const opener = w.slice(0, i).join(" ");
    const placed = WHO_IN_EN.test(opener);
    const verb = placed ? speechVerb(w[i]) : speechVerbNear(w[i]);
    if (verb && (placed || WHO_AR.test(opener) || WHO_EN.test(opener))) {
      let topic = w.slice(i + 1);
      // "who said that …", "من قال إن …", "who is quoted as saying …"
      while (topic.length && COMPLEMENTIZER.test(topic[0])) topic = topic.slice(1);
      if (speechVerb(topic[0] ?? "")) topic = topic.slice(1);
      return base("who_said", { topic: topic.join(" "), verb }, quoted, hint);
    }
  }
  // "مين حكا انو …" typed "min 7ada ennu …": a word for who, one word, then "that" (إنو، أن): the word is a
  // verb of saying or thinking, however it is spelt, and the question asks whose statement it is. Not a
  // noun with the article ("من المتوقع أن …" is "it is expected that").
  if (w.length >= 4 && WHO_BEFORE_THAT.test(w[0]) && !/^(?:ال|هو$|هي$|هم$)/.test(w[1]) && /^(?:ان|انو|انه|انها|بان|بانو)$/.test(w[2])) {
    return base("who_said", { topic: w.slice(3).join(" ") }, quoted, hint);
  }
  // "who blamed Turkey for …", "من اتهم تركيا …": a verb of stance opens the question and stays in the topic.
  for (let i = 1; i <= Math.min(6, w.length - 1); i++) {
    const opener = w.slice(0, i).join(" ");
    if (STANCE_VERBS.has(w[i]) && (WHO_AR.test(opener) || WHO_EN.test(opener) || WHO_IN_EN.test(opener))) {
      return base("who_said", { topic: w.slice(i).join(" ") }, quoted, hint);
    }
  }
  if (ACCORDING_TO_WHOM.test(text)) {
    const topic = text.replace(ACCORDING_TO_WHOM, "").replace(/^(?:has|have|is|are|was|were|did|does|do) /, "");
    return base("who_said", { topic }, quoted, hint);
  }
  if (WHO_SAID_NOUN_AR.test(text) || WHO_SAID_NOUN_EN.test(text)) {
    return base("who_said", { topic: text.replace(WHO_SAID_NOUN_AR, "").replace(WHO_SAID_NOUN_EN, "") }, quoted, hint);
  }

  // What did Y say [about Z]: Arabic puts the verb before the speaker, English after.
  for (let i = 1; i <= Math.min(3, w.length - 1); i++) {
    const opener = w.slice(0, i).join(" ");
    // "كيف وصف الرئيس اليمني جماعة الحوثي؟": how, like what, asks the words Y put on Z; and "كيف رد Y على Z"
    // asks Y's words on Z, whether or not the article quotes Y at all.
    const how = HOW_AR.test(opener);
    const verb = speechVerb(w[i]) ?? (how && REPLY_VERB.test(w[i]) ? "قال" : null);
    if (verb && (how || WHAT_AR.test(opener))) {
      const { speaker, topic, required } = splitSpeakerTopic(w.slice(i + 1));
      if (!speaker.length) continue;
      // Verb, subject, object: "بماذا هدد ترامب أنقرة؟" names Trump and asks about Ankara.
      const named = required ? speaker.length : namedPart(speaker, lookup, opensObject);
      const object = speaker.slice(named);
      return base("what_said", {
        speakerPhrase: speaker.slice(0, named).join(" "),
        topic: [...object, ...topic].join(" "),
        topicRequired: required || (how && object.length > 0),
        verb,
      }, quoted, hint);
    }
  }
  for (let i = 1; i <= Math.min(4, w.length - 2); i++) {
    const how = HOW_EN_AUX.test(w.slice(0, i).join(" "));
    if (!how && !WHAT_EN_AUX.test(w.slice(0, i).join(" "))) continue;
    const verbs = w.map((word, j) => (j > i && speechVerb(word) ? j : -1)).filter((j) => j > 0);
    const v = verbs.find((j) => j - i <= MAX_SPEAKER_PHRASE_WORDS && isSpeaker(w.slice(i, j).join(" "))) ?? verbs[0] ?? -1;
    // "what was the case announced in Dallas about": after a form of "be", a verb that follows no
    // speaker is a participle of the thing asked about, not what someone said.
    if (v > i && /^(?:is|are|was|were)$/.test(w[i - 1]) && !isSpeaker(w.slice(i, v).join(" "))) continue;
    if (v > i) {
      const rest = w.slice(v + 1);
      const { topic, required } = splitSpeakerTopic(rest);
      return base("what_said", {
        speakerPhrase: w.slice(i, v).join(" "),
        topic: (required ? topic : rest).join(" "),
        topicRequired: required || (how && rest.length > 0),
        verb: speechVerb(w[v]),
      }, quoted, hint);
    }
  }
  // "did Y say (that) Z?", "هل قال Y إن Z؟", "does Y think Z"
  const yesNo = /^(?:did|does|has|had|هل|وهل)$/.test(w[0] ?? "");
  if (yesNo) {
    const v = w.findIndex((word, j) => j > 0 && j <= 6 && speechVerb(word));
    if (v > 0) {
      const [speakerWords, topicWords] = w[0].endsWith("هل")
        ? [w.slice(v + 1).filter((x) => !/^(?:ان|انه|بان)$/.test(x)), []]
        : [w.slice(1, v), w.slice(v + 1)];
      if (speakerWords.length && !topicWords.length) {
        // Arabic: the speaker follows the verb, then إن/أن opens the topic.
        const rest = w.slice(v + 1);
        const cut = rest.findIndex((x) => /^(?:ان|انه|انها|بان)$/.test(x));
        const sp = cut < 0 ? rest : rest.slice(0, cut);
        const tp = cut < 0 ? [] : rest.slice(cut + 1);
        return base("what_said", { speakerPhrase: sp.join(" "), topic: tp.join(" "), topicRequired: tp.length > 0, claim: tp.length > 0, verb: speechVerb(w[v]) }, quoted, hint);
      }
      const tp = topicWords[0] === "that" ? topicWords.slice(1) : topicWords;
      return base("what_said", { speakerPhrase: speakerWords.join(" "), topic: tp.join(" "), topicRequired: tp.length > 0, claim: opensClaim(topicWords), verb: speechVerb(w[v]) }, quoted, hint);
    }
  }
  // "تصريحات X عن Z", "quotes by X", "what are X's statements"
  for (let i = 1; i <= Math.min(4, w.length - 1); i++) {
    const opener = w.slice(0, i).join(" ");
    if (STATEMENTS_AR.test(opener) || STATEMENTS_EN.test(opener)) {
      const { speaker, topic, required } = splitSpeakerTopic(w.slice(i));
      if (speaker.length) return base("what_said", { speakerPhrase: speaker.join(" "), topic: topic.join(" "), topicRequired: required }, quoted, hint);
    }
  }

  // "what's Jeffrey's take on …", "what is Sales's view of …", "Sales's view on …?": the speaker's statement on the topic.
  const take = TAKE_ON.exec(text);
  if (take && isSpeaker(take[1])) return base("what_said", { speakerPhrase: take[1], topic: take[2], topicRequired: true }, quoted, hint);
  // The speaker first: "Erdogan, what did he say?", "ترامب قال ايه عن الكرد", "Sales quotes",
  // "Nathan Sales on partner countries". A reporting verb, a word for statements or a topic word must
  // follow, so that a fact question that opens with a name stays a fact question.
  // A pronoun first is the subject of what follows: "هم مسؤولين عن ايه؟" asks what they are responsible
  // for, and "they officials" names nobody.
  const pronounFirst = SUBJECT_PRONOUN.test(w[0] === "و" || w[0] === "and" ? w[1] ?? "" : w[0] ?? "");
  // A word for "who" (and هو/هي after it) opens a question, never a speaker's name: "مين هو X اللي نفى …"
  // names X by name; "مين الوزير اللي قال …" (a role) asks who said it, read above.
  const whoFirst = ASKS_WHO.test(w[0] ?? "");
  const lead = whoFirst ? (/^(?:هو|هي)$/.test(w[1] ?? "") ? 2 : 1) : 0;
  // "Which Sudanese states recorded …", "when did …": a question word other than who or what opens a
  // fact question, never a speaker's name ("which Sudanese" is not the Sudanese ministry); so does a
  // verb of causing ("what led many to believe …" names nobody: not the US-led coalition).
  const askFirst = WH_FIRST.test(w[0] ?? "") || CAUSE_OPENING.test(text);
  const nameGoesOn = capitalizedWords(question);
  for (let n = pronounFirst || askFirst ? 0 : Math.min(lead + 5, w.length); n > lead; n--) {
    const rest = w.slice(n);
    const opensTopic = rest.length > 0 && (TOPIC_EN.has(rest[0]) || TOPIC_AR.test(rest[0]));
    const asksWhatSaid = rest.some((x) => speechVerb(x) || STATEMENT_NOUN.test(x));
    if (!(opensTopic || asksWhatSaid)) continue;
    // A role alone must be more than one word here: "ISIS brand …" is not about ISIS's enemies' envoy.
    // "في أي تاريخ …", "in which year …" open a fact question: no speaker is named by them.
    if (ASKED_BY_PREPOSITION.test(w.slice(lead, n).join(" "))) continue;
    const found = lookup(w.slice(lead, n).join(" "));
    if (!found || (found === "role" && (n - lead < 2 || whoFirst))) continue;
    // "How did James Smith respond to the statement": a capitalized word after the name that opens no topic and is
    // no verb of saying nor a day or month goes on as the rest of someone else's name.
    if (nameGoesOn.has(rest[0]) && !opensTopic && !speechVerb(rest[0]) && !STATEMENT_NOUN.test(rest[0]) && !CALENDAR_WORD.test(rest[0])) continue;
    const words = rest.filter((x) => !speechVerb(x) && !STATEMENT_NOUN.test(x));
    // "How did X respond to Z", "كيف رد X على Z": what follows the verb of answering is what was answered, the topic.
    const answering = rest.findIndex((x, k) => ANSWERING_VERB.test(x) && ANSWERED_OPENER.test(rest[k + 1] ?? ""));
    const at = answering >= 0 ? words.indexOf(rest[answering + 1]) : words.findIndex((x) => TOPIC_EN.has(x) || TOPIC_AR.test(x));
    const topic = at >= 0 ? words.slice(at + 1) : words;
    const verb = rest.map(speechVerb).find(Boolean) ?? null;
    // "X قال إن Z", "X said Z": the verb right after the name, and what was said after it.
    const claim = at < 0 && !!speechVerb(rest[0]) && opensClaim(rest.slice(1));
    return base("what_said", { speakerPhrase: w.slice(lead, n).join(" "), topic: topic.join(" "), topicRequired: at >= 0 || claim, claim, verb }, quoted, hint);
  }

  // "isis brand worldwide, who said it?", "قال إن داعش موجود مين؟": who comes last.
  const last = w.length - 1;
  if (last >= 2 && /^(?:who|whom|مين|منو)$/.test(w[last])) {
    const topic = w.slice(0, last).filter((x) => !speechVerb(x) && !STATEMENT_NOUN.test(x) && !/^(?:it|that|this|so|كده|هذا|هاد)$/.test(x));
    return base("who_said", { topic: topic.join(" ") }, quoted, hint);
  }

  // A bare quotation ("«…»?") asks who said it.
  if (quoted.length && normalize(quoted.join(" ")).length >= text.length - 3) {
    return base("who_said", { topic: quoted.join(" ") }, quoted, hint);
  }
  // "How many complaints were filed, according to the commission spokeswoman?": the statement of a speaker.
  const according = ACCORDING_TO.exec(text);
  if (according && lookup(according[2])) {
    const topic = according[1].split(" ").filter((x) => !QUESTION_WORDS.test(x)).join(" ");
    return base("what_said", { speakerPhrase: according[2], topic, topicRequired: topic.length > 0 }, quoted, hint);
  }
  // "أحمد موسى قال ايه عن …", "راشد بديح وش قال عن …": a what-word beside the reporting verb after the
  // leading words asks what they said, whether or not the corpus quotes them under those words (when it
  // does not, nobody answers: a fact that mentions them is not what they said).
  const whatVerb = w.findIndex((x, i) => i >= 1 && i <= MAX_SPEAKER_PHRASE_WORDS && isWhatVerb(x, w[i + 1] ?? ""));
  const speakerFirst = whatVerb > 0 && hasArabic(w[0]) && !QUESTION_WORDS.test(w[0]) ? speakerFirstWhat(w, whatVerb, quoted, hint) : null;

  // A preamble before the question ("quick q: what did Erdogan threaten?", "can you summarize what
  // Sales said", "ممكن حدا يقلي مين اللي …"): the question that starts later, when it names a speaker or says
  // what was said. A fact question stays whole: its opening words are its topic.
  if (depth === 0) {
    for (let i = 1; i <= Math.min(MAX_PREAMBLE, w.length - 2); i++) {
      if (!LATER_OPENER.test(w[i])) continue;
      const later = readQuestion(w.slice(i).join(" "), lookup, opensObject, 1);
      if (later.intent !== "fact" && later.intent !== "list_speakers" && (later.topic || later.speakerPhrase)) {
        // "الجيش السوداني شنو قال في بيانه": the question after the name is not a question of its own.
        if (later.intent === "what_said" && !isSpeaker(later.speakerPhrase) && speakerFirst) continue;
        return { ...later, quoted };
      }
    }
  }
  if (speakerFirst) return speakerFirst;
  // "هم مسؤولين عن ايه؟", "they run what?": a fact asked of "they" with nobody it stands for names no
  // subject; whatever shares its other words would be about someone else.
  if (pronounFirst && PERSONAL_PRONOUN.test(w[0] === "و" || w[0] === "and" ? w[1] : w[0])) return base("fact", { topic: "" }, quoted, hint);
  // "Which country …?", "في أي عام …؟": the noun names the kind of answer, not its topic.
  const kind = ANSWER_KIND.exec(text)?.[0] ?? "";
  const kindHint: Hint = /year|month|day|date|عام|سنه|شهر|يوم|تاريخ|موعد|وقت/.test(kind) ? "time" : /number/.test(kind) ? "number" : kind ? "place" : null;
  return base("fact", { topic: text.replace(ANSWER_KIND, "") }, quoted, hint ?? kindHint ?? (OUTCOME_QUESTION.test(text) ? "outcome" : null));
}
