// Turning a question or a list of items into a reply with live buttons: shared by /ask, /whosaid,
// /said, mentions and DMs so that they all answer the same way.
import { interfaceLanguage, stripChatNoise, type Answer, type AnswerItem, type Lang } from "../../src/index.js";
import type { CommandContext } from "./context.js";
import { renderItemsPage, renderNoMatch, renderSuggestions, type Reply } from "./render.js";

export function replyForQuestion(question: string, ctx: CommandContext): Reply {
  return replyForAnswer(ctx.engine.ask(question), ctx, interfaceLanguage(question));
}

export function replyForAnswer(answer: Answer, ctx: CommandContext, lang: Lang): Reply {
  if (answer.status === "no_match" || answer.answers.length === 0) return renderNoMatch(answer, lang);
  const heading = `“${stripChatNoise(answer.question.slice(0, 2_000))}”`;
  if (answer.status === "suggested") {
    // Each candidate has a button; pressing it answers with that candidate (see bot.ts).
    const key = ctx.answers.put({ items: answer.answers, heading, lang });
    return renderSuggestions(answer.answers, heading, { key, articleTitle: ctx.articleTitle, lang });
  }
  return replyForItems(answer.answers, heading, ctx, lang);
}

export function replyForItems(items: AnswerItem[], heading: string, ctx: CommandContext, lang: Lang = "en"): Reply {
  const key = ctx.answers.put({ items, heading, lang });
  return renderItemsPage(items, 0, heading, { key, articleTitle: ctx.articleTitle, lang });
}
