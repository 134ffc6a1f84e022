// Expansions rank, the record's own words attribute: a concept match (another wording, the curated
// topics, the sentence around a quote) never decides between two speakers against one who said the
// asked words; a statement saying the opposite of the question is never stated as its answer.
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadCorpus, type Engine } from "../../src/index.js";
import { preferDirect } from "../../src/engine/decision.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus());
});

describe("the record's own words attribute", () => {
  it("a military op is Erdogan's military operation, not Trump's 'if they hit the Kurds' matched through 'attack'", () => {
    const a = engine.ask("who said Turkey will hit Kurdish areas in Syria with a military op?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("erdogan");
  });

  it("among answers close in score, the one saying more of the question itself comes first", () => {
    const v = preferDirect({
      status: "answered",
      scored: [
        { record: 1, score: 0.68, direct: 0.5 },
        { record: 2, score: 0.53, direct: 0.6 },
      ],
    });
    expect(v?.scored.map((s) => s.record)).toEqual([2, 1]);
    // A suggestion is left as it is.
    const s = { status: "suggested" as const, scored: [{ record: 1, score: 0.4, direct: 0 }, { record: 2, score: 0.39, direct: 1 }] };
    expect(preferDirect(s)).toBe(s);
  });
});

describe("the opposite of the question is not its answer", () => {
  it.each(["who said ISIS does not pose a global threat anymore?", "من قال إن داعش لم يعد يمثل تهديدا عالميا؟"])("%s", (q) => {
    expect(engine.ask(q).status).not.toBe("answered");
  });

  it("a verb of lacking is a negation: 'may not have the expertise' is Sales's 'may lack the expertise'", () => {
    const a = engine.ask("who said some partner nations may not have the expertise?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.id).toBe("sales");
  });
});

describe("'about' as chat types it", () => {
  it.each(["what did Trump say abt the F-35?", "what did Erdogan say abuot the F-35?", "what did Erdogan say bout the F-35?"])(
    "%s: the topic is required, and neither said anything about it",
    (q) => {
      expect(engine.ask(q).status).not.toBe("answered");
    },
  );

  it("what did Erdogan say abuot the Kurds? is answered", () => {
    expect(engine.ask("what did Erdogan say abuot the Kurds?").answers[0]?.speaker?.id).toBe("erdogan");
  });
});
