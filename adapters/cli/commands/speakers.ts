// `quotebot speakers [--json] [--corpus DIR]`
import { parseArgs, type CliCommand } from "../command.js";
import { engineOrReport } from "../corpus-option.js";
import { formatSpeakers } from "../format.js";

export const speakers: CliCommand = {
  name: "speakers",
  summary: "list the speakers the corpus quotes",
  usage: "quotebot speakers [--json] [--corpus DIR]",
  async run(args, io) {
    const { options, unknown } = parseArgs(args, { values: ["corpus"], switches: ["json"] });
    if (unknown.length) {
      io.stderr.write(`quotebot speakers: unknown option ${unknown[0]}\nusage: ${this.usage}\n`);
      return 2;
    }
    const engine = engineOrReport(options.corpus as string | undefined, io);
    if (!engine) return 2;
    const list = engine.speakers();
    io.stdout.write(options.json ? `${JSON.stringify(list, null, 2)}\n` : `${formatSpeakers(list)}\n`);
    return 0;
  },
};
