// Whether a text names a person speaker: looked up by the text's words, it must say what trying every
// speaker's every name says.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpeakerNames } from "../../src/engine/speaker-names.js";
import { normalize } from "../../src/normalize/index.js";
import type { SpeakerInfo } from "../../src/types.js";

const WORDS = ["ama", "owusu", "owusuah", "the", "minister", "kofi", "annan", "annanite", "al", "assad", "bashar", "ghana", "ministry", "said", "x", "abena"];

const speaker = (id: string, kind: SpeakerInfo["kind"], name: string, aliases: string[]): SpeakerInfo => ({ id, kind, name, nameAr: null, role: null, roleAr: null, aliases, quoteCount: 1, articles: [] });

/** What the engine did before: every speaker, every name normalized again, for each text. */
function naive(speakers: SpeakerInfo[], text: string, other: string): boolean {
  const names = (t: string, id: string) => {
    const s = speakers.find((x) => x.id === id);
    if (!s) return false;
    return [s.name, s.nameAr, ...s.aliases]
      .filter((n): n is string => !!n)
      .map((n) => normalize(n).replace(/^(?:the|ال) /, ""))
      .filter((n) => n.length >= 5)
      .some((n) => t.includes(` ${n} `) || t.includes(` ${n}`));
  };
  return speakers.some((s) => s.kind === "person" && names(text, s.id) && !names(other, s.id));
}

describe("speaker names", () => {
  it("a text names a person the other text does not, as trying every speaker says", () => {
    const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
    const speakers = fc.array(fc.tuple(fc.constantFrom<SpeakerInfo["kind"]>("person", "organization"), phrase, fc.array(phrase, { maxLength: 2 })), { maxLength: 8 });
    const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => ` ${w.join(" ")} `);
    fc.assert(
      fc.property(speakers, text, text, (raw, t, other) => {
        const list = raw.map(([kind, name, aliases], i) => speaker(`s${i}`, kind, name, aliases));
        expect(new SpeakerNames(list).namesPersonBeyond(t, other)).toBe(naive(list, t, other));
      }),
      { numRuns: 3000 },
    );
  });

  it("meets a one-word name at the start of a longer word, a longer name only word for word", () => {
    const names = new SpeakerNames([speaker("a", "person", "Owusu", []), speaker("b", "person", "Kofi Annan", []), speaker("c", "organization", "Ghana Ministry", [])]);
    expect(names.namesPersonBeyond(" the owusuah said ", " ")).toBe(true);
    expect(names.namesPersonBeyond(" kofi annanite said ", " ")).toBe(true);
    expect(names.namesPersonBeyond(" kofix annan said ", " ")).toBe(false);
    expect(names.namesPersonBeyond(" the ghana ministry said ", " ")).toBe(false);
    expect(names.namesPersonBeyond(" kofi annan said ", " who did kofi annan meet ")).toBe(false);
    expect(names.names(" the ghana ministry said ", "c")).toBe(true);
  });
});
