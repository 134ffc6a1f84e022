// The per-question work budget: a question that outruns it is answered no_match ("too_complex")
// rather than holding up everyone else's. The clock is injected, so nothing here is timed.
import { beforeAll, describe, expect, it } from "vitest";
import { MESSAGES, createEngine, loadCorpus, type Corpus } from "../../src/index.js";
import { formatAnswer } from "../../adapters/cli/format.js";
import { noMatchText } from "../../adapters/discord/render.js";
import { renderAnswer } from "../../adapters/slack/render.js";

let corpus: Corpus;
beforeAll(() => {
  corpus = loadCorpus();
});

/** A clock that moves `step` milliseconds each time it is read. */
function ticking(step: number) {
  let now = 0;
  const clock = () => (now += step);
  return { clock, reads: () => now / step };
}

describe("per-question work budget", () => {
  const question = "What did Erdogan say about Syria?";

  it("answers as usual while the budget lasts", () => {
    const frozen = createEngine(corpus, { clock: () => 0, budgetMs: 1 });
    const unbudgeted = createEngine(corpus);
    const a = frozen.ask(question);
    expect(a.status).toBe("answered");
    expect(a).toEqual(unbudgeted.ask(question));
  });

  it("gives up with too_complex once the clock passes the deadline", () => {
    const { clock } = ticking(1);
    const engine = createEngine(corpus, { clock, budgetMs: 2 });
    const a = engine.ask(question);
    expect(a).toMatchObject({ status: "no_match", reason: "too_complex", answers: [] });
    // Each adapter says so in its own words, not "nothing in the articles answers that".
    expect(formatAnswer(a, "en")).toBe(MESSAGES.questionTooComplex);
    expect(noMatchText(a.reason, "en")).toBe(MESSAGES.questionTooComplex);
    expect(JSON.stringify(renderAnswer(a, { lang: "en" }))).toContain("took too long to work out");
  });

  it("checks the clock as the work grows, and starts afresh for the next question", () => {
    const t = ticking(1);
    const engine = createEngine(corpus, { clock: t.clock, budgetMs: 10_000 });
    const reads = (q: string) => {
      const before = t.reads();
      engine.ask(q);
      return t.reads() - before;
    };
    // Each leading part of the speaker phrase tried is a checkpoint.
    expect(reads(`ماذا قال ${Array(12).fill("للخليفة").join(" ")}`)).toBeGreaterThan(reads(`ماذا قال ${Array(2).fill("للخليفة").join(" ")}`) + 8);
    // Each question gets the whole budget again.
    const tight = createEngine(corpus, { clock: ticking(1).clock, budgetMs: 200 });
    for (let i = 0; i < 5; i++) expect(tight.ask(question).status).toBe("answered");
  });
});
