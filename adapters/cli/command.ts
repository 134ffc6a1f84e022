// The shape of one `quotebot <command>`: each lives in commands/<name>.ts and is listed in main.ts.

export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface CliCommand {
  name: string;
  /** One line for `quotebot --help`. */
  summary: string;
  usage: string;
  /** Returns the process exit code. Throws only on bugs; bad input is reported on stderr. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Splits `--flag value` / `--flag=value` / `--switch` options from positional words. */
export function parseArgs(
  args: string[],
  spec: { values?: string[]; switches?: string[] },
): { options: Record<string, string | true>; positional: string[]; unknown: string[] } {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("--") || a === "--") {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (spec.switches?.includes(name)) options[name] = true;
    else if (spec.values?.includes(name)) {
      const v = inline ?? args[++i];
      if (v === undefined) unknown.push(a);
      else options[name] = v;
    } else unknown.push(a);
  }
  return { options, positional, unknown };
}
