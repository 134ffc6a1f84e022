// `quotebot repl` (what `npm start` opens): ask questions interactively. With a non-terminal stdin it
// answers each line and exits at the end of input. In a terminal: saved history, Tab completion of
// :commands and speaker names, Ctrl-C clears the line (twice on an empty line quits), Ctrl-D quits.
// `:wrong [comment]` and `:helpful` write a verdict on the last answer to the feedback log.
import { createInterface, type Interface } from "node:readline";
import {
  FeedbackLog, feedbackLogPath, interfaceLanguage, t, type Answer, type Engine, type Lang, type Logger,
} from "../../../src/index.js";
import { Conversations } from "../../shared/conversations.js";
import { LiveEngine } from "../../shared/live-engine.js";
import { reloadOnSighup } from "../../shared/process.js";
import { parseCommandArgs } from "../args.js";
import type { CliCommand, CliIO } from "../command.js";
import { REPL_COMMANDS, closestCommand, completer } from "../complete.js";
import { engineOrReport } from "../corpus-option.js";
import { formatAnswer, formatItem, formatSpeakers } from "../format.js";
import { HISTORY_SIZE, historyPath, loadHistory, saveHistory } from "../history.js";
import { cliLang } from "../lang.js";
import { forTerminal, terminalWidth } from "../terminal-text.js";

// Examples in both languages whatever the interface language: they show what can be asked.
const EXAMPLES = `  who said the ISIS brand still exists?        من قال إن العلامة التجارية لداعش موجودة؟
  what did Sales say?                          ماذا قال أردوغان عن سوريا؟
  how old is the Dallas man?                   كم عمر الرجل في قضية دالاس؟`;

const help = (lang: Lang) => `${t(lang, "helpIntro")}\n${EXAMPLES}\n${t(lang, "replCommands")}`;

function speakerNames(engine: Engine): () => string[] {
  let names: string[] | undefined;
  return () => (names ??= engine.speakers().flatMap((s) => [s.name, ...(s.nameAr ? [s.nameAr] : []), ...s.aliases]));
}

/** A terminal session's keys: Ctrl-C clears the line, and quits when pressed twice on an empty line. */
function handleInterrupts(rl: Interface, io: CliIO, lang: () => Lang): void {
  let armed = false;
  rl.on("line", () => {
    armed = false;
  });
  rl.on("SIGINT", () => {
    if (rl.line.length > 0) {
      armed = false;
      rl.write(null, { ctrl: true, name: "e" });
      rl.write(null, { ctrl: true, name: "u" });
      io.stdout.write("^C\n");
      rl.prompt();
    } else if (armed) {
      io.stdout.write("^C\n");
      rl.close();
    } else {
      armed = true;
      io.stdout.write(`^C\n${t(lang(), "ctrlCAgain")}\n`);
      rl.prompt();
    }
  });
}

export const repl: CliCommand = {
  name: "repl",
  summary: "interactive questions and answers (the default of `npm start`)",
  usage: "quotebot repl [--json] [--corpus DIR]",
  async run(args, io) {
    const parsed = parseCommandArgs(this, args, { json: { type: "boolean" } }, io, false);
    if (typeof parsed === "number") return parsed;
    // Follows the corpus folder: an article ingested meanwhile is answered from the next question on.
    const engine = engineOrReport(parsed.values.corpus as string | undefined, io, (dir) => new LiveEngine({ corpusDir: dir, logger: replLog(io) }).watch());
    if (!engine) return 2;
    const stopSighup = reloadOnSighup(engine);
    try {
      return await session(engine, io, Boolean(parsed.values.json));
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

/** `:wrong [comment]` (the last answer is wrong) and `:helpful`. */
const FEEDBACK_COMMAND = /^:(wrong|helpful)(?:\s+(.*))?$/s;

/** The feedback log, opened on the first verdict (FEEDBACK_LOG, else the user's state folder). */
function lazyFeedbackLog(): () => FeedbackLog {
  let log: FeedbackLog | undefined;
  return () => (log ??= new FeedbackLog(feedbackLogPath()));
}

/** Records a verdict on the last answer; what to tell the person. */
function feedbackOn(last: Answer | undefined, line: string, lang: Lang, log: () => FeedbackLog): string {
  if (!last) return t(lang, "feedbackNothing");
  const [, command, comment] = FEEDBACK_COMMAND.exec(line)!;
  try {
    log().append({
      surface: "repl",
      userId: null,
      question: last.question,
      records: last.answers.map((a) => a.id),
      verdict: command === "wrong" ? "wrong_attribution" : "helpful",
      comment: comment ?? null,
    });
    return t(lang, "feedbackThanks");
  } catch {
    return t(lang, "feedbackFailed");
  }
}

async function session(engine: Engine, io: CliIO, jsonAtStart: boolean): Promise<number> {
  const interactive = Boolean(io.stdin.isTTY);
  let json = jsonAtStart;
  /** The last answer: its suggestions can be picked by number. */
  let last: Answer | undefined;
  // The session is one conversation: follow-ups ("who is he?") resolve against its last answer.
  const conversation = new Conversations({ max: 1 });
  const SESSION = "repl";
  // The language of the last question asked; before any, the user's locale.
  let lang: Lang = cliLang();
  const history = interactive ? historyPath() : null;
  const feedback = lazyFeedbackLog();
  const rl = createInterface({
    input: io.stdin,
    output: interactive ? io.stdout : undefined,
    terminal: interactive,
    crlfDelay: Infinity,
    ...(interactive && history
      ? { history: loadHistory(history), historySize: HISTORY_SIZE, removeHistoryDuplicates: true, completer: completer(speakerNames(engine)) }
      : {}),
  });
  const say = (text: string) => io.stdout.write(`${forTerminal(text, terminalWidth(io.stdout as { columns?: number }))}\n`);
  // JSON is for programs: never wrapped.
  const sayJson = (value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  if (interactive) {
    if (history) rl.on("history", (lines: string[]) => saveHistory(history, lines));
    handleInterrupts(rl, io, () => lang);
    // Ctrl-D (or the end of input) leaves the shell's prompt on a line of its own.
    rl.on("close", () => io.stdout.write("\n"));
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
    } else if (FEEDBACK_COMMAND.test(line)) {
      say(feedbackOn(last, line, lang, feedback));
    } else if (line.startsWith(":")) {
      const guess = closestCommand(line, REPL_COMMANDS);
      say(guess ? `${t(lang, "unknownReplCommand", line)} — ${t(lang, "didYouMean", guess)}` : t(lang, "unknownReplCommand", line));
    } else if (last?.status === "suggested" && /^[1-9]$/.test(line) && last.answers[Number(line) - 1]) {
      // The person chose a suggestion: it is now the answer.
      const picked: Answer = { question: last.question, status: "answered", answers: [last.answers[Number(line) - 1]] };
      if (json) sayJson(picked);
      else say(formatItem(picked.answers[0], undefined, lang));
      say("");
      last = picked;
      conversation.remember(SESSION, picked);
    } else if (line) {
      lang = interfaceLanguage(line);
      const answer = conversation.ask(engine, SESSION, line);
      if (json) sayJson(answer);
      else say(formatAnswer(answer, lang));
      say("");
      last = answer;
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  return 0;
}
