// The places a speaker speaks from without saying so (article-places.ts): every article's places are found
// once, kept beside a snapshot, and read back only when a sample of articles agrees. Invented articles.
import { describe, expect, it } from "vitest";
import { speakerPlaces, type ArticlePlaceLists } from "../../src/engine/article-places.js";
import type { CorpusView } from "../../src/engine/records.js";
import { placeCounts } from "../../src/normalize/index.js";

const placeOf = (name: string) => [...placeCounts(name).keys()][0];
const [egypt, iraq, jordan] = ["Egypt", "Iraq", "Jordan"].map(placeOf);

const record = (article: string, context: string) => ({ article, context, text: context });
const speaker = (name: string, role: string, articles: string[]) => ({ id: name, name, nameAr: null, role, roleAr: null, aliases: [], articles });
const view = {
  articles: [
    { id: "metro", title: "No rise in metro fares", titleEn: null },
    { id: "floods", title: "Floods in Egypt", titleEn: null },
    { id: "fuel", title: "Fuel prices", titleEn: null },
  ],
  records: [
    record("metro", "The transport minister said fares would not rise this year."),
    record("floods", "Egypt evacuated hundreds of families after floods in southern Egypt."),
    record("floods", "Aid from Iraq arrived on Tuesday, officials in Egypt said."),
    record("fuel", "The finance minister of Iraq said fuel prices would fall."),
  ],
  speakers: [speaker("Sami Haddad", "transport minister", ["metro"]), speaker("Omar Said", "finance minister", ["fuel"])],
} as unknown as CorpusView;

const asked = (kept?: Parameters<typeof speakerPlaces>[1]) => {
  const context = speakerPlaces(view, kept);
  return [0, 1].flatMap((s) => [egypt, iraq, jordan].map((p) => context(s, p)));
};

describe("the places of the articles", () => {
  it("place speakers as found afresh, kept or not, and a kept list that does not fit is found again", () => {
    expect([egypt, iraq, jordan].every((p) => Number.isInteger(p))).toBe(true);
    const expected = asked();
    // An article about Egypt: a minister of an article naming no place is not Jordan's, nor said to be Egypt's.
    expect(expected.slice(0, 3)).toEqual([null, null, "unsaid"]);
    expect(expected.slice(3)).toEqual([null, "article", null]);

    let saved: ArticlePlaceLists | null = null;
    expect(asked({ save: (lists) => (saved = lists) })).toEqual(expected);
    expect(saved).toEqual([[], [egypt], [iraq]]);

    const saves: ArticlePlaceLists[] = [];
    expect(asked({ stored: () => saved, save: (lists) => saves.push(lists) })).toEqual(expected);
    expect(saves).toHaveLength(0);
    // Lists of another corpus, of the wrong length, or holding what is no place are not used.
    for (const wrong of [[[], [iraq], [iraq]], [[], [egypt]], [[], [egypt], [-1]], [[], [egypt], [Number.NaN]]]) {
      expect(asked({ stored: () => wrong, save: (lists) => saves.push(lists) })).toEqual(expected);
    }
    expect(saves).toEqual(Array(4).fill(saved));
  });
});
