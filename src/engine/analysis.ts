// Text analysis of the corpus: each record's search keys, from its text, its English rendering, its
// topics and the sentence around it. This is most of the cost of building an engine (millions of words
// at 100,000 quotes); see key-table.ts for how it is kept fast.
//
// Tried and measured: analysing the second half of a large corpus in a worker thread. On this 2-core
// machine it made the 100k build slower (4.7 s against 4.2 s, median of 7): copying the texts over,
// the worker's cold start and the two threads' competing for memory cost more than they saved.
import type { KeyTable } from "./key-table.js";
import { layOut, textsOf, type ArticleSource, type ArticleTexts, type Placed } from "./layout.js";

export interface ArticleKeys {
  own: Int32Array[];
  topics: Int32Array[];
  sentences: Int32Array[];
}

/** One article's records laid out in reading order, with the texts their keys are taken from. */
export interface LaidOutArticle {
  placed: Placed[];
  /** Per record: its sentence, an index into `texts.sentences`. */
  sentenceOf: number[];
  texts: ArticleTexts;
}

export function layOutArticles(sources: ArticleSource[]): LaidOutArticle[] {
  return sources.map((source) => {
    const placed = layOut(source);
    return { placed, ...textsOf(placed) };
  });
}

export function analyzeArticle(article: ArticleTexts, table: KeyTable): ArticleKeys {
  const own = article.texts.map((texts) => table.collect(texts));
  // A sentence holds its records' own keys plus those of the rest of it.
  const sentences = article.sentences.map(({ rest, members }) => table.collect(rest, members.map((m) => own[m])));
  const topics = article.topics.map((list) => table.collect(list));
  return { own, topics, sentences };
}

export interface AnalysedArticle {
  placed: Placed[];
  /** Per record: its sentence, an index into `keys.sentences`. */
  sentenceOf: number[];
  keys: ArticleKeys;
}

/** Every article's records in reading order, with their search keys (ids in `table`). */
export function analyzeArticles(sources: ArticleSource[], table: KeyTable): AnalysedArticle[] {
  return layOutArticles(sources).map(({ placed, sentenceOf, texts }) => ({ placed, sentenceOf, keys: analyzeArticle(texts, table) }));
}
