// Fifth round of general news-writing patterns (found on the fifth blind set), each on a short invented
// article whose wording is unlike the fixtures. Precision first: time words and bare titles are never
// speakers, Arabic name particles never end a name, and chained appositions keep the person named first.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(en) time words, chained appositions and named bodies", () => {
  it("never takes a month or a weekday before an aside for the speaker; leaves the statement out", () => {
    const d = extract("en",
      "The pilot of a cargo plane that skidded off the runway at Dunmere last March, injuring two crew members, told investigators on Tuesday that he had flagged worn brakes.");
    expect(d.speakers.map((s) => s.name)).not.toContain("March");
    expect(speakerOf(d, "flagged worn brakes")).toBeUndefined();
  });

  it("reads '<statement>, the utility X said Thursday.' with a day word after the verb", () => {
    const d = extract("en",
      "Tap water in the eastern districts will be safe to drink again by the weekend, the utility Tarrow Hydro said Thursday.");
    expect(speakerOf(d, "safe to drink again")?.name).toBe("Tarrow Hydro");
  });

  it("gives 'Name, a role, which …, said' and the next 'she added' to the person, not the role phrase", () => {
    const d = extract("en",
      "Marta L. Quince, an adviser to the Regional Transit Authority, which runs the city's buses and ferries, said fares would rise by ten cents in June.",
      "“Nobody likes paying more,” she added. “But the alternative is cutting night routes.”");
    expect(speakerOf(d, "fares would rise")?.name).toBe("Marta L. Quince");
    expect(speakerOf(d, "cutting night routes")?.name).toBe("Marta L. Quince");
    expect(d.speakers.map((s) => s.name.toLowerCase())).not.toContain("adviser to the regional transit authority");
  });

  it("reads 'testified' and 'Title Name of the <body>, whose …,' as a person, and his next quote as his", () => {
    const d = extract("en",
      "Judge Alma Brightwater opened the hearing shortly after nine.",
      "Chief Engineer Paul Varga of the Coastal Works Authority, whose budget was cut last year, testified that the seawall had not been inspected since 2019.",
      "“We simply ran out of people,” he said.");
    expect(speakerOf(d, "seawall had not been inspected")?.name).toBe("Paul Varga");
    expect(speakerOf(d, "ran out of people")?.name).toBe("Paul Varga");
  });
});

describe("(ar) name particles and bare titles", () => {
  it("takes the word a particle governs even when it looks like a verb (بن طالب), never ending a name on بن", () => {
    const d = extract("ar",
      "ونقلت إذاعة محلية عن محافظ الإقليم حسن بن طالب قوله إن \"الطرق الجبلية ستبقى مغلقة حتى إشعار آخر\".");
    expect(speakerOf(d, "الطرق الجبلية")?.nameAr).toBe("حسن بن طالب");
  });

  it("keeps آل with the family word: a full name after a role and a later آل-surname alone", () => {
    const d = extract("ar",
      "وأكدت رئيسة جمعية أطباء الأسنان منى آل سعدون أن العيادات \"ستعمل بنصف طاقتها\" خلال العطلة.",
      "وقالت آل سعدون: «لا نملك ما يكفي من المخدر الموضعي».");
    expect(speakerOf(d, "بنصف طاقتها")?.nameAr).toBe("منى آل سعدون");
    expect(speakerOf(d, "المخدر الموضعي")?.nameAr).toBe("منى آل سعدون");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("سعدون");
  });

  it("leaves out a one-word title that no person in the article was introduced with", () => {
    const d = extract("ar", "وقال المدير إن الورشة \"ستفتح أبوابها يوم الأحد\".");
    expect(speakerOf(d, "ستفتح أبوابها")).toBeUndefined();
  });

  it("reads a full name opening on a ة-final first name when a role apposition follows it («…»، قالت X، مديرة …،)", () => {
    const d = extract("ar",
      "«الطريق الساحلي ما زال مغلقاً أمام الشاحنات»، قالت سميرة بن سليمان، مديرة الدفاع المدني، في اتصال هاتفي.");
    expect(speakerOf(d, "الطريق الساحلي")?.nameAr).toBe("سميرة بن سليمان");
  });
});
