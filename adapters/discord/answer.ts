// Turning a question or a list of items into a reply with live buttons: shared by /ask, /whosaid,
// /said, mentions and DMs so that they all answer the same way.
import { interfaceLanguage, stripChatNoise, type Answer, type AnswerItem, type Lang } from "../../src/index.js";
import { MessageFlags } from "discord.js";
import type { CommandContext } from "./context.js";
import { renderItemsPage, renderNoMatch, renderSuggestions, type ListButtons, type Reply } from "./render.js";

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

/**
 * Answers `question` in `conversation` (see conversationKey), which remembers the answer for follow-ups.
 * `asker`: the user id of who asked; only they page the answer or pick a suggestion.
 */
export function replyForQuestion(question: string, ctx: CommandContext, conversation?: string, asker?: string): Reply {
  return replyForAnswer(ctx.conversations.ask(ctx.engine, conversation, question), ctx, interfaceLanguage(question), asker);
}

export function replyForAnswer(answer: Answer, ctx: CommandContext, lang: Lang, asker?: string): Reply {
  if (answer.status === "no_match" || answer.answers.length === 0) return renderNoMatch(answer, lang);
  // The footer shows the question: the buttons read it back from there (feedback, a picked suggestion).
  const heading = `“${stripChatNoise(answer.question.slice(0, 2_000))}”`;
  if (answer.status === "suggested") {
    // Each candidate has a button; pressing it answers with that candidate (see bot.ts).
    return renderSuggestions(answer.answers, heading, { buttons: { asker }, articleTitle: ctx.articleTitle, lang });
  }
  return replyForItems(answer.answers, heading, ctx, lang, { total: answer.total, buttons: { asker } });
}

/** A list of items with live buttons: `buttons` says who may page it and, for a speaker's quotes, whose. */
export function replyForItems(
  items: AnswerItem[],
  heading: string,
  ctx: CommandContext,
  lang: Lang = "en",
  about: { total?: number; buttons?: ListButtons } = {},
): Reply {
  return renderItemsPage(items, 0, heading, { buttons: about.buttons ?? {}, articleTitle: ctx.articleTitle, lang, total: about.total });
}
