// The whole extractor, pure: article text in, draft corpus file out (no file system).
import type { CorpusFile } from "../corpus/schema.js";
import { extractFacts } from "./facts.js";
import { arabicAttributions } from "./quotes-ar.js";
import { englishAttributions } from "./quotes-en.js";
import { paragraphsOf } from "./segment.js";
import { resolveSpeakers } from "./speakers.js";
import type { Lang } from "./types.js";

export interface ExtractOptions {
  id: string;
  lang: Lang;
  /** The article text file name, relative to the corpus file. */
  file: string;
  note?: string | null;
}

function titleOf(firstLine: string): string {
  const sentence = firstLine.split(/(?<=[.!?؟])\s/)[0].trim();
  if (sentence.length <= 140) return sentence;
  const cut = sentence.slice(0, 140);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60)).trim()}…`;
}

export function extractArticle(text: string, options: ExtractOptions): CorpusFile {
  const { id, lang } = options;
  const paragraphs = paragraphsOf(text);
  const found = lang === "ar" ? arabicAttributions(paragraphs) : englishAttributions(paragraphs);
  const fullText = paragraphs.length ? text.replace(/\r\n?/g, "\n") : "";
  const { speakers, speakerOf } = resolveSpeakers(found, lang, id, fullText);

  const quotes: CorpusFile["quotes"] = [];
  const kept = found.filter((_, i) => speakerOf[i] !== null);
  // A span inside a longer span of the same speaker ("they feared they would …" / "they would …") says nothing new.
  const inside = (a: (typeof found)[number], i: number) =>
    found.some((b, j) => j !== i && speakerOf[j] === speakerOf[i] && b.paragraph === a.paragraph && b.text.length > a.text.length && b.start <= a.start && a.start + a.text.length <= b.start + b.text.length);
  found.forEach((a, i) => {
    const speaker = speakerOf[i];
    if (!speaker || inside(a, i)) return;
    if (quotes.some((q) => q.paragraph === a.paragraph && q.text === a.text)) return;
    quotes.push({
      id: `q${quotes.length + 1}`, speaker, text: a.text, textEn: lang === "en" ? a.text : null,
      verb: a.verb, type: a.type, paragraph: a.paragraph, topics: [],
    });
  });
  const facts = extractFacts(paragraphs, kept, lang).map((f, i) => ({
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
