// How a long-running quotebot process starts and ends: what escapes every handler is logged and ends
// the process with a non-zero code (its manager or orchestrator restarts it, as Node advises after an
// uncaught exception); SIGINT/SIGTERM stop it cleanly; SIGHUP reloads the corpus.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Logger } from "../../src/index.js";
import type { LiveEngine } from "./live-engine.js";

/** Logs an uncaught exception or unhandled rejection, then exits with code 1. */
export function installProcessGuards(logger: Logger, exit: (code: number) => void = process.exit): void {
  const die = (what: string) => (error: unknown) => {
    try {
      logger.fatal({ err: error }, `${what}: exiting`);
    } finally {
      exit(1);
    }
  };
  process.on("uncaughtException", die("uncaught exception"));
  process.on("unhandledRejection", die("unhandled rejection"));
}

/**
 * On the first SIGINT or SIGTERM runs `stop`, then exits 0 (1 if stopping failed or took longer than
 * `graceMs`). A second signal exits at once.
 */
export function exitOnSignals(logger: Logger, stop: () => Promise<void>, graceMs = 10_000): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error({ graceMs }, "shutdown took too long: exiting");
      process.exit(1);
    }, graceMs);
    timer.unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

/** SIGHUP reloads the corpus even when no file change was seen. */
export function reloadOnSighup(engine: LiveEngine): () => void {
  const onHup = () => void engine.reload("SIGHUP", true);
  process.on("SIGHUP", onHup);
  return () => process.off("SIGHUP", onHup);
}

/** True when the module with this `import.meta.url` is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}
