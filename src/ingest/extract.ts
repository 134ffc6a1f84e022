// The whole extractor, pure: article text in, draft corpus file out (no file system).
import type { CorpusFile } from "../corpus/schema.js";
import { extractFacts } from "./facts.js";
import { chooseSpeakers, type ArabicWeights } from "./ar/candidates-scoring.js";
import { arabicAttributions } from "./quotes-ar.js";
import { englishAttributions } from "./quotes-en.js";
import { blankDatelines } from "./dateline-en.js";
import { apostrophePairsAsQuotes, blankPartyTags, doubleQuotesByPosition, paragraphsOf, singleQuotesAsDouble } from "./segment.js";
import { rolesFromIntroductions } from "./introductions.js";
import { resolveSpeakers } from "./speakers.js";
import { confidenceOf, featuresOf, ScoringText, speakerMargin } from "./scoring.js";
import type { Lang, Paragraph } from "./types.js";

export interface ExtractOptions {
  id: string;
  lang: Lang;
  /** The article text file name, relative to the corpus file. */
  file: string;
  note?: string | null;
  /** Arabic scoring weights other than the committed ones (the leave-one-set-out measure passes weights fitted without the set). */
  weightsAr?: ArabicWeights;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function titleOf(firstLine: string): string {
  const sentence = firstLine.split(/(?<=[.!?؟])\s/)[0].trim();
  if (sentence.length <= 140) return sentence;
  const cut = sentence.slice(0, 140);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60)).trim()}…`;
}

/** A span of a working line (same length as the article's line) as the article writes it. */
function asWrittenIn(paragraphs: Paragraph[], working: Paragraph[]): (line: number, text: string, start?: number) => string {
  const byLine = new Map(paragraphs.map((p, i) => [p.line, { original: p.text, work: working[i].text }]));
  return (line, text, start) => {
    const p = byLine.get(line);
    if (!p || p.original === p.work) return text;
    const at = start !== undefined && p.work.startsWith(text, start) ? start : p.work.indexOf(text);
    return at < 0 ? text : p.original.slice(at, at + text.length).trim();
  };
}

/** The draft and, for each of its quotes, the features its confidence was scored from (for training).
 *  `margin` overrides the learned margins (training passes 0 to see every speaker). */
export function extractDetailed(text: string, options: ExtractOptions, margin?: number): { draft: CorpusFile; features: string[][] } {
  const { id, lang } = options;
  // Stages: paragraphs and sentences → cues, content spans and source candidates (patterns, cue stage)
  // → coreference and the name guard (resolveSpeakers) → scoring → the margin.
  const paragraphs = paragraphsOf(text);
  // Hygiene: English quotation marks written as apostrophe pairs become marks, and mixed double marks are
  // read by position, and a lawmaker's party and state and an opening dateline are blanked (same length, so every
  // offset holds);
  // what is drafted is taken back from the
  // article's own lines.
  const marked = lang === "en" ? singleQuotesAsDouble(paragraphs.map((p) => p.text)) : [];
  const working = lang === "en" ? blankDatelines(paragraphs.map((p, i) => ({ ...p, text: blankPartyTags(doubleQuotesByPosition(apostrophePairsAsQuotes(marked[i]))) }))) : paragraphs;
  const found = lang === "ar" ? arabicAttributions(working) : englishAttributions(working);
  const asWritten = asWrittenIn(paragraphs, working);
  for (const a of found) a.text = asWritten(a.paragraph, a.text, a.start);
  const fullText = paragraphs.length ? text.replace(/\r\n?/g, "\n") : "";
  const { speakers, speakerOf } = resolveSpeakers(found, lang, id, fullText);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const firstLine = paragraphs[0]?.line ?? 1;
  // Arabic: the speaker is a scored choice among the article's candidates (src/ingest/ar/candidates-scoring.ts).
  const scored = lang === "ar" ? chooseSpeakers(found, speakerOf, speakers, fullText, margin, options.weightsAr) : null;
  const article = scored ? null : new ScoringText(fullText, speakers, found);
  const features = scored ? scored.map((c) => c.features) : found.map((a, i) => (speakerOf[i] ? featuresOf(a, byId.get(speakerOf[i]!)!, article!, firstLine, lang) : []));
  const own = scored ? scored.map((c) => c.confidence) : found.map((a, i) => (speakerOf[i] ? confidenceOf(a, features[i], lang) : 0));
  // A quotation that runs on from an earlier paragraph's statement is that statement's speaker's only as surely as
  // that statement is.
  const confidence: number[] = [];
  own.forEach((c, i) => {
    const from = found[i].sameAs;
    const j = from && from.paragraph !== found[i].paragraph ? found.indexOf(from) : -1;
    confidence.push(j >= 0 && j < i && speakerOf[j] === speakerOf[i] ? Math.min(c, confidence[j]) : c);
  });
  const speakerAt = (i: number) => (scored ? scored[i].speaker : confidence[i] >= (margin ?? speakerMargin(found[i], lang)) ? speakerOf[i] : null);

  const quotes: CorpusFile["quotes"] = [];
  const quoteFeatures: string[][] = [];
  // A span inside a longer span of the same speaker ("they feared they would …" / "they would …") says nothing new.
  const inside = (a: (typeof found)[number], i: number) =>
    found.some((b, j) => j !== i && speakerAt(j) === speakerAt(i) && b.paragraph === a.paragraph && b.text.length > a.text.length && b.start <= a.start && a.start + a.text.length <= b.start + b.text.length);
  found.forEach((a, i) => {
    const speaker = speakerAt(i);
    if (inside(a, i)) return;
    // Stored as the corpus schema reads it back (a mark opened with a space, "“ … if", keeps none).
    const text = a.text.trim();
    if (!text) return;
    const same = quotes.findIndex((q) => q.paragraph === a.paragraph && q.text === text);
    if (same >= 0 && (quotes[same].speaker || !speaker)) return;
    const quote = {
      id: `q${quotes.length + 1}`, speaker, text, textEn: lang === "en" ? text : null,
      verb: a.verb, type: a.type, paragraph: a.paragraph, topics: [], confidence: round(confidence[i]),
    };
    if (same >= 0) {
      quotes[same] = { ...quote, id: quotes[same].id };
      quoteFeatures[same] = features[i];
    } else {
      quotes.push(quote);
      quoteFeatures.push(features[i]);
    }
  });
  // Every quote's sentence, attributed or not, is someone's statement: never the article's own fact.
  const facts = extractFacts(working, found, lang).map((f) => ({ ...f, text: asWritten(f.paragraph, f.text).trim() })).map((f, i) => ({
    id: `f${i + 1}`, text: f.text, textEn: lang === "en" ? f.text : null, paragraph: f.paragraph, topics: [],
  }));
  const title = titleOf(paragraphs[0]?.text ?? id);
  const draft: CorpusFile = {
    article: {
      id, lang, file: options.file, title, titleEn: lang === "en" ? title : null,
      source: { publisher: null, url: null, note: options.note ?? "draft made by quotebot ingest; not reviewed" },
      date: null, status: "draft",
    },
    // Who is quoted is settled; a person quoted without an office gets the one the article introduces them with.
    speakers: rolesFromIntroductions(speakers.filter((s) => quotes.some((q) => q.speaker === s.id)), fullText, lang),
    quotes, facts,
  };
  return { draft, features: quoteFeatures };
}

export function extractArticle(text: string, options: ExtractOptions): CorpusFile {
  return extractDetailed(text, options).draft;
}
