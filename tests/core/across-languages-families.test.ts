// Asking across languages (issue 12, session 12): a name of a consonant and a و or ي whose Latin
// spellings vary (Adwa, Adoua), news vocabulary families of the glossary (the press, courts, health
// and food, shops, research) met from the other language, and a two-word title whose second word does
// not stand for its first ("defense lawyers" are not defense officials). All articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { parseQuestion } from "../../src/engine/question.js";
import { speakerTerms } from "../../src/normalize/index.js";
import { latinSpellings, phoneticKey } from "../../src/normalize/names.js";
import { expectSpeaker, ingestedEngine, who } from "../support/drafts.js";

const GRILLING_AR = `نائب كويتي: الاستجواب حق دستوري
قال النائب خالد العدوة إن "استجواب وزير المالية حق دستوري ولا نية للتراجع عنه".
وقال المتحدث باسم الحكومة طارق المزروعي إن "الحكومة ستتعاون مع مجلس الأمة في كل الملفات".
`;

const SHELVES_AR = `دراسة: الأطفال يرون إعلانات الكحول في كل زيارة للمتاجر
قالت الباحثة منى الحربي إن "الكحول يعرض على رفوف المتاجر الكبرى قرب الخبز والحليب".
وقال وزير الصحة سامي الخطيب إن "الوزارة ستراجع قواعد الإعلانات التجارية الموجهة إلى الأطفال".
`;

const RANSOM_EN = `Minister says ransom reports are old news
Information Minister Sani Bello said that "the ransom reports are not new, we have heard several versions of them".
Dr Anna Lee, who led the study, said that "the cameras recorded junk food advertising every day in supermarkets".
`;

let dir: string;
let grilling: Engine;
let shelves: Engine;
let ransom: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-across-families-"));
  grilling = ingestedEngine(dir, "grilling", { "grilling-ar": GRILLING_AR });
  shelves = ingestedEngine(dir, "shelves", { "shelves-ar": SHELVES_AR });
  ransom = ingestedEngine(dir, "ransom", { "ransom-en": RANSOM_EN });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a name of a consonant and a semivowel", () => {
  it("is one name however its و is spelled, told apart by its outer vowels", () => {
    expect(phoneticKey("Adwa")).toBe(phoneticKey("Adoua"));
    expect(phoneticKey("Eissa")).toBe(phoneticKey("Issa"));
    expect(phoneticKey("Adwa")).not.toBe(phoneticKey("Dawa"));
    // Two consonants with no و or ي tell too little apart: Amer is not Ammar.
    expect(phoneticKey("Amer")).toBeNull();
  });
  it("finds the Arabic speaker by the spelling the question uses", () => {
    expectSpeaker(grilling, "What did Kuwaiti MP Khaled Al-Adwa say about the grilling?", /العدوة/);
    expectSpeaker(grilling, "What did Al-Adwa say?", /العدوة/);
  });
  it("does not take another name of the same consonants for it", () => {
    expect(who(grilling, "What did Dawa say about the grilling?").status).not.toBe("answered");
  });
});

describe("news vocabulary families across languages", () => {
  it("reaches alcohol on supermarket shelves in Arabic from an English question", () => {
    expectSpeaker(shelves, "Who said alcohol is displayed on supermarket shelves?", /الحربي/);
  });
  it("reaches ransom reports, and offers junk food advertising, in English from an Arabic question", () => {
    expectSpeaker(ransom, "من قال إن التقارير عن الفدية ليست جديدة؟", /Bello/);
    // Every word here is reached across languages: the answer bar may offer it rather than state it.
    const ads = who(ransom, "من قال إن الكاميرات سجلت الإعلانات التجارية للوجبات السريعة في المتاجر الكبرى؟");
    expect(["answered", "suggested"]).toContain(ads.status);
    expect(ads.speaker).toMatch(/Lee/);
  });
});

describe("a title read through a phrase", () => {
  const related = (phrase: string, word: string) => new Set((speakerTerms(phrase).find((t) => t.word === word)?.related ?? []).map((r) => r.key));
  it("gives a word no one-word member of its own language that its neighbour says", () => {
    expect(related("the defense lawyers", "lawyers").has("defens")).toBe(false);
    expect(related("the defence team", "team").has("defens")).toBe(false);
  });
  it("gives every word the other language's one-word rendering of the whole phrase", () => {
    expect(related("football federation", "football").has("اتحاد")).toBe(true);
    expect(related("the State Department spokeswoman", "department").size).toBeGreaterThan(0);
  });
  it("does not name the seed's US defense officials for the defense lawyers", () => {
    const seed = createEngine(loadCorpus());
    for (const q of ["What did the defense lawyers say?", "What did the defence team argue?"]) {
      expect(who(seed, q).speaker, q).not.toMatch(/defense officials/);
    }
    expectSpeaker(seed, "What did defense officials say about the Russian system?", /defense officials/);
  });
});

describe("question forms", () => {
  it("reads 'which', 'when', 'where' and 'why' as opening a fact, not a speaker's name", () => {
    // The default lookup takes any phrase for a name: "which Sudanese" must not be tried as one.
    const q = parseQuestion("Which Sudanese states recorded the new cholera cases?");
    expect(q.intent).toBe("fact");
    expect(q.speakerPhrase).toBe("");
  });
  it("reads 'which researcher argued …' as asking who said it", () => {
    const q = parseQuestion("Which researcher argued that supermarkets should stop selling alcohol?", () => null);
    expect(q.intent).toBe("who_said");
    expect(q.topic).toBe("supermarkets should stop selling alcohol");
  });
  it("takes 'the total number of' as the number asked for", () => {
    const q = parseQuestion("What is the total number of cholera cases in Sudan according to the ministry?", (p) => (p === "ministry" ? "role" : null));
    expect(q.hint).toBe("number");
    expect(q.topic).not.toMatch(/total|number/);
  });
});

describe("the name table's family names of public figures", () => {
  it("spells them as the news agencies do, with and without the article", () => {
    expect(latinSpellings("خامنئي")[0]).toBe("Khamenei");
    expect(latinSpellings("المزروعي")).toEqual(expect.arrayContaining(["Al-Mazrouei", "Mazrouei"]));
    expect(latinSpellings("هنية")[0]).toBe("Haniyeh");
    expect(latinSpellings("فيدان")[0]).toBe("Fidan");
  });
});
