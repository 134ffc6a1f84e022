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
