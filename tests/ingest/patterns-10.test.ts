// Tenth round of general news-writing patterns (found on the tenth blind set), each on a short invented
// article whose wording is unlike the fixtures.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

describe("(en) Arabic and South Asian names with lowercase particles", () => {
  it("'“…,” Finance Minister Salim bin Nasser al-Harthy said at …' and a later '“…,” al-Harthy said' are the same person", () => {
    const d = extract("en",
      "Kuwait's parliament approved the new budget on Monday.",
      "\"The deficit is shrinking faster than anyone expected,\" Finance Minister Salim bin Nasser al-Harthy said at a news conference, flanked by his deputies.",
      "\"We will not raise taxes this year,\" al-Harthy said.");
    expect(speakerOf(d, "shrinking faster")?.name).toBe("Salim bin Nasser al-Harthy");
    expect(speakerOf(d, "raise taxes")?.name).toBe("Salim bin Nasser al-Harthy");
  });

  it("'the chief engineer, Dr Imran ul Hassan, said …' then '“…,” he said' is the man with 'ul' in his name, not an earlier speaker", () => {
    const d = extract("en",
      "A dam on the Swat river showed new cracks after the floods.",
      "\"We warned about this in March,\" said Farah Jamil, who leads a residents' group.",
      "At the dam site, the chief engineer, Dr Imran ul Hassan, said the cracks were on the surface only.",
      "\"The core of the dam is sound,\" he said.");
    expect(speakerOf(d, "cracks were on the surface")?.name).toBe("Imran ul Hassan");
    expect(speakerOf(d, "core of the dam")?.name).toBe("Imran ul Hassan");
  });
});

describe("(en) unnamed sources and owners that are not speakers", () => {
  it("'A senior official in Sindh's water ministry, speaking on condition of anonymity, said …' is the official, never 'Sindh's'", () => {
    const d = extract("en",
      "The canal project is behind schedule.",
      "A senior official in Sindh's water ministry, speaking on condition of anonymity because he was not allowed to brief reporters, said the contractor had not been paid since June.");
    expect(d.speakers.map((s) => s.name)).not.toContain("Sindh's");
    expect(speakerOf(d, "not been paid")?.name).toMatch(/official in Sindh's water ministry/);
  });

  it("'A person close to the club, who asked not to be named, said …' and 'Staff at the depot, who …, said …' are unnamed sources", () => {
    const d = extract("en",
      "The striker has not trained for a week.",
      "A person close to the club, who asked not to be named because the talks are private, said the player wanted a move abroad.",
      "Staff at the training ground, who requested anonymity, said he had cleared out his locker on Friday.");
    expect(speakerOf(d, "move abroad")?.name).toMatch(/^Person close to the club/);
    expect(speakerOf(d, "cleared out his locker")?.name).toBe("Staff at the training ground");
  });

  it("'X said his members feared that …': 'his members' is nobody's name; the quote stays with X", () => {
    const d = extract("en",
      "The port authority plans to dredge the harbour.",
      "Youssef Benali, who chairs the boat owners' cooperative, said his members feared that the dredging would ruin the oyster beds.");
    expect(d.speakers.map((s) => s.name)).not.toContain("Members");
    expect(speakerOf(d, "ruin the oyster beds")?.name).toBe("Youssef Benali");
  });
});

describe("(en) titles and appositions that refer to the speaker", () => {
  it("'“…,” the judge said' goes to the person introduced as 'Justice X'; 'Justice Minister Y' is no judge", () => {
    const d = extract("en",
      "A court in Nairobi suspended the new housing levy.",
      "Justice Miriam Otieno-Kamau of the High Court said the levy had been passed \"without a shred of public consultation.\"",
      "Justice Minister Paul Ndegwa said the government would appeal.",
      "\"Parliament cannot skip the people it taxes,\" the judge said from the bench. \"That is the law of this country.\"");
    expect(speakerOf(d, "skip the people")?.name).toBe("Miriam Otieno-Kamau");
    expect(speakerOf(d, "law of this country")?.name).toBe("Miriam Otieno-Kamau");
  });

  it("'Her club, Valdora, said …': a kind of body then its one-word name set off by commas is that body", () => {
    const d = extract("en",
      "The sprinter was banned for two years.",
      "Her club, Valdora-Atletica, said it would stand by her and that it \"trusts the appeal process completely.\"");
    const s = speakerOf(d, "trusts the appeal process");
    expect(s?.name).toBe("Valdora-Atletica");
    expect(s?.kind).toBe("organization");
  });

  it("'X, chief executive of Y, the Danish firm leading the bid, described … as “…”': the second apposition describes the body, X speaks", () => {
    const d = extract("en",
      "Chile picked a consortium to build a lithium refinery.",
      "Sofie Kragh, chief executive of Baltrix, the Danish firm leading the bid with a Korean partner, described the Atacama site as \"the best place on earth for clean lithium.\"");
    expect(speakerOf(d, "best place on earth")?.name).toBe("Sofie Kragh");
  });
});

describe("(ar) openers, first names with the article, bodies and 'speak of'", () => {
  it("'غير أن مصادر نقابية أشارت إلى أن …': after غير أن the verb is the sentence's own, not the content's", () => {
    const d = extract("ar",
      "أعلنت وزارة النقل زيادة أسعار تذاكر القطارات.",
      "غير أن مصادر نقابية أشارت إلى أن الزيادة لن تمر دون احتجاج، وأن السائقين «قد يضربون الأسبوع المقبل».");
    expect(speakerOf(d, "قد يضربون")?.nameAr).toBe("مصادر نقابية");
  });

  it("'وأكد وزير التجارة، الهادي الزغلامي، …': a first name written with the article opens the name; 'وأوضح الوزير' is him", () => {
    const d = extract("ar",
      "ارتفعت أسعار الحليب في الأسواق.",
      "وأكد وزير التجارة، الهادي الزغلامي، خلال جولة في أسواق العاصمة، أن الوزارة «لن تسمح بالاحتكار».",
      "وأوضح الوزير أن فرق المراقبة حررت مئات المخالفات «خلال أسبوع واحد».");
    expect(speakerOf(d, "لن تسمح بالاحتكار")?.nameAr).toBe("الهادي الزغلامي");
    expect(speakerOf(d, "خلال أسبوع واحد")?.nameAr).toBe("الهادي الزغلامي");
  });

  it("a woman whose role shares a word with an unnamed minister's is not that minister", () => {
    const d = extract("ar",
      "تراجعت أسعار القمح.",
      "وقال وزير الزراعة والصيد البحري إن الحكومة «ستشتري المحصول كله».",
      "من جهتها، حذرت عضو نقابة الزراعة، سلوى الهمامي، من أن «الفلاحين يبيعون بخسارة».");
    expect(speakerOf(d, "ستشتري المحصول")?.nameAr).not.toBe("سلوى الهمامي");
    expect(speakerOf(d, "يبيعون بخسارة")?.nameAr).toBe("سلوى الهمامي");
  });

  it("'أفاد الديوان الوطني للحبوب بأن …' is the office; 'وتتحدث مصادر مطلعة عن …' reports what the sources speak of", () => {
    const d = extract("ar",
      "بدأ موسم الحصاد في الشمال.",
      "وأفاد الديوان الوطني للحبوب في بلاغ بأن الكميات المجمعة بلغت مليون قنطار.",
      "وتتحدث مصادر مطلعة عن مشروع قانون جديد لتنظيم أسعار البذور.");
    expect(speakerOf(d, "الكميات المجمعة")?.nameAr).toBe("الديوان الوطني للحبوب");
    expect(speakerOf(d, "مشروع قانون جديد")?.nameAr).toBe("مصادر مطلعة");
  });
});

describe("(ar) honorifics, writing 'that', comparatives and participles after a group", () => {
  it("'ويقول الحاج X، صاحب …، إن …': الحاج is an honorific before the name", () => {
    const d = extract("ar",
      "افتتحت البلدية سوقاً جديدة للسمك.",
      "ويقول الحاج عبد الرزاق المناعي، بائع سمك منذ ثلاثين عاماً، إن الزبائن «سيعودون إذا بقيت الأسعار معقولة».");
    expect(speakerOf(d, "سيعودون")?.nameAr).toBe("عبد الرزاق المناعي");
  });

  it("'وكتبت X في تدوينة على فيسبوك أن «…»': a writing verb reports a أن clause too", () => {
    const d = extract("ar",
      "أثار قرار هدم السوق القديمة جدلاً واسعاً.",
      "وكتبت المهندسة رحاب الكيلاني في تدوينة على فيسبوك أن «الهدم يمحو ذاكرة المدينة».");
    expect(speakerOf(d, "ذاكرة المدينة")?.nameAr).toBe("رحاب الكيلاني");
  });

  it("'ذهبت X أبعد من ذلك، قائلة: «…»': an elative before من (أبعد) is no part of her name", () => {
    const d = extract("ar",
      "انتقدت الباحثة سلمى القاسمي خطة النقل الجديدة.",
      "وفي حديث إذاعي، ذهبت القاسمي أبعد من ذلك، قائلة: \"الخطة كتبت لمدينة أخرى\".");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("القاسمي أبعد");
    expect(speakerOf(d, "لمدينة أخرى")?.nameAr).toBe("سلمى القاسمي");
  });

  it("'نفت مصادر في الوزارة هذه الأنباء، مؤكدة أن …': the participle goes to the sources that open the sentence, not an earlier woman", () => {
    const d = extract("ar",
      "قالت النائبة هدى الشريف إن المستشفى «بلا أدوية منذ شهر».",
      "في المقابل، نفت مصادر في وزارة الصحة هذه الأنباء، مؤكدة أن «المخزون يكفي حتى نهاية العام».");
    expect(speakerOf(d, "المخزون يكفي")?.nameAr).toMatch(/^مصادر/);
  });

  it("'وأعلنت الشركة الوطنية للمياه زيادة الأسعار، مؤكدة أن …': the body ends before its object", () => {
    const d = extract("ar",
      "ارتفعت فواتير الماء.",
      "وأعلنت الشركة الوطنية للمياه زيادة التعريفة، مؤكدة أن «الزيادة لا تشمل الأسر الفقيرة».");
    expect(speakerOf(d, "الأسر الفقيرة")?.nameAr).toBe("الشركة الوطنية للمياه");
  });
});

describe("(ar) relays, data of a body, documents and ة-final family names", () => {
  it("'نقلت وكالة … عن المتحدث باسم الهيئة العامة للطيران المدني، المقدم X، قوله إن …': a long role and name before قوله", () => {
    const d = extract("ar",
      "ألغيت رحلات عدة بسبب العاصفة.",
      "ونقلت وكالة الأنباء الرسمية عن المتحدث الرسمي باسم الهيئة العامة للطيران المدني، المقدم فيصل بن حمد العتيبي، قوله إن المطار «سيعمل بطاقته الكاملة صباح الغد».");
    expect(speakerOf(d, "بطاقته الكاملة")?.nameAr).toBe("فيصل بن حمد العتيبي");
  });

  it("'ووفقاً لبيانات المركز الوطني للأرصاد، فإن …': figures of a named body have that body as their source; 'بحسب أرقام رسمية' has none", () => {
    const d = extract("ar",
      "شهدت البلاد صيفاً حاراً.",
      "ووفقاً لبيانات المركز الوطني للأرصاد، فإن درجات الحرارة تجاوزت المعدل بثلاث درجات.",
      "وبحسب أرقام رسمية، تضاعف استهلاك الكهرباء في أغسطس.");
    expect(speakerOf(d, "تجاوزت المعدل")?.nameAr).toBe("المركز الوطني للأرصاد");
    expect(speakerOf(d, "استهلاك الكهرباء")).toBeUndefined();
  });

  it("'وأصدرت شركة X، المشغلة للميناء، بياناً قالت فيه إن …': the issuer of the statement says it", () => {
    const d = extract("ar",
      "توقف العمل في الميناء يومين.",
      "وأصدرت شركة البحر الأحمر للموانئ، المشغلة للرصيف الجديد، بياناً قالت فيه إن التوقف «كان لأسباب فنية بحتة».");
    expect(speakerOf(d, "لأسباب فنية")?.nameAr).toBe("شركة البحر الأحمر للموانئ");
  });

  it("'وقال فلاتة في تصريح …' after 'الدكتور سامي عمر فلاتة': a ة-final family name alone is the person the article named", () => {
    const d = extract("ar",
      "تراجعت أعداد الطيور المهاجرة.",
      "ونبه أستاذ علم البيئة، الدكتور سامي عمر فلاتة، إلى أن الأرقام «مقلقة».",
      "وقال فلاتة في تصريح لـ«اليوم»: \"فقدنا نصف الأعشاش في عشر سنوات\".");
    expect(speakerOf(d, "نصف الأعشاش")?.nameAr).toMatch(/عمر فلاتة$/);
  });
});

describe("(found on set 9) anonymity asides, middle names, ة-final surnames and unnamed groups", () => {
  it("(ar) 'كشف مسؤول في الهيئة، طلب عدم الكشف عن اسمه، أن …': the aside's عن opens nothing; the official is the source", () => {
    const d = extract("ar",
      "تأخر صرف رواتب المعلمين.",
      "وكشف مسؤول في وزارة المالية، طلب عدم الكشف عن هويته، أن الخزينة «تنتظر قرضاً خارجياً».");
    expect(speakerOf(d, "قرضاً خارجياً")?.nameAr).toBe("مسؤول في وزارة المالية");
  });

  it("(ar) 'وأضافت المعايطة أن …' after 'هالة سليم المعايطة': a definite ة-final surname alone is the person named in full", () => {
    const d = extract("ar",
      "قالت المحامية هالة سليم المعايطة إن القانون «يحتاج إلى تعديل».",
      "وأضافت المعايطة أن المحاكم تلقت مئات الشكاوى خلال العام الماضي.");
    expect(speakerOf(d, "مئات الشكاوى")?.nameAr).toBe("هالة سليم المعايطة");
  });

  it("(ar) '«…»، يقول الحلبي، «…»' after 'أما أحمد أمين الحلبي، …': a title-like middle name (أمين) after a known first name is part of the full name", () => {
    const d = extract("ar",
      "أغلق المصنع أبوابه.",
      "أما أحمد أمين الحلبي، وهو عامل فيه منذ عشرين عاماً، فلا يعرف أين يذهب.",
      "\"دخلت هذا المصنع شاباً\"، يقول الحلبي، \"وأخرج منه بلا شيء\".");
    expect(speakerOf(d, "بلا شيء")?.nameAr).toBe("أحمد أمين الحلبي");
  });

  it("(en) 'A county court official, who …, said' and 'Several geologists not involved in the survey said' are unnamed sources", () => {
    const d = extract("en",
      "A landslide closed the mountain road.",
      "A county road official, who was not authorized to speak publicly, said the road would stay closed for a month.",
      "Several geologists not involved in the survey said the slope had been moving for years.");
    expect(speakerOf(d, "closed for a month")?.name).toBe("County road official");
    expect(speakerOf(d, "moving for years")?.name).toBe("Several geologists not involved in the survey");
  });
});

describe("(en) 'They said' after a counted group", () => {
  it("'… was confirmed by three engineers at the Harbour Authority, who …. They said …' is that group; with two groups there, nobody", () => {
    const d = extract("en",
      "The old pier is sinking.",
      "The damage was confirmed by three engineers at the Harbour Authority, who asked not to be named. They said the pilings had rotted through.",
      "Two divers and several fishermen from Kessel Bay saw the collapse. They said the pier would not last the winter.");
    expect(speakerOf(d, "rotted through")?.name).toBe("Three engineers at the Harbour Authority");
    expect(speakerOf(d, "last the winter")?.name).not.toBe("Three engineers at the Harbour Authority");
  });
});

describe("(ar) أمين as a given name", () => {
  it("'أما محمد أمين X، وهو …، فقال إن …' is the full name; 'وقال أمين عام الحزب Y' is still the role", () => {
    const d = extract("ar",
      "تعثر مشروع السكن الاقتصادي.",
      "أما سعيد أمين البقالي، وهو موظف دفع تسبيقاً قبل خمس سنوات، فقال إنه «لم يعد يصدق أي وعد».",
      "وقال أمين عام الحزب خالد العمري إن الملف «سيطرح في البرلمان».");
    expect(speakerOf(d, "أي وعد")?.nameAr).toBe("سعيد أمين البقالي");
    expect(speakerOf(d, "سيطرح في البرلمان")?.nameAr).toBe("خالد العمري");
  });
});

describe("(ar) what a document holds: جاء فيه / جاء في بيان", () => {
  it("'أصدرت الهيئة بياناً جاء فيه أن …' is the issuer; 'وجاء في بيان صادر عن X أن' / 'في بيان للنقابة' the author; 'جاء في البيان' names nobody", () => {
    const d = extract("ar",
      "توقفت حركة القطارات بين المدينتين.",
      "وأصدرت الشركة الوطنية للسكك الحديدية بياناً جاء فيه أن الأشغال «ستنتهي قبل نهاية الشهر».",
      "وجاء في بيان صادر عن وزارة النقل أن التعويضات ستصرف للمسافرين المتضررين.",
      "وجاء في بيان لنقابة السائقين أن الإضراب سيستمر أسبوعاً.",
      "وجاء في البيان أن القطارات البديلة متوفرة.",
      "وجاء الوزير إلى المحطة في زيارة مفاجئة.");
    expect(speakerOf(d, "قبل نهاية الشهر")?.nameAr).toBe("الشركة الوطنية للسكك الحديدية");
    expect(speakerOf(d, "التعويضات ستصرف")?.nameAr).toBe("وزارة النقل");
    expect(speakerOf(d, "سيستمر أسبوعاً")?.nameAr).toBe("نقابة السائقين");
    expect(speakerOf(d, "القطارات البديلة")).toBeUndefined();
    expect(d.quotes.some((q) => q.text.includes("زيارة مفاجئة"))).toBe(false);
  });
});

describe("(ar) unnamed sources qualified by a nisba", () => {
  it("'نقلت وكالة عن مسؤول ألماني قوله إن …' is the unnamed official, never a person called 'ألماني'; 'بحسب ما أفاد به مصدر أمني' likewise", () => {
    const d = extract("ar",
      "تعثرت مفاوضات الغاز.",
      "ونقلت وكالة الأنباء الفرنسية عن مسؤول ألماني قوله إن العقد «لن يوقع هذا العام».",
      "وبحسب ما أفاد به مصدر عسكري، فإن الدوريات ستتضاعف على الحدود.");
    expect(d.speakers.map((s) => s.nameAr)).not.toContain("ألماني");
    expect(speakerOf(d, "لن يوقع")?.nameAr).toBe("مسؤول ألماني");
    expect(speakerOf(d, "الدوريات ستتضاعف")?.nameAr).toBe("مصدر عسكري");
  });
});

describe("(en) indefinite sources are newcomers", () => {
  it("'“…,” said one resident, Ana Ruiz, 45.' is Ana Ruiz; a later '“…,” said one resident.' is someone new, not her", () => {
    const d = extract("en",
      "The river burst its banks overnight.",
      "\"The water came in an hour,\" said one resident, Ana Ruiz, 45.",
      "\"Nobody warned us,\" said one resident.");
    expect(speakerOf(d, "in an hour")?.name).toBe("Ana Ruiz");
    expect(speakerOf(d, "Nobody warned us")?.name).not.toBe("Ana Ruiz");
  });

  it("'“…,” a fire service spokesperson said.' is an unnamed spokesperson, though every word is a title word", () => {
    const d = extract("en",
      "A warehouse burned down in the port.",
      "Fire Chief Karl Brenner said the blaze started in the roof.",
      "\"Three crews are still on site,\" a fire spokesperson said.");
    expect(speakerOf(d, "Three crews")?.name).toBe("Fire spokesperson");
  });
});

describe("(en) a pronoun with two candidates", () => {
  it("'X met Y on Friday. “…,” he said.' leaves the quote unattributed; with one man named it is him", () => {
    const d = extract("en",
      "The dock strike may end soon.",
      "Union leader Oskar Lindgren met Port Director Henrik Sjöberg on Friday. \"We are close to a deal,\" he said.",
      "Harbour pilot Erik Dahl watched from the quay. \"Everyone wants to go back to work,\" he said.");
    expect(speakerOf(d, "close to a deal")).toBeUndefined();
    expect(speakerOf(d, "go back to work")?.name).toBe("Erik Dahl");
  });
});

describe("(en) a relative named by a given name", () => {
  it("'Novak's sister, Mirela, said …' and 'His son, Tomas, told reporters …' are the relatives, not Novak", () => {
    const d = extract("en",
      "Climber Pavel Novak has been missing for three days.",
      "Novak's sister, Mirela, said he had climbed the route twice before.",
      "His son, Tomas, told reporters the family had not given up hope.");
    expect(speakerOf(d, "climbed the route")?.name).toBe("Mirela");
    expect(speakerOf(d, "not given up hope")?.name).toBe("Tomas");
  });
});

describe("(en) owners before names and lowercase descriptors after the verb", () => {
  it("'Airbus's Guillaume Faury said …' is Guillaume Faury, the owner left out", () => {
    const d = extract("en",
      "Aircraft orders rose in the spring.",
      "Airbus's Guillaume Faury said the supply chain was still fragile.");
    expect(speakerOf(d, "still fragile")?.name).toBe("Guillaume Faury");
  });

  it("'“…,” says goalkeeper Ivo Marić.' is the player, the descriptor a role", () => {
    const d = extract("en",
      "The cup final is on Sunday.",
      "\"Nobody expected us to get this far,\" says goalkeeper Ivo Marić.");
    expect(speakerOf(d, "this far")?.name).toBe("Ivo Marić");
  });
});

describe("(en) small connectives between the verb and the content", () => {
  it("'“…,” she said, before adding: “…”' goes on with her; 'said Monday that …' starts after 'that'", () => {
    const d = extract("en",
      "The festival was cancelled.",
      "Organiser Ruth Calloway spoke to volunteers on Sunday.",
      "\"It breaks my heart,\" she said, before adding: \"We will be back next summer.\"",
      "The council said Monday that the site would be cleared within a week.");
    expect(speakerOf(d, "back next summer")?.name).toBe("Ruth Calloway");
    expect(d.quotes.find((q) => q.text.includes("site would be cleared"))?.text).toMatch(/^the site/);
  });
});
