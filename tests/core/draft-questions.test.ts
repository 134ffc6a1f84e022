// Questions asked in the article's own language about ingested drafts (invented articles, one
// construction each): dialect readings of the verb and its person, a speaker named before "قال ايه",
// shorthand for bodies and offices, and how eval-unseen scores fact questions.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evalUnseen } from "../../scripts/eval-unseen.js";
import { parseQuestion } from "../../src/engine/question.js";
import { normalize } from "../../src/normalize/index.js";
import { inventedArticles } from "../support/invented-articles.js";

const WATER_AR = [
  "وزير النقل: لا زيادة في أسعار التذاكر هذا العام",
  "قال وزير النقل سليم الحداد، اليوم الأحد، إن الحكومة ماضية في خطة الخطوط الجديدة.",
  "وأضاف الحداد: «لن نرفع قيمة تذكرة الحافلة هذا العام».",
  "واستمع الوزير برفقة الإعلامي كريم منصور لآراء المواطنين في خدمة الحافلات وأسعار التذاكر، خلال جولة شملت 12 محطة في العاصمة.",
  "وأكد الحداد أن المحطة الجديدة ستعمل بكامل طاقتها خلال فصل الشتاء المقبل.",
].join("\n\n");

const DEPOT_EN = [
  "Army strikes depot near the border",
  "The Israeli military said it had struck a weapons depot near the northern border on Tuesday.",
  "Health Secretary Laura Finch said the closures would delay the reopening of two hospitals by a week.",
  "The health budget for 2025 was cut by 4 percent in March after a vote in parliament.",
].join("\n\n");

const TALKS_EN = [
  "Qatar holds fourth round of trade talks",
  "Qatar held a fourth round of trade talks in Doha on Sunday, officials in Qatar said.",
  "Foreign Minister Khalid Nasser said the talks had made steady progress on trade and shipping.",
  "Qatar plans to sign a shipping deal in March, according to officials in Doha.",
].join("\n\n");

const LABOUR_AR = [
  "وزير العمل يحذر من منافسة العمالة الوافدة",
  "قال وزير العمل فادي الربيعي، اليوم الاثنين، إن توظيف العمال الوافدين في المصانع الخاصة بات يشكل ضغطا على العامل المحلي.",
  "وطالبت هيئة دفاع الوزير السابق منير العلي بالإفراج عنه فورا.",
].join("\n\n");

const RANKING_EN = [
  "Minister hails business climate",
  "Trade Minister Omar Haddad said the country ranked first in the region for the ease of opening a shop.",
  "The ministry opened 40 new offices in 2024.",
].join("\n\n");

const BANK_AR = [
  "البنك المركزي ينفي شائعات انهيار العملة",
  "وأكد نائب محافظ البنك المركزي في المدينة، سامر العطار، أن الحديث عن وصول الدولار إلى ألفي دينار ليس سوى إشاعات.",
  "ونفت وزارة الشؤون الاجتماعية الأخبار المتداولة عن صرف المعونات في شهر أيلول.",
].join("\n\n");

const PACT_EN = [
  "City marks 30th anniversary of trade pact",
  "The city of Varlen on Monday marked the 30th anniversary of its trade pact with the port of Arlen, signed in 1994.",
  "Exports from Varlen to Arlen reached $2.4 billion last year.",
  "Visitors from 12 countries attended the anniversary ceremony, where 200 guests heard speeches.",
].join("\n\n");

const BOARD_AR = [
  "مجلس الإدارة يعقد اجتماعين",
  "عقد مجلس إدارة الشركة اجتماعه الأول لهذا العام بحضور جميع الأعضاء.",
  "وانعقد الاجتماع الثاني للمجلس في فندق النخيل بالعاصمة.",
].join("\n\n");

const FISHERMEN_AR = [
  "مصادر حكومية تنفي الأخبار المتداولة عن وساطة قطرية بشأن الصيادين المحتجزين",
  "نفت مصادر حكومية، اليوم الثلاثاء، وجود أي وساطة أو مفاوضات بشأن الصيادين المحتجزين في الميناء.",
  "وكانت صحيفة محلية قد نشرت تقريرا عن طلب كندي صريح بأن تتوسط الدوحة للإفراج عن الصيادين.",
].join("\n\n");

const drafts = inventedArticles({
  water: WATER_AR,
  depot: DEPOT_EN,
  talks: TALKS_EN,
  labour: LABOUR_AR,
  ranking: RANKING_EN,
  bank: BANK_AR,
  pact: PACT_EN,
  board: BOARD_AR,
  fishermen: FISHERMEN_AR,
});

const top = (q: string) => {
  const a = drafts.engine.ask(q);
  return { status: a.status, speaker: a.answers[0]?.speaker?.nameAr ?? a.answers[0]?.speaker?.name ?? null, text: a.answers[0]?.text ?? "" };
};

/** `q` is stated, its first record by a speaker whose name (the Arabic one when there is one) holds `speaker`, in words holding `words` when given. */
const expectStatedBy = (q: string, speaker: string, words?: string) => {
  const a = top(q);
  expect(a.status, q).toBe("answered");
  expect(a.speaker, q).toContain(speaker);
  if (words !== undefined) expect(a.text, q).toContain(words);
};

describe("reported speech changes the verb's person: the question's 'they will not' is the quote's 'we will not'", () => {
  it.each([
    ["Egyptian future and negation", "مين قال إنهم مش هيرفعوا التذكرة؟"],
    // Spelling correction already reads يرفعوا as the corpus's نرفع; kept as a guard.
    ["standard Arabic", "من قال إنهم لن يرفعوا التذكرة؟"],
  ])("%s: %s", (_kind, q) => {
    expectStatedBy(q, "الحداد", "لن نرفع");
  });
});

describe("a speaker named before a what-word and the verb", () => {
  it("someone the article only mentions ('كريم منصور قال ايه عن …'): no fact that names him is stated as what he said", () => {
    expect(top("كريم منصور قال ايه عن أسعار التذاكر؟").status).not.toBe("answered");
  });

  it.each([
    ["Levantine, winter as الشتوية", "سليم الحداد شو حكى عن الشتوية؟"],
    ["Gulf شقال", "سليم الحداد شقال عن الشتاء؟"],
    ["Tunisian شنوة … على", "شنوة قال سليم الحداد على المحطة في الشتاء؟"],
  ])("%s: %s", (_kind, q) => {
    expectStatedBy(q, "الحداد", "الشتاء");
  });
});

describe("shorthand for bodies and offices", () => {
  it.each([
    ["IDF for the Israeli military", "what did the IDF say about the depot?", "Israeli military"],
    ["sec for secretary", "what did health sec finch say about the hospitals?", "Laura Finch"],
  ])("%s: %s", (_kind, q, speaker) => {
    const a = top(q);
    expect(a.status, q).toBe("answered");
    expect(a.speaker).toBe(speaker);
  });
});

describe("the title words of an alias ('Foreign Minister Nasser') are no name", () => {
  it("'the Omani foreign minister' is not Nasser, the minister of a story about Qatar", () => {
    expect(top("what did the Omani foreign minister say about the talks?").status).not.toBe("answered");
  });

  it("he is still found by name, and by his office", () => {
    expect(top("what did Khalid Nasser say about the talks?")).toMatchObject({ status: "answered", speaker: "Khalid Nasser" });
    expect(top("what did the foreign minister say about the talks?")).toMatchObject({ status: "answered", speaker: "Khalid Nasser" });
  });
});

describe("'how did X describe Z' asks what X said about Z", () => {
  it("a fact that shares Z's words is not stated as X's description", () => {
    expect(top("how did health secretary finch describe the budget cut in march?").status).not.toBe("answered");
  });

  it("X's own words on Z are the answer", () => {
    expect(top("how did Laura Finch describe the closures?")).toMatchObject({ status: "answered", speaker: "Laura Finch" });
  });
});

describe("eval-unseen: a row with no speaker and evidence is a fact question", () => {
  let set: string;
  beforeAll(() => {
    set = join(drafts.dir, "set");
    mkdirSync(set);
    writeFileSync(join(set, "water.txt"), WATER_AR);
    const rows = [
      { article: "water", q: "من قال إنهم لن يرفعوا سعر تذكرة الحافلة؟", speaker: ["سليم الحداد", "الحداد"] },
      { article: "water", q: "متى ستعمل المحطة الجديدة بكامل طاقتها؟", speaker: null, evidence: ["فصل الشتاء المقبل"] },
      { article: "water", q: "ماذا قال وزير الزراعة عن أسعار القمح؟", speaker: null, evidence: null },
    ];
    writeFileSync(join(set, "questions.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n"));
  });

  it("is right when answered with a record that holds the evidence, and counted apart from statements and traps", () => {
    const r = evalUnseen(set);
    expect(r.byKind.fact.total).toBe(1);
    expect(r.byKind.trap.total).toBe(1);
    expect(r.byKind.said.total).toBe(1);
    expect(r.byKind.fact.right + r.wrongFacts).toBeLessThanOrEqual(1);
    // An answered fact that holds the evidence is right; the old reading counted it as a missed trap.
    const fact = drafts.engine.ask("متى ستعمل المحطة الجديدة بكامل طاقتها؟");
    const holds = fact.status === "answered" && `${fact.answers[0].text} ${fact.answers[0].context}`.includes("الشتاء");
    expect(r.byKind.fact.right).toBe(holds ? 1 : 0);
    expect(r.misattributed).toBe(0);
  });
});

describe("'which minister said …' (أي وزيرة قالت)", () => {
  it("asks who said it", () => {
    expect(parseQuestion(normalize("أي وزيرة قالت إن الوزراء وضحوا موقفهم")).intent).toBe("who_said");
  });
});

describe("'مين الوزير اللي قال …' (who is the minister who said) asks who said it", () => {
  it.each([
    ["Levantine حكى إنو", "مين الوزير اللي حكى إنو توظيف الوافدين بالمصانع الخاصة صار ضغط على العامل المحلي؟"],
    ["standard", "من الوزير الذي قال إن توظيف العمال الوافدين يشكل ضغطا على العامل المحلي؟"],
  ])("%s: the statement's speaker, not a body whose name holds the noun", (_kind, q) => {
    expect(parseQuestion(normalize(q)).intent).toBe("who_said");
    expectStatedBy(q, "الربيعي");
  });
});

describe("one word in quote marks is a word of the question, not a phrase held verbatim", () => {
  it("'who said X ranks \'first\' in …' is not answered with another statement that says 'first'", () => {
    expect(top("who said the kingdom ranks 'first' in the world for solar power in its energy mix?").status).not.toBe("answered");
  });
  it("the statement that says the question's words is still found", () => {
    expectStatedBy("who said the country ranked 'first' in the region for the ease of opening a shop?", "Haddad");
  });
});

describe("what did a body say: a person is named by their office, not by the body they serve", () => {
  it("'البنك المركزي كيف وصف …' is not what the bank's deputy governor said", () => {
    expect(top("البنك المركزي في المدينة كيف وصف الحديث عن انهيار الدينار؟").status).not.toBe("answered");
  });
  it("the deputy governor is still found by his office and by name", () => {
    for (const q of ["ماذا قال نائب محافظ البنك المركزي عن الدولار؟", "شو قال سامر العطار عن الدولار؟"]) {
      expectStatedBy(q, "العطار");
    }
  });
});

describe("a body named before 'شو ردت' (what did it reply) asks what it said", () => {
  it("'الوزارة شو ردت على الأخبار عن …'", () => {
    const q = "وزارة الشؤون الاجتماعية شو ردت على الأخبار عن صرف المعونات؟";
    expect(parseQuestion(normalize(q)).intent).toBe("what_said");
    expectStatedBy(q, "وزارة الشؤون الاجتماعية");
  });
});

describe("a fact answer fills the slot its question word asks for (data/answer-slots.json)", () => {
  it.each([
    ["number", "شكد عدد الضحايا؟"],
    ["number", "قداش ثمن التذكرة؟"],
    ["number", "how long is the ban?"],
    ["time", "وقتاش تبدا الدراسة؟"],
    ["time", "ايمتى رح يفتح المعبر؟"],
    ["place", "فاين تلاقاو الوزراء؟"],
    ["place", "منين جا الوفد؟"],
    ["reason", "علاش تأجلت المباراة؟"],
    ["reason", "what led to the delay?"],
    ["number", "what was the unemployment rate in june?"],
    ["number", "ما نسبة البطالة في يونيو؟"],
    ["reason", "why did the unemployment rate rise?"],
  ])("%s: %s", (slot, q) => {
    expect(parseQuestion(normalize(q)).hint).toBe(slot);
  });

  it("an ordinal or a year is no amount: 'how much did X export' is not answered with the '30th anniversary'", () => {
    const a = top("how much did Varlen export to Arlen according to that anniversary story?");
    if (a.status === "answered") expect(a.text).toContain("2.4");
  });

  it("'how many N' is answered with a number of N, not another number the sentence gives", () => {
    const a = top("how many countries did the visitors at the anniversary ceremony come from?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("12 countries");
    expect(top("how many nationalities attended the anniversary ceremony?").status).not.toBe("answered");
  });

  it.each(["what was the shipping rate in the trade talks?", "what is the price of the shipping deal?"])(
    "an amount named (%s) is not answered with a sentence on the topic that gives none",
    (q) => {
      expect(top(q).status).not.toBe("answered");
    },
  );

  it("'وين' is answered with a place, not with a sentence that shares the topic and names none", () => {
    const a = top("وين انعقد اجتماع مجلس الإدارة؟");
    if (a.status === "answered") expect(a.text).toContain("فندق");
    expect(a.text).not.toContain("بحضور جميع الأعضاء");
  });
});

describe("'X قال إن Z' / 'is it true X said Z': Z must be in X's own words", () => {
  it.each([
    ["صحيح وزير النقل قال إن أسعار التذاكر رح تنزل الشهر الجاي؟", "وزير النقل"],
    ["is it true that Laura Finch said the hospitals will close for good?", "laura finch"],
  ])("%s reads the speaker without the opener and the rest as a claim", (q, speaker) => {
    const p = parseQuestion(normalize(q));
    expect(p.intent).toBe("what_said");
    expect(p.speakerPhrase).toBe(normalize(speaker));
    expect(p.claim).toBe(true);
  });

  it("a claim the speaker's quotes share one topic word with is not stated as theirs", () => {
    expect(top("صحيح وزير النقل قال إن أسعار التذاكر رح تنزل الشهر الجاي؟").status).not.toBe("answered");
  });

  it("a claim the speaker did make is answered with it", () => {
    expectStatedBy("هل صحيح إن سليم الحداد قال إنهم لن يرفعوا قيمة التذكرة هذا العام؟", "الحداد");
  });

  it("'what did X say about Z' is no claim", () => {
    expect(parseQuestion(normalize("سليم الحداد قال ايه عن الشتاء؟")).claim).toBe(false);
  });
});

describe("who said: the question's most telling word said by another sentence of the article alone", () => {
  it("'من ذكر أن كندا طلبت من قطر التوسط' is not the sources who denied a mediation: the request is another sentence's", () => {
    expect(top("من ذكر أن كندا طلبت من قطر التوسط بشأن الصيادين؟").status).not.toBe("answered");
  });

  it("the sources are still the answer to what they said", () => {
    expectStatedBy("من نفى وجود وساطة بشأن الصيادين المحتجزين؟", "مصادر");
  });
});

describe("a question about what Y said that asks for a place, a number or a name is answered by a quote of Y that gives one", () => {
  it("'where was Y when he spoke about Z': Y's quote on Z that names no place is offered, never stated", () => {
    expect(top("Where was Foreign Minister Khalid Nasser when he spoke about the trade talks?").status).not.toBe("answered");
  });
  it("'how many N did Y say …': Y's quote that gives no number is not stated", () => {
    expect(top("how many stations did Khalid Nasser say the talks covered?").status).not.toBe("answered");
  });
  it("Y's quote on Z is still the answer to what Y said about Z", () => {
    const a = top("what did Khalid Nasser say about the trade talks?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("steady progress");
  });
});

describe("what did Y say about Z, when Y's quote says Z through a pronoun the sentence before names", () => {
  const FARES_EN = [
    "Council approves new parking fees",
    "The city council approved higher parking fees for the old town on Monday.",
    "Opposition councillor Dana Ferris said it would drive shoppers away from local businesses.",
  ].join("\n\n");
  const fees = inventedArticles({ fees: FARES_EN });

  it("'what did Ferris say about the parking fees' is her 'it would drive shoppers away'", () => {
    const a = fees.engine.ask("what did Dana Ferris say about the parking fees?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.name).toContain("Ferris");
  });
  it("a topic neither her quote nor the sentence before says is not stated", () => {
    expect(fees.engine.ask("what did Dana Ferris say about the school budget?").status).not.toBe("answered");
  });
});
