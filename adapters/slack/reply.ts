// The reply to one question, whatever the surface: the rate limit, the engine, and the error path.
import type { SlackContext, HandledOutcome } from "./context.js";
import { renderAnswer, renderNotice, type SlackMessage } from "./render.js";

export const NOTICES = {
  rateLimited: (seconds: number) =>
    `You're asking quickly: wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`,
  failed: "Sorry, something went wrong while answering. Please try again in a moment.",
  noText: "That message has no text to look up. Pick a message that contains a quote.",
  shareGone: "That answer can no longer be shared; ask the question again.",
} as const;

export interface Reply {
  message: SlackMessage;
  outcome: HandledOutcome;
}

/** A notice when `user` is over the rate limit, null when they may ask. */
export function rateLimitReply(ctx: SlackContext, user: string): Reply | null {
  if (ctx.limiter.take(user)) return null;
  const seconds = Math.max(1, Math.ceil(ctx.limiter.retryAfter(user) / 1000));
  return { message: renderNotice(NOTICES.rateLimited(seconds)), outcome: "rate_limited" };
}

export function failureReply(ctx: SlackContext, err: unknown, what: string): Reply {
  ctx.logger.error({ err }, `slack: ${what} failed`);
  return { message: renderNotice(NOTICES.failed), outcome: "error" };
}

/** Asks the engine; never throws. */
export function answerReply(
  ctx: SlackContext,
  question: string,
  options: { shareable: boolean; footer?: string },
): Reply {
  try {
    const answer = ctx.engine.ask(question);
    const message = renderAnswer(answer, { articleTitle: ctx.articleTitle, ...options });
    return { message, outcome: answer.status };
  } catch (err) {
    return failureReply(ctx, err, "answering a question");
  }
}
