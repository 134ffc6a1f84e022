// Turning a question or a list of items into a reply with live buttons: shared by /ask, /whosaid,
// /said, mentions and DMs so that they all answer the same way.
import { stripChatNoise, type Answer, type AnswerItem } from "../../src/index.js";
import type { CommandContext } from "./context.js";
import { renderItemsPage, renderNoMatch, renderSuggestions, type Reply } from "./render.js";

export function replyForQuestion(question: string, ctx: CommandContext): Reply {
  return replyForAnswer(ctx.engine.ask(question), ctx);
}

export function replyForAnswer(answer: Answer, ctx: CommandContext): Reply {
  if (answer.status === "no_match" || answer.answers.length === 0) return renderNoMatch(answer);
  const heading = `“${stripChatNoise(answer.question.slice(0, 2_000))}”`;
  if (answer.status === "suggested") {
    // Each candidate has a button; pressing it answers with that candidate (see bot.ts).
    const key = ctx.answers.put({ items: answer.answers, heading, question: answer.question });
    return renderSuggestions(answer.answers, heading, { key, articleTitle: ctx.articleTitle });
  }
  return replyForItems(answer.answers, heading, ctx);
}

export function replyForItems(items: AnswerItem[], heading: string, ctx: CommandContext): Reply {
  const key = ctx.answers.put({ items, heading });
  return renderItemsPage(items, 0, heading, { key, articleTitle: ctx.articleTitle });
}
