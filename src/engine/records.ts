// Turns a loaded corpus into what the engine searches: one record per quote or fact (with its
// sentence of context and search keys) and one directory entry per speaker, merged across articles.
import type { Corpus } from "../corpus/load.js";
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS, VERB_EN_TO_AR, normalize } from "../normalize/index.js";
import type { ArticleInfo, SpeakerInfo } from "../types.js";
import { analyzeArticle, layOutArticles, type LaidOutArticle } from "./analysis.js";
import { KeyTable } from "./key-table.js";
import { buildPostings, type Postings } from "./search-index.js";
import type { DirectoryTables } from "./speakers.js";

export interface SearchRecord {
  /** `<article id>/<quote or fact id>`: stable across reloads (see AnswerItem.id). */
  id: string;
  kind: "quote" | "fact";
  /** Index into the speaker list; -1 for facts and for a draft's quotes whose speaker is not known. */
  speaker: number;
  text: string;
  textEn: string | null;
  context: string;
  article: string;
  paragraph: number;
  draft: boolean;
  /** The extractor's confidence in a draft quote's speaker (0..1); null when not given (curated) or there is no speaker. */
  confidence: number | null;
  /** Canonical Arabic reporting verb (quotes only). */
  verb: string | null;
  /** Ids (in `CorpusView.keys`) of what the record itself says: its text and its English rendering. */
  ownKeys: Int32Array;
  /** Ids of the curated topics' keys: search help, not evidence on their own. */
  topicKeys: Int32Array;
  /** Ids of the keys of the sentence around it (shared by the records of one sentence). */
  secondaryKeys: Int32Array;
}

export interface CorpusView {
  /** Every search key of the corpus; records refer to them by position. */
  keys: string[];
  records: SearchRecord[];
  speakers: SpeakerInfo[];
  /** Record indexes of each speaker's quotes, in article order. */
  quotesOf: number[][];
  articles: ArticleInfo[];
  /** The inverted index over the records' keys. */
  postings: Postings;
  /** The speaker directory's tables, once an engine has built them (a snapshot keeps them). */
  directory?: DirectoryTables;
}

const verbCache = new Map<string, string | null>();

function canonicalVerb(verb: string): string | null {
  let canon = verbCache.get(verb);
  if (canon === undefined) {
    canon = findCanonicalVerb(verb);
    if (verbCache.size < 10_000) verbCache.set(verb, canon);
  }
  return canon;
}

function findCanonicalVerb(verb: string): string | null {
  const words = normalize(verb).split(" ");
  for (const w of words) {
    const ar = ARABIC_SPEECH_VERBS[w] ?? ARABIC_SPEECH_VERBS[w.replace(/^(و|ف)/, "")];
    if (ar) return ar;
    const en = ENGLISH_SPEECH_VERBS[w];
    if (en) return VERB_EN_TO_AR[en] ?? null;
  }
  return null;
}

/** The search keys of one record, as ids into `CorpusKeys.keys`. */
interface RecordKeys {
  own: Int32Array;
  topics: Int32Array;
  /** The keys of its sentence (shared by the records of one sentence). */
  secondary: Int32Array;
}

/** Every record's search keys, in the order the corpus lays its records out. */
interface CorpusKeys {
  keys: string[];
  recordKeys: RecordKeys[];
}

/** Text analysis: each record's keys (most of the cost of building a view). */
function analyze(laidOut: LaidOutArticle[]): CorpusKeys {
  const table = new KeyTable();
  const recordKeys: RecordKeys[] = [];
  for (const { texts, sentenceOf } of laidOut) {
    const keys = analyzeArticle(texts, table);
    keys.own.forEach((own, i) => recordKeys.push({ own, topics: keys.topics[i], secondary: keys.sentences[sentenceOf[i]] }));
  }
  return { keys: table.keys, recordKeys };
}

/** The view the engine searches, built from a loaded (and validated) corpus; snapshot.ts keeps it between runs. */
export function buildCorpusView(corpus: Corpus): CorpusView {
  const speakers: SpeakerInfo[] = [];
  const speakerIndex = new Map<string, number>();
  const articles: ArticleInfo[] = [];
  /** Per article: its speaker ids → indexes in `speakers`. */
  const locals: Map<string, number>[] = [];

  for (const a of corpus.articles) {
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
    locals.push(local);
    articles.push({
      id: a.article.id, lang: a.article.lang, title: a.article.title, titleEn: a.article.titleEn,
      source: a.article.source, date: a.article.date, status: a.article.status,
      paragraphs: a.lines.length, quoteCount: a.quotes.length, factCount: a.facts.length,
    });
  }

  const laidOut = layOutArticles(corpus.articles);
  const { keys, recordKeys } = analyze(laidOut);

  const records: SearchRecord[] = [];
  laidOut.forEach(({ placed }, a) => {
    const source = corpus.articles[a];
    const draft = articles[a].status === "draft";
    placed.forEach((r) => {
      const quote = r.kind === "quote" ? source.quotes[r.index] : null;
      // A draft quote the extractor left without a speaker is kept: the article's words, said by nobody known.
      const speaker = quote?.speaker ? locals[a].get(quote.speaker)! : -1;
      const { own, topics, secondary } = recordKeys[records.length];
      records.push({
        id: `${articles[a].id}/${(quote ?? source.facts[r.index]).id}`,
        kind: r.kind, speaker, text: r.text, textEn: r.textEn, context: r.context,
        article: articles[a].id, paragraph: r.paragraph, draft, confidence: speaker >= 0 ? quote?.confidence ?? null : null, verb: quote ? canonicalVerb(quote.verb) : null,
        ownKeys: own, topicKeys: topics, secondaryKeys: secondary,
      });
      if (speaker >= 0) speakers[speaker].quoteCount++;
    });
  });

  const quotesOf: number[][] = speakers.map(() => []);
  records.forEach((r, i) => {
    if (r.speaker >= 0) quotesOf[r.speaker].push(i);
  });
  return { keys, records, speakers, quotesOf, articles, postings: buildPostings(keys.length, records) };
}
