// Reading a follow-up question word by word: each word is given the part it plays in a follow-up
// (a question word, a pronoun, a reporting verb, "else", a filler …) from data/follow-up-words.json,
// and the shape of the follow-up is told by which parts are there, in any order: "وهو شو كمان قال؟"
// and "وشو قال كمان؟" are one shape. A question with words of its own (not from the table) is no
// follow-up, except where those words are the content of a "why/when/did it" about the last answer
// or the name in "and Trump?". Linear in the question's length, which the caller caps.
import WORDS from "./data/follow-up-words.json" with { type: "json" };
import { stripChatNoise } from "../normalize/chat-noise.js";
import { hasArabic } from "../normalize/arabic.js";

export type FollowUpLang = "en" | "ar" | "arabizi";
export type WordClass = keyof typeof WORDS.classes;
/** What a bare "when?", "why?", "what happened next?", "did it work?", "who caught him?" asks of the last answer. */
const FOCUS_SHAPES = ["when", "why", "where", "next", "act", "agent", "outcome"] as const;
export type Focus = (typeof FOCUS_SHAPES)[number];
/** Whether a follow-up asks something of the last answer itself (a focus), not a question to rewrite. */
export const isFocus = (shape: string): shape is Focus => (FOCUS_SHAPES as readonly string[]).includes(shape);
/** `asked_about`: a question of its own in one clause, its topic in another ("what about the F-35, what are the defense guys saying?"). */
export type FollowUpShape = "who_is" | "who_else" | "what_else" | "about" | "what_said" | "and_name" | "asked_about" | "relation" | Focus;

export interface FollowUpReading {
  shape: FollowUpShape;
  lang: FollowUpLang;
  /** What follows "about" ("what did he say about the Kurds"), or the name of "and Trump?". */
  topic: string | null;
  /** Words of the follow-up's own, for a focus ("why does Turkey want to attack?"): they rank the answers. */
  content: string[];
  /** It points back at the last answer ("that", "it", "he", "ده"): it cannot be a question of its own. */
  pointsBack: boolean;
  /** It points back at one person ("he", "هو"), not a group ("they"). */
  singular?: boolean;
  /** The reporting verb as written ("threatened", "هدد"), for "who else threatened?". */
  verb?: string;
  /** Words of its own after a pronoun and a reporting verb ("what did he tell reporters?"): asked of the referent. */
  rest?: string;
  /**
   * For `and_name`: the name follows "about" ("and about the Kurds?"), so it may be what the last
   * speaker was asked about rather than someone else to ask.
   */
  nameAsTopic?: boolean;
  /** For `asked_about`: the clause that is a question of its own, asked about `topic`. */
  question?: string;
}

const MAX_PHRASE = 3;
/** At most this many words of its own may follow a pronoun and a reporting verb in a follow-up. */
const MAX_REST = 3;

/** Folds Arabic spellings and case, drops punctuation: the form both the table and questions are read in. */
export function foldForFollowUp(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u064B-\u0652\u0640]/gu, "")
    .replace(/[أإآٱ]/gu, "ا")
    .replace(/ى/gu, "ي")
    .replace(/ة/gu, "ه")
    .replace(/[گ]/gu, "ق")
    .replace(/[ڤ]/gu, "ف")
    .replace(/[چ]/gu, "ج")
    .replace(/[پ]/gu, "ب")
    .replace(/[’‘`]/gu, "'")
    .replace(/[?؟!.,،;:"“”«»()]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The words of the "he" class that point at one person (data: "singular"). */
const SINGULAR: ReadonlySet<string> = new Set(
  Object.entries(WORDS.singular).filter(([lang]) => lang !== "_comment").flatMap(([, words]) => (words as string[]).map(foldForFollowUp)),
);

interface Entry {
  cls: WordClass;
  langs: Set<FollowUpLang>;
}

const TABLE = new Map<string, Entry>();
for (const [cls, byLang] of Object.entries(WORDS.classes) as [WordClass, Record<FollowUpLang, string[]>][]) {
  for (const [lang, words] of Object.entries(byLang) as [FollowUpLang, string[]][]) {
    for (const w of words) {
      const key = foldForFollowUp(w);
      if (!key) continue;
      const e = TABLE.get(key);
      if (e && e.cls === cls) e.langs.add(lang);
      else if (!e) TABLE.set(key, { cls, langs: new Set([lang]) });
    }
  }
}

interface Token {
  /** The words as written (folded). */
  text: string;
  cls: WordClass | null;
  langs: Set<FollowUpLang>;
}


/** Classes whose Arabic words carry a possessive ending, which Levantine and Egyptian chat write -و (منصبو for منصبه). */
const POSSESSED: ReadonlySet<WordClass> = new Set(["role", "relation", "from"]);

/** A word of the table as written, or as its -ه form when written with a dialect's -و. */
function lookUp(word: string): Entry | undefined {
  const e = TABLE.get(word);
  if (e || !hasArabic(word) || word.length < 4 || !word.endsWith("و")) return e;
  const possessed = TABLE.get(`${word.slice(0, -1)}ه`);
  return possessed && POSSESSED.has(possessed.cls) ? possessed : undefined;
}

/** One word read alone: from the table, or an Arabic word with a leading و/ف read as "and" + the word. */
function readWord(word: string): Token[] {
  const e = lookUp(word);
  if (e) return [{ text: word, cls: e.cls, langs: e.langs }];
  if (hasArabic(word) && word.length > 2 && /^[وف]/u.test(word)) {
    const rest = lookUp(word.slice(1));
    const and = TABLE.get(word[0])!;
    if (rest) return [{ text: word[0], cls: and.cls, langs: and.langs }, { text: word.slice(1), cls: rest.cls, langs: rest.langs }];
    return [{ text: word[0], cls: and.cls, langs: and.langs }, { text: word.slice(1), cls: null, langs: new Set() }];
  }
  return [{ text: word, cls: null, langs: new Set() }];
}

/** Prepositions read with the "what" word after them as one "what" (data: "beforeWhat"). */
const BEFORE_WHAT: ReadonlySet<string> = new Set(
  Object.entries(WORDS.beforeWhat).filter(([lang]) => lang !== "_comment").flatMap(([, words]) => (words as string[]).map(foldForFollowUp)),
);

/**
 * "ومن ماذا حذروا؟" asks of what they warned, not who: a preposition and the "what" word it governs are
 * one "what".
 */
function withGovernedWhat(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next?.cls === "what" && BEFORE_WHAT.has(tokens[i].text)) {
      out.push({ text: `${tokens[i].text} ${next.text}`, cls: "what", langs: next.langs });
      i++;
    } else out.push(tokens[i]);
  }
  return out;
}

/** The words of a folded question, longest table phrase first. */
export function readTokens(folded: string): Token[] {
  return withGovernedWhat(tableTokens(folded));
}

function tableTokens(folded: string): Token[] {
  const words = folded ? folded.split(" ") : [];
  const out: Token[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 2 && !taken; n--) {
      const phrase = words.slice(i, i + n).join(" ");
      const e = TABLE.get(phrase);
      if (e) {
        out.push({ text: phrase, cls: e.cls, langs: e.langs });
        taken = n;
      }
    }
    if (!taken) {
      out.push(...readWord(words[i]));
      taken = 1;
    }
    i += taken;
  }
  return out;
}

function languageOf(tokens: Token[], text: string): FollowUpLang {
  if (hasArabic(text)) return "ar";
  const zi = tokens.filter((t) => t.langs.has("arabizi") && !t.langs.has("en")).length;
  const en = tokens.filter((t) => t.langs.has("en") && !t.langs.has("arabizi")).length;
  return zi > en ? "arabizi" : "en";
}

const FOCI = ["when", "why", "where", "next"] as const;
/** English possessives before a relation word ("his deputy"). */
const POSSESSIVE_EN = new Set(["his", "her", "their", "its"]);
/** Words too short or common to be content of a focus ("to", "a"). */
const CONTENT_WORD = /^(?:[\p{L}\p{N}'-]{3,}|\d+)$/u;

/** Whether a phrase names a speaker of the corpus; `exactly`: as written, not only by its sound ("said" is not Sales). */
export type Names = (phrase: string, exactly?: boolean) => boolean;

/**
 * The follow-up a question is, or null for a question of its own. `names` tells whether a phrase names
 * a speaker of the corpus ("and Trump?").
 */
export function readFollowUp(question: string, names: Names): FollowUpReading | null {
  const cleaned = stripChatNoise(question);
  // Clauses of only "ok", "wait", "hmm" say nothing: "hmm, why? what's their argument".
  const clauses = cleaned
    .split(CLAUSE_BREAK)
    .map(foldForFollowUp)
    .map((text) => ({ text, tokens: readNamed(text, names) }))
    .filter((c) => c.text && !c.tokens.every((t) => t.cls === "and" || t.cls === "filler"));
  if (clauses.length > 1 && clauses.length <= MAX_CLAUSES) {
    const joined = readClauses(clauses, names);
    if (joined) return joined;
  }
  // The whole message, read as one clause; a message of one clause was read above.
  const whole = foldForFollowUp(cleaned);
  return readClause(clauses.length === 1 && clauses[0].text === whole ? clauses[0] : { text: whole, tokens: readNamed(whole, names) }, names);
}

/** Classes of words that are never a name ("and", "who", "he", "about" …). */
const NEVER_NAMES: ReadonlySet<WordClass> = new Set(["and", "who", "what", "he", "that", "about", "aux", "be"]);

/**
 * The words of a folded clause, where a word of the table that names a speaker is that speaker's name:
 * "what did Haddad say?" asks of Haddad, though "haddad" is also Arabizi for "threatened".
 */
function readNamed(folded: string, names: Names): Token[] {
  return readTokens(folded).map((t) => (t.cls !== null && !NEVER_NAMES.has(t.cls) && !t.text.includes(" ") && names(t.text, true) ? { ...t, cls: null } : t));
}

/** A clause of a follow-up: its folded text and its words, read once. */
interface Clause {
  text: string;
  tokens: Token[];
}

/** Where a chat message breaks into clauses: "why? what's their argument", "and Erdogan, what did he warn about?". */
const CLAUSE_BREAK = /[?؟!,،;—–]+| - /u;
/** More clauses than this are no follow-up read clause by clause. */
const MAX_CLAUSES = 4;
/** A clause that only says more of the one before it is at most this long. */
const MAX_ASIDE_WORDS = 8;
/** The follow-ups a later clause may only say more of ("why? what are they afraid of?"). */
const ELABORATED: ReadonlySet<FollowUpShape> = new Set(["who_is", "why", "when", "where", "next", "act", "outcome", "what_else", "what_said"]);
/** Table words that make a clause ask something (not only "and", fillers, "about"). */
const ASKING: ReadonlySet<WordClass> = new Set(["who", "what", "he", "that", "from", "act", "say", "role", "be", "aux", "more", "anything", "happen"]);

/**
 * A follow-up written as several clauses: "and what about Erdogan, what was he warning about?" switches
 * to Erdogan; "why tho, what would make him do it?" and "طيب مين هاد؟ شو منصبو؟" are their first clause,
 * the rest saying it again in other words; "anything else they said? like is ISIS still a threat"
 * takes its topic from the second. Null when the clauses do not make one follow-up.
 */
function readClauses(clauses: Clause[], names: Names): FollowUpReading | null {
  // A clause about someone of the last speaker's is a question of its own here.
  const readings = clauses.map((c) => readClause(c, names)).map((r) => (r?.shape === "relation" ? null : r));
  // "and Erdogan, what was he warning about?": the name switches the speaker; the rest asks of him.
  const switched = readings.findIndex((r) => r?.shape === "and_name");
  // The clause that asks of him makes the name who is asked, never a topic.
  if (switched >= 0 && readings.every((r, i) => i === switched || (r !== null && r.shape !== "and_name" && r.shape !== "who_else"))) return { ...readings[switched]!, nameAsTopic: false };
  // "ok forget that — what about the F-35 thing, what are the defense guys saying?": the clause that is
  // a question of its own, asked about the other's topic; it names whom it asks, the conversation does not.
  const about = readings.findIndex((r) => r?.shape === "about");
  const own = readings.flatMap((r, i) => (r === null ? [i] : []));
  if (about >= 0 && own.length === 1 && readings.length === 2) {
    return { ...readings[about]!, shape: "asked_about", question: clauses[own[0]].text };
  }
  const [first, ...later] = readings;
  if (!first || !ELABORATED.has(first.shape)) return null;
  const asides = later.map((r, i) => (r ? null : aside(clauses[i + 1], names)));
  if (!later.every((r, i) => r !== null || asides[i] !== null)) return null;
  // A what-did-he-say with no topic of its own takes the words of the clause after it as its topic.
  const topicFrom = asides.find((a) => a && a.length);
  if ((first.shape === "what_else" || first.shape === "what_said") && !first.topic && !first.rest && topicFrom) return { ...first, topic: topicFrom.join(" ") };
  return first;
}

/**
 * A clause that says more of the follow-up before it, as the words of its own it adds (maybe none);
 * null for a question of its own (it names a speaker, asks who, or is long).
 */
function aside(clause: Clause, names: Names): string[] | null {
  const tokens = clause.tokens;
  if (!tokens.length || tokens.length > MAX_ASIDE_WORDS || tokens.some((t) => t.cls === "who" || t.cls === "relation")) return null;
  const own = tokens.filter((t) => t.cls === null).map((t) => t.text);
  if (own.length && names(own.join(" "))) return null;
  if (own.some((w, i) => names(w) || (i > 0 && names(`${own[i - 1]} ${w}`)))) return null;
  if (!tokens.some((t) => t.cls !== null && ASKING.has(t.cls)) && own.length) return null;
  // Its words, less those that only make it a question ("like is ISIS still a threat or not").
  return tokens.filter((t) => t.cls === null || !FRAME.has(t.cls)).map((t) => t.text);
}

/** Words that frame an aside as a question, not part of what it asks about. */
const FRAME: ReadonlySet<WordClass> = new Set(["and", "filler", "be", "aux", "what", "he", "that"]);

/** "what did his deputy say?": someone of the last speaker's, whom the conversation does not name. */
function relation(folded: string, tokens: Token[]): FollowUpReading {
  return { shape: "relation", lang: languageOf(tokens, folded), topic: null, content: [], pointsBack: true };
}

/** Words that ask, when they close a topic ("… شو قال؟", "… what did he say"): no part of the topic. */
const CLOSING_ASK: ReadonlySet<WordClass> = new Set(["what", "say", "he", "aux", "be", "and", "filler"]);

/** The topic's words less a question closing them. */
function trimAsking(topic: Token[]): Token[] {
  let end = topic.length;
  while (end > 0 && topic[end - 1].cls !== null && CLOSING_ASK.has(topic[end - 1].cls!)) end--;
  return end > 0 ? topic.slice(0, end) : topic;
}

/** A filler phrase that points back all the same ("about it", "on that"). */
function pointsBackIn(phrase: string): boolean {
  return phrase.includes(" ") && phrase.split(" ").some((w) => {
    const cls = TABLE.get(w)?.cls;
    return cls === "he" || cls === "that";
  });
}

/** Whether a phrase opens with an "about" word ("عن تركيا", "3an el akrad", "about Trump"): a topic, never a speaker. */
export function opensWithAbout(phrase: string): boolean {
  const first = readTokens(foldForFollowUp(phrase)).find((t) => t.cls !== "and");
  return first?.cls === "about";
}

/** One clause of a follow-up, folded. */
function readClause(clause: Clause, names: Names): FollowUpReading | null {
  const { text: folded, tokens: read } = clause;
  if (!read.length) return null;
  // "what did his deputy say?", "وشو قال مديره؟": someone of the last speaker's is someone else, asked
  // of in a question of its own. After "about" it is the topic ("what did he say about his rivals?").
  const about = read.findIndex((t, i) => t.cls === "about" && i > 0 && i < read.length - 1);
  const asked = about < 0 ? read : read.slice(0, about);
  // Only in a question made of follow-up words: in "who said the US would pull all its troops out?" the
  // relation word is part of what was said.
  const ofFollowUpWords = asked.every((t) => t.cls !== null || POSSESSIVE_EN.has(t.text));
  if (ofFollowUpWords && asked.some((t, i) => t.cls === "relation" && (!t.langs.has("en") || POSSESSIVE_EN.has(asked[i - 1]?.text ?? "")))) return relation(folded, read);
  // Elsewhere a relation word is a word of the question's own ("what did the army do?").
  const tokens = read.map((t) => (t.cls === "relation" ? { ...t, cls: null } : t));
  const lang = languageOf(tokens, folded);
  // The head is what comes before "about"; what follows is the topic.
  const head = about < 0 ? tokens : tokens.slice(0, about);
  // "وعن تركيا والأكراد شو قال؟": a question asked after the topic is no part of it.
  const topicTokens = about < 0 ? [] : trimAsking(tokens.slice(about + 1));
  const topic = topicTokens.length && !topicTokens.every((t) => t.cls === "that" || t.cls === "filler") ? topicTokens.map((t) => t.text).join(" ") : null;
  const has = new Set(head.map((t) => t.cls).filter((c): c is WordClass => c !== null));
  const own = head.filter((t) => t.cls === null).map((t) => t.text);
  const pointsBack = tokens.some((t) => t.cls === "he" || t.cls === "that" || (t.cls === "filler" && pointsBackIn(t.text)));
  const he = tokens.filter((t) => t.cls === "he");
  const singular = he.length > 0 && he.every((t) => SINGULAR.has(t.text));
  const reading = (shape: FollowUpShape, extra: Partial<FollowUpReading> = {}): FollowUpReading => ({ shape, lang, topic, content: [], pointsBack, ...(singular ? { singular } : {}), ...extra });

  // "when was that?", "why does Turkey even want to attack?", "what happened after that?"
  // "what did he say when they arrested him?": a "when" after what-did-he-say is a conjunction, no question.
  const subordinate = (f: Focus) => {
    const before = head.slice(0, head.findIndex((t) => t.cls === f));
    return before.some((t) => t.cls === "say") && before.some((t) => t.cls === "what" || t.cls === "aux");
  };
  const focus = FOCI.find((f) => has.has(f) && !subordinate(f));
  if (focus && !has.has("who")) {
    const content = [...own, ...topicTokens.filter((t) => t.cls === null).map((t) => t.text)].filter((w) => CONTENT_WORD.test(w));
    // A question of its own that happens to open with "when" names a speaker: not about the last answer,
    // unless it points back at it ("وليش تركيا بدها تعمل هيك؟": why would Turkey do *that*).
    if (content.length && names(content.join(" ")) && !pointsBack) return null;
    return reading(focus, { topic: null, content });
  }
  if (has.has("who")) {
    if (has.has("more")) return reading("who_else", { topic: [...own, ...(topic ? [topic] : [])].join(" ") || null, verb: head.find((t) => t.cls === "say")?.text });
    // Not "who threatened him?": a reporting verb done to "him" asks who did it, not who he is.
    if (!own.length && !topic && ((has.has("he") && !has.has("say")) || has.has("that") || has.has("role"))) return reading("who_is");
    // "and who caught him?", "who armed them?": an act done to the one the last answer is about, asked of
    // the sentences around it in the follow-up's own words (never a name: "who caught Haddad?").
    const acts = own.filter((w) => CONTENT_WORD.test(w));
    if (acts.length && own.length <= MAX_REST && !topic && has.has("he") && !has.has("say") && !names(own.join(" "))) return reading("agent", { topic: null, content: acts });
    return null;
  }
  if (own.length) {
    // "and Trump?", "what about the Pentagon?", "وأردوغان؟": only leading "and"/"what" words, then a name.
    const lead = tokens.findIndex((t) => t.cls !== "and" && t.cls !== "what" && t.cls !== "about");
    const rest = lead < 0 ? "" : tokens.slice(lead).map((t) => t.text).join(" ");
    if (about < 0 && rest && rest.split(" ").length <= 4 && names(rest)) return reading("and_name", { topic: rest });
    // "did they actually go through with it?", "did the US go through with it?" ("it" after "with");
    // "did the talks get anywhere?" is a question of its own.
    if (tokens.find((t) => t.cls !== "and")?.cls === "aux" && (has.has("he") || has.has("that") || pointsBack) && !has.has("say") && !has.has("what")) return reading("outcome", { topic: null, content: own });
    // "did he mention the Kurds?", "وهل ذكر الأكراد؟": what the pronoun's speaker said about them. Not
    // "did he say he would send soldiers?", whose reported clause is a question of its own.
    const said = tokens.findIndex((t) => t.cls === "say");
    const asks = tokens.find((t) => t.cls !== "and")?.cls === "aux" && said > 0 && (has.has("he") || lang === "ar") && !has.has("what") && !has.has("act");
    if (asks && about < 0 && own.length <= MAX_REST && tokens.slice(0, said).every((t) => t.cls !== null) && tokens.slice(said + 1).every((t) => t.cls === null || t.cls === "filler" || t.cls === "anything")) {
      return reading("what_said", { topic: own.join(" ") });
    }
    // "what did he tell reporters?", "وشو قال هو للصحفيين؟": the pronoun's speaker, asked in these words.
    // "what else did he tell reporters?": what he said there that the last answer did not show.
    if (has.has("he") && has.has("say") && has.has("what") && !has.has("act") && about < 0 && own.length <= MAX_REST) return reading(has.has("more") ? "what_else" : "what_said", { topic: null, rest: own.join(" ") });
    return null;
  }
  // "did that actually happen?", "وهل حصل هذا فعلا؟"
  if (tokens.find((t) => t.cls !== "and")?.cls === "aux" && (has.has("he") || has.has("that")) && !has.has("say") && !has.has("what")) return reading("outcome", { topic: null });
  if (has.has("role") && (has.has("what") || has.has("he"))) return reading("who_is");
  if (has.has("more") && (has.has("what") || has.has("say") || has.has("anything") || has.has("he") || has.has("and") || has.has("from"))) return reading("what_else");
  if (has.has("say") && !has.has("act")) return reading("what_said");
  if (has.has("say") && has.has("act")) return reading("what_said", { topic: null });
  if (has.has("act") && (has.has("he") || has.has("that") || has.has("what"))) return reading("act", { topic: null });
  if (has.has("happen") && !topic && (has.has("that") || has.has("what"))) return reading("next", { topic: null });
  // "and about the Kurds?", "وعن عدد المقاتلين؟", "what about the withdrawal?"
  if (topic && [...has].every((c) => c === "and" || c === "what") && head.length) {
    if (names(topic) && topic.split(" ").length <= 4) return reading("and_name", { nameAsTopic: true });
    return reading("about");
  }
  return null;
}
