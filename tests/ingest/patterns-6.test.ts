// Sixth round of general news-writing patterns (found on the sixth blind set), each on a short invented
// article whose wording is unlike the fixtures: group and document sources, titles that corefer by the word
// they were introduced with, a pronoun after a sentence opening on a definite title, and (ar) participles,
// kin words and fronted titles that keep the speaker the sentence opened with.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(en) coreference by title", () => {
  it("'the festival director' goes to the person introduced as director, not to a later 'who heads …'", () => {
    const d = extract("en",
      "A seaside music festival will double in size next year.",
      "“Tickets sold out in four hours,” festival director Oskar Lindgren told reporters on Sunday.",
      "Prof. Hana Mirza, who heads the safety board of the Harbour Trust, said the pier could hold 3,000 people.",
      "The festival director said a second stage would open on the beach next summer.");
    expect(speakerOf(d, "second stage would open")?.name).toBe("Oskar Lindgren");
  });

  it("'told reporters at a news conference on Monday.' after a quote adds no statement of its own", () => {
    const d = extract("en",
      "A ferry line will cut its winter timetable.",
      "“We lost money on every night crossing,” operations manager Rui Santos told reporters at a briefing on Monday.");
    expect(d.quotes.map((q) => q.text)).toEqual(["We lost money on every night crossing"]);
  });

  it("a she-quote after 'The governor, who …, was …' goes to the governor, not to the person named last", () => {
    const d = extract("en",
      "“We will rebuild every school,” said Governor Adaeze Okonjo, who was elected in March.",
      "Col. Peter Brandt, commander of the engineering corps, said 40 bridges had been inspected.",
      "The governor, who toured the valley by boat, was blunt about the budget. “We begged for levees a decade ago,” she said.");
    expect(speakerOf(d, "begged for levees")?.name).toBe("Adaeze Okonjo");
  });
});

describe("(en) group and document sources", () => {
  it("a quantifier, a modifier and an agent noun with a 'who' clause and an aside is the group", () => {
    const d = extract("en",
      "Several veteran cyclists who rode in the tour, speaking on condition of anonymity because they feared losing contracts, said team doctors had skipped checks.");
    const s = speakerOf(d, "team doctors had skipped checks");
    expect(s?.kind).toBe("group");
    expect(s?.name).toMatch(/cyclists/i);
  });

  it("two people nouns joined by 'and' with a participle phrase are the group", () => {
    const d = extract("en",
      "Farmers and market traders assembled outside the county hall on Friday said the levy would close small stalls.");
    const s = speakerOf(d, "levy would close small stalls");
    expect(s?.kind).toBe("group");
    expect(s?.name).toMatch(/Farmers and market traders/);
  });

  it("'Industry sources familiar with …' opening the sentence is a group", () => {
    const d = extract("en", "Banking sources familiar with the talks said the merger would be announced in June.");
    expect(speakerOf(d, "merger would be announced")?.kind).toBe("group");
  });

  it("'According to a report by the <office> released in …,' names the office as the source", () => {
    const d = extract("en",
      "According to a report by the state comptroller released in January, the tunnel's cost has doubled since 2020.");
    expect(speakerOf(d, "tunnel's cost has doubled")?.name.toLowerCase()).toBe("state comptroller");
  });

  it("'…, according to <country>'s <kind of body> <NAME>.' names the body", () => {
    const d = extract("en",
      "Rivers rose two metres overnight after a week of storms, according to Portugal's national water institute INAG.");
    expect(speakerOf(d, "Rivers rose two metres")?.name).toBe("INAG");
  });

  it("a plural noun that is no person ('documents') does not open a group source", () => {
    const d = extract("en", "Several documents seen by the paper said the plant had leaked twice.");
    expect(speakerOf(d, "plant had leaked twice")?.kind).not.toBe("group");
  });
});

describe("(ar) participles, kin words, fronted titles and groups", () => {
  it("a participle with an adjunct before أنها keeps the full name the sentence opened with", () => {
    const d = extract("ar",
      "وفي خطوة مفاجئة، أعلنت الروائية سعاد المرزوقي، عضوة مجلس الأمناء، انسحابها من الجائزة، مؤكدة في منشور على حسابها أنها \"لن تشارك في لجنة لا تحترم استقلالها\".",
      "وأضافت أن بقية الأعضاء \"لم يطلعوا على القرار\".");
    expect(speakerOf(d, "لن تشارك في لجنة")?.nameAr).toBe("سعاد المرزوقي");
    expect(speakerOf(d, "لم يطلعوا على القرار")?.nameAr).toBe("سعاد المرزوقي");
  });

  it("'نفى X <object>، قائلاً لـ<audience>: «…' gives the quote to X (a بن surname alone)", () => {
    const d = extract("ar",
      "وقال رئيس النادي كمال بن حسين إن المدرب \"باق حتى نهاية الموسم\".",
      "وقال المحلل الرياضي سامي الجريدي إن الفريق يحتاج إلى صفقات جديدة.",
      "وفي رد سريع، نفى بن حسين هذه الأنباء، قائلاً لصحيفة رياضية: «لم نتفاوض مع أي مدرب آخر».");
    expect(speakerOf(d, "لم نتفاوض مع أي مدرب")?.nameAr).toBe("كمال بن حسين");
  });

  it("«…»، قالت <title>، «…» and 'لكن <title> أعلنت …، وقالت …' go to the person introduced with the title", () => {
    const d = extract("ar",
      "أثار قرار منع مسرحية «الجدار» للمخرجة هند الزياني جدلاً واسعاً في الأوساط الفنية.",
      "«لم يشاهد أحد العرض كاملاً»، قالت المخرجة، «ومع ذلك صدر القرار في ساعة».",
      "وقالت الكاتبة منى الساحلي إن القرار \"سابقة خطيرة\".",
      "لكن المخرجة أعلنت تمسكها بالعرض، وقالت في حديث إذاعي إنها \"ستقدم المسرحية في الهواء الطلق\".");
    expect(speakerOf(d, "لم يشاهد أحد العرض")?.nameAr).toBe("هند الزياني");
    expect(speakerOf(d, "ستقدم المسرحية في الهواء")?.nameAr).toBe("هند الزياني");
  });

  it("a kin word with its pronoun, then the name set off by commas, is the speaker", () => {
    const d = extract("ar",
      "وقالت شقيقته، سميرة الورفلي، وهي تحمل صورته: \"ننتظر عودته منذ عامين\".");
    expect(speakerOf(d, "ننتظر عودته منذ عامين")?.nameAr).toBe("سميرة الورفلي");
  });

  it("'ويرى نقاد <plural verb> …' is a group and its verb is no reporting verb; 'بأن أحد X هدد …' stays whole", () => {
    const d = extract("ar",
      "ويرى نقاد حضروا العرض أن المسرحية تفتقر إلى خاتمة مقنعة.",
      "وأفادت مصادر مطلعة من داخل النادي بأن أحد المستثمرين هدد بالانسحاب إذا لم يتغير المدرب.");
    expect(speakerOf(d, "تفتقر إلى خاتمة")?.kind).toBe("group");
    expect(speakerOf(d, "هدد بالانسحاب")?.nameAr).toBe("مصادر مطلعة");
    expect(d.speakers.some((s) => s.kind === "person")).toBe(false);
  });

  it("a verb after 'وأن <subject>' belongs to the content: no speaker is made of وأن", () => {
    const d = extract("ar",
      "وأوضح المتحدث باسم الشركة عادل الرميثي أن الخلل تقني، وأن المهندسين طالبوا بتحديث الأنظمة.");
    expect(d.speakers.map((s) => s.nameAr)).toEqual(["عادل الرميثي"]);
  });

  it("'بحسب تقرير <adjective> أعدته شركة «X» …، فإن …' names the company", () => {
    const d = extract("ar",
      "وبحسب تقرير سنوي أعدته شركة «مدار» للاستشارات، فإن أسعار الإيجارات ارتفعت بنسبة 12 في المئة.");
    expect(speakerOf(d, "أسعار الإيجارات ارتفعت")?.nameAr).toContain("مدار");
  });

  it("a joined definite word of the role ('والري') is not part of the full name", () => {
    const d = extract("ar",
      "وقال وزير الزراعة والصيد عبد الحميد الكبير إن الموسم \"واعد\".",
      "«سنصدر ضعف الكمية»، يقول الكبير.");
    expect(d.speakers.map((s) => s.nameAr)).toEqual(["عبد الحميد الكبير"]);
  });
});
