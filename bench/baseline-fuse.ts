// The naive implementation the engine is compared with: one fuse.js instance over every quote and
// fact (text, translation and the speaker's names), and `search(question)` for each question.
import Fuse from "fuse.js";
import type { Corpus } from "../src/index.js";

export interface FuseRecord {
  kind: "quote" | "fact";
  article: string;
  paragraph: number;
  text: string;
  textEn: string | null;
  /** Speaker id; null for facts. */
  speaker: string | null;
  name: string | null;
  nameAr: string | null;
  aliases: string[];
}

export function fuseRecords(corpus: Corpus): FuseRecord[] {
  const out: FuseRecord[] = [];
  for (const a of corpus.articles) {
    const speakers = new Map(a.speakers.map((s) => [s.id, s]));
    for (const q of a.quotes) {
      if (q.speaker === null) continue;
      const s = speakers.get(q.speaker)!;
      out.push({
        kind: "quote", article: a.article.id, paragraph: q.paragraph, text: q.text, textEn: q.textEn,
        speaker: s.id, name: s.name, nameAr: s.nameAr, aliases: s.aliases,
      });
    }
    for (const f of a.facts) {
      out.push({
        kind: "fact", article: a.article.id, paragraph: f.paragraph, text: f.text, textEn: f.textEn,
        speaker: null, name: null, nameAr: null, aliases: [],
      });
    }
  }
  return out;
}

export function createFuseBaseline(records: FuseRecord[]): Fuse<FuseRecord> {
  return new Fuse(records, {
    keys: ["text", "textEn", "name", "nameAr", "aliases"],
    includeScore: true,
    // Quotes are long and the remembered words may be anywhere in them.
    ignoreLocation: true,
    threshold: 0.4,
  });
}
