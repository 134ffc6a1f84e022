// Slack text handling: escaping text for mrkdwn, fitting it into Slack's length limits, and turning
// the markup of an incoming message back into plain text.
import { MAX_QUESTION_LENGTH } from "../../src/index.js";
import { ELLIPSIS, cutPoint, truncate } from "../shared/truncate.js";

/**
 * Escapes the three characters Slack treats as control characters in mrkdwn. After this, text can
 * never form `<!channel>`, `<!here>`, `<@U…>` or a link, whatever it contains.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Escapes `raw` and shortens it so that the escaped result has at most `max` characters. Cuts only
 * between grapheme clusters of the raw text (never inside `&amp;`, a surrogate pair or an Arabic letter
 * with its diacritics) and marks a cut with "…". Reads at most `max + 1` characters of `raw`.
 */
export function fitEscaped(raw: string, max: number): string {
  const cut = cutPoint(raw, max, escapedLength);
  return cut.whole ? escapeMrkdwn(raw) : escapeMrkdwn(raw.slice(0, cut.end)).trimEnd() + ELLIPSIS;
}

/** Shortens plain text (no escaping) to at most `max` characters, cutting between graphemes. */
export function fitPlain(raw: string, max: number): string {
  return truncate(raw, max);
}

const escapedLength = (code: number): number => (code === 0x26 ? 5 : code === 0x3c || code === 0x3e ? 4 : 1);

/**
 * How much of an incoming message is read: a question is at most MAX_QUESTION_LENGTH characters after
 * its markup is gone, so anything past this is never needed, and no scan sees more than this.
 */
export const MAX_SLACK_TEXT = 8 * MAX_QUESTION_LENGTH;

/**
 * The plain text of a Slack message: user, channel and special mentions removed or replaced by their
 * labels, links replaced by their labels, block-quote markers dropped, entities decoded. Reads at most
 * MAX_SLACK_TEXT characters; every pattern is linear (no `\s*` that can run across lines).
 */
export function stripSlackMarkup(text: string): string {
  return text
    .slice(0, MAX_SLACK_TEXT)
    .replace(/<([^<>]*)>/g, (_m, inner: string) => {
      const [target, label] = splitOnce(inner, "|");
      if (target.startsWith("@") || target.startsWith("!")) return "";
      if (target.startsWith("#")) return label ? `#${label}` : "";
      return label ?? target;
    })
    .replace(/^[ \t]*&gt;[ \t]?/gm, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
