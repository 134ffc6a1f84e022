// Shapes shared by the extractor's stages: segmentation → quote patterns → speaker resolution.
import type { QuoteRecord } from "../corpus/schema.js";

export type Lang = "ar" | "en";
/** "n": neuter (English "it": an organization or a state). */
export type Gender = "m" | "f" | "pl" | "n" | null;

/** One article line that holds content (navigation and blank lines are left out). */
export interface Paragraph {
  /** 1-based line number in the article file. */
  line: number;
  text: string;
  /** Offset of the line's first character in the whole article (for "which mention is nearer"). */
  base: number;
}

export interface Sentence {
  paragraph: Paragraph;
  /** Offsets inside the paragraph line. */
  start: number;
  end: number;
  text: string;
}

/** A quoted span of a line, marks excluded: [start, end). */
export interface QuoteSpan {
  start: number;
  end: number;
  /** True when the closing mark is missing (a quote running on to the end of the line). */
  open: boolean;
}

/** "epithet": a definite description of a person the article already named ("the Polish grandmaster",
 *  "the 24-year-old"): it refers like a pronoun, to the latest person speaker. */
export type MentionKind = "name" | "title" | "group" | "organization" | "state" | "pronoun" | "epithet";

/** How the article refers to a speaker at one attribution. */
export interface Mention {
  kind: MentionKind;
  /** The words as written (name part only for names). */
  surface: string;
  /** Role or title as written (from a title before the name or an apposition), if any. */
  role: string | null;
  gender: Gender;
  /** Absolute offset in the article (paragraph.base + offset in line). */
  pos: number;
  /** For "a spokesperson for X", "a lawyer for X": the unnamed representative speaks for X, who is someone else. */
  speaksFor?: string;
  /** "a police spokesperson", "one resident": an unnamed newcomer, never a person named before, and a source even
   *  when every word is a title word. */
  /** "the governor" read by the cue stage: the person named before with that role, or nobody (never kept unnamed). */
  referring?: boolean;
  indefinite?: boolean;
  /** Written in the article's headline ("وزير الطاقة: …"): a title may refer to the person the body names later. */
  headline?: boolean;
  /** The patterns saw several people it may refer to ("Two divers and several fishermen …. They said"): leave it unattributed. */
  ambiguous?: boolean;
  /** "مستشهداً بمقولة صاحب السمو أن …": someone's words another speaker cites; a later pronoun is not theirs. */
  cited?: boolean;
  /** A speaker is written but the patterns could not read it: the quote is kept without one, and a later pronoun is
   *  not handed to anyone before it. */
  unreadable?: boolean;
}

/** One quote the patterns found, before its speaker is resolved. */
export interface Attribution {
  paragraph: number;
  /** Exact substring of the paragraph line. */
  text: string;
  start: number;
  verb: string;
  type: QuoteRecord["type"];
  mention: Mention;
  /** Set when the speaker is known to be the same as another attribution's (e.g. "مضيفاً", "she added"). */
  sameAs?: Attribution;
  /** Features of how it was found, weighed by the scoring stage (src/ingest/scoring.ts). */
  evidence?: string[];
}
