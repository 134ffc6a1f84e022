// scoreRecords stops scoring once verdictSettled says that no candidate left can change the verdict or
// what the answer bar weighs of it: whatever of the rest a longer ranking would have scored, the answer
// must be the same.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, preferDirect, RUNNER_UP_RATIO, SPEAKERS_WEIGHED, verdictSettled, type Scored } from "../../src/engine/decision.js";

interface Candidate extends Scored {
  speaker: number;
  answerable: boolean;
  /** The bound the ranking orders by: at least the score. */
  bound: number;
}

const BARS = { answer: 0.5, suggest: 0.35 };
// Scores that tie as real ones do: the cap of a record that is no evidence (0.49), the bars, their runner-up floors.
const SCORES = [1, 0.9, 0.8, 0.75, 0.6, 0.5, 0.49, 0.4875, 0.45, 0.4, 0.375, 0.3675, 0.35, 0.3];
const candidate = fc.record({
  score: fc.constantFrom(...SCORES),
  lift: fc.constantFrom(0, 0, 0.01, 0.2),
  speaker: fc.integer({ min: 0, max: 5 }),
  answerable: fc.boolean(),
  held: fc.integer({ min: 0, max: 2 }),
  direct: fc.constantFrom(0, 0.3, 0.6, 0.9),
});

const byScore = (a: Scored, b: Scored) => b.score - a.score || a.record - b.record;

/** What the engine makes of a ranking: the verdict, and the answer bar's rival and speakers (decisionInput). */
function outcome(scored: Candidate[]) {
  const sorted = [...scored].sort(byScore);
  const verdict = preferDirect(decide(sorted, BARS, (s) => (s as Candidate).answerable));
  if (!verdict) return null;
  const top = verdict.scored[0] as Candidate;
  return {
    status: verdict.status,
    why: verdict.why,
    records: verdict.scored.map((s) => s.record),
    rival: (sorted as Candidate[]).find((s) => s.speaker !== top.speaker)?.score ?? 0,
    speakers: Math.min(new Set((sorted as Candidate[]).filter((s) => s.score >= top.score * RUNNER_UP_RATIO).map((s) => s.speaker)).size, SPEAKERS_WEIGHED),
  };
}

describe("a ranking settled before its end", () => {
  it("gives the verdict, rival and speakers of any longer ranking", () => {
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 14 }), fc.nat(), fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), fc.boolean(), (raw, cut, keep, exact) => {
        const all: Candidate[] = raw.map((c, i) => ({ record: i * 7 + (c.speaker % 3), score: c.score, bound: c.score + c.lift, speaker: c.speaker, answerable: c.answerable, held: c.held, direct: c.direct }));
        // Best bound first, then record order: the order scoreRecords scores its hits in.
        all.sort((a, b) => b.bound - a.bound || a.record - b.record);
        const k = cut % all.length;
        const sofar = all.slice(0, k);
        const rest = all.slice(k);
        // What is known of the candidates left: exactly, or only that they may be anything.
        const left = exact
          ? { answerable: rest.some((c) => c.answerable), offerable: rest.some((c) => (c.held ?? 1) >= 1) }
          : { answerable: true, offerable: true };
        if (!verdictSettled(sofar, BARS, (s) => (s as Candidate).answerable, (s) => (s as Candidate).speaker, rest[0].bound, rest[0].record, left)) return;
        const longer = [...sofar, ...rest.filter((_, i) => keep[i])];
        expect(outcome(longer)).toEqual(outcome(sofar));
      }),
      { numRuns: 40_000 },
    );
  });

  it("is settled early when nothing left may be answered or offered", () => {
    const top: Candidate = { record: 1, score: 0.9, bound: 0.9, speaker: 0, answerable: true, held: 1, direct: 0.9 };
    const rival: Candidate = { record: 2, score: 0.2, bound: 0.2, speaker: 1, answerable: false, held: 1, direct: 0 };
    const settled = (scored: Candidate[], most: number, left = { answerable: true, offerable: true }) =>
      verdictSettled(scored, BARS, (s) => (s as Candidate).answerable, (s) => (s as Candidate).speaker, most, 99, left);
    // A rival of another speaker is needed before the rest can be left: the answer bar weighs its score.
    expect(settled([top], 0.6)).toBe(false);
    expect(settled([top, rival], 0.2)).toBe(true);
    expect(settled([top, rival], 0.6)).toBe(false);
    expect(settled([], 0.8, { answerable: false, offerable: false })).toBe(true);
  });
});
