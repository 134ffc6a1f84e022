import { describe, expect, it } from "vitest";
import { sentenceBounds, sentenceEnds } from "../../src/engine/sentences.js";
import { paragraphsOf, sentencesOf } from "../../src/ingest/segment.js";

// Invented lines.
const EN = 'Rain fell all night. The U.S. Coast Guard liaison, Mr. Daniel Ortiz, said "the harbor stays closed until Oct. 4." Boats waited.';
const AR = 'هطلت الأمطار. وقال د. سامر الحلبي، أستاذ الهندسة، إن "الجسر سيفتح في 2025 م. بعد الترميم". وانتظر السكان.';

/** The sentence of `line` that holds `span`, as the engine gives it for an answer's context. */
function contextOf(line: string, span: string): string {
  const at = line.indexOf(span);
  const { from, to } = sentenceBounds(line, sentenceEnds(line), at, at + span.length);
  return line.slice(from, to).trim();
}

describe("one sentence splitter for the engine and ingest", () => {
  it("the engine's context does not cut at Mr., U.S. or Oct., nor at Arabic abbreviations", () => {
    expect(contextOf(EN, "the harbor stays closed")).toBe(
      'The U.S. Coast Guard liaison, Mr. Daniel Ortiz, said "the harbor stays closed until Oct. 4."',
    );
    expect(contextOf(AR, "الجسر سيفتح")).toBe('وقال د. سامر الحلبي، أستاذ الهندسة، إن "الجسر سيفتح في 2025 م. بعد الترميم".');
  });

  it("ingest reads the same sentences", () => {
    for (const line of [EN, AR]) {
      const [p] = paragraphsOf(line);
      const fromIngest = sentencesOf(p).map((s) => s.text);
      const fromEngine = sentenceEnds(line).stops.map((stop, i, all) => line.slice(i ? all[i - 1] : 0, stop).trim());
      expect(fromIngest).toHaveLength(3);
      expect(fromIngest).toEqual(fromEngine);
    }
  });

  it("still ends sentences at a plain full stop, and not between digits", () => {
    expect(sentenceEnds("It cost 3.5 million. Then it rose.").stops).toEqual([20, 34]);
    expect(sentenceEnds("He left. She stayed.").stops).toEqual([8, 20]);
  });
});
