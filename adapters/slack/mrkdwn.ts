// Slack text handling: escaping text for mrkdwn, fitting it into Slack's length limits, and turning
// the markup of an incoming message back into plain text.
import { MAX_QUESTION_LENGTH } from "../../src/index.js";

/**
 * Escapes the three characters Slack treats as control characters in mrkdwn. After this, text can
 * never form `<!channel>`, `<!here>`, `<@U…>` or a link, whatever it contains.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

const ELLIPSIS = "…";

/**
 * Escapes `raw` and shortens it so that the escaped result has at most `max` characters. Cuts only
 * between character clusters of the raw text (never inside `&amp;`, a surrogate pair or an Arabic
 * letter with its diacritics) and marks a cut with "…". Reads at most `max` characters of `raw`.
 */
export function fitEscaped(raw: string, max: number): string {
  if (raw.length <= max) {
    const whole = escapeMrkdwn(raw);
    if (whole.length <= max) return whole;
  }
  return escapeMrkdwn(raw.slice(0, cutBefore(raw, max - ELLIPSIS.length, escapedLength))).trimEnd() + ELLIPSIS;
}

/** Shortens plain text (no escaping) to at most `max` characters, cutting between clusters. */
export function fitPlain(raw: string, max: number): string {
  if (raw.length <= max) return raw;
  return raw.slice(0, cutBefore(raw, max - ELLIPSIS.length, () => 1)).trimEnd() + ELLIPSIS;
}

const codePointLength = (text: string, i: number): number => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

const escapedLength = (code: number): number => (code === 0x26 ? 5 : code === 0x3c || code === 0x3e ? 4 : 1);

/** What continues a character cluster: combining marks (Arabic diacritics), joiners, variation selectors, skin tones. */
const CONTINUES = /^(?:\p{M}|[\u200C\u200D\uFE00-\uFE0F]|\p{Emoji_Modifier})$/u;
/** CONTINUES of each BMP code unit once seen (0 unknown, 1 no, 2 yes): a lookup instead of a pattern. */
const continuesBmp = new Uint8Array(0x10000);

/** The length of the code point at `j` when it continues a cluster, 0 when it starts a new one. */
function continuation(text: string, j: number): number {
  const code = text.codePointAt(j)!;
  if (code > 0xffff) return CONTINUES.test(String.fromCodePoint(code)) ? 2 : 0;
  if (continuesBmp[code] === 0) continuesBmp[code] = CONTINUES.test(String.fromCharCode(code)) ? 2 : 1;
  return continuesBmp[code] === 2 ? 1 : 0;
}

/**
 * The end of the longest prefix of `text` that ends between clusters (a code point with its marks, or
 * a joined emoji) and weighs at most `room`. A plain walk over code points that stops at the cut:
 * Intl.Segmenter costs microseconds a grapheme, too slow for long corpus names.
 */
function cutBefore(text: string, room: number, weight: (code: number) => number): number {
  let cut = 0;
  let used = 0;
  while (cut < text.length) {
    let j = cut + codePointLength(text, cut);
    // Nothing below U+0300 continues a cluster: the common case needs no pattern.
    while (j < text.length && (text.charCodeAt(j) >= 0x300 || text[j - 1] === "\u200D")) {
      const step = continuation(text, j) || (text[j - 1] === "\u200D" ? codePointLength(text, j) : 0);
      if (!step) break;
      j += step;
    }
    for (let k = cut; k < j; k++) used += weight(text.charCodeAt(k));
    if (used > room) break;
    cut = j;
  }
  return cut;
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
