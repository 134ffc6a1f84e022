// The concept sets and the glossary link words through their stems: an Arabic member whose stem is also
// an unrelated entry's links the two ("currency" reached العمل "work" through عملات → عمل). Words the
// stemmer would fold onto another keep a key of their own (src/normalize/data/stem-exceptions.json),
// and a check flags every entry whose stem still collides with another's.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { normalize, questionTerms, wordKeys } from "../../src/normalize/index.js";
import { expectSpeaker, ingestedEngine } from "../support/drafts.js";
import { stemCollisions } from "../support/stem-collisions.js";

const keyOf = (w: string) => wordKeys(normalize(w).trim())[0];

describe("words the stemmer would fold onto an unrelated word", () => {
  it.each([
    ["العملات", "العمل"],
    ["بالعملة", "عمل"],
    ["المركزي", "المركز"],
    ["البحرين", "بحري"],
    ["طالبان", "طالب"],
    ["الوعود", "عودة"],
    ["الرئيسية", "رئيس"],
  ])("%s keeps a key apart from %s", (a, b) => expect(keyOf(a)).not.toBe(keyOf(b)));

  it("keeps its forms together, with the article, a conjunction or a preposition", () => {
    for (const w of ["العملات", "والعملات", "للعملات", "بالعملة", "عملات"]) expect(keyOf(w), w).toBe(keyOf("العملة"));
    for (const w of ["مركزية", "المركزية", "والمركزي"]) expect(keyOf(w), w).toBe(keyOf("المركزي"));
  });
});

describe("entries whose stems collide", () => {
  it("are none but the listed backlog: a new collision is resolved or reviewed, a resolved one leaves the list", () => {
    const listed = readFileSync(join(import.meta.dirname, "../fixtures/stem-collisions.txt"), "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#"))
      .map((l) => l.split(":")[0].trim());
    const found = [...stemCollisions().keys()];
    expect(found.filter((k) => !listed.includes(k)), "new collisions").toEqual([]);
    expect(listed.filter((k) => !found.includes(k)), "listed but resolved").toEqual([]);
  });
  it("flags two unrelated entries whose members share a stem", () => {
    // The currency line's members no longer share عمل with the work line; the attack line's عملية still does.
    expect(stemCollisions().get(keyOf("العمل"))).toEqual(expect.arrayContaining(["عمليه"]));
    expect(stemCollisions().get(keyOf("العمل"))).not.toEqual(expect.arrayContaining(["عملات"]));
    expect(stemCollisions().has(keyOf("المركزي"))).toBe(false);
  });
});

const CURRENCY_AR = `الحكومة: المصانع تعود إلى العمل
قال وزير الصناعة سمير ناصر إن "العمل في المصانع سيستأنف الأسبوع المقبل بعد انتهاء الإضراب".
وقال محافظ البنك المركزي هادي كرم إن "العملات الأجنبية متوفرة في المصارف ولا داعي للقلق".
`;

let dir: string;
let currency: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-stems-"));
  currency = ingestedEngine(dir, "currency", { "currency-ar": CURRENCY_AR });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an English question on an Arabic draft", () => {
  it("finds the currencies by their own word", () => {
    expectSpeaker(currency, "Who said foreign currencies are available in the banks?", /كرم/);
  });
  it("does not take work for the currency", () => {
    const related = new Set((questionTerms("currency").find((t) => t.word === "currency")?.related ?? []).map((r) => r.key));
    expect(related.has(keyOf("العمل"))).toBe(false);
    const a = currency.ask("What did anyone say about the currency in the factories?");
    expect(a.status === "answered" ? a.answers[0].speaker?.nameAr : "").not.toMatch(/ناصر/);
  });
});
