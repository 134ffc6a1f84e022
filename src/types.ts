// The engine's public types: what adapters receive. The JSON printed by `quotebot ask --json`
// is exactly an `Answer`.
import type { StatusDecision } from "./engine/answer-bar.js";

export type SpeakerKind = "person" | "group" | "organization" | "state";

/** A speaker as it appears inside an answer. */
export interface SpeakerRef {
  id: string;
  name: string;
  nameAr: string | null;
  role: string | null;
  roleAr: string | null;
}

/** A speaker as listed by `speakers()`: the answer fields plus what lists and autocomplete need. */
export interface SpeakerInfo extends SpeakerRef {
  kind: SpeakerKind;
  aliases: string[];
  /** How many quotes the corpus attributes to this speaker. */
  quoteCount: number;
  articles: string[];
}

/** Where an answer's text stands; unknown parts are null. */
export interface Citation {
  title: string | null;
  titleEn: string | null;
  publisher: string | null;
  /** ISO, as precise as known. */
  date: string | null;
  /** http(s) only. Corpus text: adapters never render it as a live link. */
  url: string | null;
  paragraph: number;
  /** The ready-to-paste citation: every known part on one line. */
  text: string;
}

export interface AnswerItem {
  /**
   * The corpus record, `<article id>/<quote or fact id>`: stable across restarts and reloads, so that
   * feedback and buttons can name it (Engine.item looks it up again).
   */
  id: string;
  kind: "quote" | "fact";
  /** null for the article's own statements (facts). */
  speaker: SpeakerRef | null;
  /** Exact span from the article. */
  text: string;
  textEn: string | null;
  /** Exact: the whole sentence of the article that holds `text`. */
  context: string;
  /** Article id. */
  article: string;
  /** 1-based line of the article file. */
  paragraph: number;
  /** 0..1, higher is better. */
  score: number;
  /** True when the article is an unreviewed draft made by `quotebot ingest`. */
  draft: boolean;
  citation: Citation;
  /**
   * True when `text` is not English and no English rendering exists yet (`textEn` is null): replies show
   * the text as it is, with a note (catalogue key noEnglish), never an empty line.
   */
  englishMissing?: boolean;
}

/**
 * "answered": the engine states the answers as fact. "suggested": a near miss, or an unsure draft: the
 * answers (at most 3) are offered ("Did you mean …?"), never stated. "no_match": nothing to say.
 */
export type AnswerStatus = "answered" | "suggested" | "no_match";

/** Why a question got no answer; absent when answered. */
/**
 * too_complex: the question outran its work budget (see src/engine/budget.ts). unclear_referent: a
 * follow-up ("what did he say about Turkey?") whose "he" the conversation does not make certain.
 */
export type NoMatchReason = "empty" | "too_long" | "too_complex" | "not_found" | "unclear_referent";

export interface Answer {
  question: string;
  status: AnswerStatus;
  /** Best first, at most 5 (3 when suggested); [] when no_match. */
  answers: AnswerItem[];
  reason?: NoMatchReason;
  /** How many answers there are in all, when there are more than `answers` holds. */
  total?: number;
  /** A follow-up's answer only: the stand-alone question it was answered as (the next follow-up's context). */
  standalone?: string;
}

export interface ArticleInfo {
  id: string;
  lang: "ar" | "en";
  title: string;
  titleEn: string | null;
  source: { publisher: string | null; url: string | null; note: string | null };
  date: string | null;
  status: "reviewed" | "draft";
  paragraphs: number;
  quoteCount: number;
  factCount: number;
}

export interface AskOptions {
  /** At most this many answers (1..5, default 5). */
  limit?: number;
  /** What the conversation's previous answer established, for follow-up questions. */
  context?: ConversationContext;
  /** Hears what each status was decided on: for the scripts that fit and inspect the answer bar. */
  explain?: (decision: StatusDecision) => void;
}

/** What a previous answer established: follow-ups ("what else did he say?") resolve against it. */
export interface ConversationContext {
  /** The previous question, as asked. */
  question: string;
  status: AnswerStatus;
  /** Speaker ids the answer was about: one when clear, several (or none) when a pronoun would be ambiguous. */
  speakers: string[];
  /** Keys (article:paragraph:text) of the answer items shown. */
  shown: string[];
  /** When the answer was given (ms since epoch); older than ten minutes, it is forgotten. */
  at: number;
}

/** The only surface adapters use. Every method is synchronous and never throws on user input. */
export interface Engine {
  ask(question: string, options?: AskOptions): Answer;
  speakers(): SpeakerInfo[];
  /** Speakers whose name, alias or role matches `prefix` (any script), best first: for autocomplete. */
  suggestSpeakers(prefix: string, limit?: number): SpeakerInfo[];
  /** Everything the corpus attributes to one speaker, in article order ([] for an unknown id). */
  quotesBy(speakerId: string): AnswerItem[];
  articles(): ArticleInfo[];
  /**
   * One record by its id (AnswerItem.id) or short reference (recordRef of the id); null when the corpus
   * no longer holds it. Not a match for any question: its score is 1.
   */
  item(idOrRef: string): AnswerItem | null;
}
