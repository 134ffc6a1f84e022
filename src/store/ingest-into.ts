// `quotebot ingest --db`: articles extracted as `quotebot ingest` extracts them, written to a store in
// one transaction, under the rules of an ingest into a folder (a reviewed article is never replaced;
// a draft from another source file only with --replace).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { readCorpus } from "../corpus/load.js";
import { IngestError } from "../errors.js";
import { INGEST_MESSAGES, SOURCE_NOTE, ingestFile, type IngestOptions, type IngestResult } from "../ingest/ingest.js";
import type { ArticleFile, Store } from "./store.js";

export interface StoreIngestResult extends Omit<IngestResult, "jsonPath" | "textPath"> {
  where: string;
}

export async function ingestIntoStore(store: Store, paths: string[], options: Omit<IngestOptions, "corpusDir">): Promise<StoreIngestResult[]> {
  // Extracted into a scratch folder first: the folder ingest's own checks, then one write to the store.
  const scratch = mkdtempSync(join(tmpdir(), "quotebot-ingest-"));
  try {
    const results = paths.map((path) => ({ path, result: ingestFile(path, { ...options, corpusDir: scratch }) }));
    const files = readCorpus(scratch).files;
    const byId = new Map<string, ArticleFile>(files.map((f) => [f.data.article.id, f]));
    const sourceOf = new Map(results.map(({ path, result }) => [result.id, basename(path)]));
    const replaced = new Set<string>();
    await store.put([...byId.values()], (incoming, existing) => {
      const id = incoming.data.article.id;
      if (existing.status !== "draft") throw new IngestError(INGEST_MESSAGES.reviewedExists(id));
      const source = SOURCE_NOTE.exec(existing.source.note ?? "")?.[1];
      if (!options.replace && source !== undefined && source !== sourceOf.get(id)) throw new IngestError(INGEST_MESSAGES.otherSource(id, source));
      replaced.add(id);
    });
    return results.map(({ result }) => ({
      id: result.id, lang: result.lang, replaced: replaced.has(result.id), data: result.data, where: store.where,
    }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
