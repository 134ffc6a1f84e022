#!/usr/bin/env node
// Runs the built CLI (dist/ is built by `npm run build`, or by `npm ci` through the `prepare` script).
const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

Promise.all([import("../dist/adapters/cli/main.js"), import("../dist/adapters/cli/output.js")])
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
      const unbuilt = error?.code === "ERR_MODULE_NOT_FOUND" && String(error?.message).includes("dist/adapters/cli/");
      process.stderr.write(
        unbuilt
          ? "quotebot: dist/ is missing: run `npm run build` (needs the dev dependencies) before starting\n"
          : `quotebot: unexpected error: ${error?.message ?? error}\n`,
      );
      process.exitCode = 1;
    },
  );
