// One logger for every entry point. Secrets are redacted twice: by key (pino's `redact`) and by
// value (any registered secret string is masked wherever it appears in a message).
import { createRequire } from "node:module";
import type { DestinationStream, Logger, LoggerOptions } from "pino";

// pino loads on the first logger, not at import, so that the CLI's `ask` path starts fast.
const require = createRequire(import.meta.url);
const loadPino = () => require("pino") as typeof import("pino");

const secrets = new Set<string>();

/** Register a secret value (a token, a signing secret) so that it never appears in log output. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6) secrets.add(value);
}

/**
 * Tokens that are never registered because each lives only minutes: a Discord interaction or webhook
 * token is the path segment after `interactions/<id>/` or `webhooks/<id>/` (in a DiscordAPIError's
 * url), and an interaction token on its own starts with base64 "interaction". Linear patterns.
 */
const TOKEN_IN_PATH = /((?:interactions|webhooks)\/\d{1,25}\/)[A-Za-z0-9._-]{8,}/g;
const INTERACTION_TOKEN = /aW50ZXJhY3Rpb24[A-Za-z0-9._-]*/g;

/** Replace every registered secret and every interaction token in `text` with "[redacted]". */
export function redactSecrets(text: string): string {
  let out = text.replace(TOKEN_IN_PATH, "$1[redacted]").replace(INTERACTION_TOKEN, "[redacted]");
  for (const s of secrets) out = out.split(s).join("[redacted]");
  return out;
}

const REDACT_KEYS = [
  "token", "*.token", "authorization", "*.authorization", "headers.authorization",
  "*.headers.authorization", "signingSecret", "*.signingSecret", "appToken", "*.appToken",
  "botToken", "*.botToken", "clientSecret", "*.clientSecret",
];

/** JSON.stringify drops an Error's message and stack (they are not own enumerable fields): keep them. */
function errorsAsObjects(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { type: value.name, message: value.message, stack: value.stack, ...(value as unknown as Record<string, unknown>) };
  }
  return value;
}

export function createLogger(name: string, destination?: DestinationStream): Logger {
  const { pino } = loadPino();
  const options: LoggerOptions = {
    name,
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
    redact: { paths: REDACT_KEYS, censor: "[redacted]" },
    hooks: {
      // Mask secret values inside any string argument (messages, interpolations).
      logMethod(args, method) {
        const clean = args.map((a) => (typeof a === "string" ? redactSecrets(a) : a));
        return method.apply(this, clean as Parameters<typeof method>);
      },
    },
    formatters: {
      log(obj) {
        return JSON.parse(redactSecrets(JSON.stringify(obj, errorsAsObjects))) as Record<string, unknown>;
      },
    },
  };
  return destination ? pino(options, destination) : pino(options, pino.destination(2));
}

export type { Logger };
