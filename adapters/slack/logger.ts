// Bolt and its Web API client log through our pino logger, so their lines get the same secret
// redaction as ours. The level is pino's; Bolt's setLevel is ignored.
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/index.js";

export function boltLogger(logger: Logger): BoltLogger {
  const forward = (level: "debug" | "info" | "warn" | "error") => (...msg: unknown[]) => {
    const err = msg.find((m): m is Error => m instanceof Error);
    const text = msg
      .filter((m) => m !== err)
      .map((m) => (typeof m === "string" ? m : safeJson(m)))
      .join(" ");
    if (err) logger[level]({ err }, text || err.message);
    else logger[level](text);
  };
  return {
    debug: forward("debug"),
    info: forward("info"),
    warn: forward("warn"),
    error: forward("error"),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
