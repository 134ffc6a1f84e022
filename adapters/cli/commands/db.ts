// `quotebot db import DIR | export DIR [--replace] | status`: moves a corpus between a folder and the
// PostgreSQL store that DATABASE_URL names. An import is one transaction (all of the folder or none of
// it); an export writes the files the loader reads into a new folder that takes DIR's name when complete.
import { ExportError, FileStore } from "../../../src/index.js";
import { parseCommandArgs, usageError } from "../args.js";
import type { CliCommand } from "../command.js";
import { withDatabase } from "../database.js";

export const db: CliCommand = {
  name: "db",
  summary: "move a corpus between a folder and the PostgreSQL store (DATABASE_URL)",
  usage: "quotebot db import DIR | quotebot db export DIR [--replace] | quotebot db status",
  async run(args, io) {
    const parsed = parseCommandArgs(this, args, { replace: { type: "boolean" } }, io);
    if (typeof parsed === "number") return parsed;
    const [action, dir, ...rest] = parsed.positionals;
    if (rest.length) return usageError(this, `unexpected "${rest[0]}"`, io);
    if (action === "status") {
      if (dir !== undefined) return usageError(this, "status takes no folder", io);
      return withDatabase("db status", io, async (store) => {
        const corpus = await store.load();
        const quotes = corpus.articles.reduce((n, a) => n + a.quotes.length, 0);
        const facts = corpus.articles.reduce((n, a) => n + a.facts.length, 0);
        io.stdout.write(`${store.where}: ${corpus.articles.length} articles, ${quotes} quotes, ${facts} facts (revision ${await store.revision()})\n`);
        return 0;
      });
    }
    if ((action !== "import" && action !== "export") || !dir) return usageError(this, "expected import DIR, export DIR or status", io);
    if (action === "import") {
      if (parsed.values.replace) return usageError(this, "--replace is for export (an import replaces articles with the same id)", io);
      return withDatabase("db import", io, async (store) => {
        const files = await new FileStore(dir).files();
        await store.put(files);
        io.stdout.write(`imported ${files.length} articles from ${dir} into ${store.where}\n`);
        return 0;
      });
    }
    return withDatabase("db export", io, async (store) => {
      const files = await store.files();
      try {
        await new FileStore(dir).replaceAll(files, parsed.values.replace === true);
      } catch (err) {
        if (err instanceof ExportError) {
          io.stderr.write(`quotebot db export: ${err.message}\n`);
          return 1;
        }
        throw err;
      }
      io.stdout.write(`exported ${files.length} articles from ${store.where} to ${dir}\n`);
      return 0;
    });
  },
};
