// Asking across languages about news drafts (issue 12, second round): a phrase of the glossary finds
// the other language's phrase, the glossary's everyday news words and their verb forms, and traps that
// must still abstain. All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { contentTerms, questionTerms } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";

const keyOf = (word: string) => contentTerms(word)[0].keys[0];
const relatedOf = (text: string, word: string) => new Set((questionTerms(text).find((t) => t.word === word)?.related ?? []).map((r) => r.key));

describe("a phrase of a glossary line", () => {
  it("finds the other language's phrase of its line word by word, though the line has one-word members too", () => {
    // "electronic systems" holds its two words: they are searched for as أنظمة إلكترونية.
    const related = relatedOf("electronic systems", "systems");
    expect(related.has(keyOf("أنظمة"))).toBe(true);
    expect(relatedOf("electronic systems", "electronic").has(keyOf("إلكترونية"))).toBe(true);
  });
});

const FINANCE_AR = `وزير المالية: الدفع الإلكتروني يبدأ الشهر المقبل
قال وزير المالية السوداني جبريل إبراهيم إن "الحكومة ستنقل التعاملات المالية إلى أنظمة إلكترونية قبل نهاية العام".
`;

let dir: string;
let finance: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-across-news-"));
  finance = ingestedEngine(dir, "finance", { "finance-ar": FINANCE_AR });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("English questions on an Arabic draft", () => {
  it("a phrase of the question meets the Arabic phrase of its line", () => {
    expectSpeaker(finance, "Who said financial transactions would move to electronic systems?", /جبريل/);
  });
});
