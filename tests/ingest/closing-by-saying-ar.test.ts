// "واختتم … بالقول: «…»": a verb of closing reports speech before بالقول (issue 11, set V), also with an adjunct of what
// the words are about set off by commas between them. Short invented articles.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) اختتم … بالقول: a closing verb before بالقول", () => {
  it("'واختتم بالقول: \"…\"': the minister named before", () => {
    const d = extract("ar", "قال الوزير سامي الحداد إن الإصلاح مستمر. واختتم بالقول: \"لن نتراجع عن الإصلاحات مهما كانت الضغوط\".");
    expect(speakerOf(d, "لن نتراجع عن الإصلاحات")?.nameAr).toBe("سامي الحداد");
  });

  it("'واختتم، عن الاجتماع القادم، بالقول: \"…\"': what it is about names nobody", () => {
    const d = extract("ar", "قال الوزير سامي الحداد إن الإصلاح مستمر. واختتم، عن الاجتماع القادم، بالقول: \"لست متفائلا ولا متشائما بنتائجه\".");
    expect(speakerOf(d, "لست متفائلا ولا متشائما")?.nameAr).toBe("سامي الحداد");
  });
});
