// The constructions that put words in the wrong mouth (or a fact where a speaker's words were asked
// for), one test per class: a question word typed short, a filler word read as content, one word met
// only through another word for it, a why-question whose reason is a statement reported with the act,
// a time question about the sentence an act points back to. Invented wording, on the built-in article
// and on an invented one.
import { beforeAll, describe, expect, it } from "vitest";
import { RULES_ONLY, contextOf, createEngine, loadCorpus, stripChatNoise, type Engine } from "../../src/index.js";
import { wordKeys } from "../../src/normalize/index.js";
import { parseQuestion } from "../../src/engine/question.js";
import { readFollowUp } from "../../src/engine/follow-up-reader.js";
import { ArabiziReader } from "../../src/engine/arabizi-reader.js";
import { inventedArticles } from "../support/invented-articles.js";
import { expectAnsweredBy } from "../support/answers.js";
import { ingestedEngine, who } from "../support/drafts.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

const ask = (q: string, after?: string) => engine.ask(q, { context: after ? contextOf(engine.ask(after)) : undefined });

describe("an English question word typed short", () => {
  it.each([
    ["wat did trump threaten", "what_said"],
    ["wht did erdogan warn about", "what_said"],
    ["wut did sales say", "what_said"],
  ])("%s is read as %s", (q, intent) => {
    expect(parseQuestion(q).intent).toBe(intent);
  });

  it("a Levantine Arabizi 'wen' (where) is not read as 'when'", () => {
    expect(parseQuestion("wen sar el hujoom").hint).not.toBe("time");
  });

  it("wat did <misspelt name> warn about: that speaker's statement, not a fact that mentions them", () => {
    expectAnsweredBy(ask("wat did erdgoan warn about"), "erdogan");
  });
});

describe("the reporting verb typed with a slip", () => {
  it.each(["who siad ISIS is finished", "who sad turkey will pull out of syria", "whom siad the kurds are terrorists"])("%s is a who-said question", (q) => {
    expect(parseQuestion(q).intent).toBe("who_said");
  });

  it.each(["who was in charge", "who led the coalition"])("%s keeps its own verb", (q) => {
    expect(parseQuestion(q).intent).not.toBe("who_said");
  });

  it("read as a fact question it was answered on a word or two: as a who-said question the trap is not stated", () => {
    expect(ask("who siad isis is 100% defeated everywhere").status).not.toBe("answered");
    expectAnsweredBy(ask("who siad thousands of isis fighters are spread across syria and iraq"), "jeffrey");
  });
});

describe("a filler word is no content", () => {
  it.each([
    ["ومين ده أصلاً؟", "ومين ده؟"],
    ["anyway, who said that?", "who said that?"],
  ])("%s reads as %s", (raw, clean) => {
    expect(stripChatNoise(raw)).toBe(clean);
  });

  it("'who is that, anyway?' after a who-said answer names the same speaker", () => {
    expectAnsweredBy(ask("ومين ده أصلاً؟", "مين اللي قال إن آلاف المقاتلين لسه موجودين في سوريا والعراق؟"), "jeffrey");
  });
});

describe("one word met only through another word for it", () => {
  it.each(["persist", "label", "أصل"])("%s is offered at most, never stated", (q) => {
    expect(ask(q).status).not.toBe("answered");
  });

  it.each(["brand", "sleeper"])("%s, said in the statement's own words, is still answered", (q) => {
    expect(ask(q).status).toBe("answered");
  });
});

describe("why, when the article reports the reason as a statement with the act", () => {
  it("the statement is the answer, shown after the sentence the act points back to", () => {
    const a = ask("ليه البنتاغون بيشيل تركيا من برنامج الطائرات F-35؟");
    expectAnsweredBy(a, "defense_officials");
    expect(a.answers[0].context).toContain("S-400");
    expect(a.answers[0].context).toContain("رداً على ذلك");
  });

  it("'why?' after the act gives the same statement, never a fact in another's place", () => {
    const a = ask("why?", "so the Pentagon is pushing Turkey out of the F-35 program?");
    expectAnsweredBy(a, "defense_officials");
    expect(a.answers[0].context).toContain("S-400");
  });

  it("a time question about the sentence pointed back to is answered by that sentence, not the act", () => {
    const a = ask("الـ S-400 بدأ يوصل تركيا امتى؟");
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("الشهر الماضي");
  });
});

describe("a sentence that points back, in an invented article", () => {
  const harbour = inventedArticles(
    {
      harbour: [
        "Harbour city drops its ferry contract",
        "The port authority said on Tuesday that the harbour will stay open through the winter.",
        "Relations with the ferry company were already strained by the port authority's purchase of diesel tugboats from a Norwegian yard, which began arriving last month. In response, the city council began cancelling the ferry contract, with council officials arguing that the diesel tugboats could damage the coral reef of the harbour.",
        "\"We will find another ferry before the summer,\" said Mayor Lina Farouk.",
      ].join("\n"),
    },
    { answerBar: RULES_ONLY },
  );

  it("an answer from it shows the sentence it responds to", () => {
    const a = harbour.engine.ask("who said the tugboats could damage the reef?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].context).toMatch(/^Relations with the ferry company .* In response, the city council/);
  });

  it("an answer from a sentence that does not point back shows that sentence alone", () => {
    const a = harbour.engine.ask("who said the harbour will stay open through the winter?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].context).toBe("The port authority said on Tuesday that the harbour will stay open through the winter.");
  });
});

describe("someone of the last speaker's is someone else", () => {
  it.each([
    ["what did his deputy say?", "what did Jeffrey say?"],
    ["and what did his spokesman say?", "what did Erdogan say?"],
    ["وشو قال مديره؟", "شو قال جيفري؟"],
    ["w 2al eh na2bo?", "shu 2al jeffrey?"],
  ])("%s (after %s) is not asked of the last speaker", (q, previous) => {
    const a = ask(q, previous);
    expect(a.status).not.toBe("answered");
  });

  it("after 'about' a relation is the topic: 'what did he say about his rivals?' still asks the last speaker", () => {
    expect(readFollowUp("what did he say about his rivals?", () => false)).toMatchObject({ shape: "what_said", topic: "his rivals" });
    // Without "about" it asks of someone else, whom the conversation does not name: asked back.
    expect(readFollowUp("what did his rivals say?", () => false)).toMatchObject({ shape: "relation" });
  });

  it("'what did he tell reporters?' is still asked of the last speaker", () => {
    expectAnsweredBy(ask("what did he tell reporters?", "who is Jeffrey?"), "jeffrey");
  });
});

describe("the one an asked act was done to is not the one who did it", () => {
  it.each(["مين رد على ترامب؟", "who hit back at Trump?"])("%s never states Trump's own words", (q) => {
    const a = ask(q);
    if (a.status === "answered") expect(a.answers[0].speaker?.id).not.toBe("trump");
  });

  it.each([
    ["who threatened Turkey?", "trump"],
    ["who said the Kurdish-held area is a threat to Turkey's national security?", "turkey"],
  ])("%s is still answered (%s)", (q, speaker) => {
    expectAnsweredBy(ask(q), speaker);
  });
});

describe("a group's people are its members (data/concepts.txt)", () => {
  it.each(["مين اللي قال إنهم لسه بيمسكوا ناس تبع داعش؟", "who said they are still nabbing people tied to ISIS?"])("%s is the SDF's statement", (q) => {
    expectAnsweredBy(ask(q), "sdf_coalition");
  });

  it.each(["who said people are happy with the new bridge?", "مين قال إن الناس مبسوطين من الجسر الجديد؟"])("%s: 'people' alone puts nothing in anyone's mouth", (q) => {
    expect(ask(q).status).not.toBe("answered");
  });
});

describe("when did he say it? is dated by the statement's own sentence", () => {
  it("a time in another sentence dates something else: not known, not answered", () => {
    expect(ask("when did he say it?", "who said the ISIS brand still exists?").status).not.toBe("answered");
  });

  it("a time in the statement's sentence answers it", () => {
    const a = ask("when was that?", "who threatened to destroy Turkey's economy?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].context).toContain("يناير");
  });
});

describe("a who-question whose verb is misspelt, before 'that'", () => {
  it.each([
    ["مين حدا انو الحكومة ستغلق الميناء", "who_said"],
    ["منو قلا ان الوزير استقال", "who_said"],
    // A noun with the article before أن is "it is … that", no verb: a fact question.
    ["من المتوقع ان تبدأ العملية متى", "fact"],
  ])("%s is read as %s", (q, intent) => {
    expect(parseQuestion(q).intent).toBe(intent);
  });

  it("min <misspelt verb> ennu …: the speaker's statement, not another's on the same place", () => {
    expectAnsweredBy(ask("min 7aja ennu torkiya 7at3mel 3amaliya 3askariya"), "erdogan");
  });
});

describe("an Arabizi place the corpus never names", () => {
  // The corpus holds توعد ("threatened"): s3oodiya has its consonants through s for ث, not its vowels.
  const reader = new ArabiziReader({ keys: ["توعد", "قال", "ترك"], idf: () => 1 }, () => false);
  it("is read as that place (data/concepts.txt), not as a corpus word of the same consonants", () => {
    expect(reader.read("s3oodiya")).toMatch(/^سعودي/);
    expect(reader.read("shu 2al 3an el s3oodiya")).not.toContain("توعد");
  });

  it("so a follow-up about it is not answered with the last speaker's words", () => {
    const a = ask("w shu 2al 3an el s3oodiya?", "shu 2al trump 3an torkiya?");
    expect(a.status).not.toBe("answered");
  });
});

describe("a why-follow-up in Maghrebi and Egyptian Arabizi, in an invented article", () => {
  const port = inventedArticles(
    {
      port: [
        "الحكومة تهدد بإغلاق ميناء الريف أمام السفن الأجنبية",
        "وحذر رئيس الوزراء كريم منصور من أن الحكومة ستغلق ميناء الريف أمام السفن الأجنبية ، وهي خطوة من شأنها تصعيد التوتر مع الجيران.",
        "لطالما هددت الحكومة بإغلاق الميناء ، بحجة أن السفن الأجنبية تشكل خطرا على الصيادين المحليين.",
        "وقال وزير التجارة سامي الخطيب إن الحكومة توعد المهربين بعقوبات قاسية.",
      ].join("\n"),
    },
    { answerBar: RULES_ONLY },
  );

  it.each(["3lach bghat tdir hadchi?", "w leh 3ayzeen y3mlo keda?"])("%s points back and adds no words of its own", (q) => {
    const r = readFollowUp(q, () => false);
    expect(r?.shape).toBe("why");
    expect(r?.pointsBack).toBe(true);
    expect(r?.content).toEqual([]);
  });

  it("'why did they want to do this?' is answered by the cause the article gives", () => {
    const a = port.engine.ask("3lach bghat tdir hadchi?", { context: contextOf(port.engine.ask("مين حذر إن الحكومة ستغلق الميناء؟")) });
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("تشكل خطرا على الصيادين");
  });
});

describe("'و' standing apart in read Arabizi still opens the slot question", () => {
  it.each([
    ["و كم جندي في البلد", "number"],
    ["و ليش سكروا الميناء", "reason"],
  ])("%s asks for a %s", (q, hint) => {
    expect(parseQuestion(q).hint).toBe(hint);
  });
});

describe("a role asked with an adjective, and Arabizi function words", () => {
  it.each(["what's his actual job?", "what is her real title?", "w howa meen aslan?"])("%s is a who-is follow-up", (q) => {
    expect(readFollowUp(q, () => false)?.shape).toBe("who_is");
  });

  it("'what's his actual job?' asks the last speaker, whoever it is", () => {
    expectAnsweredBy(ask("what's his actual job?", "what did Trump say?"), "trump");
  });

  it("elly, eno, fel, m3a are read as Arabic function words", () => {
    const reader = new ArabiziReader({ keys: ["قال"], idf: () => 1 }, () => false);
    // انو (that) in its standard form, as the dialect reader reads it in Arabic letters.
    expect(reader.read("meen elly 2al eno")).toBe("مين اللي قال ان");
    expect(reader.read("fel balad m3a el gesh")).toMatch(/^في .* مع /);
  });
});

describe("a count asked of a speaker's topic is the slot, not a word the quote must say", () => {
  it.each([
    ["what did Jeffrey say about the number of fighters?", "fighters"],
    ["ماذا قال جيفري عن عدد المقاتلين", "المقاتلين"],
  ])("%s asks for a number of %s", (q, topic) => {
    const p = parseQuestion(q);
    expect(p.hint).toBe("number");
    expect(p.topic).toBe(topic);
  });

  it("a who-said topic keeps its count: it is what was said", () => {
    expect(parseQuestion("مين اللي شاف إن عدد العساكر زاد على الحدود").topic).toContain("عدد");
  });

  it("'and the number of fighters?' after a what-did-Y-say answer is Y's statement that gives it", () => {
    const a = ask("وعن عدد المقاتلين؟", "ماذا قال جيفري عن العنف في سوريا؟");
    expectAnsweredBy(a, "jeffrey");
    expect(a.answers[0].text).toContain("الآلاف");
  });
});

describe("'who <did> him?' after an answer, in an invented article", () => {
  const smuggler = inventedArticles(
    {
      smuggler: [
        "Smuggler caught at the border crossing",
        "The case, announced on Monday in Port Ellis, involves a 41-year-old fisherman who sailed to the islands with stolen engines and was later arrested by the coast guard.",
        "\"We will not let the harbour become a market for stolen goods,\" said Harbour Master Olu Fenn.",
      ].join("\n"),
    },
    { answerBar: RULES_ONLY },
  );

  it("reads as an act done to the referent, in the follow-up's own words", () => {
    expect(readFollowUp("and who caught him?", () => false)).toMatchObject({ shape: "agent", content: ["caught"], pointsBack: true });
    // A reporting verb done to "him" is no "who is he?".
    expect(readFollowUp("who threatened him?", () => false)?.shape).not.toBe("who_is");
  });

  it("is answered by the sentence around the last answer that says the act", () => {
    const a = smuggler.engine.ask("and who caught him?", { context: contextOf(smuggler.engine.ask("how old was the fisherman in the Port Ellis case?")) });
    expect(a.status).toBe("answered");
    expect(a.answers[0].text + a.answers[0].context).toMatch(/arrested by the coast guard/);
  });
});

describe("who-is questions as chat writes them", () => {
  it.each([
    ["ترامب شنو منصبه بالخبر؟", "trump"],
    ["مين هو أردوغان اللي بالخبر؟", "erdogan"],
    ["منو جيفري؟ وش منصبه بالضبط؟", "jeffrey"],
    ["min howe James Jeffrey?", "jeffrey"],
    ["meen Nathan Sales da w shoghlo eh?", "sales"],
  ])("%s asks who %s is", (q, id) => {
    expectAnsweredBy(ask(q), id);
  });

  it("an English who-said question with 'that' is no who-is question", () => {
    const a = ask("who said that ISIS remains a danger across the globe?");
    expect(a.answers[0]?.speaker?.id).not.toBe("sales");
  });
});

describe("a when-follow-up about an act of its own, of which only a place or group is said", () => {
  it.each([
    ["what did trump threaten?", "and when did he visit ankara?"],
    ["ماذا قال ترامب؟", "وامتى زار أنقرة؟"],
    ["what did trump threaten?", "when did he meet the kurds?"],
  ])("after %s, %s is not answered with the last answer's date", (first, q) => {
    expect(ask(q, first).status).not.toBe("answered");
  });

  it("a when-follow-up whose act the sentence says is still answered", () => {
    const a = ask("when did it start arriving?", "what did Turkey buy from Russia?");
    expect(a.answers[0]?.text ?? "").toMatch(/S-400/);
  });
});

describe("a claim that something already happened, against a statement that it will", () => {
  it.each([
    "who said the Turkish military operation has already started?",
    "مين قال إن تركيا بالفعل بدأت عمليتها العسكرية؟",
    "who said turkey is actually launching the military op now",
  ])("%s is not answered with a warning of what Turkey will do", (q) => {
    const a = ask(q);
    expect(a.status === "answered" && a.answers[0].speaker?.id === "erdogan").toBe(false);
  });

  it.each(["who said turkey will launch a military operation?", "من قال إن تركيا ستشن عملية عسكرية؟", "who actually said turkey would launch a military operation?"])("%s is still answered", (q) => {
    expectAnsweredBy(ask(q), "erdogan");
  });
});

describe("a why-follow-up with words of its own, after a fact whose sentence gives a cause of something else", () => {
  it.each([
    ["when did the Turkish operation look imminent?", "and why did washington drop the pullout?"],
    ["امتى كانت العملية التركية وشيكة؟", "وليه أمريكا تراجعت عن سحب القوات؟"],
  ])("after %s, %s is the reason for backing off, not Trump's announcement (the cause of the imminence)", (first, q) => {
    const a = ask(q, first);
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("ويعزى ذلك");
  });
});

describe("a condition after what-did-Y-say is when it was said, not a claim the statement must hold", () => {
  it("what did Y threaten if …? is Y's threat", () => {
    const a = ask("so what did trump threaten if turkey went through with it?");
    expectAnsweredBy(a, "trump");
    expect(a.answers[0].text).toContain("تدمير تركيا");
  });

  it("a claim after the verb still must be said: Y said that …", () => {
    expect(ask("ترامب قال إن تركيا ستشن عملية").status).not.toBe("answered");
  });
});

describe("an imperfect of the forms تفعّل and تفاعل is read as its verbal noun", () => {
  it.each([
    ["تتمدد", "تمدد"],
    ["ويتمدد", "تمدد"],
    ["تتصرف", "تصرف"],
    ["يتراجعون", "تراجع"],
  ])("%s has the key %s", (word, key) => {
    expect(wordKeys(word)).toContain(key);
  });

  it("a statement that says it is the answer ('بدها تتصرف' is Sales's 'الإرادة للتصرف')", () => {
    expectAnsweredBy(ask("مين قال إن في دول بدها تتصرف بس ما عندها موارد؟"), "sales");
  });

  it("read as a word the corpus lacks it counted for little, and one word and a name answered for the claim", () => {
    // "ISIS remains and expands": Sales said the brand still exists; nobody that it expands.
    expect(ask("من قال ان داعش باقي ويتمدد").status).not.toBe("answered");
  });
});

describe("the back-off concept does not hold 'withdraw' (WordNet's withdraw.v.11 did)", () => {
  it("backing away from the withdrawal is not the withdrawal: not put in the mouth of who announced it", () => {
    expect(ask("من قال إن أمريكا تتراجع عن الانسحاب").status).not.toBe("answered");
  });

  it("why the US backed away from it is still the reason the article gives", () => {
    const a = ask("why did the US back off the withdrawal?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].id).toBe("article-000/f-us-reversed");
  });
});

describe("how someone answered, when the article does not quote them", () => {
  // Invented: the spokesman's quote names the secretary-general, who is never quoted.
  const ARTICLE = `الحكومة تتمسك بقراراتها
وقال الناطق الرسمي باسم الحكومة سمير العلوي: "إن الحكومة متمسكة بقراراتها بعد تصريحات الأمين العام للأمم المتحدة المستفزة".
`;
  let draft: Engine;
  beforeAll(() => {
    draft = ingestedEngine(mkdtempSync(join(tmpdir(), "qb-how-reply-")), "reply-ar", { "reply-ar": ARTICLE });
  });

  it("«كيف رد Y على Z» asks Y's words on Z, like «ماذا قال Y عن Z»", () => {
    const q = parseQuestion("كيف رد الأمين العام للأمم المتحدة على قرارات الحكومة؟");
    expect(q.intent).toBe("what_said");
    expect(q.speakerPhrase).toContain("الامين العام");
  });

  it("is not answered with the words of the one who named Y", () => {
    expect(draft.ask("كيف رد الأمين العام للأمم المتحدة على قرارات الحكومة؟").status).not.toBe("answered");
    expect(who(draft, "كيف رد الناطق الرسمي باسم الحكومة على تصريحات الأمين العام؟").speaker).toMatch(/العلوي/);
  });
});
