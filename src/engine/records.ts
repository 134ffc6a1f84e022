// Turns a loaded corpus into what the engine searches: one record per quote or fact (with its
// sentence of context and search keys) and one directory entry per speaker, merged across articles.
import type { Corpus } from "../corpus/load.js";
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS, VERB_EN_TO_AR, keySet, normalize } from "../normalize/index.js";
import type { ArticleInfo, SpeakerInfo } from "../types.js";
import { sentenceAround } from "./sentences.js";

export interface SearchRecord {
  kind: "quote" | "fact";
  /** Index into the speaker list; -1 for facts. */
  speaker: number;
  text: string;
  textEn: string | null;
  context: string;
  article: string;
  paragraph: number;
  draft: boolean;
  /** Canonical Arabic reporting verb (quotes only). */
  verb: string | null;
  /** Normalized text and translation, for matching a remembered phrase. */
  normalized: string;
  /** Keys of what the record itself says: its text and its English rendering. */
  ownKeys: Set<string>;
  /** Keys of the curated topics: search help, not evidence on their own. */
  topicKeys: Set<string>;
  /** Keys of the sentence around it. */
  secondaryKeys: Set<string>;
}

export interface CorpusView {
  records: SearchRecord[];
  speakers: SpeakerInfo[];
  /** Record indexes of each speaker's quotes, in article order. */
  quotesOf: number[][];
  articles: ArticleInfo[];
}

function canonicalVerb(verb: string): string | null {
  const words = normalize(verb).split(" ");
  for (const w of words) {
    const ar = ARABIC_SPEECH_VERBS[w] ?? ARABIC_SPEECH_VERBS[w.replace(/^(و|ف)/, "")];
    if (ar) return ar;
    const en = ENGLISH_SPEECH_VERBS[w];
    if (en) return VERB_EN_TO_AR[en] ?? null;
  }
  return null;
}

export function buildCorpusView(corpus: Corpus): CorpusView {
  const speakers: SpeakerInfo[] = [];
  const speakerIndex = new Map<string, number>();
  const records: SearchRecord[] = [];
  const articles: ArticleInfo[] = [];

  for (const a of corpus.articles) {
    const draft = a.article.status === "draft";
    // The same id with the same name in two articles is one speaker; a clashing id stays separate.
    const local = new Map<string, number>();
    for (const s of a.speakers) {
      const existing = speakerIndex.get(s.id);
      if (existing !== undefined && normalize(speakers[existing].name) === normalize(s.name)) {
        const e = speakers[existing];
        e.aliases = [...new Set([...e.aliases, ...s.aliases])];
        e.articles.push(a.article.id);
        e.role ??= s.role;
        e.roleAr ??= s.roleAr;
        e.nameAr ??= s.nameAr;
        local.set(s.id, existing);
        continue;
      }
      const id = existing === undefined ? s.id : `${a.article.id}:${s.id}`;
      const entry: SpeakerInfo = {
        id, name: s.name, nameAr: s.nameAr, role: s.role, roleAr: s.roleAr,
        kind: s.kind, aliases: [...s.aliases], quoteCount: 0, articles: [a.article.id],
      };
      speakerIndex.set(id, speakers.length);
      local.set(s.id, speakers.length);
      speakers.push(entry);
    }

    const located = [
      ...a.quotes.map((q) => ({ ...q, kind: "quote" as const, speaker: local.get(q.speaker)!, verb: canonicalVerb(q.verb) })),
      ...a.facts.map((f) => ({ ...f, kind: "fact" as const, speaker: -1, verb: null })),
    ]
      .map((r) => ({ ...r, offset: a.lines[r.paragraph - 1].indexOf(r.text) }))
      .sort((x, y) => x.paragraph - y.paragraph || x.offset - y.offset);

    const withContext = located.map((r) => ({
      ...r,
      context: sentenceAround(a.lines[r.paragraph - 1], r.offset, r.offset + r.text.length),
    }));
    // What a sentence says in English: the renderings of every record taken from it.
    const sentenceEn = new Map<string, string>();
    for (const r of withContext) sentenceEn.set(r.context, `${sentenceEn.get(r.context) ?? ""} ${r.textEn ?? ""}`);

    for (const r of withContext) {
      const topics = r.topics.join(" ");
      const ownKeys = new Set([...keySet(r.text), ...keySet(r.textEn ?? "")]);
      records.push({
        kind: r.kind, speaker: r.speaker, text: r.text, textEn: r.textEn, context: r.context,
        article: a.article.id, paragraph: r.paragraph, draft, verb: r.verb,
        normalized: ` ${normalize(`${r.text} | ${r.textEn ?? ""}`)} `,
        ownKeys, topicKeys: keySet(topics), secondaryKeys: keySet(`${r.context} ${sentenceEn.get(r.context)}`),
      });
      if (r.speaker >= 0) speakers[r.speaker].quoteCount++;
    }

    articles.push({
      id: a.article.id, lang: a.article.lang, title: a.article.title, titleEn: a.article.titleEn,
      source: a.article.source, date: a.article.date, status: a.article.status,
      paragraphs: a.lines.length, quoteCount: a.quotes.length, factCount: a.facts.length,
    });
  }

  const quotesOf: number[][] = speakers.map(() => []);
  records.forEach((r, i) => {
    if (r.speaker >= 0) quotesOf[r.speaker].push(i);
  });
  return { records, speakers, quotesOf, articles };
}
