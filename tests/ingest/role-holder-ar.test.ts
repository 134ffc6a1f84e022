// A bare role as the speaker ("وقال رئيس الوزراء", "وقال الوزير") is the person the article named with that role
// (issue 11, set V): the holder must first be read where the article names them. Short invented articles.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(ar) ROLE ، NAME: a name set off by one comma, the verb's object right after it", () => {
  it("'دعا رئيس وزراء الحكومة …، سالم عبدي نور الأطراف … إلى الحوار' then 'وقال رئيس الوزراء …': both the named prime minister's", () => {
    const d = extract("ar",
      "دعا رئيس وزراء الحكومة الاتحادية الانتقالية ، سالم عبدي نور الأطراف المتنازعة في الإقليم إلى الحوار.",
      "وقال رئيس الوزراء في بيان، إنه يأسف لأعمال العنف التي وقعت في المدينة الشمالية.");
    expect(speakerOf(d, "الأطراف المتنازعة")?.nameAr).toBe("سالم عبدي نور");
    expect(speakerOf(d, "يأسف لأعمال العنف")?.nameAr).toBe("سالم عبدي نور");
  });
});

describe("(ar) 'رئيس وزراء X' is one office: its genitive is no name", () => {
  it("'قال رئيس وزراء الحكومة المؤقتة كمال عيسى بري إن …' then 'وأضاف رئيس الوزراء أن …'", () => {
    const d = extract("ar",
      "قال رئيس وزراء الحكومة المؤقتة كمال عيسى بري إن الانتخابات ستجري في موعدها.",
      "وأضاف رئيس الوزراء أن الحكومة لن تسمح بأي تأجيل.");
    expect(speakerOf(d, "الانتخابات ستجري")?.nameAr).toBe("كمال عيسى بري");
    expect(speakerOf(d, "لن تسمح بأي تأجيل")?.nameAr).toBe("كمال عيسى بري");
  });
});

describe("(ar) a name of descent and family set off by commas (X بن Y عبد الله آل Z) is the role's holder", () => {
  it("'صرح وزير الداخلية الكويتي، فهد بن عبد الله آل سالم، إن …' then 'وقال الوزير «…»'", () => {
    const d = extract("ar",
      "صرح وزير الداخلية الكويتي، فهد بن عبد الله آل سالم، إن الخطة الأمنية الجديدة \"تحمي المواطنين والمقيمين على حد سواء\".",
      "وقال الوزير \"نحن نعمل ليلا ونهارا من أجل أمن البلاد\".");
    expect(speakerOf(d, "الخطة الأمنية")?.nameAr).toBe("فهد بن عبد الله آل سالم");
    expect(speakerOf(d, "نعمل ليلا ونهارا")?.nameAr).toBe("فهد بن عبد الله آل سالم");
    // آل is a word of its own in Latin letters too, not the article run onto nothing ("Al- Salem").
    expect(speakerOf(d, "نعمل ليلا ونهارا")?.name).toMatch(/ Al Salem$/);
  });
});

describe("(ar) a bare role is linked only to a holder whose role fits it and to no other", () => {
  it("two people the role fits as well ('التقى وزير الخارجية X نظيره Y … وقال الوزير'): nobody is named", () => {
    const d = extract("ar",
      "التقى وزير الخارجية الليبي سامي الحداد نظيره التونسي خالد العمري في العاصمة أمس.",
      "وقال الوزير إن المحادثات تناولت ملف الحدود المشتركة بين البلدين.");
    expect(speakerOf(d, "ملف الحدود")?.nameAr ?? null).toBeNull();
  });

  it("the minister who spoke before stays the one ('وأضاف الوزير' after his own statement and the meeting)", () => {
    const d = extract("ar",
      "قال وزير الخارجية الليبي سامي الحداد إن بلاده تريد علاقات متوازنة مع جيرانها.",
      "والتقى الحداد نظيره التونسي خالد العمري في العاصمة أمس.",
      "وأضاف الوزير أن المحادثات تناولت ملف الحدود المشتركة بين البلدين.");
    expect(speakerOf(d, "ملف الحدود")?.nameAr).toBe("سامي الحداد");
  });

  it("a former holder is no 'الوزير' of the story: 'وزير الصحة السابق X' … 'وقال الوزير' is the minister in office", () => {
    const d = extract("ar",
      "استقبل وزير الصحة سامي الحداد وفدا من منظمة الصحة العالمية أمس.",
      "وكان وزير الصحة السابق خالد العمري قد أطلق البرنامج قبل عامين.",
      "وقال الوزير إن البرنامج سيشمل جميع المحافظات.");
    expect(speakerOf(d, "جميع المحافظات")?.nameAr).toBe("سامي الحداد");
  });

  it("a place the role names must be the holder's: 'رئيس الوزراء الإثيوبي' is not the Somali prime minister, 'الصومالي' is", () => {
    const d = extract("ar",
      "قال رئيس وزراء الحكومة الاتحادية الصومالية سالم عبدي نور إن الحوار هو الطريق الوحيد.",
      "وقال رئيس الوزراء الإثيوبي إن بلاده تدعم الحوار بين الأطراف.",
      "وأضاف رئيس الوزراء الصومالي أن حكومته مستعدة للتفاوض.");
    expect(speakerOf(d, "بلاده تدعم الحوار")?.nameAr).not.toBe("سالم عبدي نور");
    expect(speakerOf(d, "حكومته مستعدة")?.nameAr).toBe("سالم عبدي نور");
  });
});
