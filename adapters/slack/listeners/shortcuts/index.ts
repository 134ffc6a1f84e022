// The message shortcut "Who said this?": the message's text becomes a who-said question, answered
// ephemerally through the shortcut's response_url.
import type { App, MessageShortcut } from "@slack/bolt";
import { MAX_QUESTION_LENGTH } from "../../../../src/index.js";
import { conversationKey, requester, type SlackContext } from "../../context.js";
import { SHORTCUT_WHO_SAID } from "../../ids.js";
import { MAX_SLACK_TEXT, stripSlackMarkup } from "../../mrkdwn.js";
import { t } from "../../../../src/index.js";
import { answerReply, rateLimitReply, type Reply } from "../../reply.js";
import { renderNotice } from "../../render.js";

export function register(app: App, ctx: SlackContext): void {
  app.shortcut<MessageShortcut>(SHORTCUT_WHO_SAID, async ({ shortcut, ack, respond }) => {
    await ack();
    const user = shortcut.user.id;
    // The rate limit comes before any parsing.
    const reply: Reply = rateLimitReply(ctx, requester(shortcut.team?.id, user)) ?? shortcutReply(
        ctx,
        stripSlackMarkup(shortcut.message.text ?? ""),
        conversationKey.user(shortcut.channel.id, user),
      );
    await respond({ response_type: "ephemeral", replace_original: false, ...reply.message });
    ctx.handled({ kind: "shortcut", outcome: reply.outcome, user });
  });
}

function shortcutReply(ctx: SlackContext, text: string, conversation: string): Reply {
  return text
    ? answerReply(ctx, whoSaidQuestion(text), { shareable: true, conversation })
    : { message: renderNotice(t("en", "noText")), outcome: "no_text" };
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** "who said <text>?" (or "من قال <text>؟" for Arabic text), cut at a word to fit the engine's limit. */
export function whoSaidQuestion(message: string): string {
  // Capped before it is scanned, like every Slack text (the question keeps far less of it).
  const text = message.slice(0, MAX_SLACK_TEXT);
  const arabic = ARABIC_LETTER.test(text);
  const [prefix, mark] = arabic ? ["من قال ", "؟"] : ["who said ", "?"];
  const room = MAX_QUESTION_LENGTH - prefix.length - mark.length;
  let body = withoutTrailingMarks(text).trim();
  if (body.length > room) {
    const cut = body.slice(0, room);
    const lastSpace = cut.lastIndexOf(" ");
    body = lastSpace > room / 2 ? cut.slice(0, lastSpace) : cut;
  }
  return `${prefix}${body}${mark}`;
}

/** `text` without its trailing question marks: a backwards scan (an anchored `/[?؟]+$/` is quadratic). */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "?" || text[end - 1] === "؟")) end--;
  return text.slice(0, end);
}
