// The whole extractor, pure: article text in, draft corpus file out (no file system).
import type { CorpusFile } from "../corpus/schema.js";
import { extractFacts } from "./facts.js";
import { arabicAttributions } from "./quotes-ar.js";
import { englishAttributions } from "./quotes-en.js";
import { paragraphsOf } from "./segment.js";
import { resolveSpeakers } from "./speakers.js";
import type { Attribution, Lang, MentionKind } from "./types.js";

export interface ExtractOptions {
  id: string;
  lang: Lang;
  /** The article text file name, relative to the corpus file. */
  file: string;
  note?: string | null;
}

// How sure the patterns are of a speaker, by the kind of evidence that named it: a name in the
// sentence itself is surer than a title, a pronoun or an epithet resolved through the text.
const EVIDENCE_CONFIDENCE: Record<MentionKind, number> = { name: 0.9, organization: 0.85, state: 0.85, group: 0.8, title: 0.75, epithet: 0.7, pronoun: 0.7 };

function speakerConfidence(a: Attribution): number {
  return a.sameAs ? 0.8 : EVIDENCE_CONFIDENCE[a.mention.kind];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function titleOf(firstLine: string): string {
  const sentence = firstLine.split(/(?<=[.!?؟])\s/)[0].trim();
  if (sentence.length <= 140) return sentence;
  const cut = sentence.slice(0, 140);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60)).trim()}…`;
}

/** Below this confidence a quote is kept without a speaker rather than given a guessed one. */
export const SPEAKER_MARGIN = 0.5;

export function extractArticle(text: string, options: ExtractOptions): CorpusFile {
  const { id, lang } = options;
  const paragraphs = paragraphsOf(text);
  const found = lang === "ar" ? arabicAttributions(paragraphs) : englishAttributions(paragraphs);
  const fullText = paragraphs.length ? text.replace(/\r\n?/g, "\n") : "";
  const { speakers, speakerOf } = resolveSpeakers(found, lang, id, fullText);
  const confidence = found.map((a, i) => (speakerOf[i] ? speakerConfidence(a) : 0));
  const speakerAt = (i: number) => (confidence[i] >= SPEAKER_MARGIN ? speakerOf[i] : null);

  const quotes: CorpusFile["quotes"] = [];
  // A span inside a longer span of the same speaker ("they feared they would …" / "they would …") says nothing new.
  const inside = (a: (typeof found)[number], i: number) =>
    found.some((b, j) => j !== i && speakerAt(j) === speakerAt(i) && b.paragraph === a.paragraph && b.text.length > a.text.length && b.start <= a.start && a.start + a.text.length <= b.start + b.text.length);
  found.forEach((a, i) => {
    const speaker = speakerAt(i);
    if (inside(a, i)) return;
    const same = quotes.findIndex((q) => q.paragraph === a.paragraph && q.text === a.text);
    if (same >= 0 && (quotes[same].speaker || !speaker)) return;
    const quote = {
      id: `q${quotes.length + 1}`, speaker, text: a.text, textEn: lang === "en" ? a.text : null,
      verb: a.verb, type: a.type, paragraph: a.paragraph, topics: [], confidence: round(confidence[i]),
    };
    if (same >= 0) quotes[same] = { ...quote, id: quotes[same].id };
    else quotes.push(quote);
  });
  // Every quote's sentence, attributed or not, is someone's statement: never the article's own fact.
  const facts = extractFacts(paragraphs, found, lang).map((f, i) => ({
    id: `f${i + 1}`, text: f.text, textEn: lang === "en" ? f.text : null, paragraph: f.paragraph, topics: [],
  }));
  const title = titleOf(paragraphs[0]?.text ?? id);
  return {
    article: {
      id, lang, file: options.file, title, titleEn: lang === "en" ? title : null,
      source: { publisher: null, url: null, note: options.note ?? "draft made by quotebot ingest; not reviewed" },
      date: null, status: "draft",
    },
    speakers: speakers.filter((s) => quotes.some((q) => q.speaker === s.id)),
    quotes, facts,
  };
}
