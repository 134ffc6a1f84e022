// "ماذا قال السيناتور زوبيري الأسبوع الماضي؟": a title and a name, then a time. The name ends where a
// word that only ever trails a name follows (a time, a day, "في", an addressee), though the title keeps
// the phrase from being the name alone; the rest is what the question asks about, not more of the name.
// All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const ENGLISH = `Senate passes water bill
Senator Maria Lopez said the new water bill "will protect farmers from the worst of the drought".
Lopez added that the Senate would vote on a second bill next month.
`;

let dir: string;
let english: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-title-trailing-"));
  english = ingestedEngine(dir, "senate-en", { "senate-en": ENGLISH });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a title and a name, then a time", () => {
  it("names the speaker; the time is not part of the name", () => {
    expectSpeaker(english, "ماذا قال السيناتور لوبيز الأسبوع الماضي؟", /Lopez/);
    expectSpeaker(english, "ماذا قال السيناتور لوبيز يوم الثلاثاء عن المزارعين؟", /Lopez/);
  });
  it("a name nobody has is still nobody", () => {
    expect(english.ask("ماذا قال السيناتور كارتر الأسبوع الماضي؟").status).not.toBe("answered");
  });
});
