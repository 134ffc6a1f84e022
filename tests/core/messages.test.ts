import { describe, expect, it } from "vitest";
import { CATALOGUE, bilingual, interfaceLanguage, t } from "../../src/messages/index.js";

describe("interface language", () => {
  it("is Arabic for Arabic script and for Arabizi, English for English", () => {
    expect(interfaceLanguage("من قال إن داعش ما زال خطرًا؟")).toBe("ar");
    expect(interfaceLanguage("شو قال ترامب")).toBe("ar");
    expect(interfaceLanguage("meen 2al en el 7arb khelset")).toBe("ar");
    expect(interfaceLanguage("shu 2al trump 3an turkiya?")).toBe("ar");
    expect(interfaceLanguage("wesh gal sales 3an el mgatleen el ajanib?")).toBe("ar");
    expect(interfaceLanguage("Who said the ISIS brand still exists?")).toBe("en");
    expect(interfaceLanguage("what did the US say about the S-400 and the F-35 in 2019?")).toBe("en");
    expect(interfaceLanguage("what did erdogan say abt the kurds lol")).toBe("en");
    expect(interfaceLanguage("")).toBe("en");
    expect(interfaceLanguage(null)).toBe("en");
  });

  it("scans a bounded prefix of any input", () => {
    expect(interfaceLanguage("a ".repeat(1_000_000))).toBe("en");
  });
});

describe("the message catalogue", () => {
  it("has every message in both languages, with the same arguments", () => {
    for (const [key, entry] of Object.entries(CATALOGUE)) {
      expect(typeof entry.en, key).toBe(typeof entry.ar);
      if (typeof entry.en === "function") expect(entry.en.length, key).toBe((entry.ar as () => string).length);
      const sample = (e: unknown) => (typeof e === "function" ? (e as (...a: unknown[]) => string)("high", 2, 3) : (e as string));
      expect(sample(entry.en).length, key).toBeGreaterThan(0);
      expect(sample(entry.ar), key).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("counts in Arabic with the forms for one, two, a few and many", () => {
    expect(t("en", "speakersQuoted", 9)).toBe("9 speakers quoted");
    expect(t("en", "quoteCount", 1)).toBe("1 quote");
    expect(t("ar", "speakerCount", 1)).toBe("متحدث واحد");
    expect(t("ar", "speakerCount", 2)).toBe("متحدثان");
    expect(t("ar", "speakerCount", 9)).toBe("9 متحدثين");
    expect(t("ar", "speakerCount", 12)).toBe("12 متحدثًا");
  });

  it("gives both languages at once for what is read before any question", () => {
    expect(bilingual("helpSpeakers")).toBe(`${t("ar", "helpSpeakers")} · ${t("en", "helpSpeakers")}`);
  });
});
