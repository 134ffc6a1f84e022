// Turning a question or a list of items into a reply with live buttons: shared by /ask, /whosaid,
// /said, mentions and DMs so that they all answer the same way.
import { interfaceLanguage, stripChatNoise, type AnswerItem, type Lang } from "../../src/index.js";
import type { CommandContext } from "./context.js";
import { renderItemsPage, renderNoMatch, type Reply } from "./render.js";

export function replyForQuestion(question: string, ctx: CommandContext): Reply {
  const lang = interfaceLanguage(question);
  const answer = ctx.engine.ask(question);
  if (answer.status !== "answered" || answer.answers.length === 0) return renderNoMatch(answer, lang);
  return replyForItems(answer.answers, `“${stripChatNoise(answer.question.slice(0, 2_000))}”`, ctx, lang);
}

export function replyForItems(items: AnswerItem[], heading: string, ctx: CommandContext, lang: Lang = "en"): Reply {
  const key = ctx.answers.put({ items, heading, lang });
  return renderItemsPage(items, 0, heading, { key, articleTitle: ctx.articleTitle, lang });
}
