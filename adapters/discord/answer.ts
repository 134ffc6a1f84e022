// Turning a question or a list of items into a reply with live buttons: shared by /ask, /whosaid,
// /said, mentions and DMs so that they all answer the same way.
import { interfaceLanguage, stripChatNoise, type AnswerItem, type Lang } from "../../src/index.js";
import { MessageFlags } from "discord.js";
import type { CommandContext } from "./context.js";
import { renderItemsPage, renderNoMatch, type Reply } from "./render.js";

/** The reply to a slash command: private when it is only for the asker. */
export function interactionPayload(reply: Reply): Omit<Reply, "ephemeral"> & { flags?: MessageFlags.Ephemeral } {
  const { ephemeral, ...payload } = reply;
  return ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload;
}

/** The reply to a message (mention or DM), which cannot be private. */
export function messagePayload(reply: Reply): Omit<Reply, "ephemeral"> {
  const { ephemeral: _private, ...payload } = reply;
  return payload;
}

export function replyForQuestion(question: string, ctx: CommandContext): Reply {
  const lang = interfaceLanguage(question);
  const answer = ctx.engine.ask(question);
  if (answer.status !== "answered" || answer.answers.length === 0) return renderNoMatch(answer, lang);
  return replyForItems(answer.answers, `“${stripChatNoise(answer.question.slice(0, 2_000))}”`, ctx, lang, answer.total);
}

export function replyForItems(items: AnswerItem[], heading: string, ctx: CommandContext, lang: Lang = "en", total?: number): Reply {
  const key = ctx.answers.put({ items, heading, lang, total });
  return renderItemsPage(items, 0, heading, { key, articleTitle: ctx.articleTitle, lang, total });
}
