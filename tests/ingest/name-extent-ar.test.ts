// Name extent from data (issue 11): where an Arabic person's name ends is told by word lists built from the vocabulary
// of many articles (data/common-words-ar.json, scripts/build-nouns-ar.ts) and the name table, not by a rule per word.
// Each case is a short invented article.
import { describe, expect, it } from "vitest";
import { endsNoName } from "../../src/ingest/ar/names.js";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) name extent", () => {
  it("'ونشر المحامي X بن Y تدوينة …': an occasion of speech after the name is its object, never the name's end", () => {
    const d = extract("ar",
      "قضت المحكمة بسجن الصحفي مراد العلوي ستة أشهر.",
      "ونشر المحامي رامي بن سالم تدوينة أكد فيها الحكم، قائلا: «الحكم قاس ولا يستند إلى أي دليل واضح».");
    expect(speakerOf(d, "الحكم قاس")?.nameAr).toBe("رامي بن سالم");
  });

  it("'قال محمد حمودة المتحدث …': a ة-final family name after a known given name belongs to the name", () => {
    const d = extract("ar", "قال محمد شحادة المتحدث باسم البلدية: إن أعمال الصيانة ستنتهي قبل نهاية الشهر.");
    expect(speakerOf(d, "أعمال الصيانة ستنتهي")?.nameAr).toBe("محمد شحادة");
  });

  it("a frequent word of the news (مساء، تصريحات) never ends a name; a given name the table knows does", () => {
    expect(endsNoName("مساء")).toBe(true);
    expect(endsNoName("تصريحات")).toBe(true);
    expect(endsNoName("تدوينه")).toBe(true);
    expect(endsNoName("محمد")).toBe(false);
    expect(endsNoName("غازي")).toBe(false);
  });
});
