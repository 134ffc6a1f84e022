#!/usr/bin/env node
// Runs the built CLI (dist/ is built by `npm ci` through the `prepare` script, or `npm run build`).
import { main } from "../dist/adapters/cli/main.js";
import { exitQuietlyOnClosedPipe } from "../dist/adapters/cli/output.js";

// `quotebot ask --jsonl | head -1`: the reader closing the pipe ends the program quietly.
exitQuietlyOnClosedPipe(process.stdout);

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`quotebot: unexpected error: ${error?.message ?? error}\n`);
    process.exitCode = 1;
  },
);
