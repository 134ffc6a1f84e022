// Follow-ups whose "he" or "they" is not certain are asked back ("Who do you mean?"), never guessed:
// one asked with no conversation before it, after a question that named two people, after a fact,
// with a topic that names people, a "who else … it?" after a question with no topic, and a role
// that only shares a stem with a group's name, and someone of the last speaker's ("his deputy"). When the follow-up's words are in one referent's own
// quotes, that one is answered. One test per construction, on an invented article and the built-in one.
import { beforeAll, describe, expect, it } from "vitest";
import { RULES_ONLY, createEngine, loadCorpus, noMatchMessage, t, type Engine } from "../../src/index.js";
import { readFollowUp } from "../../src/engine/follow-up-reader.js";
import { converse } from "../support/conversation.js";
import { inventedArticles } from "../support/invented-articles.js";


describe("an unsure referent, in an invented article", () => {
  const port = inventedArticles(
    {
      port: [
        "Harbour city quarrels over port fees",
        "\"We will close the port to cargo ships if the shipping fees rise again,\" Mayor Lina Farouk said on Monday. The council later dropped a plan to sell the ferry terminal, partly because of complaints from fishermen.",
        "Dock union leader Omar Haddad warned that the dock workers would strike before the summer.",
        "\"We need new cranes on every quay,\" Haddad said.",
        "Haddad was elected head of the dock union in 2019.",
        "\"The fees are fair,\" deputy mayor Sami Khoury said.",
      ].join("\n"),
    },
    { answerBar: RULES_ONLY },
  );

  it("a follow-up asked with no conversation before it names nobody: asked back", () => {
    const a = port.engine.ask("and about the cranes, what did he say?");
    expect(a).toMatchObject({ status: "no_match", reason: "unclear_referent" });
  });

  it("after a fact naming one speaker, a topic in that speaker's quotes is theirs; one that is not is asked back", () => {
    const theirs = converse(port.engine, "when was Haddad elected?", "what did he say about the cranes?");
    expect(theirs.status).toBe("answered");
    expect(theirs.answers[0].speaker?.name).toBe("Omar Haddad");
    expect(converse(port.engine, "when was Haddad elected?", "what did he say about the ferry terminal?")).toMatchObject({ status: "no_match", reason: "unclear_referent" });
  });

  it("'did anyone else warn about it?' after a question with no topic has no 'it' to ask about", () => {
    expect(converse(port.engine, "what did Farouk say?", "did anyone else warn about it?")).toMatchObject({ status: "no_match", reason: "unclear_referent" });
  });

  it("'what did his deputy say?' is someone of his the article does not name: asked back, never another's deputy", () => {
    expect(converse(port.engine, "what did Haddad say?", "what did his deputy say?")).toMatchObject({ status: "no_match", reason: "unclear_referent" });
  });

  it("a speaker's name that is also a word of the follow-up table is the name: 'what did Haddad say?' asks of Haddad", () => {
    // "haddad" is Arabizi for "threatened": read as the verb, the question would ask the last speaker.
    const a = converse(port.engine, "what did Farouk say?", "what did Haddad say?");
    expect(a.status).toBe("answered");
    for (const item of a.answers) expect(item.speaker?.name).toBe("Omar Haddad");
    expect(readFollowUp("what did Haddad say?", (phrase, exactly) => phrase === "haddad" && exactly !== undefined)).toBeNull();
  });
});

describe("an unsure referent, in the built-in article", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(loadCorpus());
  });

  it("after a question naming two people, 'who is he?' is asked back, and a topic only one of them spoke of is theirs", () => {
    const two = "what did Jeffrey and the diplomats in Ankara say?";
    expect(converse(engine, two, "who is he?")).toMatchObject({ status: "no_match", reason: "unclear_referent" });
    expect(converse(engine, two, "and what did he say about the weather?")).toMatchObject({ status: "no_match", reason: "unclear_referent" });
    const border = converse(engine, two, "and what did he say about the border?");
    expect(border.status).toBe("answered");
    expect(border.answers[0].speaker?.id).toBe("diplomats");
  });

  it("'X and Y' names two people; a name elsewhere in the question is what it asks about", () => {
    // "ترامب قال إيه لو تركيا ضربت الأكراد؟" names Turkey as the one threatened, not as a second speaker.
    const a = converse(engine, "ترامب هدد بإيه لو تركيا ضربت الأكراد؟", "وقال إيه كمان؟");
    expect(a.status).toBe("answered");
    for (const item of a.answers) expect(item.speaker?.id).toBe("trump");
  });

  it("an 'about' phrase before 'what did he say' is the topic, never the speaker", () => {
    for (const q of ["وعن تركيا والأكراد شو حكى؟", "وعن الأكراد شو قال؟"]) expect(engine.ask(q).status).not.toBe("answered");
  });

  it("after a fact, a topic in no quote of the one its question named is asked back", () => {
    expect(converse(engine, "what did Turkey buy from Russia?", "what did they say about the F-35 jet?")).toMatchObject({ status: "no_match", reason: "unclear_referent" });
  });

  it("'and about X?' stays with the last speaker when X is in their quotes, though X names a speaker too", () => {
    const a = converse(engine, "what did Trump say about the troops leaving Syria?", "what about the Kurds?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("trump");
  });

  it("a role that only shares a stem with a group's name does not switch to the group", () => {
    // "the American official" is not "American officials": it may be Sales, Jeffrey or the officials.
    const a = converse(engine, "what did Nathan Sales say about the ISIS brand?", "and the American official?");
    expect(a.status === "answered" && a.answers.some((x) => x.speaker?.id === "us_officials")).toBe(false);
    // A name the corpus writes still switches.
    const pentagon = converse(engine, "what did Nathan Sales say about the ISIS brand?", "and the Pentagon?");
    expect(pentagon.answers[0]?.speaker?.id).toBe("defense_officials");
  });
});

describe("Levantine Arabizi pronouns", () => {
  it.each(["w meen howe hada?", "w min hiye hay?"])("%s asks who the last speaker is", (q) => {
    expect(readFollowUp(q, () => false)).toMatchObject({ shape: "who_is", lang: "arabizi" });
  });
});

describe("the asked-back reply", () => {
  it("is the catalogue's, in both languages", () => {
    expect(noMatchMessage("unclear_referent", "en")).toBe(t("en", "unclearReferent"));
    expect(noMatchMessage("unclear_referent", "ar")).toBe(t("ar", "unclearReferent"));
    expect(noMatchMessage("not_found", "en")).toBe(t("en", "noMatch"));
  });
});

describe("'he' after an answer that showed a person's and a group's statements", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(loadCorpus());
  });

  it.each([
    ["who said ISIS fighters are all over syria and iraq?", "what else did he say?"],
    ["مين قال إن مقاتلي داعش منتشرين في سوريا والعراق؟", "وشو قال هو كمان؟"],
  ])("after %s, %s is the person (Jeffrey), not the officials", (first, q) => {
    const a = converse(engine, first, q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("jeffrey");
    expect(a.answers[0].text).toContain("العنف الإرهابي");
  });

  it("'they' may be either: still asked back", () => {
    expect(converse(engine, "who said ISIS fighters are all over syria and iraq?", "what else did they say?").status).toBe("no_match");
  });
});

describe("'and the X?' where X is an office only one speaker holds", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = createEngine(loadCorpus());
  });

  it.each([
    ["what did Nathan Sales say?", "and the envoy?", "jeffrey"],
    ["ماذا قال جيفري؟", "والمنسق؟", "sales"],
    ["what did the coalition envoy say?", "what about the counterterrorism coordinator?", "sales"],
  ])("after %s, %s asks it of that speaker", (first, q, id) => {
    const a = converse(engine, first, q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe(id);
  });
});
