// `quotebot ask [--json | --jsonl] [--corpus DIR] "<question>"`
import { createInterface } from "node:readline";
import { parseArgs, type CliCommand } from "../command.js";
import { engineOrReport } from "../corpus-option.js";
import { formatAnswer } from "../format.js";

export const ask: CliCommand = {
  name: "ask",
  summary: "answer one question (or one per line of stdin with --jsonl)",
  usage: 'quotebot ask [--json] [--corpus DIR] "<question>"\n       quotebot ask --jsonl [--corpus DIR] < questions.txt',
  async run(args, io) {
    const { options, positional, unknown } = parseArgs(args, { values: ["corpus"], switches: ["json", "jsonl"] });
    if (unknown.length) {
      io.stderr.write(`quotebot ask: unknown option ${unknown[0]}\nusage: ${this.usage}\n`);
      return 2;
    }
    const engine = engineOrReport(options.corpus as string | undefined, io);
    if (!engine) return 2;
    if (options.jsonl) {
      const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
      for await (const line of lines) io.stdout.write(`${JSON.stringify(engine.ask(line))}\n`);
      return 0;
    }
    const answer = engine.ask(positional.join(" "));
    io.stdout.write(options.json ? `${JSON.stringify(answer)}\n` : `${formatAnswer(answer)}\n`);
    return 0;
  },
};
