// `quotebot ask [--json | --jsonl] [--corpus DIR] ["<question>"]`: the question from the arguments, or
// from stdin when none is given (`echo "who said …?" | quotebot ask`).
import { StringDecoder } from "node:string_decoder";
import { parseCommandArgs, usageError } from "../args.js";
import type { CliCommand, CliIO } from "../command.js";
import { engineOrReport } from "../corpus-option.js";
import { formatAnswer } from "../format.js";
import { forTerminal, terminalWidth } from "../terminal-text.js";

/** A question read from stdin is cut here: the engine refuses anything longer than a few hundred characters anyway. */
const MAX_STDIN = 64 * 1024;

async function readQuestion(io: CliIO): Promise<string> {
  let text = "";
  for await (const chunk of io.stdin) {
    text += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
    if (text.length > MAX_STDIN) break;
  }
  return text.slice(0, MAX_STDIN).trim();
}

/** A line longer than this is cut (the engine answers it `too_long`); the rest of it is skipped, not buffered. */
const MAX_LINE = 64 * 1024;

/** stdin's lines, split at LF only (a CRLF loses its CR): readline would also split at a lone CR. */
async function* linesOf(input: AsyncIterable<unknown>): AsyncGenerator<string> {
  let line = "";
  let overlong = false;
  // A UTF-8 character may be split between two chunks: the decoder holds its first bytes back.
  const decoder = new StringDecoder("utf8");
  for await (const chunk of input) {
    const parts = (typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer)).split("\n");
    for (let i = 0; i < parts.length; i++) {
      if (!overlong) line += parts[i];
      if (line.length > MAX_LINE) [line, overlong] = [line.slice(0, MAX_LINE), true];
      if (i === parts.length - 1) break;
      yield line.endsWith("\r") ? line.slice(0, -1) : line;
      [line, overlong] = ["", false];
    }
  }
  if (line) yield line.endsWith("\r") ? line.slice(0, -1) : line;
}

export const ask: CliCommand = {
  name: "ask",
  summary: "answer one question (from the arguments or stdin), or one per line of stdin with --jsonl",
  usage:
    'quotebot ask [--json] [--corpus DIR] "<question>"\n' +
    "       quotebot ask [--json] [--corpus DIR] < question.txt\n" +
    "       quotebot ask --jsonl [--corpus DIR] < questions.txt",
  async run(args, io) {
    const parsed = parseCommandArgs(this, args, { json: { type: "boolean" }, jsonl: { type: "boolean" } }, io);
    if (typeof parsed === "number") return parsed;
    const { values, positionals } = parsed;
    if (values.jsonl && positionals.length) return usageError(this, "--jsonl reads its questions from stdin, one a line", io);
    if (!values.jsonl && !positionals.length && io.stdin.isTTY) return usageError(this, "expected a question", io);
    const engine = engineOrReport(values.corpus as string | undefined, io);
    if (!engine) return 2;
    if (values.jsonl) {
      for await (const line of linesOf(io.stdin as AsyncIterable<unknown>)) io.stdout.write(`${JSON.stringify(engine.ask(line))}\n`);
      return 0;
    }
    const question = positionals.length ? positionals.join(" ") : await readQuestion(io);
    const answer = engine.ask(question);
    io.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : `${forTerminal(formatAnswer(answer), terminalWidth(io.stdout as { columns?: number }))}\n`);
    return 0;
  },
};
