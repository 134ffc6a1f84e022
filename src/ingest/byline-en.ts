// Statements signed after a dash, the way pages print reader comments and embedded tweets:
//   “Trump scares me. …” ― Krystal Correa
//   <tweet …>No one should be above the law. pic.twitter.com/… — Paul Ryan (@SpeakerRyan) July 5, 2016</tweet>
// The line ends on a dash (―, — or –), a name of one to five capitalized words, and optionally a
// (@handle) and a date. What comes before the dash is the statement when it is all one quotation, or
// when a handle marks the line as a post (a dash and a name after an ordinary sentence is an aside).
import { englishNameProblem } from "./name-guard.js";
import type { Attribution, Paragraph } from "./types.js";

const DASHES = ["―", "—", "–"];
/** The signature after the dash: the name, an optional (@handle), an optional date, closing markup. */
const SIGNATURE = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s*(\(@\w{1,30}\))?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})?\s*(?:<\/tweet>)?[\s.]*$/u;
/** Markup and links that wrap a post's words: "<tweet id=… author=…>", trailing "https://t.co/…", "pic.twitter.com/…". */
const TWEET_OPEN = /^\s*<tweet\b[^>]{0,300}>/;
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/\S{1,200}|pic\.twitter\.com\/\S{1,100}|SIGN UP FOR OUR NEWSLETTER))+\s*$/;
const OPENING_MARK = /^[“"”]/;
const CLOSING_MARK = /[”"][.!?]?$/;
const MAX_LINE = 3000;

export function bylineAttribution(p: Paragraph): Attribution | null {
  if (p.text.length > MAX_LINE) return null;
  const dash = Math.max(...DASHES.map((d) => p.text.lastIndexOf(d)));
  if (dash < 10) return null;
  const signature = SIGNATURE.exec(p.text.slice(dash + 1));
  if (!signature) return null;
  const name = signature[1].replace(/[.]$/, "");
  const handle = !!signature[2];
  if (englishNameProblem(name)) return null;
  let start = TWEET_OPEN.exec(p.text)?.[0].length ?? 0;
  let body = p.text.slice(start, dash);
  body = body.replace(TRAILING_LINKS, "");
  const lead = body.length - body.trimStart().length;
  start += lead;
  body = body.trim();
  const quoted = OPENING_MARK.test(body) && CLOSING_MARK.test(body);
  if (!quoted && !handle) return null;
  if (quoted) {
    const inner = body.replace(OPENING_MARK, "").replace(CLOSING_MARK, "");
    start += body.indexOf(inner);
    body = inner;
  }
  if (body.split(/\s+/).length < 3) return null;
  return {
    paragraph: p.line, text: body, start, verb: handle ? "tweeted" : "―", type: "direct",
    mention: { kind: "name", surface: name, role: null, gender: null, pos: p.base + dash + 1 + signature[0].indexOf(name) },
    evidence: ["cue:byline"],
  };
}
