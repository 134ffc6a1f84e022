// The raw-text test that rules records out before a quote-marked question normalizes them: it may let
// through a record that holds no phrase, never rule out one that holds one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecordWords } from "../../src/engine/record-words.js";
import { holdsMisspelt, isPlainText, mayHoldPhrases } from "../../src/engine/spelling.js";
import { plainWords } from "../../src/normalize/plain.js";
import { normalize } from "../../src/normalize/index.js";

const holds = (raw: string, phrase: string) => {
  const text = ` ${normalize(raw)} `;
  const p = ` ${normalize(phrase)} `;
  return text.includes(p) || holdsMisspelt(text, p);
};

// Words, punctuation, apostrophes, typographic quotes and dashes, the folds' own phrases, accents.
const PIECES = [
  "the", "brand", "still", "exists", "Brand's", "EXISTS", "U.S.", "united states", "Islamic State", "w/o", "b/c",
  "brnad", "stil", "exsits", "F-16", "s-400", "’", "‘", "“", "”", "—", "…", "'", "-", ".", ",", " ", " ", "\u00a0",
  "café", "ﬁnal", "final", "us", "isis", "without", "_", "brand_still", "it's", "dogs'", "f 16", "u.s.brand", "x2", "\u2017", "\u2024",
];
// Pieces joined by spaces or run together ("u.s." right before "brand").
const text = fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), fc.constantFrom(" ", "")).map(([parts, sep]) => parts.join(sep));
const phrase = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(" "));

describe("ruling records out of a quote-marked question on their raw text", () => {
  it("never rules out a text that holds the phrase, word for word or with typos", () => {
    fc.assert(
      fc.property(text, phrase, (raw, p) => {
        const normalized = ` ${normalize(p)} `;
        if (normalized.trim().length < 4) return;
        if (holds(raw, p)) expect(mayHoldPhrases([normalized])(raw)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("rules out plain text that lacks the phrase's words", () => {
    const test = mayHoldPhrases([" the isis brand still exists "]);
    expect(test("The weather was fine on Tuesday.")).toBe(false);
    expect(test("The ISIS brnad stil exists.")).toBe(true);
    // Words inside other words are not the phrase's words.
    expect(test("Thesis: brandy stillness")).toBe(false);
    // Holding a few of the phrase's words is not enough: all its places but two must be filled as
    // written, among them every word too short to misspell ("to", "him").
    const common = mayHoldPhrases([" latest to voters him than to with "]);
    expect(common("He said more than that, with care.")).toBe(false);
    expect(common("The latest to voters, him than to with")).toBe(true);
    expect(common("Go to the voters, him than with it")).toBe(true);
    expect(common("Go to the voters than with it")).toBe(false);
    expect(common("The latest voters: him, than with")).toBe(false);
    // Accented text folds letters: it is never ruled out here.
    expect(test("Le café était fermé.")).toBe(true);
  });

  it("reads a text's words once: the kept words answer as a scan of the text does", () => {
    const words = ["the", "brand", "still", "exists", "us", "it", "s", "f", "brnad", "x", "final", "states"];
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const kept = new RecordWords(texts.length, (t) => texts[t]);
        texts.forEach((raw, t) => {
          if (!isPlainText(raw)) return;
          for (const w of words) {
            // The "s" of a possessive ("'s" before no word character) is no word: normalize drops it.
            const asWord = new RegExp(w === "s" ? "(?<![a-z0-9'’‘`])s(?![a-z0-9])|(?<=['’‘`])s(?=_)" : `(?<![a-z0-9])${w}(?![a-z0-9])`, "i").test(raw);
            expect(plainWords(raw)!.words.includes(w)).toBe(asWord);
            expect(kept.holds(t, w)).toBe(asWord);
          }
          const test = mayHoldPhrases([" the brand still exists ", " brnad still x "]);
          if (isPlainText(raw)) expect(test.words((w) => kept.holds(t, w))).toBe(test(raw));
        });
      }),
      { numRuns: 500 },
    );
  });

  it("answers from the kept words of a text no fold applies to as from its normalized text", () => {
    const phrases = fc.array(fc.constantFrom("the", "brand", "still", "exists", "brnad", "stil", "exsits", "it", "s", "x", "final", "us", "café"), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), phrases, (texts, p) => {
        const kept = new RecordWords(texts.length, (t) => texts[t]);
        const phrase = kept.phrase(` ${normalize(p.join(" "))} `);
        texts.forEach((raw, t) => {
          if (!isPlainText(raw) || !kept.exact(t)) return;
          expect(plainWords(raw)!.words.join(" ")).toBe(normalize(raw));
          expect(kept.holdsPhrase(t, phrase)).toBe(holds(raw, p.join(" ")));
        });
      }),
      { numRuns: 3000 },
    );
    const kept = new RecordWords(2, (t) => ["The ISIS brnad stil exists, they said.", "The brand still exists."][t]);
    const phrase = kept.phrase(" isis brand still exists ");
    expect([kept.exact(0), kept.holdsPhrase(0, phrase), kept.holdsPhrase(1, phrase)]).toEqual([true, true, false]);
    // Three of four words misspelt: more than are spelt right.
    const one = (raw: string) => {
      const words = new RecordWords(1, () => raw);
      return words.holdsPhrase(0, words.phrase(" isis brand still exists "));
    };
    expect(one("isis brnad stil exsits")).toBe(false);
    expect(one("isis brnad stil exists")).toBe(true);
    // A fold may apply: the text is normalized instead.
    expect(new RecordWords(1, () => "The U.S. brand").exact(0)).toBe(false);
  });
});
