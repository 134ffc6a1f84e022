// A question adds the country an article is about ("who said Syria's growth is slowing?"), which the
// statement need not say: its sentence names no place, and its article is about that country. A sentence
// that names another place is about that one, and an article that is not about the country asked of says
// nothing of it. All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const SYRIA = `الاقتصاد السوري يواجه صعوبات
قال وزير الاقتصاد السوري سامي حداد إن "سوريا تعمل على جذب الاستثمارات رغم الصعوبات".
وأضاف حداد أن "ضعف الموارد والعقوبات يبطئان نمو الاقتصاد".
وقال حداد إن "الحدود مع تركيا ستفتح أمام الشاحنات الأسبوع المقبل".
وتواجه سوريا منذ سنوات أزمة اقتصادية حادة.
`;
const LEBANON = `الحكومة اللبنانية تناقش الموازنة
قال وزير المالية اللبناني نبيل عون إن "عجز الموازنة سيتراجع هذا العام".
وأضاف عون أن "ضعف الموارد يبطئ نمو الاقتصاد".
`;

let dir: string;
let syria: Engine;
let both: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-article-place-"));
  syria = ingestedEngine(dir, "syria", { "syria-ar": SYRIA });
  both = ingestedEngine(dir, "both", { "syria-ar": SYRIA, "lebanon-ar": LEBANON });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a country the article is about, added by the question", () => {
  it("is met by a statement whose sentence names no place", () => {
    expectSpeaker(syria, "Who said weak resources and sanctions are slowing Syria's economic growth?", /حداد/);
  });
  it("is not met by a statement whose sentence names another place", () => {
    const a = syria.ask("Who said the border with Syria will open to trucks next week?");
    if (a.status === "answered") expect(a.answers[0].text).not.toMatch(/تركيا/);
  });
  it("is not met by an article about another country", () => {
    const a = both.ask("Who said weak resources are slowing Syria's economic growth?");
    if (a.status === "answered") expect(a.answers[0].speaker?.nameAr ?? "").toMatch(/حداد/);
  });
});
