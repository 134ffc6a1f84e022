// `quotebot ingest FILE… | DIR`: many articles in one process (the English model is loaded once).
// Each article is written on its own, atomically, by ingestFile; a file that cannot be ingested is
// reported and the batch goes on.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { IngestError, MESSAGES } from "../errors.js";
import { ingestFile, type IngestOptions, type IngestResult } from "./ingest.js";

export type BatchEvent =
  | { kind: "ingested"; index: number; total: number; path: string; result: IngestResult }
  | { kind: "failed"; index: number; total: number; path: string; message: string };

export interface BatchSummary {
  files: number;
  ingested: number;
  failed: number;
  quotes: number;
  facts: number;
  seconds: number;
}

/** The files the arguments name: a folder stands for its `*.txt` files (not hidden, not in subfolders), in name order. */
export function batchFiles(args: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    if (!existsSync(arg) || !statSync(arg).isDirectory()) {
      files.push(arg);
      continue;
    }
    const inFolder = readdirSync(arg).filter((f) => f.endsWith(".txt") && !f.startsWith(".")).sort().map((f) => join(arg, f));
    const articles = inFolder.filter((f) => statSync(f).isFile());
    if (articles.length) files.push(...articles);
    else problems.push(MESSAGES.ingestNoArticles(arg));
  }
  return { files, problems };
}

/** Ingests each file in turn; `onEach` hears of every article written or refused. Only IngestError is a
 *  refusal: anything else is a bug and stops the batch. */
export function ingestBatch(files: string[], options: IngestOptions, onEach: (e: BatchEvent) => void = () => {}): BatchSummary {
  const started = performance.now();
  const summary: BatchSummary = { files: files.length, ingested: 0, failed: 0, quotes: 0, facts: 0, seconds: 0 };
  files.forEach((path, index) => {
    try {
      const result = ingestFile(path, options);
      summary.ingested++;
      summary.quotes += result.data.quotes.length;
      summary.facts += result.data.facts.length;
      onEach({ kind: "ingested", index, total: files.length, path, result });
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      summary.failed++;
      onEach({ kind: "failed", index, total: files.length, path, message: e.message });
    }
  });
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
