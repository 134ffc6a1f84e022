// `quotebot ingest <file> [--corpus DIR] [--lang ar|en] [--id ID] [--replace] [--db]`: adds an article as a draft.
import { IngestError, ingestFile } from "../../../src/index.js";
import { parseCommandArgs, usageError } from "../args.js";
import type { CliCommand } from "../command.js";
import { corpusDirOption } from "../corpus-option.js";
import { ingestIntoDatabase } from "../database.js";

export const ingest: CliCommand = {
  name: "ingest",
  summary: "add an article (plain text, one paragraph a line) to the corpus as a draft",
  usage: "quotebot ingest <file> [--corpus DIR] [--lang ar|en] [--id ID] [--replace] [--db (into DATABASE_URL)]",
  async run(args, io) {
    const parsed = parseCommandArgs(this, args, { lang: { type: "string" }, id: { type: "string" }, replace: { type: "boolean" }, db: { type: "boolean" } }, io);
    if (typeof parsed === "number") return parsed;
    const { values: options, positionals: positional } = parsed;
    // Usage errors exit 2; a file or corpus that cannot be ingested exits 1.
    const fail = (message: string) => {
      io.stderr.write(`quotebot ingest: ${message}\n`);
      return 1;
    };
    if (positional.length !== 1) return usageError(this, "expected one file", io);
    if (options.lang !== undefined && options.lang !== "ar" && options.lang !== "en") {
      return usageError(this, `--lang must be ar or en (got "${options.lang}")`, io);
    }
    if (options.db) {
      if (options.corpus !== undefined) return usageError(this, "--db and --corpus name two different corpora: give one", io);
      return ingestIntoDatabase(positional, {
        lang: options.lang as "ar" | "en" | undefined, id: options.id as string | undefined, replace: options.replace === true,
      }, io);
    }
    try {
      const r = ingestFile(positional[0], {
        corpusDir: corpusDirOption(options.corpus),
        lang: options.lang as "ar" | "en" | undefined,
        id: options.id as string | undefined,
        replace: options.replace === true,
      });
      const { speakers, quotes, facts } = r.data;
      io.stdout.write(
        `${r.id} (${r.lang}): ${speakers.length} speakers, ${quotes.length} quotes, ${facts.length} facts, draft${r.replaced ? " (replaced)" : ""} → ${r.jsonPath}\n`,
      );
      return 0;
    } catch (e) {
      if (e instanceof IngestError) return fail(e.message);
      throw e;
    }
  },
};
