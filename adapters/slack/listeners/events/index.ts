// `@quotebot …` in channels (app_mention), answered in the thread of the question, and direct messages
// (message.im), answered in the DM itself (in a thread only when asked in one).
// An event Slack delivers again (X-Slack-Retry-Num) is answered once, by event_id. A workspace that
// uninstalls the app has its install deleted (app_uninstalled, tokens_revoked).
import type { App, InstallationQuery, webApi } from "@slack/bolt";
import { conversationKey, requester, type HandledKind, type SlackContext } from "../../context.js";
import { stripSlackMarkup } from "../../mrkdwn.js";
import { interfaceLanguage } from "../../../../src/index.js";
import { answerReply, rateLimitReply, type Reply } from "../../reply.js";
import { renderHelp } from "../../render.js";

interface Question {
  kind: HandledKind;
  eventId: string;
  channel: string;
  /** The thread to answer in: the question's thread, or the question itself; none for a DM. */
  thread: string | undefined;
  user: string;
  /** The workspace it was asked in. */
  team: string | undefined;
  text: string;
  /** The conversation it continues (see conversationKey). */
  conversation: string;
}

export function register(app: App, ctx: SlackContext): void {
  registerUninstall(app, ctx);
  app.event("app_mention", async ({ event, body, client }) => {
    if (!event.user || event.bot_id) return;
    await answerInThread(ctx, client, {
      kind: "mention",
      eventId: body.event_id,
      channel: event.channel,
      thread: event.thread_ts ?? event.ts,
      user: event.user,
      team: body.team_id,
      text: event.text,
      conversation: conversationKey.thread(event.channel, event.thread_ts ?? event.ts),
    });
  });

  app.event("message", async ({ event, body, client }) => {
    // Only plain messages people write to the bot directly: no edits, joins or bot posts.
    if (event.channel_type !== "im" || event.subtype !== undefined || event.bot_id) return;
    await answerInThread(ctx, client, {
      kind: "dm",
      eventId: body.event_id,
      channel: event.channel,
      thread: event.thread_ts,
      user: event.user,
      team: body.team_id,
      text: event.text ?? "",
      conversation: conversationKey.dm(event.channel),
    });
  });
}

/**
 * A workspace that removes the app, or revokes its bot token, has its install deleted: its token is
 * kept nowhere once it no longer works. (With a single workspace's token there is nothing to delete.)
 */
function registerUninstall(app: App, ctx: SlackContext): void {
  const forget = (why: string) => async ({ context }: { context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean } }) => {
    if (!ctx.installations?.deleteInstallation) return;
    const { teamId, enterpriseId } = context;
    const query = { teamId, enterpriseId, isEnterpriseInstall: Boolean(context.isEnterpriseInstall) };
    await ctx.installations.deleteInstallation(query as InstallationQuery<boolean>);
    ctx.logger.info({ team: context.teamId, enterprise: context.enterpriseId }, `slack: ${why}: its install was deleted`);
  };
  app.event("app_uninstalled", forget("the app was uninstalled"));
  app.event("tokens_revoked", async (args) => {
    if ((args.event.tokens.bot ?? []).length > 0) await forget("the bot token was revoked")(args);
  });
}

async function answerInThread(ctx: SlackContext, client: webApi.WebClient, q: Question): Promise<void> {
  if (!ctx.seenEvents.firstTime(q.eventId)) {
    ctx.handled({ kind: q.kind, outcome: "duplicate", user: q.user });
    return;
  }
  // The rate limit comes before any parsing; a flood gets one notice, not one per message.
  const who = requester(q.team, q.user);
  const limited = rateLimitReply(ctx, who);
  if (limited && !ctx.limiter.firstRefusal(who)) {
    ctx.handled({ kind: q.kind, outcome: "rate_limited", user: q.user });
    return;
  }
  const text = limited ? "" : stripSlackMarkup(q.text);
  const lang = interfaceLanguage(text);
  const reply: Reply =
    limited ??
    (text === "" || ["help", "مساعدة", "مساعده"].includes(text.toLowerCase())
      ? { message: renderHelp(lang), outcome: "help" }
      : answerReply(ctx, text, { shareable: false, conversation: q.conversation }));
  if (reply.outcome === "rate_limited" || reply.outcome === "error") {
    // Only the asker needs to see these.
    await client.chat.postEphemeral({ channel: q.channel, user: q.user, thread_ts: q.thread, ...reply.message });
  } else {
    await client.chat.postMessage({
      channel: q.channel,
      thread_ts: q.thread,
      ...reply.message,
      link_names: false,
      unfurl_links: false,
      unfurl_media: false,
    });
  }
  ctx.handled({ kind: q.kind, outcome: reply.outcome, user: q.user });
}
