// Engine results → Discord message payloads (embeds, buttons), within Discord's limits. Pure: no
// client, no engine; everything user-visible that comes from the corpus or a user is escaped here.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from "discord.js";
import { interfaceLanguage, noMatchMessage, recordRef, t, type Verdict } from "../../src/index.js";
import { CUSTOM_ID, MAX_CARRIED_ITEMS, carried, type PagedList } from "./custom-id.js";
import { ELLIPSIS, truncate as truncateText } from "../shared/truncate.js";
import { ARABIC_NAMES } from "./commands/names.js";
import type { Answer, AnswerItem, ArticleInfo, Citation, Lang, SpeakerInfo, SpeakerRef } from "../../src/index.js";

/** Discord's documented limits (characters unless stated). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** All embeds of one message together. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
} as const;

/**
 * Budgets of an answer embed's parts, chosen so that the whole embed (title, quote, fields, footer)
 * stays under Discord's 6000 even when every part is full: 256 + 3000 + 1024 + 2 × 300 + ~100 + 200.
 */
const QUOTE_BUDGET = 3000;
const SHORT_FIELD_BUDGET = 300;
const FOOTER_QUESTION_BUDGET = 200;
const CITATION_BUDGET = 500;

/** Nobody is ever pinged by a reply: not users, roles, @everyone, nor the replied-to author. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as { parse: []; repliedUser: false };

export interface Reply {
  /** Only the person who asked needs to see it (no-match and notices); slash-command replies only. */
  ephemeral?: boolean;
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_MENTIONS;
}

const COLORS = { high: 0x2e7d32, medium: 0xf9a825, low: 0x9e9e9e, info: 0x5865f2 } as const;

/**
 * Characters that can start Discord markdown, a masked link, a mention (`<@…>`, `@everyone`), a
 * timestamp or a custom emoji: all escaped, wherever they stand. A backslash before any punctuation
 * shows as the character alone, so over-escaping never shows.
 */
const ALWAYS_ESCAPED = new Set(["\\", "*", "_", "~", "`", "|", ">", "<", "[", "]", "(", ")", "#", "@"]);
/** List markers, escaped only where a list can start: at the start of a line. */
const LINE_START_ESCAPED = new Set(["-", "+"]);

/**
 * Escapes Discord markdown in corpus or user text: formatting, headings, lists, block quotes, masked
 * links (all of them, not only the first), bare URLs, mentions and timestamps. One pass, linear.
 */
export function escape(text: string): string {
  let out = "";
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // An escaped ":" before "/" breaks every autolink ("https\\://…" is plain text).
    if (ALWAYS_ESCAPED.has(c) || (lineStart && LINE_START_ESCAPED.has(c)) || (c === ":" && text[i + 1] === "/")) out += "\\";
    else if (lineStart && c >= "0" && c <= "9") {
      // "1. item" is a numbered list: escape the dot after a line's leading number.
      let j = i;
      while (j < text.length && text[j] >= "0" && text[j] <= "9") j++;
      out += text.slice(i, j);
      i = j - 1;
      if (text[j] === ".") {
        out += "\\.";
        i = j;
      }
      lineStart = false;
      continue;
    }
    out += c;
    if (c === "\n") lineStart = true;
    else if (c !== " " && c !== "\t") lineStart = false;
  }
  return out;
}

const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;

/**
 * Corpus text with every address in it shown as code, so that Discord never makes it a live link (nor
 * an embed preview); the rest is escaped.
 */
export function escapeNoLinks(text: string): string {
  let out = "";
  let from = 0;
  for (const m of text.matchAll(LINK)) {
    out += `${escape(text.slice(from, m.index))}\`${m[0].replace(/`/g, "%60")}\``;
    from = m.index + m[0].length;
  }
  return out + escape(text.slice(from));
}

/**
 * A citation for an embed: escaped, its link as code, in at most a field's 1024 characters. The raw
 * text is cut first (escaping at most doubles it), so a cut never falls inside the code span.
 */
export function citationMarkdown(c: Citation): string {
  return escapeNoLinks(truncate(c.text, CITATION_BUDGET));
}

/** The plain-text citation in a code block, ready to copy; nothing in it can ping or link. */
export function renderCitation(item: AnswerItem): Reply {
  const text = item.citation.text.replace(/`/g, "ˋ");
  return renderNotice(`\`\`\`\n${truncate(text, LIMITS.content - 8)}\n\`\`\``);
}

/**
 * Cuts `text` to at most `max` characters, ending with "…" when cut: at a word boundary when one is
 * near, between graphemes (the cut shared with Slack), never leaving a dangling markdown escape backslash.
 */
export function truncate(text: string, max: number): string {
  const cut = truncateText(text, max, { wordBoundaryWithin: 40 });
  if (cut === text) return text;
  const head = cut.slice(0, -ELLIPSIS.length);
  return trailingBackslashes(head) % 2 === 1 ? `${head.slice(0, -1).trimEnd()}${ELLIPSIS}` : cut;
}

/** Counted backwards: an anchored `/\\+$/` is quadratic on a long run of backslashes. */
function trailingBackslashes(text: string): number {
  let n = 0;
  while (n < text.length && text[text.length - 1 - n] === "\\") n++;
  return n;
}

/**
 * Escapes raw corpus or user text and fits it into `max` characters. Escaping never shortens text,
 * so only the first `max` raw characters can show: the rest is never scanned.
 */
export function fitEscaped(raw: string, max: number): string {
  return truncate(escape(raw.slice(0, max + 1)), max);
}

export type Confidence = "high" | "medium" | "low";

export function confidenceOf(score: number): Confidence {
  if (score >= 0.75) return "high";
  if (score >= 0.5) return "medium";
  return "low";
}

export function confidenceText(score: number, lang: Lang = "en"): string {
  const c = confidenceOf(score);
  const pct = Math.round(Math.min(1, Math.max(0, score)) * 100);
  const bar = "●".repeat(c === "high" ? 3 : c === "medium" ? 2 : 1).padEnd(3, "○");
  return `${bar} ${t(lang, "confidenceLevel", c, pct)}`;
}

/**
 * A quote as a markdown block quote, every line prefixed so that multi-line text stays quoted, in at
 * most `max` characters including the prefixes.
 */
function blockQuote(raw: string, max: number): string {
  const quoted = escape(raw.slice(0, max + 1))
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  return truncate(quoted, max);
}

function speakerLine(s: SpeakerRef): string {
  return s.nameAr && s.nameAr !== s.name ? `${s.name} · ${s.nameAr}` : s.name;
}

function roleLine(s: SpeakerRef): string | null {
  const parts = [s.role, s.roleAr].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(" · ") : null;
}

function field(name: string, value: string, inline = false): APIEmbedField {
  return { name: truncate(name, LIMITS.fieldName), value: truncate(value, LIMITS.fieldValue), inline };
}

/** Who the buttons under a list are for, and where its pages come from; no buttons without it. */
export interface ListButtons {
  /** The user id of who asked: only they turn the pages or pick a suggestion. */
  asker?: string;
  /** recordRef of the speaker whose quotes the list holds; absent for an answer, whose items the buttons carry. */
  speaker?: string;
}

export interface AnswerRenderOptions {
  buttons?: ListButtons;
  /** Article id → title shown in "Where". */
  articleTitle?: (id: string) => string | undefined;
  /** The interface language (default English). */
  lang?: Lang;
  /** How many answers there are in all, when more than the items shown. */
  total?: number;
}

/** One embed for one answer item. */
export function itemEmbed(item: AnswerItem, lang: Lang = "en"): APIEmbed {
  const title = item.speaker ? fitEscaped(speakerLine(item.speaker), LIMITS.title) : t(lang, item.kind === "quote" ? "speakerUnknownShort" : "fromArticle");
  const quote = blockQuote(item.text, QUOTE_BUDGET);
  const fields: APIEmbedField[] = [];
  if (item.textEn) fields.push(field(t(lang, "english"), fitEscaped(item.textEn, LIMITS.fieldValue)));
  else if (item.englishMissing) fields.push(field(t(lang, "english"), t(lang, "noEnglish")));
  if (item.speaker) {
    const role = roleLine(item.speaker);
    if (role) fields.push(field(t(lang, "role"), fitEscaped(role, SHORT_FIELD_BUDGET), true));
  }
  fields.push(field(t(lang, "source"), citationMarkdown(item.citation)));
  fields.push(
    field(t(lang, "confidence"), confidenceText(item.score, lang) + (item.draft ? `\n⚠️ ${t(lang, "draftShort")}` : ""), true),
  );
  return {
    title,
    description: quote,
    color: item.draft ? COLORS.low : COLORS[confidenceOf(item.score)],
    fields,
  };
}

/** 👍 / 👎 / "Wrong attribution" under an answer: a verdict on the item shown, written to the feedback log. */
function feedbackButtons(item: AnswerItem, lang: Lang): APIActionRowComponent<APIButtonComponent> {
  const ref = recordRef(item.id);
  const button = (verdict: Verdict, label: string, style: ButtonStyle.Secondary | ButtonStyle.Danger, emoji?: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style,
    custom_id: CUSTOM_ID.feedback(verdict, ref, lang),
    label,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button("helpful", t(lang, "feedbackHelpful"), ButtonStyle.Secondary, "👍"),
      button("unhelpful", t(lang, "feedbackUnhelpful"), ButtonStyle.Secondary, "👎"),
      button("wrong_attribution", t(lang, "feedbackWrong"), ButtonStyle.Danger),
    ],
  };
}

function answerButtons(list: PagedList, item: AnswerItem, index: number, total: number, lang: Lang): APIActionRowComponent<APIButtonComponent> {
  const buttons: APIButtonComponent[] = [];
  if (total > 1) {
    buttons.push(
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: CUSTOM_ID.page(list, Math.max(0, index - 1)),
        label: t(lang, "previous"),
        disabled: index === 0,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: CUSTOM_ID.page(list, Math.min(total - 1, index + 1)),
        label: t(lang, "next"),
        disabled: index >= total - 1,
      },
    );
  }
  buttons.push({
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    custom_id: CUSTOM_ID.context(recordRef(item.id), lang),
    label: t(lang, "showSentence"),
  });
  buttons.push({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: CUSTOM_ID.cite(recordRef(item.id)),
    label: t(lang, "copyCitation"),
  });
  return { type: ComponentType.ActionRow, components: buttons };
}

/** A list of items (an answer, or everything one speaker said) shown one item per page. */
export function renderItemsPage(
  listed: AnswerItem[],
  page: number,
  heading: string,
  options: AnswerRenderOptions = {},
): Reply {
  const { buttons } = options;
  // An answer's page buttons carry its items: an answer never holds more than they can carry.
  const items = buttons && !buttons.speaker ? listed.slice(0, MAX_CARRIED_ITEMS) : listed;
  const index = Math.min(Math.max(0, page), items.length - 1);
  const lang = options.lang ?? "en";
  const embed = itemEmbed(items[index], lang);
  const inAll = options.total && options.total > items.length ? ` (${t(lang, "inAll", options.total)})` : "";
  const position = items.length > 1 ? `${t(lang, "answerOf", index + 1, items.length)}${inAll} · ` : "";
  embed.footer = { text: truncate(`${position}${heading}`, FOOTER_QUESTION_BUDGET) };
  return {
    embeds: [embed],
    components: buttons
      ? [answerButtons(pagedList(items, lang, buttons, options.total), items[index], index, items.length, lang), feedbackButtons(items[index], lang)]
      : [],
    allowedMentions: NO_MENTIONS,
  };
}

/** What the page buttons of a list carry: the speaker whose quotes it is, or the answer's items. */
function pagedList(items: AnswerItem[], lang: Lang, buttons: ListButtons, total?: number): PagedList {
  return {
    lang,
    asker: buttons.asker,
    source: buttons.speaker ? { kind: "speaker", speaker: buttons.speaker } : { kind: "answer", items: items.map(carried), total },
  };
}

/**
 * The question a message's footer names, without its quotation marks (and without what follows them:
 * "· your pick"); null when the footer names no question (a speaker's list). A footer is
 * "[Answer i of n · ]“question”…", cut at FOOTER_QUESTION_BUDGET: a cut question ends at "…".
 */
export function questionOfFooter(footer: string | undefined): string | null {
  const open = footer?.indexOf("“") ?? -1;
  if (!footer || open < 0) return null;
  const close = footer.lastIndexOf("”");
  const question = close > open ? footer.slice(open + 1, close) : footer.slice(open + 1);
  return question.trim() || null;
}

/** The heading under which a footer shows its question ("“question”…"), null when it shows none. */
export function headingOfFooter(footer: string | undefined): string | null {
  const open = footer?.indexOf("“") ?? -1;
  return footer && open >= 0 ? footer.slice(open) : null;
}

export function renderAnswer(answer: Answer, page = 0, options: AnswerRenderOptions = {}): Reply {
  const lang = options.lang ?? interfaceLanguage(answer.question);
  if (answer.status === "no_match" || answer.answers.length === 0) return renderNoMatch(answer, lang);
  if (answer.status === "suggested") return renderSuggestions(answer.answers, `“${answer.question}”`, { ...options, lang });
  return renderItemsPage(answer.answers, page, `“${answer.question}”`, { ...options, lang, total: answer.total });
}


const SUGGESTION_TEXT = 300;
const BUTTON_LABEL = 80;

/**
 * "Not sure. Did you mean:" and the candidates, numbered, each with a button that answers with it. No
 * candidate is stated as fact: each is a speaker's name and the start of the words, under the question.
 */
export function renderSuggestions(items: AnswerItem[], heading: string, options: AnswerRenderOptions = {}): Reply {
  const lang = options.lang ?? "en";
  const lines = items.map((item, i) => {
    const who = item.speaker ? speakerLine(item.speaker) : t(lang, item.kind === "quote" ? "speakerUnknownShort" : "theArticle");
    const draft = item.draft ? ` ⚠️ ${t(lang, "draftShort")}` : "";
    return `**${i + 1}.** ${escape(who)}: «${escape(truncate(item.text, SUGGESTION_TEXT))}»${draft}`;
  });
  const { buttons: owner } = options;
  const buttons: APIButtonComponent[] = owner
    ? items.map((item, i) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: CUSTOM_ID.pick(lang, owner.asker, carried(item)),
        label: truncate(`${i + 1}. ${item.speaker ? item.speaker.name : t(lang, item.kind === "quote" ? "speakerUnknownShort" : "theArticle")}`, BUTTON_LABEL),
      }))
    : [];
  return {
    content: t(lang, "suggested"),
    embeds: [
      {
        description: truncate(lines.join("\n"), LIMITS.description),
        color: COLORS.low,
        footer: { text: truncate(heading, FOOTER_QUESTION_BUDGET) },
      },
    ],
    components: buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    allowedMentions: NO_MENTIONS,
  };
}


/** The no-match messages of the catalogue; "not found" points to the speaker list. */
export function noMatchText(reason: Answer["reason"], lang: Lang = "en"): string {
  const text = noMatchMessage(reason, lang);
  return reason === undefined || reason === "not_found" ? `${text} (\`/speakers\`)` : text;
}

export function renderNoMatch(answer: Pick<Answer, "reason">, lang: Lang = "en"): Reply {
  return { ...renderNotice(noMatchText(answer.reason, lang)), ephemeral: true };
}

/** The adapter's own short replies, worded by the catalogue. Names from users are escaped. */
export const NOTICES = {
  error: (lang: Lang = "en") => t(lang, "error"),
  rateLimited: (seconds: number, lang: Lang = "en") => t(lang, "rateLimited", Math.max(1, Math.ceil(seconds))),
  expired: (lang: Lang = "en") => t(lang, "expired"),
  unknownCommand: (lang: Lang = "en") => t(lang, "unknownCommand", "`/ask`"),
  unknownSpeaker: (name: string, lang: Lang = "en") => t(lang, "unknownSpeaker", fitEscaped(name, 100), "`/speakers`"),
  noQuotes: (name: string, lang: Lang = "en") => t(lang, "noQuotes", fitEscaped(name, 300)),
} as const;

/** What the bot does and how to ask, in Arabic and English at once: /help is read before any question. */
export function renderHelp(): Reply {
  const both = (key: Parameters<typeof t>[1]) => `${t("ar", key as "helpIntro")}\n${t("en", key as "helpIntro")}`;
  const names = (...cmds: string[]) => cmds.flatMap((c) => [`/${c}`, `/${ARABIC_NAMES[c]}`]).map((n) => `\`${n}\``).join(", ");
  const rows: [string, Parameters<typeof t>[1]][] = [
    [names("ask", "whosaid"), "helpWhoSaid"],
    [names("said"), "helpWhatSaid"],
    [names("speakers"), "helpSpeakers"],
    [names("source"), "helpSource"],
  ];
  const description = [
    both("helpIntro"),
    "",
    ...rows.map(([cmd, key]) => `${cmd} — ${t("ar", key as "helpIntro")} · ${t("en", key as "helpIntro")}`),
    "",
    both("helpAbstain"),
  ].join("\n");
  return {
    embeds: [{ title: `${t("ar", "helpTitle")} · ${t("en", "helpTitle")}`, description: truncate(description, LIMITS.description), color: COLORS.info }],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

/** A plain short message (notices, errors). */
export function renderNotice(text: string): Reply {
  return { content: truncate(text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

/** The sentence of the article that holds the quote, the quote itself in bold. */
export function renderContext(item: AnswerItem, articleTitle?: (id: string) => string | undefined, lang: Lang = "en"): Reply {
  // Escaping never shortens text: a sentence longer than the limit can only be shown cut, and plain.
  const at = item.context.length < LIMITS.description ? item.context.indexOf(item.text) : -1;
  let description =
    at >= 0
      ? `${escape(item.context.slice(0, at))}**${escape(item.text)}**${escape(item.context.slice(at + item.text.length))}`
      : "";
  // Cutting inside the bold span would leave an unbalanced "**": fall back to the plain sentence.
  if (at < 0 || description.length > LIMITS.description) description = fitEscaped(item.context, LIMITS.description);
  const where = articleTitle?.(item.article) ?? item.article;
  const heading = t(lang, "inContext");
  return {
    embeds: [
      {
        title: item.speaker
          ? `${heading}: ${fitEscaped(speakerLine(item.speaker), LIMITS.title - heading.length - 2)}`
          : heading,
        description,
        color: COLORS.info,
        footer: { text: `${truncate(where, SHORT_FIELD_BUDGET)}, ¶ ${item.paragraph}` },
      },
    ],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

export function renderSpeakers(speakers: SpeakerInfo[], lang: Lang = "en"): Reply {
  if (speakers.length === 0) return renderNotice(t(lang, "noSpeakers"));
  const sorted = [...speakers].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i];
    const role = roleLine(s);
    const line = `**${fitEscaped(speakerLine(s), 120)}**${role ? ` — ${fitEscaped(role, 150)}` : ""} (${t(lang, "quoteCount", s.quoteCount)})`;
    const more = `\n${t(lang, "andMore", sorted.length - i)}`;
    if (length + line.length + 1 + more.length > LIMITS.description) {
      lines.push(more.trim());
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return {
    embeds: [
      {
        title: t(lang, "speakersQuoted", speakers.length),
        description: lines.join("\n"),
        color: COLORS.info,
        footer: { text: t(lang, "useSaid", "/said") },
      },
    ],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

export function renderArticles(articles: ArticleInfo[], lang: Lang = "en"): Reply {
  if (articles.length === 0) return renderNotice(t(lang, "noArticles"));
  const shown = articles.slice(0, LIMITS.embedsPerMessage);
  const embeds = shown.map((a): APIEmbed => {
    const fields: APIEmbedField[] = [];
    if (a.titleEn) fields.push(field(t(lang, "englishTitle"), fitEscaped(a.titleEn, LIMITS.fieldValue)));
    if (a.source.publisher) fields.push(field(t(lang, "publisher"), fitEscaped(a.source.publisher, SHORT_FIELD_BUDGET), true));
    if (a.date) fields.push(field(t(lang, "date"), a.date, true));
    fields.push(field(t(lang, "status"), a.status === "draft" ? `⚠️ ${t(lang, "draftShort")}` : t(lang, "reviewed"), true));
    fields.push(field(t(lang, "contentLabel"), t(lang, "content", a.paragraphs, a.quoteCount, a.factCount), true));
    if (a.source.note) fields.push(field(t(lang, "note"), fitEscaped(a.source.note, LIMITS.fieldValue)));
    const embed: APIEmbed = {
      title: fitEscaped(a.title, LIMITS.title),
      color: COLORS.info,
      fields,
      footer: { text: t(lang, "article", a.id) },
    };
    if (a.source.url && /^https?:\/\//.test(a.source.url)) embed.url = a.source.url;
    return embed;
  });
  const reply: Reply = { embeds: fitEmbeds(embeds), components: [], allowedMentions: NO_MENTIONS };
  if (articles.length > shown.length) reply.content = t(lang, "showingOf", shown.length, articles.length);
  return reply;
}

/** Characters Discord counts towards the 6000 limit of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Drops trailing embeds until the total fits Discord's limit. */
function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const out: APIEmbed[] = [];
  let total = 0;
  for (const e of embeds) {
    const n = embedLength(e);
    if (total + n > LIMITS.embedsTotal) break;
    out.push(e);
    total += n;
  }
  return out;
}

/** An autocomplete choice for a speaker: both scripts in the name, the id as value. */
export function speakerChoice(s: SpeakerInfo): { name: string; value: string } {
  const role = s.role ? ` (${s.role})` : "";
  return { name: truncate(`${speakerLine(s)}${role}`, LIMITS.choiceName), value: s.id.slice(0, LIMITS.choiceValue) };
}
