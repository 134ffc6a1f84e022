// Test answer items carry the citation the engine would give them, from one article's metadata.
import { citationOf } from "../../src/engine/citation.js";
import type { AnswerItem, ArticleInfo } from "../../src/index.js";

export const CITED_ARTICLE: ArticleInfo = {
  id: "article-000",
  lang: "ar",
  title: "مسؤولون أمريكيون: داعش ما زال يشكل تهديداً عالمياً",
  titleEn: "US officials: ISIS is still a global threat",
  source: { publisher: null, url: null, note: null },
  date: "2019-08",
  status: "reviewed",
  paragraphs: 12,
  quoteCount: 8,
  factCount: 2,
};

/** `item` with its citation filled in (unless the test gave one), and a record id made from its place when it has none. */
export function withCitation(
  item: Omit<AnswerItem, "citation" | "id"> & { citation?: AnswerItem["citation"]; id?: string },
  article = CITED_ARTICLE,
): AnswerItem {
  return {
    ...item,
    id: item.id ?? `${item.article}/q-${item.paragraph}-${item.speaker?.id ?? "fact"}-${item.text.length}`,
    citation: item.citation ?? citationOf(item.article === article.id ? article : undefined, item.article, item.paragraph),
  };
}
