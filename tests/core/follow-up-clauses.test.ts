// Follow-ups as people chat them: in several clauses ("why tho, what would make her do it?"), with a
// "when" that is a conjunction, "did he mention …?", "did anyone else say …?", dialect words of the
// follow-up table, and a topic that is no word of the speaker's. One test per construction, on an
// invented article and on the built-in one.
import { beforeAll, describe, expect, it } from "vitest";
import { RULES_ONLY, contextOf, createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { readFollowUp } from "../../src/engine/follow-up-reader.js";
import { converse } from "../support/conversation.js";
import { inventedArticles } from "../support/invented-articles.js";
import { expectAnsweredBy } from "../support/answers.js";

const NAMES = new Set(["haddad", "farouk", "trump", "erdogan"]);
const read = (q: string) => readFollowUp(q, (phrase) => NAMES.has(phrase));


describe("a follow-up in several clauses", () => {
  it.each([
    ["why? what's their argument", "why"],
    ["why tho, what would make him do it?", "why"],
    ["ليش؟ شو خايفين منه بالزبط؟", "why"],
    ["وعلاش؟ شنو دارو هادوك؟", "why"],
    ["طيب مين هاد؟ شو منصبو؟", "who_is"],
    ["وده يبقى مين بالظبط؟ شغلته إيه؟", "who_is"],
    ["w howa meen bezabt? 3ayez a3raf sefto", "who_is"],
  ])("%s is its first clause, said again: %s", (q, shape) => {
    expect(read(q)).toMatchObject({ shape, content: [] });
  });

  it("'and who caught him?' asks who did something to the one the last answer is about", () => {
    expect(read("and who caught him?")).toMatchObject({ shape: "agent", content: ["caught"], pointsBack: true });
    expect(read("who caught Haddad?")).toBeNull();
  });

  it("a name in one clause switches the speaker the other clause asks about", () => {
    expect(read("and what about haddad, what was he warning about?")).toMatchObject({ shape: "and_name", topic: "haddad" });
  });

  it("a what-else takes its topic from the clause after it", () => {
    expect(read("anything else they said? like is the strike still on or not")).toMatchObject({ shape: "what_else", topic: "strike still on" });
  });

  it("a clause that is a question of its own is not read as part of the follow-up", () => {
    expect(read("why? who said the port will close?")).not.toMatchObject({ shape: "why", content: [] });
    expect(read("different question - how old was the man in the case?")).toBeNull();
  });
});

describe("follow-up words", () => {
  it("a Levantine -و possessive is the -ه of the table: منصبو is منصبه", () => {
    expect(read("شو منصبو؟")).toMatchObject({ shape: "who_is" });
  });

  it.each([
    ["did he mention the strike?", "what_said", "strike"],
    ["وهل ذكر الإضراب؟", "what_said", "الاضراب"],
    ["did anyone else say the port will close?", "who_else", "port close"],
    ["w shu kaman laha7zo?", "what_else", null],
    ["زين وش قال بعد عن الرافعات؟", "what_else", "الرافعات"],
  ])("%s → %s about %s", (q, shape, topic) => {
    expect(read(q)).toMatchObject({ shape, topic });
  });

  it("'the same thing' points back: who else says it asks the last question again", () => {
    expect(read("ومن غيرها يقول الشيء نفسه؟")).toMatchObject({ shape: "who_else", topic: null });
  });

  it("a 'when' after what-did-he-say is a conjunction, not a question about the last answer", () => {
    expect(read("what did the guy say when they arrested him?")?.shape).not.toBe("when");
    expect(read("and when did that happen?")?.shape).toBe("when");
  });
});

describe("follow-ups end to end, in an invented article", () => {
  const harbour = inventedArticles(
    {
      harbour: [
        "Harbour city quarrels over port fees",
        "\"We will close the port to cargo ships if the shipping fees rise again,\" Mayor Lina Farouk said on Monday. The council later dropped a plan to sell the ferry terminal, partly because of complaints from fishermen.",
        "Dock union leader Omar Haddad warned that the dock workers would strike before the summer.",
        "\"We need new cranes on every quay,\" Haddad said.",
        "Police arrested two protesters at the harbour gate on Tuesday, the city said.",
        "Coast guards arrested three smugglers near the old lighthouse on Sunday.",
        "Tensions with the ferry company grew after the city bought two diesel tugboats from a Norwegian yard, which began arriving last month.",
      ].join("\n"),
    },
    { answerBar: RULES_ONLY },
  );

  it("'and what about Haddad, what was he warning about?' answers for Haddad, never for the last speaker", () => {
    const a = converse(harbour.engine, "what did Farouk say about the port?", "and what about Haddad, what was he warning about?");
    expect(a.status).toBe("answered");
    for (const item of a.answers) expect(item.speaker?.name).toBe("Omar Haddad");
  });

  it.each(["why?", "why tho, what would make her do it?"])("%s after a threat made on a condition: the threat itself, not a reason given for something else", (q) => {
    const a = converse(harbour.engine, "who threatened to close the port to cargo ships?", q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.name).toBe("Lina Farouk");
    expect(a.answers[0].text).toContain("if the shipping fees rise again");
  });

  it("'what did the guy say when they arrested him?' after a fact naming nobody is not answered", () => {
    const a = converse(harbour.engine, "who was arrested at the harbour gate?", "what did the guy say when they arrested him?");
    expect(a.status).not.toBe("answered");
  });

  it("'and who arrested them?' after a fact: who did it to the ones that fact is about", () => {
    const a = converse(harbour.engine, "how many smugglers were caught near the lighthouse?", "and who arrested them?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("Coast guards");
  });

  it("a topic in one clause and a question of its own in the other: that question, about the topic", () => {
    const a = converse(harbour.engine, "what did Farouk say?", "ok forget that — what about the cranes, what is the union leader saying?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.name).toBe("Omar Haddad");
    expect(a.answers[0].text).toContain("cranes");
  });

  it("after suggestions, a when-question in words of its own is about the one suggestion whose sentence says them", () => {
    const offered = harbour.engine.ask("what boats did the town get from norway");
    expect(offered.status).toBe("suggested");
    const a = harbour.engine.ask("when did they start arriving?", { context: contextOf(offered) });
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("began arriving last month");
    // A bare "when was that?" still has no one suggestion to be about.
    expect(harbour.engine.ask("when was that?", { context: contextOf(offered) }).status).toBe("no_match");
  });

  it("'did he mention the strike?' asks the last speaker about it", () => {
    const a = converse(harbour.engine, "what did Haddad say about cranes?", "did he mention the strike?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.name).toBe("Omar Haddad");
    expect(a.answers[0].text).toContain("strike");
  });
});

describe("an Arabizi topic is never read as a reporting verb", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(loadCorpus());
  });

  it("'what did he say about Saudi Arabia?', which he never spoke of, is not answered", () => {
    expect(converse(engine, "wesh gal Trump 3an torkiya?", "w wesh gal 3an el s3oodiya?").status).not.toBe("answered");
    expect(engine.ask("wesh gal Trump 3an el s3oodiya?").status).not.toBe("answered");
  });

  it("a topic he did speak of still is", () => {
    expectAnsweredBy(engine.ask("shu 2al trump 3an el akrad?"), "trump");
  });
});
