// The scoring stage: how sure the extractor is of each attribution's speaker. Every attribution is
// described by binary features (how it was found, what kind of mention named the speaker, how far the
// mention is from the content, how salient the speaker is in the article); a logistic model turns
// them into a confidence, with weights learned from annotated articles (`npm run train:ingest`,
// data/weights-en.json). Arabic has no learned weights yet and keeps the evidence-kind prior.
import type { SpeakerRecord } from "../corpus/schema.js";
import WEIGHTS_EN from "./data/weights-en.json" with { type: "json" };
import { ORG_WORDS } from "./lexicon-en.js";
import { cueLemma } from "./nlp-en.js";
import { firstAbove, Occurrences } from "./occurrences.js";
import type { Attribution, Lang, MentionKind } from "./types.js";

export interface Weights {
  /** Below these confidences a quote is kept without a speaker (chosen by training, one per stage). */
  margin?: { patterns: number; patternsOther?: number; cues: number };
  bias: number;
  weights: Record<string, number>;
}

const LEARNED: Partial<Record<Lang, Weights>> = { en: WEIGHTS_EN as Weights };

// Before any weights are learned: a name in the sentence itself is surer than a title, a pronoun or an epithet.
const EVIDENCE_PRIOR: Record<MentionKind, number> = { name: 0.9, organization: 0.85, state: 0.85, group: 0.8, title: 0.75, epithet: 0.7, pronoun: 0.7 };

/** Verbs common enough to get a weight of their own; the others share one. */
const OWN_VERBS = new Set(["say", "tell", "write", "add", "note", "ask", "report", "announce", "argue", "suggest", "explain", "claim", "tweet", "respond", "accuse", "call", "according to", "warn", "insist", "believe", "think", "show", "find", "describe", "continue", "acknowledge", "cite", "recall", "predict"]);

const bucket = (n: number, edges: number[], name: string) => `${name}:${edges.findIndex((e) => n <= e) < 0 ? `>${edges[edges.length - 1]}` : `<=${edges.find((e) => n <= e)}`}`;

/**
 * What the features read of the whole article, found once per article: its lines, its headline, where each
 * surname occurs, the people each line names, the speakers by surname (reading the text again for every
 * attribution was attributions × length).
 */
export class ScoringText {
  readonly occurrences: Occurrences;
  readonly headline: Occurrences;
  private readonly lineStarts = [0];
  private readonly namedIn = new Map<number, string[]>();
  private readonly bySurname = new Map<string, number>();
  private readonly speakers: Set<SpeakerRecord>;

  /** The starts of the statements' contents in the article, in order, and for each the furthest end of the
   *  contents starting at or before it (contents may nest or overlap). */
  private readonly contentStarts: number[];
  private readonly reachedEnd: number[];

  constructor(readonly fullText: string, speakers: SpeakerRecord[], found: Attribution[] = []) {
    this.speakers = new Set(speakers);
    this.occurrences = new Occurrences(fullText);
    this.headline = new Occurrences(fullText.slice(0, Math.max(0, fullText.indexOf("\n"))));
    for (let i = 0; i < fullText.length; i++) if (fullText[i] === "\n") this.lineStarts.push(i + 1);
    const contents = found.map((a) => [this.lineBase(a.paragraph) + a.start, this.lineBase(a.paragraph) + a.start + a.text.length]).sort((x, y) => x[0] - y[0]);
    this.contentStarts = contents.map((c) => c[0]);
    let far = -1;
    this.reachedEnd = contents.map((c) => (far = Math.max(far, c[1])));
    for (const s of this.speakers) {
      const last = surname(s);
      this.bySurname.set(last, (this.bySurname.get(last) ?? 0) + 1);
    }
    // Every surname found in one pass (one scan per surname was people × length).
    this.occurrences.prime(this.bySurname.keys());
    this.headline.prime(this.bySurname.keys());
  }

  /** Offset of line `line` (1-based; past the last line, the last line's start). */
  lineBase(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1];
  }

  /** The text of line `line`. */
  line(line: number): string {
    const base = this.lineBase(line);
    const end = this.fullText.indexOf("\n", base);
    return this.fullText.slice(base, end < 0 ? undefined : end);
  }

  /** The surnames of the people line `line` names ("Mary Smith", "John F. Kerry"). */
  namedOn(line: number): string[] {
    let names = this.namedIn.get(line);
    if (!names) {
      names = [...new Set([...this.line(line).matchAll(/\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+(\p{Lu}\p{Ll}+)/gu)].map((m) => m[1]))];
      this.namedIn.set(line, names);
    }
    return names;
  }

  /** Whether offset `at` lies inside some statement's content. */
  inContent(at: number): boolean {
    const i = firstAbove(this.contentStarts, at);
    return i > 0 && this.reachedEnd[i - 1] > at;
  }

  /** The surnames of the article's speakers. */
  surnames(): Iterable<string> {
    return this.bySurname.keys();
  }

  /** Whether a speaker other than `speaker` has its surname. */
  sharedSurname(speaker: SpeakerRecord): boolean {
    return (this.bySurname.get(surname(speaker)) ?? 0) > (this.speakers.has(speaker) ? 1 : 0);
  }
}

const surname = (s: SpeakerRecord) => s.name.split(/\s+/).pop()!;

/** The features of one attribution and the speaker it was given. */
export function featuresOf(a: Attribution, speaker: SpeakerRecord, article: ScoringText, firstLine: number, lang: Lang): string[] {
  const f = [...(a.evidence ?? ["stage:patterns"]), `mention:${a.mention.kind}`, `type:${a.type}`, `speaker:${speaker.kind}`];
  if (a.sameAs) f.push("same-as");
  if (a.mention.role) f.push("role");
  if (a.mention.indefinite) f.push("indefinite");
  if (a.paragraph === firstLine) f.push("first-line");
  if (lang === "en") {
    const lemma = cueLemma(a.verb);
    f.push(`verb:${OWN_VERBS.has(lemma) ? lemma : "other"}`);
  }
  const words = speaker.name.split(/\s+/);
  // An unnamed person described ("a witness", "Reuters photographer"): how many words describe them says nothing of
  // how full a name is.
  const described = a.mention.kind === "title" && !!speaker.role && speaker.name.toLowerCase() === speaker.role.toLowerCase();
  f.push(described ? "name-words:description" : bucket(words.length, [1, 2, 3], "name-words"));
  if (/ing$/.test(words[0]) || /^(?:Both|Amid|Having|Facing|After|Before|While|Asked|Despite|During)$/.test(words[0])) f.push("name:clause-word");
  const last = words[words.length - 1];
  const inText = article.occurrences.count(last);
  if (last.length > 2) f.push(bucket(inText, [1, 3, 8], "salience"));
  if (article.sharedSurname(speaker)) f.push("shared-surname");
  const lastKey = last.toLowerCase();
  if (a.text.toLowerCase().includes(lastKey) && last.length > 2) f.push("name-in-content");
  const inHeadline = article.headline.count(last);
  if (inHeadline > 0 && inText === inHeadline) f.push("name-only-in-headline");
  // How many other people the paragraph names: the more there are, the easier a wrong pick.
  const others = article.namedOn(a.paragraph).filter((x) => x !== last).length;
  f.push(bucket(others, [0, 1, 3], "others-named"));
  const base = article.lineBase(a.paragraph);
  f.push(...contentFeatures(a, article.line(a.paragraph)));
  const distance = Math.abs(a.mention.pos - (a.start + base));
  f.push(bucket(distance, [40, 120, 300], "distance"));
  if (a.mention.pos > a.start + base) f.push("mention-after");
  if (lang === "en") f.push(...relationFeatures(a, speaker, article, base));
  // Pairs the model cannot add up from single features: a group found by the patterns, an indirect
  // statement cued by a verb off the common list, a pronoun far from its content.
  const stage = a.evidence ? (a.evidence[0] ?? "cue") : "stage:patterns";
  const pick = (prefix: string) => f.find((x) => x.startsWith(prefix)) ?? `${prefix}none`;
  f.push(`${stage}&mention:${a.mention.kind}`, `mention:${a.mention.kind}&type:${a.type}`, `${pick("verb:")}&type:${a.type}`,
    `mention:${a.mention.kind}&${pick("distance:")}`, `${stage}&${pick("opens:")}`);
  if (lang === "en") {
    // A statement told inside another one is likelier wrong when its verb is off the common list ("planning", "requested").
    // (A quotation's own words may hold "said": only an indirect content holding a reporting verb is told inside another.)
    if ((f.includes("content-holds-cue") && a.type === "indirect") || f.includes("under-cue") || f.includes("cue-after")) {
      f.push(`nested&${pick("verb:")}`);
      // Only the cue stage knows its verb's learned precision (the patterns' verbs are the common ones).
      const precision = f.find((x) => x.startsWith("cue-precision:"));
      if (precision) f.push(`nested&${precision}`);
    }
    f.push(`mention:${a.mention.kind}&${pick("reach:")}`, `${pick("passed-over:")}&mention:${a.mention.kind}`);
  }
  return f;
}

/** A reporting verb or source before the mention in its sentence: the statement is told inside someone else's. */
const OUTER_CUE = /\b(?:said|says|told|tells|reported|reports|wrote|writes|according to|claimed|claims|announced)\b/g;
/** Only a determiner between "according to" and the mention: it introduces the mention itself. */
const OWN_SOURCE = /^\s*(?:(?:the|a|an)\s+)?$/i;
/** A clause joined after the other statement's content: that statement ended before the mention. */
const STATEMENT_ENDED = /(?:,\s*(?:with|while|whereas|and|but|which)|;)\s/i;
/** A word before the mention that makes it an object or a second party ("asked Smith", "to Smith", "and Smith"). */
const OBJECT_BEFORE = new Set(["to", "for", "with", "by", "of", "against", "from", "at", "on", "about", "than", "toward", "towards", "like", "asked", "told", "urged", "thanked", "praised", "criticized", "criticised", "accused", "called", "met", "interviewed", "joined", "blamed", "attacked"]);
const JOINED_BEFORE = new Set(["and", "or", "nor", "&"]);
/** Unnamed sources and documents: "a police source", "the report", "officials". */
const ANONYMOUS_HEADS = new Set(["source", "sources", "official", "officials", "insider", "insiders", "report", "reports", "statement", "outlet", "media", "document", "documents", "study", "survey", "poll", "analysis"]);
/** A capitalized word then a joining word just before the speaker's name: the name is a piece of a longer one ("Committee to | Protect Journalists"). */
const NAME_GOES_ON_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+(?:of|to|for|and|on|the|de|del|la)\s+$/u;
/** Last words of bodies besides the lexicon's organization words ("Command Headquarters", "Defence Forces"). */
const BODY_ENDINGS = new Set(["headquarters", "command", "forces", "ministries", "authorities", "tribunal", "assembly", "secretariat", "outlet", "media"]);
const PERSON_NAMES_BETWEEN = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+(\p{Lu}\p{Ll}+)/gu;

/** How the speaker stands to its mention and to the sentence (English): told inside another statement; the
 *  mention an object, a second party or a genitive; the speaker named on the line or reached from before, and
 *  how many other people were named in between; a person whose name ends like a body; a name cut from a longer
 *  one; an unnamed source or a document as the mention. */
function relationFeatures(a: Attribution, speaker: SpeakerRecord, article: ScoringText, base: number): string[] {
  const f: string[] = [];
  const line = article.line(a.paragraph);
  const at = a.mention.pos - base;
  const onLine = at >= 0 && at < line.length;
  // Another reporting verb than this attribution's own in the sentence: before the mention ("Y reported on Sunday
  // that X has requested …") or after the content ("X is planning layoffs, website Y reported").
  const own = a.verb.toLowerCase();
  const others = (text: string) => [...text.toLowerCase().matchAll(OUTER_CUE)].filter((m) => !own.includes(m[0].split(" ")[0]));
  const other = (text: string) => others(text).length > 0;
  if (onLine && a.mention.pos < a.start + base) {
    const head = line.slice(Math.max(0, at - 300), at);
    const stop = Math.max(head.lastIndexOf(". "), head.lastIndexOf("? "), head.lastIndexOf("! "));
    const outer = others(head.slice(stop + 1)).pop();
    // The mention is inside that statement unless the verb is its own ("according to three sources, who said") or
    // the statement ended before it ("X said a crane hit the quay, with the police also saying …").
    const after = outer ? head.slice(stop + 1).slice(outer.index! + outer[0].length) : "";
    if (outer && !(outer[0] === "according to" && OWN_SOURCE.test(after)) && !STATEMENT_ENDED.test(after)) f.push("under-cue");
  }
  const end = a.start + a.text.length;
  if (a.mention.pos < a.start + base && end <= line.length) {
    const tail = line.slice(end, end + 200);
    const stop = tail.search(/[.!?](?:\s|$)/);
    if (/^\s*,/.test(tail) && other(tail.slice(0, stop < 0 ? undefined : stop))) f.push("cue-after");
  }
  // A cue noun's owner ("seized on X's claim that …") is a genitive by construction, and the words before it govern
  // the noun phrase of the cue, not the speaker: neither says anything of this speaker.
  if (onLine && !a.evidence?.includes("side:owner")) {
    const before = line.slice(Math.max(0, at - 30), at).toLowerCase().match(/([\p{L}&]+)[\s,]*$/u)?.[1] ?? "";
    f.push(`before-mention:${OBJECT_BEFORE.has(before) ? "object" : JOINED_BEFORE.has(before) ? "joined" : line.slice(Math.max(0, at - 3), at).trimEnd().endsWith(",") ? "comma" : "other"}`);
    if (/^['’]s\b/.test(line.slice(at + a.mention.surface.length, at + a.mention.surface.length + 3))) f.push("mention-genitive");
  }
  const words = speaker.name.split(/\s+/);
  const last = words[words.length - 1];
  // A body or group named by a common noun ("the league said" → "League") is written in lower case.
  const onItsLine = speaker.kind === "person" ? line.includes(last) : line.toLowerCase().includes(last.toLowerCase());
  f.push(onItsLine ? "reach:line" : "reach:before");
  if (!onItsLine && last.length > 2) {
    // Other people named between the speaker's latest mention and this one: each is a candidate passed over.
    const from = article.occurrences.lastAtOrBefore(last, a.mention.pos);
    if (from < 0 || a.mention.pos - from > 1500) f.push("passed-over:far");
    else {
      // A person named inside a statement's content is spoken of, not a speaker passed over ("Kalaba said President
      // Lungu had spoken to both parties. / He said …").
      const offset = from + last.length;
      const between = new Set([...article.fullText.slice(offset, a.mention.pos).matchAll(PERSON_NAMES_BETWEEN)]
        .filter((m) => !article.inContent(offset + m.index! + m[0].length - m[1].length)).map((m) => m[1]).filter((x) => x !== last));
      // A speaker of the article written by surname alone ("Ham went on to explain how he …") is passed over too.
      for (const other of article.surnames()) {
        if (other === last || other.length <= 2 || article.occurrences.lastAtOrBefore(other, a.mention.pos - 1) <= from) continue;
        if (article.occurrences.startsOf(other).some((at) => at > from && at < a.mention.pos && !article.inContent(at))) between.add(other);
      }
      f.push(bucket(between.size, [0, 1], "passed-over"));
    }
  }
  if (speaker.kind === "person" && (ORG_WORDS.has(last.toLowerCase()) || BODY_ENDINGS.has(last.toLowerCase()))) f.push("person-named-like-body");
  const firstAt = line.indexOf(speaker.name);
  if (firstAt > 0 && NAME_GOES_ON_BEFORE.test(line.slice(Math.max(0, firstAt - 40), firstAt))) f.push("name-goes-on-before");
  const mentionHead = a.mention.surface.split(/\s+/).pop()?.toLowerCase() ?? "";
  if (a.mention.kind !== "name" && ANONYMOUS_HEADS.has(mentionHead)) f.push("mention-anonymous");
  return f;
}

const CONTENT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "there", "you"]);
const CONTENT_DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "no", "some", "every"]);
/** A reporting verb inside the content: a statement of someone else's, or the content ran on past its end. */
const INNER_CUE = /\b(?:said|says|told|tells|reported|reports|wrote|writes|added|according to)\b/;

/** How the content opens and what it holds: "that" before it, a clause subject (a pronoun, a determiner),
 *  a bare object ("added 160 security personnel"), a quote; another reporting verb inside it. */
function contentFeatures(a: Attribution, line: string): string[] {
  const before = line.slice(Math.max(0, a.start - 12), a.start).trimEnd().toLowerCase();
  const first = (a.text.match(/^[“"‘']?([\p{L}\p{N}'’-]+)/u)?.[1] ?? "").toLowerCase();
  const opener = /(?:^|\s)that$/.test(before) ? "that" : /[“"]$/.test(before) || /^[“"]/.test(a.text) ? "quote" : /[:,]$/.test(before) ? "punct"
    : CONTENT_PRONOUNS.has(first) ? "pronoun" : CONTENT_DETERMINERS.has(first) ? "det" : /^\d/.test(first) ? "number" : /^\p{Lu}/u.test(a.text.replace(/^[“"‘']/, "")) ? "cap" : "other";
  const f = [`opens:${opener}`];
  if (INNER_CUE.test(a.text)) f.push("content-holds-cue");
  f.push(bucket(a.text.split(/\s+/).length, [3, 6, 15, 40], "content-words"));
  return f;
}

/** Below this confidence a quote is kept without a speaker rather than given a guessed one. */
export function speakerMargin(a: Attribution, lang: Lang): number {
  const m = LEARNED[lang]?.margin;
  if (!m) return 0.5;
  if (a.evidence) return m.cues;
  return a.mention.kind === "name" ? m.patterns : m.patternsOther ?? m.patterns;
}

/** Statements told inside another one ("X is planning layoffs, website Y reported", "Y reported that X has requested
 *  …") whose own verb is rarely a cue: the statement is the reporter's, never its subject's. On PolNeAR train these
 *  are right 18 times and wrong 17 (at margin 0): at a wrong speaker's cost of 6 none is worth keeping. */
const NEVER_EN = new Set(["nested&cue-precision:none", "nested&cue-precision:low"]);

/** Confidence in the speaker, 0..1. */
export function confidenceOf(a: Attribution, features: string[], lang: Lang): number {
  if (lang === "en" && features.some((f) => NEVER_EN.has(f))) return 0;
  const w = LEARNED[lang];
  if (!w || !Object.keys(w.weights).length) return a.sameAs ? 0.8 : EVIDENCE_PRIOR[a.mention.kind];
  const z = features.reduce((s, f) => s + (w.weights[f] ?? 0), w.bias);
  return 1 / (1 + Math.exp(-z));
}
