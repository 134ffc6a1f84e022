// Answer → Block Kit. Every piece of corpus or user text goes through escapeMrkdwn (via fitEscaped)
// and every mrkdwn object is `verbatim`, so quoted text can never mention anyone or form a link.
import type { types } from "@slack/bolt";
import { MAX_QUESTION_LENGTH, MESSAGES } from "../../src/index.js";
import type { Answer, AnswerItem, Citation, SpeakerInfo, SpeakerRef } from "../../src/index.js";
import { ACTION_COPY_CITATION, ACTION_SHARE, COMMAND } from "./ids.js";
import { escapeMrkdwn, fitEscaped, fitPlain } from "./mrkdwn.js";

type KnownBlock = types.KnownBlock;

/** What a reply carries: `text` is the notification / screen-reader fallback. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack's limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  sectionText: 3000,
  contextText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  blocks: 50,
  fallbackText: 3000,
} as const;

export interface AnswerRenderOptions {
  /** The display title of an article id; the id itself when absent. */
  articleTitle?: (id: string) => string | null;
  /** Adds the "Share in channel" button (for ephemeral answers). */
  shareable?: boolean;
  /** One more context line under the answer, already mrkdwn (e.g. who shared it). */
  footer?: string;
}

/** The value carried by the share button: enough to ask the same question again. */
export interface ShareValue {
  q: string;
}

const OTHER_ITEM_TEXT = 160;
/** A speaker's name in one script: with both scripts and the role, an attribution fits one section. */
const NAME_TEXT = 300;

export function renderAnswer(answer: Answer, options: AnswerRenderOptions = {}): SlackMessage {
  if (answer.status === "no_match" || answer.answers.length === 0) return renderNoMatch(answer);
  const [best, ...others] = answer.answers;
  const blocks: KnownBlock[] = [
    context(`*Q:* ${fitEscaped(answer.question, LIMITS.contextText - 10)}`),
    section(blockQuote(best.text)),
  ];
  if (best.textEn && best.textEn !== best.text) {
    blocks.push(section(`*English:* ${fitEscaped(best.textEn, LIMITS.sectionText - 20)}`));
  } else if (best.englishMissing) blocks.push(context(`_${escapeMrkdwn(MESSAGES.noEnglishRendering)}_`));
  blocks.push(section(`— ${attribution(best)}`));
  blocks.push(context(whereAndHowSure(best)));
  if (others.length) blocks.push(section(otherMatches(others)));
  const buttons: types.Button[] = [];
  const shareValue = JSON.stringify({ q: answer.question } satisfies ShareValue);
  if (options.shareable && shareValue.length <= LIMITS.buttonValue) {
    buttons.push({
      type: "button",
      action_id: ACTION_SHARE,
      text: { type: "plain_text", text: "Share in channel" },
      value: shareValue,
    });
  }
  buttons.push({
    type: "button",
    action_id: ACTION_COPY_CITATION,
    text: { type: "plain_text", text: "Copy citation" },
    value: fitPlain(best.citation.text, LIMITS.buttonValue),
  });
  blocks.push({ type: "actions", elements: buttons });
  if (options.footer) blocks.push(context(options.footer));
  const who = best.speaker ? fitEscaped(best.speaker.name, NAME_TEXT) : "The article";
  return { text: fitFallback(`${who}: “${escapeMrkdwn(best.text)}”`), blocks };
}

function renderNoMatch(answer: Answer): SlackMessage {
  const message =
    answer.reason === "empty"
      ? MESSAGES.questionEmpty
      : answer.reason === "too_long"
        ? MESSAGES.questionTooLong(MAX_QUESTION_LENGTH)
        : MESSAGES.noMatch;
  const escaped = fitEscaped(message, LIMITS.sectionText);
  return {
    text: fitFallback(escaped),
    blocks: [section(escaped), context(`See who is quoted: \`${COMMAND} speakers\` · help: \`${COMMAND} help\``)],
  };
}

export function renderSpeakers(speakers: SpeakerInfo[]): SlackMessage {
  if (speakers.length === 0) return renderNotice("No one is quoted in the articles yet.");
  const lines = speakers.map((s) => {
    const quotes = `${s.quoteCount} quote${s.quoteCount === 1 ? "" : "s"}`;
    const role = s.role ? ` — ${fitEscaped(s.role, 300)}` : "";
    return `• *${fitEscaped(plainName(s), 300)}*${role} · ${quotes}`;
  });
  const heading = `*${speakers.length} speaker${speakers.length === 1 ? " is" : "s are"} quoted in the articles*`;
  const blocks: KnownBlock[] = [section(heading)];
  const footer = context(escapeMrkdwn(`Ask: \`${COMMAND} what did <name> say?\``));
  let chunk = "";
  let shown = 0;
  for (const line of lines) {
    if (chunk && chunk.length + 1 + line.length > LIMITS.sectionText) {
      if (blocks.length >= LIMITS.blocks - 3) break;
      blocks.push(section(chunk));
      chunk = "";
    }
    chunk = chunk ? `${chunk}\n${line}` : line;
    shown++;
  }
  if (chunk) blocks.push(section(chunk));
  if (shown < lines.length) blocks.push(context(`… and ${lines.length - shown} more`));
  blocks.push(footer);
  return { text: `${speakers.length} speakers are quoted in the articles`, blocks };
}

export function renderHelp(): SlackMessage {
  const lines = [
    "*quotebot* finds who said what in the news articles it knows, word for word.",
    `• \`${COMMAND} who said the ISIS brand still exists?\` — who said a quote (Arabic or English)`,
    `• \`${COMMAND} what did Nathan Sales say?\` — everything one speaker said`,
    `• \`${COMMAND} speakers\` — everyone who is quoted`,
    "• Mention me in a channel or write to me directly; I answer in the thread.",
    "• On any message: ⋯ → *Who said this?* finds the attribution of the quote in it.",
    "When the articles do not say, I say I don't know.",
  ];
  return { text: "How to use quotebot", blocks: [section(lines.join("\n"))] };
}

/**
 * A citation in mrkdwn: escaped, its link as code, so that Slack neither links nor unfurls it (blocks are
 * `verbatim` as well).
 */
export function citationMrkdwn(c: Citation, max: number): string {
  const head = c.url && c.text.endsWith(` ${c.url}`) ? c.text.slice(0, -c.url.length - 1) : c.text;
  const link = c.url ? ` \`${fitEscaped(c.url.replace(/`/g, "%60"), 500)}\`` : "";
  return fitEscaped(head, Math.max(0, max - link.length)) + link;
}

/** The plain-text citation in a code block, ready to copy. */
export function renderCitation(text: string): SlackMessage {
  const body = fitEscaped(text.replace(/`/g, "ˋ"), LIMITS.sectionText - 8);
  return { text: fitFallback(body), blocks: [section(`\`\`\`${body}\`\`\``)] };
}

/** A short message of our own (rate limit, errors). */
export function renderNotice(text: string): SlackMessage {
  const escaped = fitEscaped(text, LIMITS.sectionText);
  return { text: fitFallback(escaped), blocks: [section(escaped)] };
}

export function confidenceLabel(score: number): string {
  const level = score >= 0.75 ? "high" : score >= 0.45 ? "medium" : "low";
  return `${level} (${Math.round(score * 100)}%)`;
}

function attribution(item: AnswerItem): string {
  if (!item.speaker) return "_the article itself (no speaker)_";
  const name = `*${fitEscaped(item.speaker.name, NAME_TEXT)}*`;
  const nameAr = item.speaker.nameAr ? ` (${fitEscaped(item.speaker.nameAr, NAME_TEXT)})` : "";
  const role = roleText(item.speaker);
  return fitEscapedTail(`${name}${nameAr}`, role, LIMITS.sectionText - 4);
}

function roleText(s: SpeakerRef): string {
  const parts = [s.role, s.roleAr].filter((p): p is string => Boolean(p));
  return parts.length ? `, ${parts.join(" / ")}` : "";
}

/** `head` (already mrkdwn) followed by as much of the raw `tail` as fits. */
function fitEscapedTail(head: string, tail: string, max: number): string {
  return tail ? head + fitEscaped(tail, Math.max(0, max - head.length)) : head;
}

function whereAndHowSure(item: AnswerItem): string {
  const parts = [`📰 ${citationMrkdwn(item.citation, 1200)}`, `confidence: ${confidenceLabel(item.score)}`];
  if (item.draft) parts.push("⚠️ unreviewed draft");
  return parts.join(" · ");
}

function otherMatches(items: AnswerItem[]): string {
  let out = "*Other matches:*";
  for (const item of items) {
    const who = item.speaker ? `*${fitEscaped(item.speaker.name, 100)}*` : "_the article_";
    const line = `\n• ${who}: “${fitEscaped(item.text, OTHER_ITEM_TEXT)}” — paragraph ${item.paragraph}, ${Math.round(item.score * 100)}%`;
    if (out.length + line.length > LIMITS.sectionText) break;
    out += line;
  }
  return out;
}

/** The quote as a mrkdwn block quote: every line prefixed with "> ". */
function blockQuote(raw: string): string {
  const lines = raw.split("\n").length;
  const escaped = fitEscaped(raw, LIMITS.sectionText - 2 * lines);
  return escaped
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");
}

function plainName(s: SpeakerInfo): string {
  return s.nameAr ? `${s.name} (${s.nameAr})` : s.name;
}

function fitFallback(mrkdwn: string): string {
  // Already escaped: cut without re-escaping, and never inside an entity.
  if (mrkdwn.length <= LIMITS.fallbackText) return mrkdwn;
  return fitPlain(mrkdwn, LIMITS.fallbackText).replace(/&[a-z]*…$/, "…");
}

function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}

function context(text: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text, verbatim: true }] };
}
