// Answer → Block Kit. Every piece of corpus or user text goes through escapeMrkdwn (via fitEscaped)
// and every mrkdwn object is `verbatim`, so quoted text can never mention anyone or form a link.
import type { types } from "@slack/bolt";
import { interfaceLanguage, noMatchMessage, t } from "../../src/index.js";
import type { Answer, AnswerItem, Citation, Lang, SpeakerInfo, SpeakerRef, Verdict } from "../../src/index.js";
import { ACTION_COPY_CITATION, ACTION_FEEDBACK, ACTION_PICK, ACTION_SHARE, COMMAND } from "./ids.js";
import { escapeMrkdwn, fitEscaped, fitPlain } from "./mrkdwn.js";
import { shownRefs } from "../shared/shown-answer.js";

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
  /** Adds the "Share in channel" button (for ephemeral answers). */
  shareable?: boolean;
  /** One more context line under the answer, already mrkdwn (e.g. who shared it). */
  footer?: string;
  /** The interface language; by default that of the question. */
  lang?: Lang;
  /** For a suggested answer: the key its candidates are stored under, for the buttons that pick one. */
  pickKey?: string;
}

/** The value carried by a "Did you mean" button: where the candidates are kept, and which one. */
export interface PickValue {
  k: string;
  i: number;
}

/** The value carried by a feedback button: the verdict, the record shown first, the question. */
export interface FeedbackValue {
  v: Verdict;
  r: string[];
  q: string;
}

/** A feedback button's value within Slack's 2,000 characters: the question is cut to fit; null if the record id alone is too long. */
function feedbackValue(v: Verdict, record: string, question: string): string | null {
  const bare = JSON.stringify({ v, r: [record], q: "" } satisfies FeedbackValue);
  const room = LIMITS.buttonValue - bare.length;
  if (room < 1) return null;
  const value = JSON.stringify({ v, r: [record], q: fitPlain(question, room) } satisfies FeedbackValue);
  if (value.length <= LIMITS.buttonValue) return value;
  // JSON escaped some characters (into up to six each): cut the question for the worst case.
  return JSON.stringify({ v, r: [record], q: fitPlain(question, Math.floor(room / 6)) } satisfies FeedbackValue);
}

/** 👍 / 👎 / Wrong attribution: a verdict on the answer's first item, to the feedback log. */
function feedbackActions(answer: Answer, best: AnswerItem, lang: Lang): KnownBlock | null {
  const button = (v: Verdict, label: string, style?: "danger"): types.Button | null => {
    const value = feedbackValue(v, best.id, answer.question);
    return value === null
      ? null
      : { type: "button", action_id: `${ACTION_FEEDBACK}_${v}`, text: { type: "plain_text", text: label, emoji: true }, value, ...(style ? { style } : {}) };
  };
  const elements = [
    button("helpful", `👍 ${t(lang, "feedbackHelpful")}`),
    button("unhelpful", `👎 ${t(lang, "feedbackUnhelpful")}`),
    button("wrong_attribution", t(lang, "feedbackWrong"), "danger"),
  ].filter((b): b is types.Button => b !== null);
  return elements.length ? { type: "actions", elements } : null;
}

/**
 * The value carried by the share button: the question and the records shown (short references), so
 * that the answer shared is the one shown, follow-ups included; older buttons carry only `q`.
 */
export interface ShareValue {
  q: string;
  r?: string[];
  n?: number;
}

const OTHER_ITEM_TEXT = 160;
/** A speaker's name in one script: with both scripts and the role, an attribution fits one section. */
const NAME_TEXT = 300;

export function renderAnswer(answer: Answer, options: AnswerRenderOptions = {}): SlackMessage {
  const lang = options.lang ?? interfaceLanguage(answer.question);
  if (answer.status === "no_match" || answer.answers.length === 0) return renderNoMatch(answer, lang);
  if (answer.status === "suggested") return renderSuggestions(answer, { ...options, lang });
  const [best, ...others] = answer.answers;
  const blocks: KnownBlock[] = [
    context(`*${t(lang, "questionLabel")}:* ${fitEscaped(answer.question, LIMITS.contextText - 10)}`),
    section(blockQuote(best.text)),
  ];
  if (best.textEn && best.textEn !== best.text) {
    blocks.push(section(`*${t(lang, "english")}:* ${fitEscaped(best.textEn, LIMITS.sectionText - 40)}`));
  } else if (best.englishMissing) blocks.push(context(`_${escapeMrkdwn(t(lang, "noEnglish"))}_`));
  blocks.push(section(`— ${attribution(best, lang)}`));
  blocks.push(context(whereAndHowSure(best, lang)));
  if (others.length) blocks.push(section(otherMatches(others, lang)));
  if (answer.total && answer.total > answer.answers.length) {
    blocks.push(context(t(lang, "showingAnswers", answer.answers.length, answer.total)));
  }
  const buttons: types.Button[] = [];
  const shareValue = JSON.stringify({ q: answer.question, r: shownRefs(answer), ...(answer.total ? { n: answer.total } : {}) } satisfies ShareValue);
  if (options.shareable && shareValue.length <= LIMITS.buttonValue) {
    buttons.push({
      type: "button",
      action_id: ACTION_SHARE,
      text: { type: "plain_text", text: t(lang, "shareInChannel") },
      value: shareValue,
    });
  }
  buttons.push({
    type: "button",
    action_id: ACTION_COPY_CITATION,
    text: { type: "plain_text", text: t(lang, "copyCitation") },
    value: fitPlain(best.citation.text, LIMITS.buttonValue),
  });
  blocks.push({ type: "actions", elements: buttons });
  const feedback = feedbackActions(answer, best, lang);
  if (feedback) blocks.push(feedback);
  if (options.footer) blocks.push(context(options.footer));
  const who = best.speaker ? fitEscaped(best.speaker.name, NAME_TEXT) : t(lang, best.kind === "quote" ? "speakerUnknownShort" : "fromArticle");
  return { text: fitFallback(`${who}: “${escapeMrkdwn(best.text)}”`), blocks };
}

const SUGGESTION_TEXT = 200;

/**
 * "Not sure. Did you mean:" and the candidates, numbered, each with a button that answers with it.
 * No candidate is stated as fact: a name and the start of the words, under the question.
 */
function renderSuggestions(answer: Answer, options: AnswerRenderOptions): SlackMessage {
  const lang = options.lang ?? "en";
  const lines = answer.answers.map((item, i) => {
    const who = item.speaker ? `*${fitEscaped(item.speaker.name, 100)}*` : `_${fitEscaped(t(lang, item.kind === "quote" ? "speakerUnknownShort" : "theArticle"), 100)}_`;
    const draft = item.draft ? ` ⚠️ ${fitEscaped(t(lang, "draftShort"), 100)}` : "";
    return `${i + 1}. ${who}: “${fitEscaped(item.text, SUGGESTION_TEXT)}”${draft}`;
  });
  const blocks: KnownBlock[] = [
    context(`*${t(lang, "questionLabel")}:* ${fitEscaped(answer.question, LIMITS.contextText - 10)}`),
    section(`${escapeMrkdwn(t(lang, "suggested"))}\n${lines.join("\n")}`),
  ];
  if (options.pickKey) {
    blocks.push({
      type: "actions",
      elements: answer.answers.map((item, i) => ({
        type: "button" as const,
        action_id: `${ACTION_PICK}_${i}`,
        text: { type: "plain_text" as const, text: fitPlain(`${i + 1}. ${item.speaker?.name ?? t(lang, item.kind === "quote" ? "speakerUnknownShort" : "theArticle")}`, LIMITS.buttonText) },
        value: JSON.stringify({ k: options.pickKey!, i } satisfies PickValue),
      })),
    });
  }
  return { text: fitFallback(escapeMrkdwn(t(lang, "suggested"))), blocks };
}

function renderNoMatch(answer: Answer, lang: Lang): SlackMessage {
  const message = noMatchMessage(answer.reason, lang);
  const escaped = fitEscaped(message, LIMITS.sectionText);
  return {
    text: fitFallback(escaped),
    blocks: [section(escaped), context(t(lang, "seeSpeakers", `\`${COMMAND} speakers\``, `\`${COMMAND} help\``))],
  };
}

export function renderSpeakers(speakers: SpeakerInfo[], lang: Lang = "en"): SlackMessage {
  if (speakers.length === 0) return renderNotice(t(lang, "noSpeakers"));
  const lines = speakers.map((s) => {
    const quotes = t(lang, "quoteCount", s.quoteCount);
    const role = s.role ? ` — ${fitEscaped(s.role, 300)}` : "";
    return `• *${fitEscaped(plainName(s), 300)}*${role} · ${quotes}`;
  });
  const heading = `*${t(lang, "speakersQuoted", speakers.length)}*`;
  const blocks: KnownBlock[] = [section(heading)];
  const example = lang === "ar" ? `${COMMAND} ماذا قال <الاسم>؟` : `${COMMAND} what did <name> say?`;
  const footer = context(escapeMrkdwn(t(lang, "askAbout", `\`${example}\``)));
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
  if (shown < lines.length) blocks.push(context(t(lang, "andMore", lines.length - shown)));
  blocks.push(footer);
  return { text: t(lang, "speakersQuoted", speakers.length), blocks };
}

export function renderHelp(lang: Lang = "en"): SlackMessage {
  const examples =
    lang === "ar"
      ? [`${COMMAND} من قال إن العلامة التجارية لداعش ما زالت موجودة؟`, `${COMMAND} ماذا قال ناثان سيلز؟`, `${COMMAND} المتحدثون`]
      : [`${COMMAND} who said the ISIS brand still exists?`, `${COMMAND} what did Nathan Sales say?`, `${COMMAND} speakers`];
  const lines = [
    escapeMrkdwn(t(lang, "helpIntro")),
    `• \`${escapeMrkdwn(examples[0])}\` — ${escapeMrkdwn(t(lang, "helpWhoSaid"))}`,
    `• \`${escapeMrkdwn(examples[1])}\` — ${escapeMrkdwn(t(lang, "helpWhatSaid"))}`,
    `• \`${escapeMrkdwn(examples[2])}\` — ${escapeMrkdwn(t(lang, "helpSpeakers"))}`,
    `• ${escapeMrkdwn(t(lang, "helpMentions"))}`,
    `• ${escapeMrkdwn(t(lang, "helpShortcut"))}`,
    escapeMrkdwn(t(lang, "helpAbstain")),
  ];
  return { text: t(lang, "helpTitle"), blocks: [section(lines.join("\n"))] };
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

export function confidenceLabel(score: number, lang: Lang = "en"): string {
  const level = score >= 0.75 ? "high" : score >= 0.45 ? "medium" : "low";
  return t(lang, "confidenceLevel", level, Math.round(score * 100));
}

function attribution(item: AnswerItem, lang: Lang): string {
  if (!item.speaker) return `_${t(lang, item.kind === "quote" ? "speakerUnknown" : "articleItself")}_`;
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

function whereAndHowSure(item: AnswerItem, lang: Lang): string {
  const parts = [`📰 ${citationMrkdwn(item.citation, 1200)}`, `${t(lang, "confidence")}: ${confidenceLabel(item.score, lang)}`];
  if (item.draft) parts.push(`⚠️ ${t(lang, "draftShort")}`);
  return parts.join(" · ");
}

function otherMatches(items: AnswerItem[], lang: Lang): string {
  let out = `*${t(lang, "otherMatches")}:*`;
  for (const item of items) {
    const who = item.speaker ? `*${fitEscaped(item.speaker.name, 100)}*` : `_${t(lang, item.kind === "quote" ? "speakerUnknownShort" : "fromArticle")}_`;
    const line = `\n• ${who}: “${fitEscaped(item.text, OTHER_ITEM_TEXT)}” — ¶ ${item.paragraph}, ${Math.round(item.score * 100)}%`;
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
