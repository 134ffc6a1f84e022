// The English cue stage: for a sentence the quote patterns left without any attribution, wink-nlp's
// part-of-speech tags and lemmas find the reporting cues (every form of a verb in data/cues-en.json,
// "according to"), the content span each one introduces, and the source candidate next to it (the
// subject before the verb, the inverted subject after it, the object of "according to"). The
// mention goes on to the same coreference, name guard and scoring as the patterns' attributions;
// `evidence` holds the features the scoring stage weighs.
import CUES from "./data/cues-en.json" with { type: "json" };
import LEARNED_CUES from "./data/cues-en-learned.json" with { type: "json" };
import WORDNET from "./data/cues-en-wordnet.json" with { type: "json" };
import { FEMALE_NAMES, GROUP_NOUNS, isBareTitle, MALE_NAMES, ORG_WORDS, PERSON_HEAD_NOUNS, PRONOUNS, ROLE_HEAD_WORDS, TIME_WORDS_EN, TITLE_WORDS } from "./lexicon-en.js";
import { englishNlp } from "./nlp-en.js";
// A cycle (quotes-en reads the cue stage), safe: the subject parser is only called, never read at load.
import { parseEnglishSubject } from "./quotes-en.js";
import { isTitleCase } from "./text.js";
import type { Token } from "./tokens.js";
import type { Attribution, Mention, Paragraph, QuoteSpan, Sentence } from "./types.js";

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  quoted: boolean;
  /** Capitalized by a title-case headline and read by the tagger in lower case. */
  recased: boolean;
}

const SPEECH = new Set<string>(CUES.speech);
const AUDIENCE = new Set<string>(CUES.audience);
const BELIEF = new Set<string>(CUES.belief);
const PHRASAL = CUES.phrasal as Record<string, string>;
/** Cues whose "to …" complement is the statement ("vowed to", "declined to", "urged X to"). */
const INFINITIVE = new Set<string>(CUES.infinitive);
const CUE_LEMMAS = new Set([...SPEECH, ...AUDIENCE, ...BELIEF]);
const IRREGULAR = CUES.irregular as Record<string, string>;
/** "Dublin District Court heard that …": bodies whose hearing reports the evidence given. */
const HEARERS = new Set<string>(CUES.hearers);
/** "was emphatic that …": adjectives of a stance declared, after a copula. */
const STANCE = new Set<string>(CUES.stance);
const COPULAS = new Set(["is", "was", "are", "were", "been", "be", "remained", "remains", "remain"]);
/** "called for a freeze on rents": what the verb asks for is the statement. */
const ASK_FOR = new Set<string>(CUES.askFor);
/** "called the charges fabricated", "labeled him a liar": the object and what the speaker named it. */
const NAMING = new Set<string>(CUES.naming);
/** Endings a verb form may carry over its lemma: "says", "noted", "denies"/"denied", "quipped". */
const INFLECTIONS: [RegExp, string][] = [[/(?:s|es|ed|d|ing)$/, ""], [/ie[sd]$/, "y"], [/([bdglmnprt])\1(?:ed|ing)$/, "$1"]];

/** Could the lowercase word be a form of a cue verb (or "according")? Never false for one: a cheap test
 *  that spares the tagger the sentences with no cue in them. */
export function mayBeCueForm(w: string): boolean {
  if (w === "according" || CUE_LEMMAS.has(w) || CUE_LEMMAS.has(IRREGULAR[w] ?? "") || ASK_FOR.has(w) || NAMING.has(w)) return true;
  for (const [ending, by] of INFLECTIONS) {
    const stem = w.replace(ending, by);
    if (stem !== w && [stem, `${stem}e`].some((x) => CUE_LEMMAS.has(x) || ASK_FOR.has(x) || NAMING.has(x))) return true;
  }
  // "criticised", "theorising": the British spelling of a cue written with -ize.
  const american = w.replace(/is(e|es|ed|ing)$/, "iz$1");
  return american !== w && mayBeCueForm(american);
}

/** Verbs of communication and of cognition by WordNet's first sense: candidates the curated lists miss. */
const NOT_CUES = new Set<string>(CUES.notCues.verbs);
const COMMUNICATION = new Set<string>(WORDNET.communication.filter((w) => !NOT_CUES.has(w)));
const COGNITION = new Set<string>(WORDNET.cognition);
/** Verbs that cue attributions in annotated news (PolNeAR train, scripts/mine-cues.ts), with how often they do. */
const LEARNED = new Map<string, number>(Object.entries(LEARNED_CUES.lemmas as Record<string, { precision: number }>).filter(([l]) => !NOT_CUES.has(l) && l !== "accord").map(([l, c]) => [l, c.precision]));
/** Nouns that cue a statement ("Trump's claim that …", "her warning that …"): the learned nouns and the nouns
 *  that are also cue verbs. */
const NOUN_CUES = new Set<string>([...Object.keys(LEARNED_CUES.nouns), ...SPEECH, ...LEARNED.keys()]);
/** The learned precision of a cue lemma as a feature: how far the scoring stage may trust it is learned per bucket. */
const precisionBucket = (lemma: string): string => {
  const p = LEARNED.get(lemma);
  return p === undefined ? "cue-precision:none" : `cue-precision:${p >= 0.8 ? "high" : p >= 0.6 ? "mid" : "low"}`;
};
/** Words between a subject and its verb ("has also said", "would later tell"). */
const BETWEEN = new Set(["has", "have", "had", "also", "later", "then", "repeatedly", "previously", "once", "recently", "again", "publicly", "privately", "would", "will", "did", "does", "do", "is", "was", "were", "are", "been", "be", "not", "never", "further", "often", "even", "still", "already", "separately", "bluntly", "flatly", "simply", "only", "just", "frequently", "himself", "herself", "itself", "themselves", "first", "initially", "quickly", "since", "long", "always", "had", "reportedly", "apparently", "explicitly", "openly", "falsely", "correctly", "wrongly", "incorrectly", "n't"]);
const NEGATIONS = new Set(["not", "never", "n't"]);
const PASSIVE_AUX = new Set(["is", "was", "were", "are", "been", "be"]);
const BODY_HEADS = new Set(["campaign", "administration", "camp"]);
const NAME_LINKS = new Set(["of", "de", "van", "von", "al", "bin", "la", "le", "du", "del", "da", "and", "&", "for"]);
/** A word joining two capitalized parts of one name: "of", "bin", …; "to" after a body word ("Committee to Protect Journalists"). */
const nameLink = (ts: Tok[], x: number) => NAME_LINKS.has(ts[x].lower) || (ts[x].lower === "to" && x > 0 && isCap(ts[x - 1]) && ORG_WORDS.has(ts[x - 1].lower));
const QUOTE_CHARS = /^["“”‘’'«»„]+$/;
/** Words that open a sentence before its subject ("But Trump said", "While Comey said", "As Politico reported"). */
const CLAUSE_OPENERS = new Set(["but", "and", "or", "yet", "so", "then", "now", "when", "while", "whereas", "as", "after", "before", "although", "though", "because", "since", "once", "even", "still", "meanwhile", "later", "earlier", "indeed", "instead"]);
/** Of those, the ones that open a subordinate clause, which ends at its comma. */
const SUBORDINATORS = new Set(["when", "while", "whereas", "as", "after", "before", "although", "though", "because", "since", "once"]);

const isCap = (t: Tok) => /^\p{Lu}/u.test(t.text) && !QUOTE_CHARS.test(t.text);
const isWord = (t: Tok) => /[\p{L}\p{N}]/u.test(t.text);

/** A form of any cue verb, curated, WordNet's or learned ("Reveals", "Touts", "Denounces"). */
function anyCueForm(w: string): boolean {
  if (mayBeCueForm(w)) return true;
  const known = (x: string) => LEARNED.has(x) || COMMUNICATION.has(x);
  return known(w) || INFLECTIONS.some(([ending, by]) => {
    const stem = w.replace(ending, by);
    return stem !== w && (known(stem) || known(`${stem}e`));
  });
}

const GIVEN_NAMES = new Set([...MALE_NAMES, ...FEMALE_NAMES].map((n) => n.toLowerCase()));

/** A title-case sentence with its cue verbs written in lower case, so that the tagger reads them as verbs
 *  ("Obama Sees …" → "Obama sees …"); the same length, so every offset holds. */
function recased(text: string): string {
  return text.replace(/(?<=\s)\p{Lu}\p{Ll}+\b/gu, (w) => (anyCueForm(w.toLowerCase()) && !GIVEN_NAMES.has(w.toLowerCase()) ? w.toLowerCase() : w));
}

/** The sentence as wink tokens placed in the paragraph line (offsets recovered by scanning the line). */
function tokensOf(p: Paragraph, s: Sentence, spans: QuoteSpan[]): Tok[] | null {
  const nlp = englishNlp();
  const its = nlp.its;
  const title = isTitleCase(s.text);
  const text = title ? recased(s.text) : s.text;
  const line = title ? p.text.slice(0, s.start) + text + p.text.slice(s.start + text.length) : p.text;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as never) as string[];
  const out: Tok[] = [];
  let at = s.start;
  for (let i = 0; i < values.length; i++) {
    const found = line.indexOf(values[i], at);
    if (found < 0 || found > at + 40) return null;
    const start = found;
    const end = found + values[i].length;
    at = end;
    const written = p.text.slice(start, end);
    out.push({ text: written, lower: written.toLowerCase(), start, end, pos: pos[i], lemma: String(lemma[i]).toLowerCase(), quoted: spans.some((q) => start >= q.start && start < q.end), recased: written !== values[i] });
  }
  // ", promising to lift …", ", vowing to …": the tagger reads a participle of a promise after a comma as an adjective.
  out.forEach((t, x) => {
    if (t.pos !== "ADJ" || !/ing$/.test(t.lower) || out[x - 1]?.text !== "," || out[x + 1]?.lower !== "to") return;
    const stem = [t.lower.slice(0, -3), `${t.lower.slice(0, -3)}e`].find((w) => INFINITIVE.has(w));
    if (stem) Object.assign(t, { pos: "VERB", lemma: stem });
  });
  return out;
}

/** A lowercase verb (or a word the tagger read as a noun) then "back" and "that", a colon, a comma or a quotation. */
function isRetort(ts: Tok[], k: number): boolean {
  const t = ts[k];
  const next = ts[k + 2];
  return ts[k + 1]?.lower === "back" && (t.pos === "VERB" || t.pos === "NOUN") && /^\p{Ll}+$/u.test(t.text) && k > 0
    && !!next && (next.lower === "that" || next.text === ":" || next.text === "," || next.quoted);
}

type CueClass = "speech" | "audience" | "belief" | "according" | "communication" | "cognition" | "learned";

/** "The High Court heard (that) …", "the inquiry was told …", "the jury heard …": a court, a jury or an inquest
 *  (HEARERS) right before "heard" or a passive "told" is who listened, never who spoke; the speaker is unnamed there. */
function heardBy(ts: Tok[], k: number): boolean {
  const t = ts[k];
  let j = k - 1;
  if (t.lower === "told") {
    if (!PASSIVE_AUX.has(ts[j]?.lower ?? "")) return false;
    while (j >= 0 && (PASSIVE_AUX.has(ts[j].lower) || ["has", "have", "had", "also"].includes(ts[j].lower))) j--;
  } else if (t.lower === "heard" || t.lower === "hears") {
    while (j >= 0 && ["has", "have", "had", "also", "was", "were"].includes(ts[j].lower)) j--;
  } else return false;
  return j >= 0 && HEARERS.has(ts[j].lower);
}

function cueClass(ts: Tok[], k: number): CueClass | null {
  const t = ts[k];
  if (t.quoted || (isCap(t) && k > 0 && !t.recased)) return null;
  if (heardBy(ts, k)) return null;
  if (t.lower === "according" && ts[k + 1]?.lower === "to") return "according";
  // "Okafor shot back that …", "fired back:", "hit back, saying …": any verb with "back" before what was said is a
  // retort, however the tagger read the verb ("shot" as a noun).
  if (isRetort(ts, k)) return "speech";
  // "The New York Post reports that …", "The Times reports:": a cue form the tagger read as a plural noun, between a name and "that" or a colon.
  // "Mr Amidu was emphatic that …", "she remained adamant that …": a copula, a stance adjective and a "that" clause.
  if (STANCE.has(t.lower) && ts[k + 1]?.lower === "that" && COPULAS.has(ts[k - 1]?.lower ?? "")) return "speech";
  const nounForm = t.pos === "NOUN" && /s$/.test(t.lower) && (ts[k + 1]?.lower === "that" || ts[k + 1]?.text === ":") && !!ts[k - 1] && isCap(ts[k - 1]);
  // "Owen Tregarth Slams Fare Rise": in a title-case headline the tagger may read a cue verb after a name as a noun.
  const headlineVerb = t.recased && t.pos === "NOUN" && k > 0 && isCap(ts[k - 1]) && !ts[k - 1].recased;
  if (t.pos !== "VERB" && !nounForm && !headlineVerb) return null;
  // "declined to say", "wants to tell": an infinitive is no statement made.
  if (ts[k - 1]?.lower === "to") return null;
  // "point out", "weigh in": the particle makes the cue; "point" alone is none.
  if (t.lemma === "point" && ts[k + 1]?.lower !== "out") return null;
  if (ASK_FOR.has(t.lemma) && ts[k + 1]?.lower === "for") return "speech";
  if (AUDIENCE.has(t.lemma)) return "audience";
  if (SPEECH.has(t.lemma)) return "speech";
  if (BELIEF.has(t.lemma)) return "belief";
  if (NAMING.has(t.lemma)) return "speech";
  if (COMMUNICATION.has(t.lemma)) return "communication";
  if (COGNITION.has(t.lemma)) return "cognition";
  if (LEARNED.has(t.lemma)) return "learned";
  return null;
}

/** The noun phrase ending at index `end` (inclusive), leftwards: [from, end], or null. */
function phraseLeft(ts: Tok[], end: number): [number, number] | null {
  let j = end;
  // "the director of emergencies Maria Lindqvist": "of" after a title word joins the office it holds.
  const offices = new Set(ts.filter((t, x) => t.lower === "of" && x > 0 && TITLE_WORDS.has(ts[x - 1].lower) && !ts[x + 1]?.quoted));
  const inPhrase = (t: Tok) => !t.quoted && (offices.has(t) || isCap(t) || ["PROPN", "NOUN", "ADJ", "NUM", "DET"].includes(t.pos) || /^['’]s$/.test(t.text) || (t.pos === "PRON" && PRONOUNS[t.lower] !== undefined) || t.text === "-" || t.text === ".");
  if (!ts[j] || !inPhrase(ts[j]) || ts[j].pos === "DET") return null;
  if (ts[j].pos === "PRON") return [j, j];
  // "A highly-placed police source": the parts of a hyphenated modifier belong to the phrase whatever their tags.
  const hyphened = (k: number) => (ts[k + 1]?.text === "-" && ts[k].end === ts[k + 1].start) || (k > 0 && ts[k - 1].text === "-" && ts[k - 1].end === ts[k].start);
  while (j - 1 >= 0 && ((inPhrase(ts[j - 1]) || hyphened(j - 1)) && ts[j - 1].pos !== "PRON" || (nameLink(ts, j - 1) && j - 2 >= 0 && isCap(ts[j - 2]) && isCap(ts[j])))) {
    j--;
    // "At the end of August the WHO said": a determiner opens the phrase; what stands before it is another one.
    if (ts[j].pos === "DET" && ["the", "a", "an"].includes(ts[j].lower)) break;
  }
  return [j, end];
}

/** The noun phrase starting at `from`, rightwards, up to a comma, a verb or the end. */
function phraseRight(ts: Tok[], from: number): [number, number] | null {
  let j = from;
  // "Indian Space Research Organisation (ISRO) chairman K. Sivan": a body's initials in brackets inside the phrase.
  const initials = (x: number) => x > from && ts[x].text === "(" && ts[x + 2]?.text === ")" && /^\p{Lu}{2,}$/u.test(ts[x + 1].text) && isCap(ts[x - 1]);
  // A determiner after the first word opens the next phrase ("told reporters the budget …").
  while (j < ts.length && !ts[j].quoted && !(j > from && ts[j].pos === "DET") && (isCap(ts[j]) || ["PROPN", "NOUN", "ADJ", "NUM", "DET"].includes(ts[j].pos) || /^['’]s$/.test(ts[j].text) || (NAME_LINKS.has(ts[j].lower) && isCap(ts[j + 1] ?? ts[j]) && j > from) || initials(j))) j += initials(j) ? 3 : 1;
  if (j === from && ts[from] && ts[from].pos === "PRON" && PRONOUNS[ts[from].lower]) return [from, from];
  return j > from ? [from, j - 1] : null;
}

/** A source phrase as a mention: a pronoun, a name (titles before it kept as its role), a named body
 *  ("the Clinton campaign"); null for a phrase that names nobody ("a spokesman", "officials"). */
function mentionOf(p: Paragraph, ts: Tok[], [from, to]: [number, number], lowercaseHead = false): { mention: Mention; shape: string } | null {
  const head = ts[to];
  if (from === to && head.pos === "PRON") {
    const g = PRONOUNS[head.lower];
    if (!g) return null;
    return { mention: { kind: "pronoun", surface: head.text, role: null, gender: g, pos: p.base + head.start }, shape: "pronoun" };
  }
  let last = to;
  let body = false;
  if (BODY_HEADS.has(head.lower) && to > from && isCap(ts[to - 1])) {
    body = true;
    last = to - 1;
  } else if (BODY_HEADS.has(head.lower) && to - 1 > from && /^['’]s?$/.test(ts[to - 1].text) && isCap(ts[to - 2])) {
    // "Tamsin Rowe’s campaign", "Sanders’ campaign": the campaign of the person named.
    body = true;
    last = to - 2;
  } else if (/^['’]s$/.test(head.text)) return null;
  else if (!isCap(head)) return lowercaseHead ? lowercaseHeaded(p, ts, from, to) : null;
  let first = last;
  // "Annelies de Jong-Bakker": a hyphen between two capitalized parts joins one name word.
  const joins = (t: Tok, x: number) => t.text === "." || ((t.text === "-" || nameLink(ts, x)) && x - 1 >= from && isCap(ts[x - 1]));
  while (first - 1 >= from && (isCap(ts[first - 1]) || joins(ts[first - 1], first - 1))) first--;
  // Leading titles go to the role ("Sen. Ted Cruz", "Secretary of State John Kerry", "Democratic nominee Hillary Clinton").
  let nameFrom = first;
  while (nameFrom < last && (isBareTitle(ts[nameFrom].text) || TITLE_WORDS.has(ts[nameFrom].lower) || ts[nameFrom].lower === "of" || /^(?:democratic|republican|gop|presidential|former|u\.s\.|state)$/i.test(ts[nameFrom].text)) && !ORG_WORDS.has(ts[last].lower)) nameFrom++;
  // "Infrastructure Minister Annelies de Jong-Bakker": a title word further in ends the role (a person's name holds none).
  if (!ORG_WORDS.has(ts[last].lower)) {
    for (let x = last - 1; x > nameFrom; x--) {
      if (!TITLE_WORDS.has(ts[x].lower) && !isBareTitle(ts[x].text)) continue;
      nameFrom = x + 1;
      break;
    }
  }
  // "The Nigeria Centre for Disease Control": the article opening the sentence is no part of the name.
  while (nameFrom < last && ["the", "a", "an"].includes(ts[nameFrom].lower)) nameFrom++;
  const words = ts.slice(nameFrom, last + 1);
  // "the 71-year-old Senate President said": a phrase closing on a title names an office holder, never a person by name.
  // ("Billie Jean King" is a name: the word before the title must be a body's or another title's).
  const prior = ts[last - 1]?.lower ?? "";
  if (!body && words.length > 1 && ROLE_HEAD_WORDS.has(ts[last].lower) && !ORG_WORDS.has(ts[last].lower) && (ORG_WORDS.has(prior) || TITLE_WORDS.has(prior))) return lowercaseHead ? lowercaseHeaded(p, ts, from, to) : null;
  if (!words.length || words.every((w) => TIME_WORDS_EN.has(w.lower) || GROUP_NOUNS.has(w.lower))) {
    // "Police said", "Officials said": a group or a body as the quote patterns read one, never a name.
    return lowercaseHead && words.length && words.every((w) => GROUP_NOUNS.has(w.lower)) ? lowercaseHeaded(p, ts, from, to) : null;
  }
  const role = nameFrom > from && !ts.slice(from, nameFrom).every((t) => ["the", "a", "an"].includes(t.lower)) ? p.text.slice(ts[from].start, ts[nameFrom - 1].end) : null;
  const surface = body ? p.text.slice(words[0].start, head.end) : p.text.slice(words[0].start, words[words.length - 1].end);
  // "Centre for Disease Control and Prevention": a body's word joined by "for"/"of" to the rest of its name.
  // "the WHO said", "CENTCOM said": a lone acronym names a body.
  const acronym = words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0].text);
  const org = body || acronym || ORG_WORDS.has(ts[last].lower) || words.some((w, x) => isCap(w) && ORG_WORDS.has(w.lower) && ["for", "of", "on", "to"].includes(words[x + 1]?.lower ?? ""));
  return {
    mention: { kind: org ? "organization" : "name", surface, role, gender: org ? "n" : null, pos: p.base + words[0].start },
    shape: org ? (body ? "body" : "org") : words.length === 1 ? "surname" : "fullname",
  };
}

/** "the Houthi group", "the AIU panel", "Iraqi police", "a Lebanese security source": a phrase whose head is a
 *  lowercase noun is read as the quote patterns read a subject (parseEnglishSubject): a body, a group or an
 *  titled source, never a personal name. */
function lowercaseHeaded(p: Paragraph, ts: Tok[], from: number, to: number): { mention: Mention; shape: string } | null {
  const words: Token[] = [];
  let joining = false;
  for (const [k, t] of ts.slice(from, to + 1).entries()) {
    const prev = words[words.length - 1];
    const next = ts[from + k + 1];
    if (/^['’]s?$/.test(t.text) && prev && prev.end === t.start) words[words.length - 1] = { ...prev, text: prev.text + t.text, end: t.end };
    // "a highly-placed source": a hyphen between two words makes one word of them.
    else if (t.text === "-" && prev && prev.end === t.start && next && t.end === next.start && from + k + 1 <= to) {
      words[words.length - 1] = { ...prev, text: prev.text + t.text, end: t.end };
      joining = true;
    } else if (joining && prev && /[\p{L}\p{N}]/u.test(t.text)) {
      words[words.length - 1] = { ...prev, text: prev.text + t.text, end: t.end };
      joining = false;
    } else if (/[\p{L}\p{N}]/u.test(t.text)) words.push({ kind: "word", text: t.text, start: t.start, end: t.end });
    // "CAIRO (Reuters) -The … group": a dateline's dash before the phrase is no part of it.
    else if (words.length) return null;
  }
  const mention = parseEnglishSubject(p.text, p.base, words, null);
  if (!mention || !LOWERCASE_HEADED_KINDS.has(mention.kind)) return null;
  // "most nations", "a Pakistan-based group called …": a group only of a people noun, a body only after "the" or a
  // capitalized word.
  const head = words[words.length - 1].text.toLowerCase();
  if (mention.kind === "group" && !GROUP_NOUNS.has(head)) return null;
  if (mention.kind === "organization" && words[0].text.toLowerCase() !== "the" && !/^\p{Lu}/u.test(words[0].text)) return null;
  // "the governor tweeted": a definite title refers to someone the article named with that role, else to nobody.
  const referring = mention.kind === "title" && !mention.indefinite;
  return { mention: referring ? { ...mention, referring } : mention, shape: mention.kind === "organization" ? "body" : mention.kind };
}
const LOWERCASE_HEADED_KINDS = new Set<Mention["kind"]>(["organization", "group", "title"]);

const END_PUNCT = /^[.!?;:,]+$/;

/** A short object the verb takes ("endorsed Clinton", "defended his record"): a noun phrase, nothing else. */
const isObjectPhrase = (ts: Tok[]) => ts.length > 0 && ts.length <= 4 && ["NOUN", "PROPN", "PRON"].includes(ts[ts.length - 1].pos)
  && ts.every((t) => ["NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"].includes(t.pos) || /^['’]s?$/.test(t.text) || t.quoted);

/** The content between two tokens; shorter than three words only when `objects` allows a short object phrase. */
function contentText(p: Paragraph, ts: Tok[], from: number, to: number, objects = false): { text: string; start: number; type: Attribution["type"]; short: boolean } | null {
  while (from <= to && (END_PUNCT.test(ts[from].text) || ts[from].lower === "that")) from++;
  while (to >= from && (END_PUNCT.test(ts[to].text) || ts[to].text === "—" || ts[to].text === "–")) to--;
  if (to < from) return null;
  let start = ts[from].start;
  let end = ts[to].end;
  let text = p.text.slice(start, end);
  const short = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 3;
  if (short && !(objects && isObjectPhrase(ts.slice(from, to + 1).filter((t) => !QUOTE_CHARS.test(t.text))))) return null;
  const quoted = ts.slice(from, to + 1).filter((t) => t.quoted && isWord(t)).length;
  const wordsIn = ts.slice(from, to + 1).filter(isWord).length;
  // A content that is all one quote drops its marks, as the patterns do.
  if (quoted === wordsIn) {
    const inner = text.replace(/^["“‘«„]+/, "").replace(/[,.!?]?["”’»]+$/, "");
    start += text.indexOf(inner);
    end = start + inner.length;
    text = inner;
  }
  return { text, start, type: quoted === 0 ? "indirect" : quoted === wordsIn ? "direct" : "partial", short };
}

/** Words that open an adjunct after a reporting verb ("in an interview", "on Tuesday", "earlier"). */
const ADJUNCT_OPENERS = new Set(["in", "on", "at", "during", "after", "before", "from", "via", "through", "while", "when", "earlier", "later", "last", "this", "late", "early", "again", "repeatedly", "recently", "publicly", "privately", "afterward", "afterwards", "then", "since", "as", "over", "under", "with", "outside", "inside", "ahead", "following", "amid"]);

/** The first token after the adjuncts that open at `from`, skipped to the next comma or "that";
 *  -1 when the sentence ends inside them. */
function pastAdjuncts(ts: Tok[], from: number): number {
  let i = from;
  while (i < ts.length && !ts[i].quoted && (ADJUNCT_OPENERS.has(ts[i].lower) || TIME_WORDS_EN.has(ts[i].lower)) && !quantifies(ts, i)) {
    let j = i + 1;
    while (j < ts.length && ts[j].text !== "," && ts[j].lower !== "that" && !ts[j].quoted && ts[j].text !== ":") j++;
    if (j >= ts.length) {
      // "said on Sunday its forces had …", "said in a statement the firm would …": no comma or "that" closes
      // the adjunct, so it ends where its noun phrase does, and a clause must open there.
      const end = adjunctPhraseEnd(ts, i);
      return end > i && end < ts.length && (CLAUSE_START_POS.has(ts[end].pos) || quantifies(ts, end)) && !ts[end].quoted ? end : -1;
    }
    i = ts[j].quoted ? j : j + 1;
  }
  return i;
}

/** "at least three reporters", "at most a dozen": "at" opening a quantity, which opens the clause said. */
const quantifies = (ts: Tok[], i: number) => ts[i].lower === "at" && ["least", "most"].includes(ts[i + 1]?.lower ?? "");

/** What may open the clause after an adjunct: a determiner, a pronoun or a name. */
const CLAUSE_START_POS = new Set(["DET", "PRON", "PROPN"]);
/** The nouns, adjectives, numbers and names an adjunct's noun phrase may hold. */
const ADJUNCT_NP_POS = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** The token after a chain of short adjuncts opening at `i` ("on Sunday", "in a statement on Tuesday", "last
 *  week"): each is an opener, at most one determiner, then nouns; a name after a time word or a common noun
 *  opens the clause. */
function adjunctPhraseEnd(ts: Tok[], i: number): number {
  let k = i;
  while (k < ts.length && (ADJUNCT_OPENERS.has(ts[k].lower) || TIME_WORDS_EN.has(ts[k].lower)) && !quantifies(ts, k)) {
    let j = ADJUNCT_OPENERS.has(ts[k].lower) ? k + 1 : k;
    if (ts[j]?.pos === "DET" && ["a", "an", "the"].includes(ts[j].lower)) j++;
    const np = j;
    // A name after a common noun or a time word opens the clause ("on Tuesday night Jones had …").
    const opensClause = (t: Tok, prev: Tok) => t.pos === "PROPN" && !TIME_WORDS_EN.has(t.lower) && (prev.pos === "NOUN" || TIME_WORDS_EN.has(prev.lower));
    while (j < ts.length && j - np < 4 && ADJUNCT_NP_POS.has(ts[j].pos) && !ts[j].quoted && !(j > np && opensClause(ts[j], ts[j - 1]))) j++;
    if (j === np && !TIME_WORDS_EN.has(ts[k].lower)) return -1;
    k = Math.max(j, k + 1);
  }
  return k;
}

/** The subject of the sentence's main clause, before index `limit`: past an opening adjunct ("Early in
 *  his campaign, Trump attacked Romney, calling him …" → Trump), and followed by its verb; else null. */
function mainSubject(ts: Tok[], limit: number): [number, number] | null {
  let from = 0;
  if (ts[0] && (ADJUNCT_OPENERS.has(ts[0].lower) || ts[0].pos === "ADV" || ts[0].pos === "ADP" || ts[0].pos === "SCONJ")) {
    const comma = ts.findIndex((t, i) => i < limit && t.text === ",");
    if (comma < 0) return null;
    from = comma + 1;
  }
  // "Washington (AFP) – X has …": a dateline before the sentence.
  const dash = ts.findIndex((t, i) => i < Math.min(limit, 8) && /^[–—-]$/.test(t.text));
  if (dash > 0 && ts.slice(from, dash).every((t) => isCap(t) || /^[()]$/.test(t.text))) from = dash + 1;
  const np = phraseRight(ts, from);
  if (!np || np[1] >= limit) return null;
  // "Tamsin Rowe shot back": a noun-tagged lowercase word after a capitalized name is its verb.
  if (isCap(ts[np[0]]) && !isCap(ts[np[1]]) && !BODY_HEADS.has(ts[np[1]].lower) && !ORG_WORDS.has(ts[np[1]].lower)) {
    const nameEnd = (t: Tok) => isCap(t) || BODY_HEADS.has(t.lower) || ORG_WORDS.has(t.lower);
    const lastCap = ts.slice(np[0], np[1] + 1).map(nameEnd).lastIndexOf(true) + np[0];
    // "Singh's lawyers, …, relied …": a name before a possessive owns the subject, it is never the subject.
    if (ts.slice(np[0], lastCap + 1).every((t) => nameEnd(t) || t.text === ".") && !/^['’]s?$/.test(ts[lastCap + 1]?.text ?? "")) {
      np[1] = lastCap;
      return np;
    }
  }
  let v = np[1] + 1;
  // "Gary Emineth, a former state party chairman, became …": an apposition set off by commas, with no verb of its own.
  if (ts[v]?.text === ",") {
    let c = v + 1;
    while (c < limit && ts[c].text !== "," && c - v <= 16 && ts[c].pos !== "VERB" && ts[c].pos !== "AUX" && !ts[c].quoted) c++;
    if (c < limit && ts[c].text === "," && c > v + 1) v = c + 1;
  }
  while (v < limit && (BETWEEN.has(ts[v].lower) || ts[v].pos === "ADV" || ts[v].pos === "AUX")) v++;
  // "X shot back …", "X was upfront about …": a lowercase word after the subject opens its predicate, whatever
  // the tagger made of it (a name's phrase never runs on into a lowercase word that is not a noun).
  return ts[v] && (ts[v].pos === "VERB" || ts[v].pos === "AUX" || (v > np[1] + 1 && /^\p{Ll}/u.test(ts[v].text)) || (/^\p{Ll}+$/u.test(ts[v].text) && ts[np[1]].pos === "PROPN" && ts[v].pos !== "NOUN")) ? np : null;
}

/** "A resident of the area said", "a BBC correspondent in Lagos said": the phrase before the verb is the place or body
 *  qualifying a person noun (WordNet noun.person or a title) that opens the clause; the speaker is that person's
 *  phrase, never the qualifier. */
function qualifiedHead(ts: Tok[], [from, to]: [number, number]): [number, number] | null {
  const head = ts[from - 2];
  if (!head || to - from > 5 || !SERVICE_PREPS.has(ts[from - 1].lower) || !/^[a-z][a-z-]*$/.test(head.text) || head.pos !== "NOUN") return null;
  if (!PERSON_HEAD_NOUNS.has(head.lower) && !ROLE_HEAD_WORDS.has(head.lower)) return null;
  const outer = phraseLeft(ts, from - 2);
  return outer && (outer[0] === 0 || [",", "and", "but"].includes(ts[outer[0] - 1].lower)) ? outer : null;
}
const SERVICE_PREPS = new Set(["of", "at", "from", "in", "with"]);

/** "…, said Ms. Lowe." / "…, said Ms. Lowe, a spokeswoman.": after the verb only a phrase and the sentence end or a comma. */
function inverted(ts: Tok[], k: number): boolean {
  const np = phraseRight(ts, k + 1);
  return !!np && (np[1] + 1 >= ts.length || END_PUNCT.test(ts[np[1] + 1].text));
}

/** "said Obama is overselling …": the phrase after the verb has a verb of its own, so it opens the clause said. */
function clauseAfter(ts: Tok[], k: number): boolean {
  const np = phraseRight(ts, k + 1);
  const next = np ? ts[np[1] + 1] : undefined;
  return !!next && !next.quoted && (next.pos === "VERB" || next.pos === "AUX");
}

/** Words that open a subordinate clause: its subject's verb reports nothing said before it. */
const FRONTED_SUBORDINATORS = new Set(["if", "unless", "when", "whenever", "because", "since", "until", "after", "before", "while", "whether", "once", "although", "though"]);

/** Verbs that report what a document found or showed. */
const FINDING_LEMMAS = new Set(["find", "show"]);

/** Words an aside set off by commas may open with while holding a verb: a relative clause or a participle. */
const ASIDE_RELATIVES = new Set(["who", "whose", "which"]);

/** "Sanders, meanwhile, hopes …", "Senator X of Texas, the No. 2 Republican in the Senate, said …", "And a
 *  third, Daniel Traynor, said …": up to two asides set off by commas between the subject and its verb
 *  (`j` is the comma before the verb). The subject is the phrase before the asides, opening its clause; or
 *  the aside itself when it is a bare name after a description ("a third", "his rival"). */
function asideSubject(ts: Tok[], j: number, relatives = false): [number, number] | null {
  let end = j;
  for (let hop = 0; hop < 3; hop++) {
    if (ts[end]?.text !== ",") return null;
    let c = end - 1;
    while (c >= 0 && ts[c].text !== "," && end - c <= 40 && !ts[c].quoted && !/^[;:!?]$/.test(ts[c].text)) c--;
    if (c < 1 || ts[c].text !== ",") return null;
    const aside = ts.slice(c + 1, end);
    if (!aside.length) return null;
    // "Sen. Lindsey Graham, R-S.C., a candidate, said": a party tag blanked out leaves an empty aside before this one.
    while (c > 1 && ts[c - 1].text === ",") c--;
    // "a former official who is now a fellow at …": a noun phrase and its relative clause, whose verb is the clause's.
    const relative = aside.findIndex((t) => ASIDE_RELATIVES.has(t.lower));
    const verb = aside.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
    // Read only before a verb of saying, whose content is a clause ("described officers working alone …" is an act).
    const opensClause = relative === 0 || (aside[0].pos === "VERB" && /ing$/.test(aside[0].lower)) || (relatives && relative > 0 && verb > relative);
    if (!opensClause && verb >= 0) return null;
    const named = aside.length >= 2 && aside.length <= 4 && aside.every((t) => isCap(t) || t.text === ".");
    const before = phraseLeft(ts, c - 1);
    if (named && before && ts.slice(before[0], c).some((t) => !isCap(t))) return [c + 1, end - 1];
    // "from Jackson, Miss., attending …": a one-word state after a town and a comma is still the aside.
    const place = !!before && before[0] === before[1] && ts[before[0] - 1]?.text === "," && !!ts[before[0] - 2] && isCap(ts[before[0] - 2]);
    if (place) {
      end = before![0] - 1;
      continue;
    }
    if (before && (before[0] === 0 || [",", "and", "but"].includes(ts[before[0] - 1].lower) || QUOTE_CHARS.test(ts[before[0] - 1].text))) return before;
    end = c;
  }
  return null;
}

/** "called the charges fabricated", "calling Trump a fascist", "called him “a total stiff”": an object, then
 *  a second phrase or an adjective that is what the speaker named it (not "called a press conference on …"). */
function namesObject(ts: Tok[], at: number): boolean {
  const obj = phraseRight(ts, at);
  if (!obj) return false;
  if (ts[obj[1]].pos === "ADJ" && obj[1] > obj[0]) return true;
  // The name may open on its quotation mark ("called the standards “strong”").
  let n = obj[1] + 1;
  while (ts[n] && QUOTE_CHARS.test(ts[n].text)) n++;
  const next = ts[n];
  return !!next && (next.quoted || ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(next.pos));
}

/** Cue classes whose verbs take a noun object ("praised", "endorsed", "denounced"), unlike "say" or "tell". */
const OBJECT_CLASSES = new Set<CueClass>(["speech", "communication", "learned"]);
/** Words opening a reported question or explanation ("why the killers were not arrested", "whether he was in custody"). */
const WH_WORDS = new Set(["why", "whether", "how"]);
/** Verbs whose object is a clause, never a short noun phrase that is a statement ("said it", "added Friday"). */
const SAY_LIKE = new Set(["say", "add", "tell", "write", "note", "explain", "continue", "ask", "report", "state", "reply", "respond", "answer", "find", "show", "point", "call"]);

/** Words that join a second clause with its own speaker ("X wants A and Y wants B", "…, while Y suggests …",
 *  "…, with the army also saying …"). */
const CLAUSE_JOINS = new Set(["and", "but", "while", "whereas", "with", ",", ";"]);

/** Where a content running from `from` ends: before a joined clause whose own subject (a name or a pronoun)
 *  has its own cue ("Weld describes A, and Johnson talks about B"), or before a joined cue of the same
 *  subject ("praised A and said B"); the sentence end when there is none. */
function nextClauseCue(p: Paragraph, ts: Tok[], from: number): number {
  for (let m = from + 1; m < ts.length; m++) {
    if (ts[m].quoted || !cueClass(ts, m)) continue;
    let j = m - 1;
    while (j > from && (BETWEEN.has(ts[j].lower) || ts[j].pos === "ADV")) j--;
    // "praised the crews and said …": a second reporting verb of the same subject opens its own content.
    if (j > from && ["and", "but"].includes(ts[j].lower)) return ts[j - 1]?.text === "," ? j - 1 : j;
    // "…, reports USA Today.": an inverted attribution closing the sentence.
    if (ts[m - 1]?.text === "," && inverted(ts, m)) return m - 1;
    const subject = phraseLeft(ts, j);
    // "…,” the Times reported": the comma may stand inside the closing quotation mark.
    const join = subject ? ts[subject[0] - 1] : undefined;
    if (!subject || subject[0] <= from || !join || !(CLAUSE_JOINS.has(join.lower) || (QUOTE_CHARS.test(join.text) && /,$/.test(ts[subject[0] - 2]?.text ?? "")))) continue;
    if (mentionOf(p, ts, subject, SAY_LIKE.has(ts[m].lemma))) return ts[subject[0] - 2]?.text === "," ? subject[0] - 2 : subject[0] - 1;
  }
  return ts.length;
}

/** Attributions the cues of one sentence introduce. */
export function cueAttributions(p: Paragraph, s: Sentence, spans: QuoteSpan[]): Attribution[] {
  if (s.text.length > 2000) return [];
  const ts = tokensOf(p, s, spans);
  if (!ts) return [];
  const out: Attribution[] = [...nominalAttributions(p, ts), ...colonQuoteAttributions(p, ts, spans), ...quoteThenVerbAttributions(p, ts, spans)];
  let lastSource: [number, number] | null = null;
  const opening = quoteThenVerb(p, ts, spans);
  for (let k = 0; k < ts.length; k++) {
    // The verb after an opening quotation and its speaker reports the quotation (quoteThenVerbAttributions).
    if (opening && k === opening.verb) {
      lastSource = opening.source;
      continue;
    }
    const cls = cueClass(ts, k);
    if (!cls) continue;
    const evidence = [`cue:${cls}`, `lemma:${ts[k].lemma}`, precisionBucket(ts[k].lemma)];
    let source: [number, number] | null = null;
    let side = "";
    let contentFrom = -1;
    let contentTo = -1;
    let subordinate = false;
    let opened = false;
    if (cls === "according") {
      source = phraseRight(ts, k + 2);
      side = "according";
      if (!source) continue;
      const after = source[1] + 1;
      if (k === 0 || ts.slice(0, k).every((t) => END_PUNCT.test(t.text) || QUOTE_CHARS.test(t.text))) [contentFrom, contentTo] = [after, ts.length - 1];
      else [contentFrom, contentTo] = [0, k - 1];
    } else {
      let j = k - 1;
      // Between the subject and its verb: auxiliaries, adverbs ("now says"), a bracketed party and state ("Rep. Hank Johnson (D-Ga.) said").
      for (;;) {
        if (j >= 0 && (BETWEEN.has(ts[j].lower) || (ts[j].pos === "ADV" && !NEGATIONS.has(ts[j].lower)) || (STANCE.has(ts[k].lower) && COPULAS.has(ts[j].lower)))) j--;
        else if (j >= 2 && ts[j].text === ")") {
          const open = ts.slice(Math.max(0, j - 8), j).map((t) => t.text).lastIndexOf("(");
          if (open < 0) break;
          j = Math.max(0, j - 8) + open - 1;
        } else break;
      }
      const between = ts.slice(j + 1, k).map((t) => t.lower);
      // "did not respond", "never said": no statement; "is expected to", "was told": a passive names no speaker.
      if (between.some((w) => NEGATIONS.has(w)) || (between.some((w) => PASSIVE_AUX.has(w)) && /ed$|en$|wn$|ld$|id$/.test(ts[k].lower))) continue;
      // "After blasting the media for its coverage, Trump said …": a participle right after the preposition opening the
      // sentence has the main clause's subject (past the adjunct's comma), and says only what stands before that comma.
      const openingAdjunct = k === 1 && /ing$/.test(ts[k].lower) && isCap(ts[0]) && (ts[0].pos === "ADP" || ts[0].pos === "SCONJ");
      const left = !openingAdjunct && j >= 0 && !END_PUNCT.test(ts[j].text) && !QUOTE_CHARS.test(ts[j].text) ? phraseLeft(ts, j) : null;
      // An aside before the verb is read only for the curated cues (a WordNet verb after "X, 57," is rarely a statement).
      const curated = cls !== "communication" && cls !== "cognition" && cls !== "learned";
      const aside = !left && curated && !inverted(ts, k) ? asideSubject(ts, j, SAY_LIKE.has(ts[k].lemma)) : null;
      // ", saying that …", ", adding …": the subject of the main clause said it.
      // "began by saying …", "criticized for saying …": after a preposition, likewise.
      if (!left && /ing$/.test(ts[k].lower) && (ts[k - 1]?.text === "," || ts[k - 1]?.pos === "ADP" || ts[k - 1]?.pos === "SCONJ")) {
        // "“…,” McConnell said in June 2012, citing …": the speaker of the cue just before, else the main clause's subject.
        source = openingAdjunct ? mainSubject(ts, ts.length) : (out.length && out[out.length - 1].evidence?.some((e) => e === "side:left" || e === "side:after-quote") ? lastSource : null) ?? mainSubject(ts, k);
        side = "participle";
        if (openingAdjunct) subordinate = true;
      } else if (left) {
        source = qualifiedHead(ts, left) ?? left;
        side = "left";
      } else if (aside) {
        source = aside;
        side = "aside";
      } else if (j > 0 && ["and", "but"].includes(ts[j].lower)) {
        // "Obama praised Clinton and said …": a verb joined to the main clause has its subject.
        source = mainSubject(ts, j);
        side = "conjoined";
      } else if (curated && !clauseAfter(ts, k)) {
        // Inverted ("…, said Ms. Lowe"): only the curated reporting verbs are written that way; a phrase with its own
        // verb after it is the subject of what was said ("X, a candidate, said Obama is …"), never the speaker.
        source = phraseRight(ts, k + 1);
        side = "right";
      }
      if (!source) continue;
      // "While Comey said …, he said …", "But Trump blamed …": a clause opener capitalized by the sentence start is no
      // part of the subject; after a subordinator the clause ends at its comma, and the main clause has its own subject.
      if (side === "left" && source[0] === 0 && source[1] > 0 && isCap(ts[0]) && CLAUSE_OPENERS.has(ts[0].lower)) {
        source = [1, source[1]];
        opened = true;
        if (SUBORDINATORS.has(ts[0].lower)) subordinate = true;
      }
      let after = side === "right" ? source[1] + 1 : k + 1;
      // "called for a freeze on rents": what was asked for; "called the charges fabricated": the object and its name.
      const askedFor = side !== "right" && ASK_FOR.has(ts[k].lemma) && ts[after]?.lower === "for";
      const naming = side !== "right" && !askedFor && NAMING.has(ts[k].lemma) && namesObject(ts, after);
      if (askedFor) after++;
      if (askedFor || naming) evidence.push(askedFor ? "asked-for" : "naming");
      else if (NAMING.has(ts[k].lemma) && !SPEECH.has(ts[k].lemma) && !AUDIENCE.has(ts[k].lemma)) continue;
      if ((PHRASAL[ts[k].lemma] && ts[after]?.lower === PHRASAL[ts[k].lemma]) || (ts[after]?.lower === "back" && isRetort(ts, k))) after++;
      // "told reporters (that)", "urged Congress to": the audience comes before the content.
      if (cls === "audience" && side !== "right" && !askedFor && !naming) {
        const obj = phraseRight(ts, after);
        if (obj) after = obj[1] + 1;
        if (/^(?:of|to|that|about|for|on)$/.test(ts[after]?.lower ?? "")) after += ts[after].lower === "that" ? 1 : 0;
      }
      // "questioned the advocate general why …", "asked Inspector General X whether …": the one questioned, then the question.
      if (side !== "right" && !askedFor && !naming && cls !== "audience" && !WH_WORDS.has(ts[after]?.lower ?? "")) {
        const obj = phraseRight(ts, after);
        if (obj && WH_WORDS.has(ts[obj[1] + 1]?.lower ?? "")) after = obj[1] + 1;
      }
      // "said in a statement that …", "said on Tuesday, …": an adjunct is not what was said.
      if (side !== "right") after = pastAdjuncts(ts, after);
      // "“…,” McConnell said in June 2012, citing the release …": a participle after the adjuncts opens a clause of
      // its own (its cue is read in turn); what was said stands before the speaker.
      // "“…,” the source said, requesting anonymity as …": a participle right after the verb's comma likewise.
      const participle = side !== "right" && ((after > k + 1 && ts[after - 1]?.text === "," && ts[after]?.pos === "VERB" && /ing$/.test(ts[after].lower) && cueClass(ts, after) !== null)
        || (after === k + 1 && ts[after]?.text === "," && ts[after + 1]?.pos === "VERB" && /ing$/.test(ts[after + 1].lower) && ts.slice(0, k).some((t) => t.quoted)));
      const rest = after < 0 || participle ? 0 : ts.slice(after).filter(isWord).length;
      // "endorsed Clinton", "defended his record": a verb that takes an object may have a short one.
      const object = side !== "right" && rest >= 1 && rest < 3 && OBJECT_CLASSES.has(cls) && !SAY_LIKE.has(ts[k].lemma);
      if (object) evidence.push("short-object");
      if (side !== "right" && (rest >= 3 || object)) {
        [contentFrom, contentTo] = [after, nextClauseCue(p, ts, after + 1) - 1];
        // "While Comey said there was clear evidence …, he said …": the subordinate clause ends at its comma.
        const close = subordinate ? ts.findIndex((t, x) => x > after + 2 && x <= contentTo && t.text === "," && !t.quoted) : -1;
        if (close > 0) contentTo = close - 1;
        // The object and an adjunct ran past the opening adjunct's comma: what stands there is the main clause.
        if (openingAdjunct && ts.slice(k + 1, after).some((t) => t.text === ",")) continue;
      }
      // "Added coach Peter Lane: “…”": a verb opening the sentence, its speaker and a colon; what was said follows.
      else if (side === "right" && k === 0 && ts[source[1] + 1]?.text === ":" && source[1] + 2 < ts.length) [contentFrom, contentTo] = [source[1] + 2, ts.length - 1];
      else if (side === "right") [contentFrom, contentTo] = [0, k - 1];
      else if (source[0] === 0) continue;
      // "… a comeback if veteran coach Mills asked him": a subject after a subordinator opens a clause inside what was
      // said; it reports nothing said before it.
      else if (ts[source[0] - 1].pos === "SCONJ" || FRONTED_SUBORDINATORS.has(ts[source[0] - 1].lower)) continue;
      else [contentFrom, contentTo] = [0, source[0] - 1];
    }
    // "the warden at Greystone described": the name is inside a phrase headed by someone unnamed.
    // "…, with the army also saying …": the subject of a participle after "with" is who says it.
    const withSaying = ts[source[0] - 1]?.lower === "with" && /ing$/.test(ts[k].lower);
    if (side === "left" && !opened && source[0] > 0 && ts[source[0] - 1].pos === "ADP" && !withSaying && !["according"].includes(ts[source[0] - 2]?.lower ?? "")) continue;
    // A source whose head is a lowercase noun ("the governor", "Iraqi police") only for a verb of saying, "according
    // to" or a "that" clause: "the judge scheduled a hearing", "unpaid players threatened to …" report acts.
    // A question or an explanation reported ("clarified why they opted …", "questioned X whether …") is said too.
    const saying = cls === "according" || SAY_LIKE.has(ts[k].lemma) || ts[k].lemma === "tweet" || ts[contentFrom]?.lower === "that" || ts[contentFrom - 1]?.lower === "that" || WH_WORDS.has(ts[contentFrom]?.lower ?? "");
    // "Police found that …": a finding is a document's ("the report found") or researchers', never a force's.
    const groupOnly = isCap(ts[source[1]]) && ts.slice(source[0], source[1] + 1).every((t) => GROUP_NOUNS.has(t.lower) || ["the", "a"].includes(t.lower));
    const m = mentionOf(p, ts, source, saying && !(groupOnly && FINDING_LEMMAS.has(ts[k].lemma)));
    if (!m) continue;
    const content = contentText(p, ts, contentFrom, contentTo, evidence.includes("short-object"));
    // "to deliver findings", "to requests for comment": an intention or an adjunct, not a statement.
    // "pleaded not guilty to …": a plea entered in court, not a statement.
    // "vowed to leave the programs untouched", "declined to comment": for a promise, a refusal or a request the
    // infinitive is what was said.
    // "called for a freeze on rents": what was asked for, not what was said.
    if (!content || (/^to\b/i.test(content.text) && !INFINITIVE.has(ts[k].lemma)) || /^(?:not\s+)?guilty\b/i.test(content.text) || /^for\b/i.test(content.text)) continue;
    evidence.push(`side:${side}`, `shape:${m.shape}`, `type:${content.type}`);
    if (m.mention.role) evidence.push("titled");
    if (ts.some((t) => t.quoted)) evidence.push("quote-in-sentence");
    if (ts[k].recased) evidence.push("title-case");
    out.push({ paragraph: p.line, text: content.text, start: content.start, verb: ts[k].text, type: content.type, mention: m.mention, evidence });
    // A participle later in the sentence belongs to the main clause's subject, not to a subordinate clause's.
    lastSource = subordinate ? null : source;
    k = Math.max(k, contentTo);
  }
  return out;
}

/** "Limbaugh added:", "The New York Times reports:", "Caddell continued:": a sentence that ends its paragraph on a
 *  colon after a cue and its subject, so that what was said is the next paragraph. The speaker's mention, or null. */
export function colonIntroduction(p: Paragraph, s: Sentence, spans: QuoteSpan[]): { mention: Mention; verb: string; evidence: string[]; quoteOnly?: boolean } | null {
  if (s.text.length > 400 || !/:\s*$/.test(s.text) || p.text.slice(s.end).trim()) return null;
  const ts = tokensOf(p, s, spans);
  if (!ts || ts[ts.length - 1]?.text !== ":") return null;
  // The cue is the last verb before the colon, with at most a short adjunct after it ("said in a statement:").
  for (let k = ts.length - 2; k >= 0 && ts.length - 1 - k <= 6; k--) {
    const cls = cueClass(ts, k);
    // "Mr. Smith shot back:", "Trump went even further:": a verb off the cue lists, with only particles and adverbs
    // after it, introduces the next paragraph only when that one is a quotation.
    const other = !cls && ts[k].pos === "VERB" && !isCap(ts[k]) && !ts[k].quoted && ts.slice(k + 1, -1).every((t) => BEFORE_COLON_POS.has(t.pos));
    if (!other && (!cls || cls === "according" || cls === "belief" || cls === "cognition")) continue;
    if (ts.slice(k + 1, -1).some((t) => t.pos === "VERB" || t.quoted)) return null;
    let j = k - 1;
    while (j >= 0 && (BETWEEN.has(ts[j].lower) || (ts[j].pos === "ADV" && !NEGATIONS.has(ts[j].lower)))) j--;
    const left = j >= 0 ? phraseLeft(ts, j) : null;
    // The subject opens the sentence (after an adjunct set off by a comma at most).
    if (!left || !(left[0] === 0 || ts[left[0] - 1].text === ",")) return null;
    const m = mentionOf(p, ts, left);
    if (!m || m.mention.kind === "pronoun") return null;
    if (other) return { mention: m.mention, verb: ts[k].text, evidence: ["cue:colon-quote", `lemma:${ts[k].lemma}`, precisionBucket(ts[k].lemma), "colon-next", "side:left", `shape:${m.shape}`], quoteOnly: true };
    return { mention: m.mention, verb: ts[k].text, evidence: [`cue:${cls}`, `lemma:${ts[k].lemma}`, precisionBucket(ts[k].lemma), "colon-next", "side:left", `shape:${m.shape}`] };
  }
  return null;
}

/** Words a verb may take before the colon that opens a quote: "fired back forcefully:", "wrapped up:", "went even further:". */
const BEFORE_COLON_POS = new Set(["ADV", "ADP", "PART"]);

/** "Rubio fired back forcefully: “If they sue us …”", "Kasich resisted: “…”": a subject, a verb off the cue lists, at
 *  most a few particles and adverbs, then a colon and a quotation: the quotation is the subject's. (A cue verb before
 *  the colon is the cue loop's.) */
function colonQuoteAttributions(p: Paragraph, ts: Tok[], spans: QuoteSpan[]): Attribution[] {
  const out: Attribution[] = [];
  for (let c = 2; c < ts.length - 1; c++) {
    if (ts[c].text !== ":" || ts[c].quoted) continue;
    const quote = spans.find((q) => q.start >= ts[c].end && /^\s*["“‘«„]?$/.test(p.text.slice(ts[c].end, q.start)));
    if (!quote) continue;
    let v = c - 1;
    while (v > 0 && c - v <= 3 && BEFORE_COLON_POS.has(ts[v].pos) && !ts[v].quoted) v--;
    if (ts[v].pos !== "VERB" || ts[v].quoted || isCap(ts[v]) || cueClass(ts, v)) continue;
    let j = v - 1;
    while (j >= 0 && (BETWEEN.has(ts[j].lower) || (ts[j].pos === "ADV" && !NEGATIONS.has(ts[j].lower)))) j--;
    if (j < 0 || END_PUNCT.test(ts[j].text) && ts[j].text !== ",") continue;
    const left = ts[j].text === "," ? null : phraseLeft(ts, j);
    const source = left && (left[0] === 0 || [",", "and", "but"].includes(ts[left[0] - 1].lower)) ? left : asideSubject(ts, j);
    if (!source || (source === left && source[0] > 0 && ts[source[0] - 1].pos === "ADP")) continue;
    const m = mentionOf(p, ts, source);
    if (!m || (m.mention.kind !== "name" && m.mention.kind !== "organization" && m.mention.kind !== "pronoun")) continue;
    const inner = p.text.slice(quote.start, quote.end).replace(/^["“‘«„]+/, "").replace(/["”’»]+$/, "").replace(/[,.]$/, "");
    if (inner.split(/\s+/).length < 3) continue;
    const start = p.text.indexOf(inner, quote.start);
    out.push({ paragraph: p.line, text: inner, start, verb: ts[v].text, type: "direct", mention: m.mention,
      evidence: ["cue:colon-quote", `lemma:${ts[v].lemma}`, precisionBucket(ts[v].lemma), "side:left", `shape:${m.shape}`, "type:direct"] });
  }
  return out;
}

/** Where a quotation that opens the sentence and closes on a comma, "?" or "!" is followed by its speaker and a verb
 *  ("“…,” Okafor barked", "“…?” reporter Jane Ruddock asked him", "“…,” Devereux, the treasurer, tweeted on Friday"):
 *  the quotation and the speaker's phrase, or null. Any verb will do: in that order the verb reports the quotation,
 *  whatever its lemma. */
function quoteThenVerb(p: Paragraph, ts: Tok[], spans: QuoteSpan[]): { quote: QuoteSpan; source: [number, number]; verb: number } | null {
  const first = ts[0];
  if (!first) return null;
  const quote = spans.find((q) => !q.open && q.start <= first.start + 1 && q.end > first.start);
  if (!quote || !/[,?!]\s*$/.test(p.text.slice(quote.start, quote.end)) && !/^["”’»]?\s*,/.test(p.text.slice(quote.end, quote.end + 3))) return null;
  let t = ts.findIndex((x) => x.start >= quote.end && !QUOTE_CHARS.test(x.text) && x.text !== "," && !x.quoted);
  if (t < 0 || ts.slice(t).some((x) => x.start < quote.end)) return null;
  const source = phraseRight(ts, t);
  if (!source) return null;
  let v = source[1] + 1;
  // "Devereux, the head of the treasury, tweeted …": an apposition set off by commas before the verb.
  if (ts[v]?.text === ",") {
    let c = v + 1;
    while (c < ts.length && c - v <= 12 && ts[c].text !== "," && ts[c].pos !== "VERB" && !ts[c].quoted) c++;
    if (ts[c]?.text !== ",") return null;
    v = c + 1;
  }
  while (v < ts.length && (BETWEEN.has(ts[v].lower) || ts[v].pos === "ADV" || ts[v].pos === "AUX") && !NEGATIONS.has(ts[v].lower)) v++;
  const verb = ts[v];
  if (!verb || verb.quoted || verb.pos !== "VERB" || !/^\p{L}+$/u.test(verb.text) || (isCap(verb) && !anyCueForm(verb.lower)) || /ing$/.test(verb.lower)) return null;
  return { quote, source, verb: v };
}

/** "“Go back to your office,” Okafor barked.", "“…,” an angry Devereux retaliated.": the opening quotation is the
 *  speaker's, whatever the verb after them (verbs on the cue lists included: their content is the quotation, not
 *  what follows them, as in "“…,” Okafor tweeted the day after …"). */
function quoteThenVerbAttributions(p: Paragraph, ts: Tok[], spans: QuoteSpan[]): Attribution[] {
  const found = quoteThenVerb(p, ts, spans);
  if (!found) return [];
  const { quote, source, verb } = found;
  const m = mentionOf(p, ts, source, true);
  if (!m) return [];
  const inner = p.text.slice(quote.start, quote.end).replace(/^["“‘«„]+/, "").replace(/["”’»]+$/, "").replace(/[,.]\s*$/, "").trim();
  if (inner.split(/\s+/).length < 3) return [];
  const start = p.text.indexOf(inner, quote.start);
  return [{ paragraph: p.line, text: inner, start, verb: ts[verb].text, type: "direct", mention: m.mention,
    evidence: ["cue:quote-verb", `lemma:${ts[verb].lemma}`, precisionBucket(ts[verb].lemma), "side:after-quote", `shape:${m.shape}`, "type:direct"] }];
}

/** "Politifact seized on Donald Trump's repeated claim that …", "Nervo's conclusion that …": a named owner, a cue
 *  noun and "that": the clause is the owner's statement. */
function nominalAttributions(p: Paragraph, ts: Tok[]): Attribution[] {
  const out: Attribution[] = [];
  for (let k = 2; k < ts.length - 1; k++) {
    const t = ts[k];
    if (t.quoted || t.pos !== "NOUN" || !NOUN_CUES.has(t.lemma) || ts[k + 1].lower !== "that") continue;
    let o = k - 1;
    while (o > 0 && (ts[o].pos === "ADJ" || (ts[o].pos === "VERB" && /ed$/.test(ts[o].lower))) && k - o <= 2) o--;
    if (!/^['’]s?$/.test(ts[o].text)) continue;
    const owner = phraseLeft(ts, o - 1);
    if (!owner || !isCap(ts[owner[1]])) continue;
    // The phrase is an object ("seized on X's claim that …"): as a sentence's subject its clause runs on into the
    // main verb ("X's conclusion that … is not shared"), where it cannot be cut.
    if (owner[0] === 0 || !["ADP", "VERB"].includes(ts[owner[0] - 1].pos)) continue;
    const m = mentionOf(p, ts, owner);
    if (!m || m.mention.kind === "pronoun") continue;
    const content = contentText(p, ts, k + 2, nextClauseCue(p, ts, k + 2) - 1);
    if (!content) continue;
    const evidence = ["cue:nominal", `lemma:${t.lemma}`, precisionBucket(t.lemma), "side:owner", `shape:${m.shape}`, `type:${content.type}`];
    out.push({ paragraph: p.line, text: content.text, start: content.start, verb: t.text, type: content.type, mention: m.mention, evidence });
  }
  return out;
}
