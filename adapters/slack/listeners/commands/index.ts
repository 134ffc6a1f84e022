// `/quote <question>`, `/quote speakers`, `/quote help`: acknowledged at once, answered ephemerally
// through the command's response_url.
import type { App } from "@slack/bolt";
import { conversationKey, requester, type SlackContext } from "../../context.js";
import { COMMAND } from "../../ids.js";
import { stripSlackMarkup } from "../../mrkdwn.js";
import { interfaceLanguage, type Lang } from "../../../../src/index.js";
import { answerReply, failureReply, rateLimitReply, type Reply } from "../../reply.js";
import { renderHelp, renderSpeakers } from "../../render.js";

export function register(app: App, ctx: SlackContext): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    await ack();
    // The rate limit comes before any parsing.
    const reply = rateLimitReply(ctx, requester(command.team_id, command.user_id)) ?? commandReply(ctx, stripSlackMarkup(command.text ?? ""), conversationKey.user(command.channel_id, command.user_id));
    await respond({ response_type: "ephemeral", ...reply.message });
    ctx.handled({ kind: "command", outcome: reply.outcome, user: command.user_id });
  });
}

/** The sub-commands in both languages, with the interface language each one selects. */
const HELP_WORDS: Record<string, Lang> = { help: "en", "مساعدة": "ar", "مساعده": "ar" };
const SPEAKER_WORDS: Record<string, Lang> = { speakers: "en", "المتحدثون": "ar", "المتحدثين": "ar" };

function commandReply(ctx: SlackContext, text: string, conversation: string): Reply {
  const word = text.toLowerCase();
  if (word === "" || HELP_WORDS[word]) return { message: renderHelp(HELP_WORDS[word] ?? "en"), outcome: "help" };
  const lang = SPEAKER_WORDS[word] ?? interfaceLanguage(text);
  if (SPEAKER_WORDS[word]) {
    try {
      return { message: renderSpeakers(ctx.engine.speakers(), lang), outcome: "speakers" };
    } catch (err) {
      return failureReply(ctx, err, "listing speakers", lang);
    }
  }
  return answerReply(ctx, text, { shareable: true, conversation });
}
