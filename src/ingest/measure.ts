// Measuring drafts against annotated statements on real articles (PolNeAR, our own real sets): one
// comparison core for every gold format. A gold statement is a content span of the article (absolute
// character ranges) with a test for its speaker; a draft statement is a draft quote placed back in
// the article. Outcomes, for each gold statement:
//   found  — some draft quote overlaps its content by at least half of the shorter of the two;
//   right  — one of those overlapping quotes names a speaker that passes the gold speaker test;
//   wrong  — found, some overlapping quote names a speaker, and none of them passes the test;
//   silent — found, but every overlapping quote is kept without a speaker.
// Figures are kept overall, by cue lemma and by quote type.
import type { CorpusFile } from "../corpus/schema.js";

export type Range = [number, number];
export type GoldType = "direct" | "partial" | "indirect";

export interface GoldStatement {
  article: string;
  spans: Range[];
  /** The content as annotated, for listings. */
  text: string;
  /** The speaker as annotated (or the first accepted name), for listings. */
  speaker: string;
  /** True when `forms` (every name of a draft speaker) names this statement's speaker. */
  accepts: (forms: string[]) => boolean;
  cue: string;
  type: GoldType;
}

export interface DraftStatement {
  /** Index of the quote in the draft. */
  quote: number;
  span: Range;
  /** Every name of the draft speaker (name, nameAr, aliases); null when kept without a speaker. */
  forms: string[] | null;
  speaker: string | null;
  text: string;
  confidence: number | null;
}

export type Outcome = "right" | "wrong" | "silent" | "missed";

/** Line start offsets of `text` (lines split on \n, \r\n or \r, as the loader does). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
  return starts;
}

/** The draft's quotes placed back in the article text (a quote's first occurrence in its paragraph). */
export function draftStatements(draft: CorpusFile, articleText: string): DraftStatement[] {
  const starts = lineStarts(articleText);
  const speakers = new Map(draft.speakers.map((s) => [s.id, s]));
  const out: DraftStatement[] = [];
  for (const [index, q] of draft.quotes.entries()) {
    const lineStart = starts[q.paragraph - 1];
    if (lineStart === undefined) continue;
    const lineEnd = starts[q.paragraph] ?? articleText.length;
    const at = articleText.slice(lineStart, lineEnd).indexOf(q.text);
    if (at < 0) continue;
    const s = q.speaker ? speakers.get(q.speaker) : undefined;
    const conf = (q as { confidence?: number }).confidence;
    out.push({
      quote: index,
      span: [lineStart + at, lineStart + at + q.text.length],
      forms: s ? [s.name, s.nameAr ?? "", ...s.aliases].filter(Boolean) : null,
      speaker: s ? s.name : null,
      text: q.text,
      confidence: typeof conf === "number" ? conf : null,
    });
  }
  return out;
}

export function overlaps(gold: Range[], span: Range): boolean {
  const goldLength = gold.reduce((n, [a, b]) => n + (b - a), 0);
  const common = gold.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, span[1]) - Math.max(a, span[0])), 0);
  return common > 0 && common >= 0.5 * Math.min(goldLength, span[1] - span[0]);
}

export interface Judged {
  gold: GoldStatement;
  outcome: Outcome;
  /** The speakers the overlapping draft quotes name. */
  said: string[];
}

export function judge(gold: GoldStatement[], drafts: DraftStatement[]): Judged[] {
  return gold.map((g) => {
    const hits = drafts.filter((d) => overlaps(g.spans, d.span));
    const named = hits.filter((d) => d.forms);
    const said = [...new Set(named.map((d) => d.speaker!))];
    const outcome: Outcome = !hits.length ? "missed" : named.some((d) => g.accepts(d.forms!)) ? "right" : named.length ? "wrong" : "silent";
    return { gold: g, outcome, said };
  });
}

interface Counts { total: number; found: number; right: number; wrong: number }
const zero = (): Counts => ({ total: 0, found: 0, right: 0, wrong: 0 });

/** Totals over many articles: overall, by cue lemma, by quote type. */
export class Tally {
  readonly all = zero();
  readonly byCue = new Map<string, Counts>();
  readonly byType = new Map<string, Counts>();
  readonly judged: Judged[] = [];

  add(results: Judged[]): void {
    for (const r of results) {
      this.judged.push(r);
      for (const c of [this.all, get(this.byCue, r.gold.cue), get(this.byType, r.gold.type)]) {
        c.total++;
        if (r.outcome !== "missed") c.found++;
        if (r.outcome === "right") c.right++;
        if (r.outcome === "wrong") c.wrong++;
      }
    }
  }

  /** The headline figures: right speaker of all statements, wrong among found. */
  summary(): { statements: number; found: number; right: number; wrong: number; rightRate: number; foundRate: number; wrongAmongFound: number } {
    const { total, found, right, wrong } = this.all;
    return { statements: total, found, right, wrong, rightRate: ratio(right, total), foundRate: ratio(found, total), wrongAmongFound: ratio(wrong, found) };
  }

  report(options: { topCues?: number } = {}): string {
    const lines = [header("", "statements"), row("all", this.all), ""];
    lines.push(header("by quote type", "statements"));
    for (const [k, c] of [...this.byType].sort((a, b) => b[1].total - a[1].total)) lines.push(row(k, c));
    lines.push("", header("by cue (lemma)", "statements"));
    const cues = [...this.byCue].sort((a, b) => b[1].total - a[1].total);
    const top = cues.slice(0, options.topCues ?? 25);
    for (const [k, c] of top) lines.push(row(k, c));
    const rest = cues.slice(top.length).reduce((acc, [, c]) => ({ total: acc.total + c.total, found: acc.found + c.found, right: acc.right + c.right, wrong: acc.wrong + c.wrong }), zero());
    if (rest.total) lines.push(row(`(${cues.length - top.length} other cues)`, rest));
    return lines.join("\n");
  }
}

function get(map: Map<string, Counts>, key: string): Counts {
  let c = map.get(key);
  if (!c) map.set(key, (c = zero()));
  return c;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const pct = (a: number, b: number) => (b === 0 ? "   -  " : `${(100 * a / b).toFixed(1).padStart(5)}%`);
const header = (title: string, what: string) => `${title.padEnd(24)} ${what.padStart(10)}  found   right   wrong/found`;
const row = (name: string, c: Counts) =>
  `${name.slice(0, 24).padEnd(24)} ${String(c.total).padStart(10)} ${pct(c.found, c.total)} ${pct(c.right, c.total)}  ${pct(c.wrong, c.found)} (${c.wrong})`;
