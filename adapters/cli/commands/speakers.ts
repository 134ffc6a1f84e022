// `quotebot speakers [--json] [--corpus DIR]`
import { parseCommandArgs } from "../args.js";
import type { CliCommand } from "../command.js";
import { engineOrReport } from "../corpus-option.js";
import { formatSpeakers } from "../format.js";
import { cliLang } from "../lang.js";

export const speakers: CliCommand = {
  name: "speakers",
  summary: "list the speakers the corpus quotes",
  usage: "quotebot speakers [--json] [--corpus DIR]",
  async run(args, io) {
    const parsed = parseCommandArgs(this, args, { json: { type: "boolean" } }, io, false);
    if (typeof parsed === "number") return parsed;
    const engine = engineOrReport(parsed.values.corpus as string | undefined, io);
    if (!engine) return 2;
    const list = engine.speakers();
    io.stdout.write(parsed.values.json ? `${JSON.stringify(list, null, 2)}\n` : `${formatSpeakers(list, cliLang())}\n`);
    return 0;
  },
};
