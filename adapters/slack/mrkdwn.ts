// Slack text handling: escaping text for mrkdwn, fitting it into Slack's length limits, and turning
// the markup of an incoming message back into plain text.
import { MAX_QUESTION_LENGTH } from "../../src/index.js";

/**
 * Escapes the three characters Slack treats as control characters in mrkdwn. After this, text can
 * never form `<!channel>`, `<!here>`, `<@U…>` or a link, whatever it contains.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const ELLIPSIS = "…";

/**
 * Escapes `raw` and shortens it so that the escaped result has at most `max` characters. Cuts only
 * between graphemes of the raw text (never inside `&amp;`, a surrogate pair or an Arabic letter with
 * its diacritics) and marks a cut with "…".
 */
export function fitEscaped(raw: string, max: number): string {
  const whole = escapeMrkdwn(raw);
  if (whole.length <= max) return whole;
  let out = "";
  for (const { segment } of graphemes.segment(raw)) {
    const next = escapeMrkdwn(segment);
    if (out.length + next.length + ELLIPSIS.length > max) break;
    out += next;
  }
  return out.trimEnd() + ELLIPSIS;
}

/** Shortens plain text (no escaping) to at most `max` characters, cutting between graphemes. */
export function fitPlain(raw: string, max: number): string {
  if (raw.length <= max) return raw;
  let out = "";
  for (const { segment } of graphemes.segment(raw)) {
    if (out.length + segment.length + ELLIPSIS.length > max) break;
    out += segment;
  }
  return out.trimEnd() + ELLIPSIS;
}

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
