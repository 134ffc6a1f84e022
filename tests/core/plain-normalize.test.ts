// normalize() of plain English text the short way (src/normalize/plain.ts) must give what the whole
// way gives, or leave the text to it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, normalizeFully } from "../../src/normalize/index.js";
import { plainNormalized } from "../../src/normalize/plain.js";

// Words, possessives, apostrophes of every kind, dashes, dots, no-break spaces, the folds' own
// phrases and their near misses, digits, underscores, letters beyond plain text.
const PIECES = [
  "the", "Brand", "still", "EXISTS", "s", "S", "u", "U", "w", "b", "o", "x", "it", "us", "isis", "united", "States", "islamic", "state",
  "kingdom", "syrian", "democratic", "forces", "kurdistan", "workers", "party", "without", "because", "F", "16", "400", "2016", "in", "abs", "top", "1,000", "12",
  "'", "’", "‘", "`", "´", "'s", "’s", "‘S", "`s", "s'", "'s'", "’s_", "_", ".", "..", "…", "\u2024", "\u2017", "\u2011", "—", "-", "/",
  ",", ":", " ", "  ", "\u00a0", "\t", "\n", "“", "”", "„", "\u201b", "café", "ﬁ", "ß", "ı", "é", "x2", "3rd", "U.S.", "u.s", "w/o", "b/c",
];
const text = fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), fc.constantFrom(" ", "", "")).map(([parts, sep]) => parts.join(sep));

describe("normalizing plain English text the short way", () => {
  it("gives what the whole way gives, whenever it gives anything", () => {
    fc.assert(
      fc.property(text, (raw) => {
        const short = plainNormalized(raw);
        if (short !== null) expect(short).toBe(normalizeFully(raw));
        expect(normalize(raw)).toBe(normalizeFully(raw));
      }),
      { numRuns: 20000 },
    );
  });

  it("takes plain text without folds, and leaves the rest", () => {
    expect(plainNormalized("Clinton’s aides said: “It’s over…” — twice.")).toBe("clinton aides said it over twice");
    expect(plainNormalized("The players' union_s 's_x")).toBe("the players union s s x");
    // A fold may apply: the whole way.
    expect(plainNormalized("the U.S. said")).toBeNull();
    expect(plainNormalized("an F-16 in 2016")).toBeNull();
    expect(plainNormalized("the abs’ 12 rounds")).toBeNull();
    // A number no designator fold joins stays as written.
    expect(plainNormalized("In 2016, 1,000 voters")).toBe("in 2016 1 000 voters");
    expect(plainNormalized("u’s. s")).toBeNull();
    expect(plainNormalized("u\u2017.s")).toBeNull();
    // Letters beyond plain text fold: the whole way.
    expect(plainNormalized("café")).toBeNull();
  });
});
