#!/usr/bin/env node
// Runs the built CLI (dist/ is built by `npm run build`, or by `npm ci` through the `prepare` script).
import { existsSync } from "node:fs";

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
const ENTRY = new URL("../dist/adapters/cli/main.js", import.meta.url);

Promise.all([import(ENTRY.href), import("../dist/adapters/cli/output.js")])
  .then(([{ main }, { exitQuietlyOnClosedPipe }]) => {
    // `quotebot ask --jsonl | head -1`: the reader closing the pipe ends the program quietly.
    exitQuietlyOnClosedPipe(process.stdout);
    return main(process.argv.slice(2), io);
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`quotebot: ${startFailure(error)}\n`);
      process.exitCode = 1;
    },
  );

/** What went wrong starting: no dist/, a dist/ built from older sources, or an error of the program's own. */
function startFailure(error) {
  const message = String(error?.message ?? error);
  // A built file importing one that is not there, or a name it no longer exports: dist/ is out of date.
  const partlyBuilt =
    (error?.code === "ERR_MODULE_NOT_FOUND" && /Cannot find module '[^']*[\\/]dist[\\/]/.test(message)) ||
    (error instanceof SyntaxError && /does not provide an export named/.test(message));
  if (!partlyBuilt) return `unexpected error: ${message}`;
  return existsSync(ENTRY)
    ? "dist/ is out of date (built from other sources): run `npm run build` again (needs the dev dependencies) before starting"
    : "dist/ is missing: run `npm run build` (needs the dev dependencies) before starting";
}
