// The smaller countries of data/concepts.txt's [place] lines (issue 12): a role that names one ("West Indies
// captain", "Fiji Museum director") names a place, so the country the other speaker's article is about is not
// taken for theirs, and an Arabic question meets the English role by the country. All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { placeCounts } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const CRICKET_EN = `West Indies end the series with a win
West Indies captain Marlon Keane said "the bowlers kept the pressure on from the first over".
Bangladesh captain Rafiq Hossain said "one bad game does not make us a bad team".
Keane added that "the young players will get more chances in the next series".
`;

const MUSEUM_EN = `Old chests found in a village
Fiji Museum director Jone Tuilagi said "the chests will be studied before they are shown to the public".
`;

let dir: string;
let cricket: Engine;
let museum: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-across-countries-"));
  cricket = ingestedEngine(dir, "cricket", { "cricket-en": CRICKET_EN });
  museum = ingestedEngine(dir, "museum", { "museum-en": MUSEUM_EN });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the smaller countries are places in both scripts", () => {
  it("by name, adjective and the Arabic phrase", () => {
    for (const text of ["Fiji", "a Fijian minister", "فيجي", "West Indies", "الهند الغربية", "Tajikistan", "طاجيكستان", "Sierra Leone", "سيراليون"]) {
      expect(placeCounts(text).size, text).toBe(1);
    }
  });
});

describe("a role that names a smaller country", () => {
  it("is not the other captain's country", () => {
    expectSpeaker(cricket, "ماذا قال قائد بنغلاديش؟", /Hossain/);
    expectSpeaker(cricket, "What did the Bangladesh captain say?", /Hossain/);
  });
  it("is met by the country in Arabic", () => {
    expectSpeaker(cricket, "ماذا قال قائد الهند الغربية؟", /Keane/);
    expectSpeaker(museum, "ماذا قال مدير متحف فيجي؟", /Tuilagi/);
  });
  it("India is not the West Indies", () => {
    const a = cricket.ask("ماذا قال قائد منتخب الهند؟");
    expect(a.status === "answered" ? a.answers[0].speaker?.name : "").not.toMatch(/Keane/);
  });
});
