// `quotebot ingest FILE… | DIR [--corpus DIR] [--lang ar|en] [--id ID] [--replace] [--db]`: adds articles as
// drafts, all in one process. A progress line is drawn on a terminal (none when stderr is piped); a file that
// cannot be ingested is named with the reason and the others go on.
import { batchFiles, ingestBatch, type BatchEvent, type BatchSummary, type IngestResult } from "../../../src/index.js";
import { parseCommandArgs, usageError } from "../args.js";
import type { CliCommand, CliIO } from "../command.js";
import { corpusDirOption } from "../corpus-option.js";
import { ingestIntoDatabase } from "../database.js";

export const ingest: CliCommand = {
  name: "ingest",
  summary: "add articles (plain text, one paragraph a line) to the corpus as drafts",
  usage: "quotebot ingest <file>… | <folder> [--corpus DIR] [--lang ar|en] [--id ID] [--replace] [--db (into DATABASE_URL)]",
  async run(args, io) {
    const parsed = parseCommandArgs(this, args, { lang: { type: "string" }, id: { type: "string" }, replace: { type: "boolean" }, db: { type: "boolean" } }, io);
    if (typeof parsed === "number") return parsed;
    const { values: options, positionals } = parsed;
    // Usage errors exit 2; a file or corpus that cannot be ingested exits 1.
    if (!positionals.length) return usageError(this, "expected a file or a folder", io);
    if (options.lang !== undefined && options.lang !== "ar" && options.lang !== "en") {
      return usageError(this, `--lang must be ar or en (got "${options.lang}")`, io);
    }
    const { files, problems } = batchFiles(positionals);
    if (options.id !== undefined && files.length + problems.length > 1) return usageError(this, "--id names one article: give one file with it", io);
    if (options.db) {
      if (options.corpus !== undefined) return usageError(this, "--db and --corpus name two different corpora: give one", io);
      for (const p of problems) io.stderr.write(`quotebot ingest: ${p}\n`);
      if (!files.length) return 1;
      return ingestIntoDatabase(files, {
        lang: options.lang as "ar" | "en" | undefined, id: options.id as string | undefined, replace: options.replace === true,
      }, io);
    }
    for (const p of problems) io.stderr.write(`quotebot ingest: ${p}\n`);
    const progress = files.length > 1 && (io.stderr as { isTTY?: boolean }).isTTY === true ? new ProgressLine(io) : null;
    const summary = ingestBatch(
      files,
      {
        corpusDir: corpusDirOption(options.corpus),
        lang: options.lang as "ar" | "en" | undefined,
        id: options.id as string | undefined,
        replace: options.replace === true,
      },
      (e) => report(e, io, progress),
    );
    progress?.clear();
    if (files.length > 1) io.stdout.write(summaryLine(summary, problems.length));
    return summary.failed || problems.length ? 1 : 0;
  },
};

function articleLine(r: IngestResult): string {
  const { speakers, quotes, facts } = r.data;
  return `${r.id} (${r.lang}): ${speakers.length} speakers, ${quotes.length} quotes, ${facts.length} facts, draft${r.replaced ? " (replaced)" : ""} → ${r.jsonPath}\n`;
}

function report(e: BatchEvent, io: CliIO, progress: ProgressLine | null): void {
  progress?.clear();
  if (e.kind === "ingested") io.stdout.write(articleLine(e.result));
  else io.stderr.write(`quotebot ingest: ${e.message}\n`);
  progress?.draw(e.index + 1, e.total, e.path);
}

function summaryLine(s: BatchSummary, folderProblems: number): string {
  const failed = s.failed + folderProblems;
  const rate = s.seconds > 0 ? ` (${(s.ingested / s.seconds).toFixed(1)} articles/s)` : "";
  return `ingested ${s.ingested} of ${s.files} files${failed ? `, ${failed} failed (named above)` : ""}: ${s.quotes} quotes, ${s.facts} facts in ${s.seconds.toFixed(1)} s${rate}\n`;
}

/** One line on the terminal, redrawn in place: "[ 12/300]  4% name.txt". */
class ProgressLine {
  private shown = false;
  constructor(private readonly io: CliIO) {}
  draw(done: number, total: number, path: string): void {
    const width = String(total).length;
    const name = path.length > 50 ? `…${path.slice(-49)}` : path;
    this.io.stderr.write(`\r\x1b[K[${String(done).padStart(width)}/${total}] ${String(Math.floor((100 * done) / total)).padStart(3)}% ${name}`);
    this.shown = true;
  }
  clear(): void {
    if (this.shown) this.io.stderr.write("\r\x1b[K");
    this.shown = false;
  }
}
