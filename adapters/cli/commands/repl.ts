// `quotebot repl` (what `npm start` opens): ask questions interactively. With a non-terminal stdin it
// answers each line and exits at the end of input.
import { createInterface } from "node:readline";
import { parseArgs, type CliCommand, type CliIO } from "../command.js";
import type { Logger } from "../../../src/index.js";
import { LiveEngine } from "../../shared/live-engine.js";
import { reloadOnSighup } from "../../shared/process.js";
import { engineOrReport } from "../corpus-option.js";
import { formatAnswer, formatSpeakers } from "../format.js";

const HELP = `Ask in Arabic or English, for example:
  who said the ISIS brand still exists?        من قال إن العلامة التجارية لداعش موجودة؟
  what did Sales say?                          ماذا قال أردوغان عن سوريا؟
  how old is the Dallas man?                   كم عمر الرجل في قضية دالاس؟
Commands: :help  :speakers  :json (toggle raw JSON)  :quit`;

export const repl: CliCommand = {
  name: "repl",
  summary: "interactive questions and answers (the default of `npm start`)",
  usage: "quotebot repl [--corpus DIR]",
  async run(args, io) {
    const { options, unknown } = parseArgs(args, { values: ["corpus"], switches: ["json"] });
    if (unknown.length) {
      io.stderr.write(`quotebot repl: unknown option ${unknown[0]}\nusage: ${this.usage}\n`);
      return 2;
    }
    // Follows the corpus folder: an article ingested meanwhile is answered from the next question on.
    const engine = engineOrReport(options.corpus as string | undefined, io, (dir) => new LiveEngine({ corpusDir: dir, logger: replLog(io) }).watch());
    if (!engine) return 2;
    const stopSighup = reloadOnSighup(engine);
    try {
      return await session(engine, io, Boolean(options.json));
    } finally {
      stopSighup();
      engine.close();
    }
  },
};

/** Reload news for a person at a terminal: one plain line each on stderr. */
function replLog(io: CliIO): Pick<Logger, "info" | "warn" | "error"> {
  const line = (text: string) => io.stderr.write(`quotebot: ${text}\n`);
  const say = (a: unknown, b?: unknown) => line(String(typeof a === "string" ? a : b));
  return { info: say, warn: say, error: say } as unknown as Pick<Logger, "info" | "warn" | "error">;
}

async function session(engine: LiveEngine, io: CliIO, jsonAtStart: boolean): Promise<number> {
  const interactive = Boolean(io.stdin.isTTY);
  let json = jsonAtStart;
  const rl = createInterface({ input: io.stdin, output: interactive ? io.stdout : undefined, terminal: interactive, crlfDelay: Infinity });
  const say = (text: string) => io.stdout.write(`${text}\n`);
  if (interactive) {
    say(`quotebot — ${engine.speakers().length} speakers in ${engine.articles().length} article(s). Type :help for help.`);
    rl.setPrompt("quotebot> ");
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === ":quit" || line === ":q" || line === ":exit") break;
    if (line === ":help") say(HELP);
    else if (line === ":speakers") say(formatSpeakers(engine.speakers()));
    else if (line === ":json") {
      json = !json;
      say(`raw JSON ${json ? "on" : "off"}`);
    } else if (line.startsWith(":")) say(`unknown command ${line}; type :help`);
    else if (line) {
      const answer = engine.ask(line);
      say(json ? JSON.stringify(answer, null, 2) : formatAnswer(answer));
      say("");
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  return 0;
}
