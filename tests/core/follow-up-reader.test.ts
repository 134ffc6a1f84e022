import { describe, expect, it } from "vitest";
import { readFollowUp } from "../../src/engine/follow-up-reader.js";

// Names the test treats as speakers of the corpus ("and Trump?").
const NAMES = new Set(["trump", "erdogan", "اردوغان", "the pentagon", "pentagon"]);
const names = (phrase: string) => NAMES.has(phrase);
const read = (q: string) => readFollowUp(q, names);

describe("reading a follow-up word by word", () => {
  it.each([
    ["so who's this guy again?", "who_is", "en"],
    ["وهاد مين يعني؟", "who_is", "ar"],
    ["w shnu mansabo bezzabt?", "who_is", "arabizi"],
    ["what's her official title?", "who_is", "en"],
    ["ok and what else has she told them?", "what_else", "en"],
    ["وهي كمان شو حكت؟", "what_else", "ar"],
    ["شنو گالت بعد؟", "what_else", "ar"],
    ["o ash 9alet zada?", "what_else", "arabizi"],
    ["anything more from them?", "what_else", "en"],
    ["and who else was saying it?", "who_else", "en"],
    ["ومين غيره حكى هيك؟", "who_else", "ar"],
    ["and why is that?", "why", "en"],
    ["وليش عملوا هيك؟", "why", "ar"],
    ["w 3lach?", "why", "arabizi"],
    ["since when?", "when", "en"],
    ["وإمتى صار هالكلام؟", "when", "ar"],
    ["what happened then?", "next", "en"],
    ["وبعدين؟", "next", "ar"],
    ["what did they do then?", "act", "en"],
    ["and what did she do about that?", "act", "en"],
    ["وشو عملوا؟", "act", "ar"],
    ["did that actually happen?", "outcome", "en"],
    ["وهل حصل هذا فعلا؟", "outcome", "ar"],
  ])("%s → %s (%s)", (q, shape, lang) => {
    const r = read(q);
    expect(r?.shape).toBe(shape);
    expect(r?.lang).toBe(lang);
  });

  it("word order does not matter: one shape for every order", () => {
    for (const q of ["وهو شو كمان قال؟", "وشو قال كمان هو؟", "وكمان شو قال؟"]) expect(read(q)?.shape, q).toBe("what_else");
  });

  it("a topic after 'about' is kept, in the follow-up's words", () => {
    expect(read("and what did he say on the refugees?")).toMatchObject({ shape: "what_said", topic: "the refugees" });
    expect(read("w 2alo eh 3an el 7odod?")).toMatchObject({ shape: "what_said", topic: "7odod", lang: "arabizi" });
    expect(read("وعن اللاجئين؟")).toMatchObject({ shape: "about", topic: "اللاجئين" });
  });

  it("a speaker's name after 'and' switches the speaker; another word does not", () => {
    expect(read("and Trump?")).toMatchObject({ shape: "and_name", topic: "trump" });
    expect(read("وأردوغان؟")).toMatchObject({ shape: "and_name", topic: "اردوغان" });
    expect(read("what about the Pentagon?")).toMatchObject({ shape: "and_name" });
    expect(read("and Putin?")).toBeNull();
  });

  it("why/when with words of its own keeps them, and says whether it points back", () => {
    expect(read("why would Turkey bother attacking?")).toMatchObject({ shape: "why", content: ["turkey", "bother", "attacking"], pointsBack: false });
    expect(read("when did he first announce it?")).toMatchObject({ shape: "when", pointsBack: true });
    expect(read("did they really pull it off?")).toMatchObject({ shape: "outcome", pointsBack: true });
  });

  it.each([
    "who said the brand still exists?",
    "what did Trump say?",
    "did Sales say anything about Iran?",
    "did he say he would send soldiers?",
    "what is the S-400?",
    "how might the US react?",
    "وماذا فعل الجيش التركي؟",
    "",
  ])("%s is a question of its own", (q) => {
    expect(read(q)).toBeNull();
  });
});
