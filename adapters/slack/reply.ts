// The reply to one question, whatever the surface: the rate limit, the engine, and the error path.
import { interfaceLanguage, t, type Lang } from "../../src/index.js";
import type { SlackContext, HandledOutcome } from "./context.js";
import { renderAnswer, renderNotice, type ShareValue, type SlackMessage } from "./render.js";
import { shownAnswer } from "../shared/shown-answer.js";

export interface Reply {
  message: SlackMessage;
  outcome: HandledOutcome;
}

/** A notice when `user` (see requester) is over the rate limit, null when they may ask. */
export function rateLimitReply(ctx: SlackContext, user: string, lang: Lang = "en"): Reply | null {
  if (ctx.limiter.take(user)) return null;
  const seconds = Math.max(1, Math.ceil(ctx.limiter.retryAfter(user) / 1000));
  return { message: renderNotice(t(lang, "rateLimited", seconds)), outcome: "rate_limited" };
}

export function failureReply(ctx: SlackContext, err: unknown, what: string, lang: Lang = "en"): Reply {
  ctx.logger.error({ err }, `slack: ${what} failed`);
  return { message: renderNotice(t(lang, "error")), outcome: "error" };
}

/** Asks the engine; never throws. */
export function answerReply(
  ctx: SlackContext,
  question: string,
  options: { shareable: boolean; footer?: string; conversation?: string },
): Reply {
  try {
    const { conversation, ...rendering } = options;
    const answer = ctx.conversations.ask(ctx.engine, conversation, question);
    const pickKey =
      answer.status === "suggested"
        ? ctx.suggestions.put({ question: answer.question, items: answer.answers, conversation })
        : undefined;
    const message = renderAnswer(answer, { pickKey, ...rendering });
    return { message, outcome: answer.status };
  } catch (err) {
    return failureReply(ctx, err, "answering a question", interfaceLanguage(question));
  }
}

/**
 * The answer a share button carries, posted again: the records it showed, whatever conversation it
 * was asked in; a button from before records were carried (or whose records are gone) asks again.
 */
export function sharedReply(ctx: SlackContext, shared: ShareValue, footer: string): Reply {
  try {
    const answer = shared.r ? shownAnswer(ctx.engine, shared.q, shared.r, shared.n) : null;
    if (!answer) return answerReply(ctx, shared.q, { shareable: false, footer });
    return { message: renderAnswer(answer, { shareable: false, footer }), outcome: "answered" };
  } catch (err) {
    return failureReply(ctx, err, "sharing an answer", interfaceLanguage(shared.q));
  }
}
