// englishFullName tries only the words before each occurrence of the surname; it must find what a scan
// of the whole text from every capital finds (the reference below, the earlier implementation).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBareTitle, NP_WORDS, ORG_WORDS, TITLE_WORDS } from "../../src/ingest/lexicon-en.js";
import { englishFullName } from "../../src/ingest/speakers.js";
import { isTitleCase } from "../../src/ingest/text.js";

const OPENERS = new Set(["the", "a", "an", "in", "on", "at", "but", "and", "when", "while", "if", "as", "after", "before", "for", "by", "with", "from", "to", "of", "this", "that", "mr", "mrs", "ms", "dr"]);

function reference(fullText: string, surname: string): string | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return null;
  // Spaces between the words of a name, never a line break.
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]*[^\\S\\n]+){1,3})${surname}(?![\\p{L}\\p{M}])`, "gu");
  for (const m of fullText.matchAll(re)) {
    // Capitals in a title-case headline make no full name.
    const end = fullText.indexOf("\n", m.index);
    if (isTitleCase(fullText.slice(fullText.lastIndexOf("\n", m.index) + 1, end < 0 ? undefined : end))) continue;
    let first = m[1].trim().split(/\s+/);
    const ends = first.map((w) => /\.$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w) && !isBareTitle(w));
    const stop = ends.lastIndexOf(true);
    if (stop >= 0) first = first.slice(stop + 1);
    while (first.length && (TITLE_WORDS.has(first[0].toLowerCase()) || OPENERS.has(first[0].toLowerCase().replace(/\.$/, "")))) first.shift();
    // The words after the last title ("Home Minister Ramesh Lekhak" → Ramesh); the surname itself among them makes no name.
    const titled = (w: string) => [w, w.replace(/s$/, "")].some((x) => ORG_WORDS.has(x) || TITLE_WORDS.has(x) || NP_WORDS.has(x));
    first = first.slice(first.map((w) => titled(w.toLowerCase())).lastIndexOf(true) + 1);
    if (!first.length || first.includes(surname)) continue;
    return `${first.join(" ")} ${surname}`;
  }
  return null;
}

describe("englishFullName", () => {
  it("finds the full name a whole-text scan finds", () => {
    expect(englishFullName("They called Daniel Kessler, a structural engineer. Kessler said no.", "Kessler")).toBe("Daniel Kessler");
    expect(englishFullName("The Pharmacists Association. Thomas Greer spoke. Greer left.", "Greer")).toBe("Thomas Greer");
    expect(englishFullName("Kessler said no.", "Kessler")).toBeNull();
    // Found by the property below: "The" left after a stripped run made "Kessler Kessler".
    expect(englishFullName("Ősz The Kessler Kessler ", "Kessler")).toBeNull();
    expect(englishFullName("Home Minister Ramesh Lekhak spoke. Lekhak said no.", "Lekhak")).toBe("Ramesh Lekhak");
  });

  it("agrees with the whole-text scan on random texts of names, titles, openers and spaces", () => {
    const word = fc.constantFrom("Kessler", "Kessler's", "Kesslers", "Daniel", "Dr.", "The", "Minister", "Association.", "J.", "McKessler", "xKessler", "Ann-Marie", "said", "the", "of", "Kessler.", "Smith", "Kessler-Smith", "(Kessler)", "Ébène", "Ősz");
    const space = fc.constantFrom(" ", "  ", "\n", "\u00a0", ", ", ". ", "");
    const text = fc.array(fc.tuple(word, space), { maxLength: 14 }).map((ws) => ws.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(text, fc.constantFrom("Kessler", "Smith", "Daniel"), (t, surname) => {
        expect(englishFullName(t, surname)).toBe(reference(t, surname));
      }),
      { numRuns: 3000 },
    );
  });
});
