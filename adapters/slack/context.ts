// What every listener gets besides the Bolt app: the engine and the adapter's shared state.
import type { InstallationStore } from "@slack/bolt";
import type { AnswerItem, Engine, FeedbackLog, Logger } from "../../src/index.js";
import type { Conversations } from "../shared/conversations.js";
import type { ExpiringStore } from "../shared/expiring-store.js";
import type { RateLimiter } from "../shared/rate-limit.js";
import type { RecentIds } from "./recent-ids.js";

export type HandledKind = "command" | "mention" | "dm" | "shortcut" | "share" | "citation" | "pick" | "feedback";

export type HandledOutcome =
  | "answered"
  | "suggested"
  | "no_match"
  | "help"
  | "speakers"
  | "rate_limited"
  | "error"
  | "duplicate"
  | "no_text"
  | "citation"
  | "feedback";

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
  /** The candidates of "Did you mean …?" answers, for the buttons that pick one. */
  suggestions: ExpiringStore<Suggestions>;
  /** Each conversation's last answer, for follow-up questions (keys from conversationKey). */
  conversations: Conversations;
  handled: (h: Handled) => void;
  /** Where verdicts from the feedback buttons go. */
  feedback: FeedbackLog;
  /** The installs in many workspaces (OAuth mode); absent with a single workspace's token. */
  installations?: InstallationStore;
}

/** What a "Did you mean …?" answer offered. */
export interface Suggestions {
  question: string;
  items: AnswerItem[];
  /** The conversation they were offered in: a picked one becomes its last answer. */
  conversation?: string;
}

/**
 * Who is asking, for the rate limit: a user of a workspace. A user id is only known to be unique within
 * its workspace, and the app may be installed in many.
 */
export function requester(team: string | undefined, user: string): string {
  return `${team ?? ""}:${user}`;
}

/**
 * The conversations of Slack: a thread (a mention starts one; replies in it continue it), a DM, or
 * one user's commands and shortcuts in one channel.
 */
export const conversationKey = {
  thread: (channel: string, thread: string) => `thread:${channel}:${thread}`,
  dm: (channel: string) => `dm:${channel}`,
  user: (channel: string, user: string) => `user:${channel}:${user}`,
};
