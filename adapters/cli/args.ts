// Command-line options through node:util's parseArgs, with the conventions every command follows:
// -h/--help prints the command's usage (exit 0); an unknown option or a missing value is a usage error,
// reported on stderr with the usage, exit 2.
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { CliIO } from "./command.js";

export const EXIT_USAGE = 2;

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  corpus: { type: "string" },
} as const satisfies Options;

/** The parsed arguments, or the exit code when there is nothing more to do (help shown, or a usage error). */
export function parseCommandArgs(
  command: { name: string; usage: string },
  args: string[],
  options: Options,
  io: CliIO,
  allowPositionals = true,
): Parsed | number {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true }) as Parsed;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`quotebot ${command.name}: ${message}\nusage: ${command.usage}\n`);
    return EXIT_USAGE;
  }
  if (parsed.values.help) {
    io.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  return parsed;
}

/** A usage error of a command: stderr, with the usage, exit 2. */
export function usageError(command: { name: string; usage: string }, message: string, io: CliIO): number {
  io.stderr.write(`quotebot ${command.name}: ${message}\nusage: ${command.usage}\n`);
  return EXIT_USAGE;
}
