// Scoring the extractor against expected attributions: precision and recall of (speaker, span) pairs.
// A predicted pair matches an expected one when
//   - the speakers match: some name form of the predicted speaker (name, nameAr, aliases) equals some
//     accepted name of the expected speaker after normalization (nameKey: script variants, case, punctuation);
//   - the spans are in the same paragraph and overlap by at least half of the shorter span's characters.
// Precision: predicted pairs that match some expected pair. Recall: expected pairs matched by some prediction.
import type { AttributedQuote, CorpusFile } from "../corpus/schema.js";
import { nameKey } from "./text.js";

export interface ExpectedAttribution {
  /** Accepted names of the speaker (any script). */
  speaker: string[];
  paragraph: number;
  text: string;
}

export interface Score {
  predicted: number;
  expected: number;
  truePredicted: number;
  recalled: number;
  precision: number;
  recall: number;
  misses: ExpectedAttribution[];
  wrong: { speaker: string; paragraph: number; text: string }[];
}

function overlap(line: string, a: string, b: string): boolean {
  const ia = line.indexOf(a);
  const ib = line.indexOf(b);
  if (ia < 0 || ib < 0) return a.includes(b) || b.includes(a);
  const common = Math.min(ia + a.length, ib + b.length) - Math.max(ia, ib);
  return common >= 0.5 * Math.min(a.length, b.length);
}

function speakerMatches(forms: string[], expected: string[]): boolean {
  const keys = new Set(forms.map(nameKey).filter(Boolean));
  return expected.map(nameKey).some((w) => w && keys.has(w));
}

export function scoreAttributions(draft: CorpusFile, lines: string[], expected: ExpectedAttribution[]): Score {
  const formsOf = new Map(draft.speakers.map((s) => [s.id, [s.name, s.nameAr ?? "", ...s.aliases]]));
  // A quote kept without a speaker claims no attribution: it is neither right nor wrong here.
  const attributed = draft.quotes.filter((q): q is AttributedQuote => q.speaker !== null);
  const matches = (q: AttributedQuote, e: ExpectedAttribution) =>
    q.paragraph === e.paragraph && overlap(lines[q.paragraph - 1] ?? "", q.text, e.text) && speakerMatches(formsOf.get(q.speaker) ?? [], e.speaker);
  const truePredicted = attributed.filter((q) => expected.some((e) => matches(q, e)));
  const recalled = expected.filter((e) => attributed.some((q) => matches(q, e)));
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    predicted: attributed.length, expected: expected.length,
    truePredicted: truePredicted.length, recalled: recalled.length,
    precision: ratio(truePredicted.length, attributed.length), recall: ratio(recalled.length, expected.length),
    misses: expected.filter((e) => !recalled.includes(e)),
    wrong: attributed.filter((q) => !truePredicted.includes(q)).map((q) => ({ speaker: q.speaker, paragraph: q.paragraph, text: q.text })),
  };
}

/** Expected attributions from a curated corpus file: each quote with every name of its speaker. */
export function expectedFromCurated(curated: CorpusFile): ExpectedAttribution[] {
  return curated.quotes.map((q) => {
    const s = curated.speakers.find((x) => x.id === q.speaker)!;
    return { speaker: [s.name, s.nameAr ?? "", ...s.aliases].filter(Boolean), paragraph: q.paragraph, text: q.text };
  });
}
