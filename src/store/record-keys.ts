// The engine's own search keys of an article's quotes and facts, as strings: what the database keeps
// in its GIN-indexed `keys` column, so that SQL finds the records the engine would consider.
import { splitLines, type ArticleFile } from "../corpus/load.js";
import { analyzeArticles } from "../engine/analysis.js";
import { KeyTable } from "../engine/key-table.js";
import { normalize } from "../normalize/index.js";

/** Per article, per quote and per fact (in its order): the keys of its own text and English rendering. */
export function recordKeys(articles: ArticleFile[]): { quotes: string[][]; facts: string[][] }[] {
  // One table for the batch: words shared by articles are interned once.
  const table = new KeyTable();
  const sources = articles.map(({ data, text }) => ({ lines: splitLines(text), quotes: data.quotes, facts: data.facts }));
  return analyzeArticles(sources, table).map((analysed, a) => {
    const quotes: string[][] = articles[a].data.quotes.map(() => []);
    const facts: string[][] = articles[a].data.facts.map(() => []);
    analysed.placed.forEach((r, i) => {
      (r.kind === "quote" ? quotes : facts)[r.index] = Array.from(analysed.keys.own[i], (id) => table.keys[id]);
    });
    return { quotes, facts };
  });
}

/** A speaker's names in one normalized string: what the trigram index matches misspelt names against. */
export function speakerNames(s: { name: string; nameAr: string | null; aliases: string[] }): string {
  return normalize([s.name, s.nameAr ?? "", ...s.aliases].join(" | "));
}

/** The normalized form of a name typed into a query, comparable with `speakerNames`. */
export const normalizeName = normalize;
