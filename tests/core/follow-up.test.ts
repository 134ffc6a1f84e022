import { beforeAll, describe, expect, it } from "vitest";
import { CONVERSATION_TTL_MS, contextOf, createEngine, loadCorpus, type ConversationContext, type Engine } from "../../src/index.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

const after = (question: string, at = Date.now()): ConversationContext => contextOf(engine.ask(question), at);

describe("follow-up questions", () => {
  it("what else did he say: the same speaker, without the records already shown", () => {
    const context = after("who said the ISIS brand is still around worldwide?");
    expect(context.speakers).toEqual(["sales"]);
    const a = engine.ask("what else did he say?", { context });
    expect(a.status).toBe("answered");
    expect(a.answers.length).toBeGreaterThan(0);
    for (const item of a.answers) {
      expect(item.speaker?.id).toBe("sales");
      expect(context.shown).not.toContain(`${item.article}:${item.paragraph}:${item.text}`);
    }
    expect(a.question).toBe("what else did he say?");
  });

  it.each([
    ["who is he?", "who said the ISIS brand is still around worldwide?"],
    ["what's his actual title?", "what did Sales say?"],
    ["مين هو؟", "شو قال سيلز؟"],
  ])("%s resolves the pronoun to the last speaker", (q, previous) => {
    const a = engine.ask(q, { context: after(previous) });
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("sales");
  });

  it.each([
    ["وقالوا إيه كمان عن الخلايا؟", "مين اللي قال إن داعش لسا تهديد عالمي؟", "us_officials"],
    ["and what did he say about foreign fighters?", "what did Sales say?", "sales"],
    ["w 2al eh 3an el akrad?", "what did Trump say?", "trump"],
    ["وشو قال عن الأكراد؟", "ماذا قال ترامب؟", "trump"],
  ])("%s asks about a topic against the last speaker", (q, previous, speaker) => {
    const a = engine.ask(q, { context: after(previous) });
    expect(a.status, q).not.toBe("no_match");
    expect(a.answers[0].speaker?.id).toBe(speaker);
  });

  it("who else: the previous who-said question without its speaker", () => {
    const context = after("من هدد تركيا؟");
    const a = engine.ask("ومين كمان؟", { context });
    for (const item of a.answers) expect(context.speakers).not.toContain(item.speaker?.id);
  });

  it("a follow-up whose referent is unclear is refused, never guessed", () => {
    const context: ConversationContext = { ...after("what did Sales say?"), speakers: ["sales", "jeffrey"] };
    expect(engine.ask("what else did he say?", { context }).status).toBe("no_match");
    // After a fact that names nobody, "he" has no referent.
    const fact = after("how old was the man whose case was announced in Dallas?");
    expect(fact.status).toBe("answered");
    expect(fact.speakers).toEqual([]);
    expect(engine.ask("who is he?", { context: fact }).status).toBe("no_match");
  });

  it("a question that is not a follow-up ignores the context", () => {
    const context = after("what did Sales say?");
    const q = "who said ISIS fighters are scattered across Syria and Iraq?";
    expect(engine.ask(q, { context })).toEqual(engine.ask(q));
  });

  it("forgets the context after ten minutes", () => {
    const context = after("who said the ISIS brand is still around worldwide?", Date.now() - CONVERSATION_TTL_MS - 1);
    expect(engine.ask("what else did he say?", { context })).toEqual(engine.ask("what else did he say?"));
    expect(engine.ask("what else did he say?", { context: { ...context, at: Date.now() } }).status).toBe("answered");
  });
});

describe("follow-ups that switch the speaker or ask about the last answer", () => {
  /** Asks `questions` in one conversation; returns the last answer. */
  function converse(...questions: string[]) {
    let answer = engine.ask(questions[0]);
    let context = contextOf(answer);
    for (const q of questions.slice(1)) {
      answer = engine.ask(q, { context });
      context = contextOf(answer);
    }
    return { answer, context };
  }

  it.each([
    ["what did Trump say on the Kurds?", "what about Erdogan?"],
    ["شو قال ترامب عن الكرد؟", "طيب وأردوغان؟"],
    ["shu 2al trump 3an el akrad?", "w erdogan?"],
  ])("%s then %s: the same question about the other speaker", (first, second) => {
    const { answer, context } = converse(first, second);
    expect(answer.status).toBe("answered");
    expect(answer.answers[0].speaker?.id).toBe("erdogan");
    // The next follow-up works on the stand-alone question, and is about the new speaker.
    expect(context.question).not.toBe(second);
    expect(converse(first, second, "who is he?").answer.answers[0].speaker?.id).toBe("erdogan");
  });

  it("after a who-said question, 'and Trump?' asks what Trump said about it: nothing, so nothing is answered", () => {
    expect(converse("who said ISIS is still a threat worldwide?", "and Trump?").answer.status).not.toBe("answered");
  });

  it("a name the corpus does not quote is no switch, and is not answered", () => {
    expect(converse("what did Trump say on the Kurds?", "and Putin?").answer.status).toBe("no_match");
  });

  it("ما غيره؟ is 'what else?'", () => {
    const { answer } = converse("who said the ISIS brand still exists worldwide", "ما غيره؟");
    expect(answer.status).toBe("answered");
    expect(answer.answers[0].speaker?.id).toBe("sales");
    expect(answer.answers[0].text).not.toContain("العلامة التجارية");
  });

  it.each(["when?", "when was that?", "وإمتى؟", "emta?"])("%s after a threat: the sentence holding its date", (q) => {
    const { answer } = converse("who said he would destroy the Turkish economy?", q);
    expect(answer.status).toBe("answered");
    expect(answer.answers[0].speaker?.id).toBe("trump");
    expect(answer.answers[0].context).toContain("يناير");
  });

  it.each(["why?", "why was that?", "ليش؟"])("%s after a threat to invade: the sentence giving the reason", (q) => {
    const { answer } = converse("who said Turkey would invade the Syrian border region?", q);
    expect(answer.status).toBe("answered");
    expect(answer.answers[0].speaker?.id).toBe("turkey");
    expect(answer.answers[0].context).toContain("بحجة");
  });

  it("where? after a statement naming places; why? after one that gives no reason is not answered", () => {
    expect(converse("what did Jeffrey say about ISIS fighters?", "where exactly?").answer.answers[0]?.context).toContain("سوريا");
    expect(converse("what did Jeffrey say about ISIS fighters?", "w leh?").answer.status).toBe("no_match");
  });

  it("a question word alone, with no conversation, is not answered", () => {
    for (const q of ["when?", "why?", "وين؟"]) expect(engine.ask(q).status).toBe("no_match");
  });
});

describe("follow-ups read in any order, and about the last answer's surroundings", () => {
  function converse(...questions: string[]) {
    let context: ConversationContext | undefined;
    let answer = engine.ask(questions[0]);
    for (const q of questions) {
      answer = engine.ask(q, { context });
      context = contextOf(answer);
    }
    return answer;
  }

  it.each([
    ["مين قال إن اسم داعش لسه موجود بكل العالم؟", "وهو شو حكى كمان؟"],
    ["شو قال سالز عن العلامة التجارية؟", "شنو گال بعد؟"],
    ["who said the ISIS label is still around everywhere?", "anything more from him?"],
  ])("%s → %s: what else the same speaker said", (first, second) => {
    const a = converse(first, second);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("sales");
    expect(a.answers[0].text).not.toContain("العلامة التجارية");
  });

  it.each([
    ["who warned of a Turkish military operation?", "why is Turkey planning this attack?"],
    ["who warned of a Turkish military operation?", "وليش تركيا بدها تهاجم؟"],
  ])("why with words of its own: the cause given next to the last answer (%s → %s)", (first, second) => {
    const a = converse(first, second);
    expect(a.status).toBe("answered");
    expect(a.answers[0].context).toContain("بحجة");
    expect(a.answers[0].text).toContain("القومي");
  });

  it.each([
    ["what made the US drop the pullout plan?", "what happened after?"],
    ["شو اللي خلى أمريكا تتراجع عن الانسحاب؟", "وبعدين شو صار؟"],
  ])("what happened next: the event that follows the last answer (%s → %s)", (first, second) => {
    const a = converse(first, second);
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("منطقة آمنة");
  });

  it.each([
    ["who claimed the Russian system put the F-35 at risk?", "what did they do then?"],
    ["مين قال إن النظام الروسي بيهدد الطيارة الشبح؟", "وشو عملوا؟"],
  ])("what did they do: the act of the last speaker told next to it (%s → %s)", (first, second) => {
    const a = converse(first, second);
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("إزالة تركيا");
  });

  it.each([
    ["what did Trump announce about the troops?", "did that actually happen?"],
    ["ترامب أعلن إيه عن القوات؟", "وهل حصل هذا فعلا؟"],
  ])("did it happen: the outcome told next to the last answer (%s → %s)", (first, second) => {
    const a = converse(first, second);
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("تراجعت");
  });

  it("after a fact, 'they' is the one speaker its question named", () => {
    const a = converse("Who trained the SDF?", "and what do they claim to be doing?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("sdf_coalition");
  });

  it("what else, when the speaker said one thing: that statement again", () => {
    const a = converse("who said Turkish troops are massing at the border?", "anything else?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("diplomats");
  });

  it("'and X?' after 'what did Y say about Z': what X said, when X said nothing about Z", () => {
    const a = converse("What did Sales say about bringing fighters home?", "and Jeffrey?");
    expect(a.status).toBe("answered");
    expect(a.answers.every((i) => i.speaker?.id === "jeffrey")).toBe(true);
    expect(a.standalone).toBe("what did James Jeffrey say");
  });

  it("several speakers offered: the topic only one of them spoke about tells which", () => {
    const offered: ConversationContext = {
      question: "who says ISIS is still around?",
      status: "suggested",
      speakers: ["us_officials", "sdf_coalition"],
      shown: [],
      at: Date.now(),
    };
    const a = engine.ask("and what did they say about the hidden cells?", { context: offered });
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("us_officials");
    expect(engine.ask("w shu 2alo 3an el 5alaya?", { context: offered }).answers[0]?.speaker?.id).toBe("us_officials");
    // Without a topic, "they" stays unclear.
    expect(engine.ask("what else did they say?", { context: offered }).status).toBe("no_match");
  });

  it("a focus follow-up after suggestions has no answer to be about", () => {
    const offered: ConversationContext = { ...after("what did Sales say?"), status: "suggested" };
    expect(engine.ask("when was that?", { context: offered }).status).toBe("no_match");
  });

  it.each(["What did the US president threaten to do?", "بماذا هدد ترامب؟"])("%s: the quote reported with that verb first", (q) => {
    const a = engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("تدمير تركيا");
  });

  it("topic follow-ups that the speaker never spoke about are still not answered", () => {
    for (const [first, second] of [
      ["what did Jeffrey say?", "did he mention anything about Iran?"],
      ["شو قال ترامب؟", "وشو حكى عن روسيا؟"],
      ["who said ISIS is still a threat worldwide?", "and Trump?"],
    ]) expect(converse(first, second).status, second).not.toBe("answered");
  });
});

describe("the answer a fact question asks for: a reason, an outcome", () => {
  it.each([
    ["why did Washington walk back the pullout?", "تراجعت"],
    ["did the buffer zone negotiations go anywhere?", "فشلت"],
    ["هل نجحت مناقشات المنطقة العازلة؟", "فشلت"],
    ["hal nej7at el mofawadat 7awl el mante2a el 3azla?", "فشلت"],
  ])("%s → the sentence that says it", (q, word) => {
    const a = engine.ask(q);
    expect(a.status, q).toBe("answered");
    expect(a.answers[0].text, q).toContain(word);
  });

  it.each(["شكون اللي سلّح قسد ودرّبها؟", "who armed and trained the SDF?"])("%s: arming and training, as a verb or its noun", (q) => {
    const a = engine.ask(q);
    expect(a.status, q).toBe("answered");
    expect(a.answers[0].text).toContain("تسليح");
  });

  it.each(["منو سالز هذا؟", "who is Jeffrey in this story?", "shkoun howa sales?"])("%s asks who the speaker is", (q) => {
    const a = engine.ask(q);
    expect(a.status, q).toBe("answered");
    expect(["sales", "jeffrey"]).toContain(a.answers[0].speaker?.id);
  });

  it("Maghrebi 'chkoun li qal' is a who-said question: a fact is never its answer", () => {
    expect(engine.ask("chkoun li qal belli el akrad 5anou el amrikan?").status).not.toBe("answered");
  });
});
