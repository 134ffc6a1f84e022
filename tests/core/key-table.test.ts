// The build's word scan (KeyTable) must find exactly the keys that `normalize` + `wordKeys` give,
// in the same order, whether a text takes the folded fast way or goes through `normalize`.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KeyTable } from "../../src/engine/key-table.js";
import { isContentWord, tokenize, wordKeys } from "../../src/normalize/index.js";
import { DEFAULT_CORPUS_DIR } from "../../src/paths.js";

/** The keys of some texts by the plain definition, in order of first finding. */
function referenceKeys(texts: string[]): string[] {
  return [...new Set(texts.flatMap((t) => tokenize(t).filter(isContentWord).flatMap(wordKeys)))];
}

const collected = (table: KeyTable, texts: string[]) => Array.from(table.collect(texts), (id) => table.keys[id]);

const seedLines = readFileSync(join(DEFAULT_CORPUS_DIR, "article-000.ar.txt"), "utf8").split("\n").filter(Boolean);

// Pieces that exercise every kind of code unit: folded letters, diacritics, tatweel, digits of both
// scripts, apostrophes, punctuation, phrases that fold ("U.S.", "united states", "S-400"), and beyond.
const PIECES = [
  "أردوغان", "الدولة الإسلامية", "الولايات المتحدة", "مسؤولٌ", "تهديداً", "مُـــحَمَّد", "٣٥", "۱۲", "إس-400", "قوات سوريا الديمقراطية",
  "U.S.", "u . s", "United States", "ISLAMIC State", "S-400", "F 35", "Turkey's", "Kurds'", "`quoted`", "Erdoğan", "café", "ﻻ",
  "said", "the", "و", "في", "،", "؟", "«", "»", ".", ",", " ", "  ", "\n", "\t", "-", "'", "\u0640", "\u064B", "x", "1", "🙂",
  // News typography and the neighbours that decide what an apostrophe or a number does.
  "’", "‘", "“", "”", "\u00a0", "—", "–", "‐", "…", "´", "'s", "’s", "'S", "`s", "s", "S", "_", "u", "U", "2016", "in 2016", "Nov. 2016",
  "F-16", "ab-20", "x20", "٢٠١٦", "ۀ", "ٵ", "أ", "é",
];

describe("KeyTable", () => {
  it("collects the keys of the seed article's lines as normalize and wordKeys define them", () => {
    const table = new KeyTable();
    for (const line of seedLines) expect(collected(table, [line])).toEqual(referenceKeys([line]));
  });

  it("numbers new keys in order of first finding, across texts and lists", () => {
    const table = new KeyTable();
    const first = table.collect([seedLines[0]]);
    const second = table.collect([seedLines[1]], [first]);
    expect(Array.from(second, (id) => table.keys[id])).toEqual(referenceKeys([seedLines[0], seedLines[1]]));
    expect(table.keys).toEqual(referenceKeys([seedLines[0], seedLines[1]]));
  });

  it("sends a text to normalize when a word it already knows may start a phrase fold", () => {
    const table = new KeyTable();
    const texts = ["the united nations met", "the united states army", "الدولة المدنية", "الدولة الإسلامية قالت", "U.S. forces", "2019 and S-400",
      "the u’s. army", "U\u00a0.S. troops", "Trump’s 2016 win", "Nov\u00a02016", "the workers’ party", "it’s “over” — again", "x'sب", "x's\u064Bb", "S’  ٢٠١٦", "Kurds' 2019", "أردوغانF-16"];
    for (const t of texts) expect(collected(table, [t]), t).toEqual(referenceKeys([t]));
  });

  it("agrees with normalize on any mix of scripts, diacritics, digits, apostrophes and phrases", () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const table = new KeyTable();
        // One table over several texts: words seen before must be found the same way again.
        texts.forEach((t, i) => expect(collected(table, [t]), `text ${i}: ${JSON.stringify(t)}`).toEqual(referenceKeys([t])));
        expect(collected(table, texts)).toEqual(referenceKeys(texts));
      }),
      { numRuns: 500 },
    );
  });

  it("handles a huge single word without running out of stack", () => {
    const table = new KeyTable();
    const word = "ب".repeat(300_000);
    expect(collected(table, [word])).toEqual(referenceKeys([word]));
  });
});
