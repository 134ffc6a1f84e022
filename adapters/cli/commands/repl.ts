// `quotebot repl` (what `npm start` opens): ask questions interactively. With a non-terminal stdin it
// answers each line and exits at the end of input.
import { createInterface } from "node:readline";
import { parseArgs, type CliCommand } from "../command.js";
import { engineOrReport } from "../corpus-option.js";
import type { Answer } from "../../../src/index.js";
import { formatAnswer, formatItem, formatSpeakers } from "../format.js";

const HELP = `Ask in Arabic or English, for example:
  who said the ISIS brand still exists?        من قال إن العلامة التجارية لداعش موجودة؟
  what did Sales say?                          ماذا قال أردوغان عن سوريا؟
  how old is the Dallas man?                   كم عمر الرجل في قضية دالاس؟
After "Not sure. Did you mean:", type a suggestion's number to see it as the answer.
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
    const engine = engineOrReport(options.corpus as string | undefined, io);
    if (!engine) return 2;
    const interactive = Boolean(io.stdin.isTTY);
    let json = Boolean(options.json);
    /** The last answer: its suggestions can be picked by number. */
    let last: Answer | undefined;
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
      else if (last?.status === "suggested" && /^[1-9]$/.test(line) && last.answers[Number(line) - 1]) {
        // The person chose a suggestion: it is now the answer.
        const picked: Answer = { question: last.question, status: "answered", answers: [last.answers[Number(line) - 1]] };
        say(json ? JSON.stringify(picked, null, 2) : formatItem(picked.answers[0]));
        say("");
        last = picked;
      } else if (line) {
        const answer = engine.ask(line);
        say(json ? JSON.stringify(answer, null, 2) : formatAnswer(answer));
        say("");
        last = answer;
      }
      if (interactive) rl.prompt();
    }
    rl.close();
    return 0;
  },
};
