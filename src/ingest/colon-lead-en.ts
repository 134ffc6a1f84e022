// Headlines and transcripts that give the speaker before a colon: "Rubio: Trump Can't Be Trusted With the
// Codes", "Clinton camp: Trump's rhetoric threatens security", "Clinton to Planned Parenthood: …",
// "TAPPER: Specifically I've heard …", '"WALLACE: Governor, …'. The line opens on a name (one to four capitalized words, or a
// name and "camp"/"campaign"), optionally "to" and an audience, then the colon and what was said.
import { givenNameGender } from "./gender-en.js";
import { englishNameProblem } from "./name-guard.js";
import type { Attribution, Paragraph } from "./types.js";

/** Capitalized words that open a label, not a speaker ("Update: …", "Editor's note: …", "Watch: …"). */
const LABELS = new Set(["update", "updated", "note", "editor's", "editor’s", "watch", "read", "related", "video", "photos", "photo", "correction",
  "source", "sources", "q", "a", "breaking", "exclusive", "analysis", "opinion", "live", "poll", "transcript", "background", "bottom", "full", "more", "also", "see", "why", "what", "how", "here", "this", "the", "in", "on", "at", "for", "but", "and", "so", "then", "now", "today", "yesterday"]);
const BODY_TAILS = new Set(["camp", "campaign"]);
const INVERTED_VERBS = new Set(["said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "tweeted"]);
/** How far into the line the colon may stand: a speaker is a short phrase. */
const MAX_LEAD = 60;

/** A transcript's line: a speaker in capitals and a colon ("TAPPER: …", '"WALLACE: …'). */
const TRANSCRIPT_LINE = /^["“]?\p{Lu}{2,}[’']?\p{Lu}*:\s/gmu;

/** "Inflation:", "Athletics:", "CLARIFICATION:": a one-word lead is a subhead or a label, not a speaker, unless the
 *  article also writes the word as someone's name in full ("Marco Rubio" for "Rubio:", "Hillary Clinton" for
 *  "Hillary:"), it is an acronym ("AP:", "FBI:"), or the article is a transcript (two lines or more that open on a
 *  speaker in capitals, or a transcript's line quoted whole: '"WALLACE: …'). */
function oneWordSpeaker(word: string, p: Paragraph, articleText: string): boolean {
  if (/^\p{Lu}{2,4}$/u.test(word)) return true;
  const text = articleText.slice(0, 120_000);
  if (/^\p{Lu}{2,}$/u.test(word) && (text.match(TRANSCRIPT_LINE)?.length ?? 0) >= 2) return true;
  const name = /^\p{Lu}{2,}$/u.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const asFamilyName = new RegExp(`\\b\\p{Lu}[\\p{L}'’.-]*\\s+(?:\\p{Lu}\\.\\s+)?${escaped}\\b`, "gu");
  const asGivenName = new RegExp(`\\b${escaped}\\s+\\p{Lu}\\p{Ll}`, "gu");
  const own = text.indexOf(p.text);
  const elsewhere = (m: RegExpMatchArray) => own < 0 || m.index! < own || m.index! >= own + p.text.length;
  if ([...text.matchAll(asFamilyName)].some(elsewhere)) return true;
  return givenNameGender(name) !== null && [...text.matchAll(asGivenName)].some(elsewhere);
}

export function colonLeadAttribution(p: Paragraph, articleText = p.text): Attribution | null {
  const colon = p.text.indexOf(":");
  if (colon < 2 || colon > MAX_LEAD || p.text[colon + 1] !== " ") return null;
  // '"WALLACE: Governor, …': a transcript quoted whole opens on its mark; only a speaker in capitals is read there.
  const opening = /^["“]\p{Lu}+:/u.test(p.text) ? 1 : 0;
  const lead = p.text.slice(opening, colon);
  let words = lead.trim().split(/\s+/);
  // "Said Ellis: “…”": the reporting verb before the speaker.
  if (words.length > 1 && INVERTED_VERBS.has(words[0].toLowerCase())) words = words.slice(1);
  const to = words.findIndex((w) => w === "to");
  const speakerWords = to > 0 ? words.slice(0, to) : words;
  if (!speakerWords.length || speakerWords.length > 4 || (to > 0 && words.length - to > 5)) return null;
  const body = speakerWords.length > 1 && BODY_TAILS.has(speakerWords[speakerWords.length - 1].toLowerCase());
  const nameWords = body ? speakerWords.slice(0, -1) : speakerWords;
  if (!nameWords.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) || LABELS.has(nameWords[0].toLowerCase())) return null;
  const surface = speakerWords.join(" ");
  if (!body && englishNameProblem(surface)) return null;
  if (!body && !opening && nameWords.length === 1 && !oneWordSpeaker(nameWords[0], p, articleText)) return null;
  const start = colon + 2;
  const rest = p.text.slice(start).trim();
  // "Clinton: 45 percent, Trump: 41 percent": a figure is a result, not a statement.
  if (rest.split(/\s+/).length < 3 || /^\d/.test(rest)) return null;
  const marks = /^[“"‘']/.test(rest) && /[”"’'][.!?]?$/.test(rest);
  const text = marks ? rest.replace(/^[“"‘']/, "").replace(/[”"’'][.!?]?$/, "") : rest.replace(/[.!?]$/, "");
  return {
    paragraph: p.line, text, start: p.text.indexOf(text, start), verb: ":", type: marks ? "direct" : "indirect",
    mention: { kind: body ? "organization" : "name", surface, role: null, gender: body ? "n" : null, pos: p.base + p.text.indexOf(speakerWords[0]) },
    evidence: ["cue:colon"],
  };
}
