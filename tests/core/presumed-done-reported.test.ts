// Answers that stated something the article does not hold, by class (set T's first run). A when-question
// that presumes the act happened ("… actually begin?", "… finally kick off?") is not answered by a
// statement whose sentence reports the act only as a threat ("Turkey has long threatened to invade …,
// arguing that …"), nor through "finally" read as a topic word ("الأخيرة", "recent"). A preposition before
// a "what" word ("ومن ماذا حذروا؟", "of what did they warn?") asks what, not who. Invented wording on the
// built-in article.
import { beforeAll, describe, expect, it } from "vitest";
import { contextOf, createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { readFollowUp } from "../../src/engine/follow-up-reader.js";
import { claimsDone } from "../../src/engine/realis.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

const after = (first: string, q: string) => engine.ask(q, { context: contextOf(engine.ask(first)) });

describe("a when-question presuming an act its record's sentence reports as a threat", () => {
  it.each(["when did the Turkish invasion of the Kurdish area really start?", "when did Turkey's military operation in the Kurdish region actually begin?"])(
    "is not answered by the statement the threat's sentence holds: %s",
    (q) => {
      expect(engine.ask(q).status).not.toBe("answered");
    },
  );

  it("the threat itself is still dated", () => {
    const a = engine.ask("when did Trump threaten to wreck Turkey's economy?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("trump");
  });
});

describe("'finally', 'eventually' claim that it happened and are no topic word", () => {
  it.each(["when did the offensive finally begin?", "when did they eventually cross the border?", "when did the talks at last succeed?"])("%s", (q) => {
    expect(claimsDone(q)).toBe(true);
  });

  it.each(["so when did the Turkish offensive finally kick off?", "and when did the Turkish assault eventually start?"])("after the diplomats' statement: %s", (q) => {
    expect(after("what have diplomats in Ankara been seeing lately?", q).status).not.toBe("answered");
  });
});

describe("a preposition before a 'what' word asks what", () => {
  const names = () => false;
  it.each([
    ["ومن ماذا حذروا أيضا؟", "what_else"],
    ["ومن شو حذروا كمان؟", "what_else"],
    ["وعن شو حكى؟", "what_said"],
    ["w mn shu 7azaro kaman?", "what_else"],
  ])("%s → %s", (q, shape) => {
    expect(readFollowUp(q, names)?.shape).toBe(shape);
  });

  it("'of what else did they warn?' after the officials is asked of the officials, leaving out what was shown", () => {
    const a = after("who says ISIS remains a worldwide danger?", "ومن ماذا حذروا أيضا؟");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("us_officials");
    expect(a.answers[0].id).toBe("article-000/q-officials-cells");
  });
});
