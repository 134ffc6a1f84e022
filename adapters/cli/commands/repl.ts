// `quotebot repl` (what `npm start` opens): ask questions interactively. With a non-terminal stdin it
// answers each line and exits at the end of input.
import { createInterface } from "node:readline";
import { parseArgs, type CliCommand } from "../command.js";
import { engineOrReport } from "../corpus-option.js";
import { formatAnswer, formatSpeakers } from "../format.js";
import { interfaceLanguage, t, type Lang } from "../../../src/index.js";

// Examples in both languages whatever the interface language: they show what can be asked.
const EXAMPLES = `  who said the ISIS brand still exists?        من قال إن العلامة التجارية لداعش موجودة؟
  what did Sales say?                          ماذا قال أردوغان عن سوريا؟
  how old is the Dallas man?                   كم عمر الرجل في قضية دالاس؟`;

const help = (lang: Lang) => `${t(lang, "helpIntro")}\n${EXAMPLES}\n${t(lang, "replCommands")}`;

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
    // The language of the last question asked; before any, the user's locale.
    let lang: Lang = /^ar/i.test(process.env.LC_ALL || process.env.LANG || "") ? "ar" : "en";
    const rl = createInterface({ input: io.stdin, output: interactive ? io.stdout : undefined, terminal: interactive, crlfDelay: Infinity });
    const say = (text: string) => io.stdout.write(`${text}\n`);
    if (interactive) {
      say(t(lang, "replBanner", engine.speakers().length, engine.articles().length));
      rl.setPrompt("quotebot> ");
      rl.prompt();
    }
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === ":quit" || line === ":q" || line === ":exit") break;
      if (line === ":help") say(help(lang));
      else if (line === ":speakers") say(formatSpeakers(engine.speakers(), lang));
      else if (line === ":json") {
        json = !json;
        say(t(lang, "rawJson", json));
      } else if (line.startsWith(":")) say(t(lang, "unknownReplCommand", line));
      else if (line) {
        lang = interfaceLanguage(line);
        const answer = engine.ask(line);
        say(json ? JSON.stringify(answer, null, 2) : formatAnswer(answer, lang));
        say("");
      }
      if (interactive) rl.prompt();
    }
    rl.close();
    return 0;
  },
};
