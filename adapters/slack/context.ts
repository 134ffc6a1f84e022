// What every listener gets besides the Bolt app: the engine and the adapter's shared state.
import type { Engine, Logger } from "../../src/index.js";
import type { RateLimiter } from "../shared/rate-limit.js";
import type { RecentIds } from "./recent-ids.js";

export type HandledKind = "command" | "mention" | "dm" | "shortcut" | "share" | "citation";

export type HandledOutcome =
  | "answered"
  | "no_match"
  | "help"
  | "speakers"
  | "rate_limited"
  | "error"
  | "duplicate"
  | "no_text"
  | "citation";

/** Reported once each incoming request has been fully handled (logs, metrics, tests). */
export interface Handled {
  kind: HandledKind;
  outcome: HandledOutcome;
  user: string;
}

export interface SlackContext {
  engine: Engine;
  limiter: RateLimiter;
  logger: Logger;
  seenEvents: RecentIds;
  /** Display title of an article id, null when unknown. */
  articleTitle: (id: string) => string | null;
  handled: (h: Handled) => void;
}
