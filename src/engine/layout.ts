// An article's quotes and facts in reading order, each with the sentence it stands in, and the strings
// they are searched by.
import { sentenceBounds, sentenceEnds, type SentenceEnds } from "./sentences.js";

interface SourceRecord {
  text: string;
  textEn?: string | null;
  topics: string[];
  /** 1-based line of the article. */
  paragraph: number;
}

/** What of an article its records are laid out from. */
export interface ArticleSource {
  lines: string[];
  quotes: SourceRecord[];
  facts: SourceRecord[];
}

/** The strings one article's records are searched by. */
export interface ArticleTexts {
  /** Per record: its text and its English rendering ("" when none). */
  texts: [string, string][];
  /** Per record: its curated topics. */
  topics: string[][];
  /** Per sentence: what it says before and after the text of its first record, and the records taken from it. */
  sentences: { rest: string[]; members: number[] }[];
}

export interface Placed {
  kind: "quote" | "fact";
  /** Position in the article's quotes or facts. */
  index: number;
  text: string;
  textEn: string | null;
  topics: string[];
  paragraph: number;
  offset: number;
  /** The sentence (or sentences) of the line that hold the text, */
  context: string;
  /** where it stands in the line (before trimming), and what it says before and after the text. */
  contextFrom: number;
  contextTo: number;
  before: string;
  after: string;
}

export function layOut(a: ArticleSource): Placed[] {
  const placed: Placed[] = [];
  const add = (kind: Placed["kind"]) => (r: SourceRecord, index: number) =>
    placed.push({
      kind, index, text: r.text, textEn: r.textEn ?? null, topics: r.topics, paragraph: r.paragraph,
      offset: a.lines[r.paragraph - 1].indexOf(r.text), context: "", contextFrom: 0, contextTo: 0, before: "", after: "",
    });
  a.quotes.forEach(add("quote"));
  a.facts.forEach(add("fact"));
  placed.sort((x, y) => x.paragraph - y.paragraph || x.offset - y.offset);
  // Sentence ends are found once per line: many records share a line.
  const ends = new Map<number, SentenceEnds>();
  for (const r of placed) {
    const line = a.lines[r.paragraph - 1];
    let lineEnds = ends.get(r.paragraph);
    if (!lineEnds) ends.set(r.paragraph, (lineEnds = sentenceEnds(line)));
    const { from, to } = sentenceBounds(line, lineEnds, r.offset, r.offset + r.text.length);
    r.context = line.slice(from, to).trim();
    r.contextFrom = from;
    r.contextTo = to;
    r.before = line.slice(from, r.offset);
    r.after = line.slice(r.offset + r.text.length, to);
  }
  return placed;
}

/** What the records of one article are searched by; sibling records share their sentence. */
export function textsOf(placed: Placed[]): { texts: ArticleTexts; sentenceOf: number[] } {
  const bySentence = new Map<string, number>();
  const sentences: ArticleTexts["sentences"] = [];
  const sentenceOf = placed.map((r, i) => {
    const where = `${r.paragraph}:${r.contextFrom}:${r.contextTo}`;
    let s = bySentence.get(where);
    if (s === undefined) {
      s = sentences.length;
      bySentence.set(where, s);
      // The sentence is this record's own text plus what stands around it: only the rest is new.
      sentences.push({ rest: [r.before, r.after], members: [] });
    }
    sentences[s].members.push(i);
    return s;
  });
  const texts: ArticleTexts = { texts: placed.map((r) => [r.text, r.textEn ?? ""]), topics: placed.map((r) => r.topics), sentences };
  return { texts, sentenceOf };
}
