// The buttons under answers. "Share in channel" (under an ephemeral answer) asks the same question again,
// posts the answer visibly through the button's response_url, saying who shared it, and removes the
// private preview it came from. A "Did you mean" button answers with
// the candidate it names, in place of the list of suggestions.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { requester, type SlackContext } from "../../context.js";
import { ACTION_COPY_CITATION, ACTION_FEEDBACK, ACTION_PICK, ACTION_SHARE, COMMAND } from "../../ids.js";
import { VERDICTS, interfaceLanguage, t, type Answer } from "../../../../src/index.js";
import { rateLimitReply, sharedReply, type Reply } from "../../reply.js";
import { escapeMrkdwn } from "../../mrkdwn.js";
import { renderAnswer, renderCitation, renderNotice, type FeedbackValue, type PickValue, type ShareValue } from "../../render.js";

export function register(app: App, ctx: SlackContext): void {
  registerCopyCitation(app, ctx);
  registerFeedback(app, ctx);
  registerPick(app, ctx);
  app.action<BlockAction<ButtonAction>>(ACTION_SHARE, async ({ action, body, ack, respond }) => {
    await ack();
    const user = body.user.id;
    // A share posts in the channel: it counts against the rate limit like a question, checked first.
    const limited = rateLimitReply(ctx, requester(body.team?.id, user));
    const shared = limited ? null : parseShareValue(action.value);
    const lang = interfaceLanguage(shared?.q);
    const reply: Reply =
      limited ??
      (shared
        ? sharedReply(ctx, shared, t(lang, "sharedBy", sharer(body), `\`${COMMAND}\``))
        : { message: renderNotice(t(lang, "shareGone")), outcome: "no_match" });
    if (reply.outcome === "answered") {
      await respond({ response_type: "in_channel", replace_original: false, ...reply.message });
      // The private preview has done its work: only the shared answer stays.
      await respond({ delete_original: true });
    } else {
      const notice = reply.outcome === "error" || reply.outcome === "rate_limited" ? reply.message : renderNotice(t(lang, "shareGone"));
      await respond({ response_type: "ephemeral", replace_original: false, ...notice });
    }
    ctx.handled({ kind: "share", outcome: reply.outcome, user });
  });
}

function registerPick(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_PICK}_\\d$`), async ({ action, body, ack, respond }) => {
    await ack();
    const user = body.user.id;
    const pick = parsePickValue(action.value);
    const offered = pick && ctx.suggestions.get(pick.k);
    const item = offered && offered.items[pick.i];
    if (!offered || !item) {
      await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(t("en", "pickGone")) });
      ctx.handled({ kind: "pick", outcome: "no_match", user });
      return;
    }
    const lang = interfaceLanguage(offered.question);
    const picked: Answer = { question: offered.question, status: "answered", answers: [item] };
    // The candidate picked is now the conversation's last answer.
    if (offered.conversation !== undefined) ctx.conversations.remember(offered.conversation, picked);
    const message = renderAnswer(
      picked,
      { footer: escapeMrkdwn(t(lang, "pickedFromSuggestions")), lang },
    );
    await respond({ replace_original: true, ...message });
    ctx.handled({ kind: "pick", outcome: "answered", user });
  });
}

/** A feedback button: the verdict it carries goes to the feedback log; the clicker is thanked privately. */
function registerFeedback(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_FEEDBACK}_(helpful|unhelpful|wrong_attribution)$`), async ({ action, body, ack, respond }) => {
    await ack();
    const user = body.user.id;
    const value = parseFeedbackValue(action.value);
    const lang = interfaceLanguage(value?.q);
    let said = t(lang, "feedbackThanks");
    if (!value) said = t(lang, "shareGone");
    else {
      try {
        // Slack user ids are unique within a workspace: the team keeps two workspaces' users apart.
        ctx.feedback.append({ surface: "slack", userId: `${body.team?.id ?? ""}:${user}`, question: value.q, records: value.r, verdict: value.v });
        ctx.logger.info({ verdict: value.v, records: value.r }, "slack: feedback");
      } catch (err) {
        ctx.logger.error({ err }, "slack: could not write feedback");
        said = t(lang, "feedbackFailed");
      }
    }
    await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(said) });
    ctx.handled({ kind: "feedback", outcome: value ? "feedback" : "no_text", user });
  });
}

function parseFeedbackValue(value: string | undefined): FeedbackValue | null {
  try {
    const p = JSON.parse(value ?? "") as Partial<FeedbackValue>;
    const ok =
      typeof p.v === "string" && (VERDICTS as readonly string[]).includes(p.v) && typeof p.q === "string" &&
      Array.isArray(p.r) && p.r.length <= 5 && p.r.every((r) => typeof r === "string" && r.length <= 200);
    return ok ? (p as FeedbackValue) : null;
  } catch {
    return null;
  }
}

function parsePickValue(value: string | undefined): PickValue | null {
  try {
    const parsed = JSON.parse(value ?? "") as Partial<PickValue>;
    return typeof parsed.k === "string" && Number.isInteger(parsed.i) ? { k: parsed.k, i: parsed.i! } : null;
  } catch {
    return null;
  }
}

/** "Copy citation": the citation the button carries, as plain text in a code block, to the clicker only. */
function registerCopyCitation(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION_COPY_CITATION, async ({ action, body, ack, respond }) => {
    await ack();
    const text = action.value?.trim();
    const message = text ? renderCitation(text) : renderNotice(t("en", "shareGone"));
    await respond({ response_type: "ephemeral", replace_original: false, ...message });
    ctx.handled({ kind: "citation", outcome: text ? "citation" : "no_text", user: body.user.id });
  });
}

/** The sharer's display name as plain escaped text: a `<@U…>` mention would notify them. */
function sharer(body: BlockAction): string {
  const user = body.user as { name?: string; username?: string; id: string };
  return `*${escapeMrkdwn(user.name || user.username || user.id)}*`;
}

/** At most this many records in a share button (an answer shows fewer). */
const MAX_SHARED_RECORDS = 10;

function parseShareValue(value: string | undefined): ShareValue | null {
  try {
    const parsed = JSON.parse(value ?? "") as Partial<ShareValue>;
    if (typeof parsed.q !== "string" || !parsed.q.trim()) return null;
    const r = parsed.r;
    const refs = Array.isArray(r) && r.length <= MAX_SHARED_RECORDS && r.every((x) => typeof x === "string" && x.length <= 64) ? r : undefined;
    const n = Number.isInteger(parsed.n) && parsed.n! > 0 ? parsed.n : undefined;
    return { q: parsed.q, ...(refs?.length ? { r: refs } : {}), ...(n ? { n } : {}) };
  } catch {
    return null;
  }
}
