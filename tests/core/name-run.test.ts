// A name the question writes in full names one person: a first name the corpus knows ("James", "Jimmy" by
// sound) followed by a family name it does not is someone else, whose words the corpus does not hold.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { expectAnsweredBy } from "../support/answers.js";
import { inventedArticles } from "../support/invented-articles.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("a known first name before an unknown family name", () => {
  it.each([
    "How did James Smith respond to the statement on fighters?",
    "How did Jimmy Carter respond to the coalition's statement?",
    "How did Jimmy Lai's lawyers respond to the Media Freedom Coalition's statement?",
    // The family name is one the article says (of someone else): still not James Jeffrey's.
    "How did James Trump respond to the statement on fighters?",
  ])("%s names nobody the corpus quotes", (q) => {
    const answer = engine.ask(q);
    expect(answer.answers.map((a) => a.speaker?.id)).not.toContain("jeffrey");
  });

  it("the speaker's own name still reads: 'How did Jeffrey respond to the statement on fighters?'", () => {
    expectAnsweredBy(engine.ask("How did Jeffrey respond to the statement on fighters?"), "jeffrey");
  });
});

describe("a name the name table knows is no misspelling of another it knows", () => {
  const drafts = inventedArticles({ coach: "المنتخب يستعد للبطولة\n\nقال مدرب المنتخب كمال بنعلي إن الفريق جاهز للمباراة المقبلة أمام تونس.\n" });

  it.each(["What did Jamal say about the team?", "What did Gamal say about the team?"])("%s names nobody: Jamal (جمال) is not Kamal (كمال)", (q) => {
    expect(drafts.engine.ask(q).answers.map((a) => a.speaker?.name)).not.toContain("Kamal Bnali");
  });

  it.each(["What did Kamal say about the team?", "what did kemal say about the team"])("%s still names the coach", (q) => {
    expect(drafts.engine.ask(q).answers[0]?.speaker?.name).toBe("Kamal Bnali");
  });
});
