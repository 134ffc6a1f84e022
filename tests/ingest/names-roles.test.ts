// Names and roles across the scripts: the name table before letter-by-letter spelling, variants as
// aliases, a phonetic key for English questions, English roles from the role lexicon, unnamed sources
// described rather than spelled, and answers that say when no English rendering exists yet.
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatItem } from "../../adapters/cli/format.js";
import { DEFAULT_CORPUS_DIR, MESSAGES, createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { ingestFile } from "../../src/ingest/ingest.js";
import { englishRole } from "../../src/ingest/roles.js";
import { transliterate, transliterationVariants } from "../../src/ingest/transliterate.js";
import { nameSpellings, phoneticKey, spellArabic } from "../../src/normalize/names.js";
import { tempDir } from "./helpers.js";

describe("the name table", () => {
  it("spells known names the usual way, before any letter-by-letter rule", () => {
    expect(transliterate("نواف سلام")).toBe("Nawaf Salam");
    expect(transliterate("سامح الدسوقي")).toBe("Sameh Al-Desouky");
    expect(transliterate("علي العمير")).toBe("Ali Al-Omair");
    expect(nameSpellings("العمير")).toEqual(expect.arrayContaining(["Al-Omair", "El-Omair", "Omair", "Omeir"]));
  });

  it("keeps every common variant as an alias, bin/ben names glued too", () => {
    expect(transliterationVariants("علي العمير")).toEqual(expect.arrayContaining(["Omair", "Omeir", "Al-Omair", "Ali Al-Omeir"]));
    expect(transliterationVariants("سامح الدسوقي")).toEqual(expect.arrayContaining(["El-Desouky", "Sameh El-Desouky"]));
    expect(transliterationVariants("عبد المجيد بن بوزيد")).toEqual(expect.arrayContaining(["Benbouzid"].map((b) => expect.stringContaining(b))));
  });

  it("folds the spellings of one name to one phonetic key", () => {
    for (const [a, b] of [["Omair", "Omeir"], ["Umair", "Omair"], ["Desouky", "Dsouqi"], ["Nawaf", "Nouaf"], ["Salam", "Slam"], ["Sameh", "Samh"], ["Clinton", spellArabic("كلينتون")], ["Biden", spellArabic("بايدن")]]) {
      expect(phoneticKey(a), `${a} / ${b}`).toBe(phoneticKey(b));
    }
    expect(phoneticKey("Omair")).not.toBe(phoneticKey("Amir"));
  });
});

describe("the role lexicon", () => {
  it.each([
    ["وزير المالية المصري", "Egyptian finance minister"],
    ["محافظ البنك المركزي", "central bank governor"],
    ["المتحدث باسم الحكومة", "spokesperson for government"],
    ["وزارة التنمية الاجتماعية", "Ministry of Social Development"],
    ["مصادر مصرفية", "banking sources"],
    ["مسؤول كويتي", "Kuwaiti official"],
    ["الناطق الإعلامي باسم مديرية الأمن العام", "Public Security Directorate media spokesperson"],
    ["جهاز أمن الدولة", "State Security service"],
  ])("%s → %s", (ar, en) => expect(englishRole(ar)).toBe(en));

  it("names a sports body for its sport", () => {
    for (const ar of ["رئيس الاتحاد السوداني لكرة القدم", "رئيس الاتحادية الموريتانية لكرة القدم"]) {
      expect(englishRole(ar)?.split(" "), ar).toEqual(expect.arrayContaining(["football", "federation", "president"]));
    }
  });

  it("leaves out a word it does not know rather than spelling a common noun as a name", () => {
    expect(englishRole("مصادر مصرفية مطلعة")).toBe("informed banking sources");
    expect(englishRole("كلمة غامضة")).toBeNull();
  });
});

describe("an ingested Arabic article, asked in English (and an English name asked in Arabic)", () => {
  let dir: string;
  let engine: Engine;
  beforeAll(() => {
    dir = tempDir();
    const corpus = join(dir, "corpus");
    cpSync(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    const article = join(dir, "ar-budget.txt");
    writeFileSync(article, [
      "الكويت تناقش موازنة العام المقبل",
      "قال وزير المالية الكويتي علي العمير إن الحكومة ستخفض الإنفاق على الدعم بنسبة عشرة في المئة خلال العام المقبل.",
      "وأكد نواف سلام أن المحكمة ستنظر في القضية الشهر المقبل.",
      "وقالت مصادر مصرفية إن البنوك رفعت أسعار الفائدة مرتين هذا العام.",
    ].join("\n"));
    ingestFile(article, { corpusDir: corpus });
    engine = createEngine(loadCorpus(corpus));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const speakerOf = (q: string) => engine.ask(q).answers[0]?.speaker?.name;

  it("finds a speaker by the usual spelling and its variants", () => {
    for (const q of ["What did Omair say?", "what did Omeir say?", "What did Al-Omair say?", "what did Ali Al-Umair say?"]) {
      expect(speakerOf(q), q).toBe("Ali Al-Omair");
    }
    expect(speakerOf("What did Nawaf Salam say?")).toBe("Nawaf Salam");
    expect(speakerOf("what did Nouaf Slam say")).toBe("Nawaf Salam");
  });

  it("reaches a speaker by the English of the role", () => {
    expect(speakerOf("What did the Kuwaiti finance minister say?")).toBe("Ali Al-Omair");
    expect(engine.speakers().find((s) => s.name === "Ali Al-Omair")?.role).toBe("Kuwaiti finance minister");
  });

  it("describes unnamed sources in English", () => {
    expect(engine.speakers().map((s) => s.name.toLowerCase())).toContain("banking sources");
  });

  it("says when an answer has no English rendering yet, and shows the Arabic text", () => {
    const item = engine.ask("What did Omair say?").answers[0];
    expect(item).toMatchObject({ draft: true, textEn: null, englishMissing: true });
    expect(formatItem(item)).toContain(MESSAGES.noEnglishRendering);
    expect(formatItem(item)).toContain(item.text);
    const curated = engine.ask("What did Sales say?").answers[0];
    expect(curated.englishMissing).toBe(false);
  });

  it("matches English names written in Arabic letters, and still abstains on names nobody quoted", () => {
    const seed = createEngine(loadCorpus());
    expect(seed.ask("ماذا قال دونالد ترمب؟").answers[0]?.speaker?.id).toBe("trump");
    expect(seed.ask("ماذا قال أوباما؟").status).toBe("no_match");
    expect(seed.ask("ماذا قال كلينتون؟").status).toBe("no_match");
  });
});
