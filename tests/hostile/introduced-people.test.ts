// The Arabic coreference stage lists the people an article introduces with a role (issue 16, a leftover at
// the 120k cap): for each role word it looked for the end of the name by reading the sentence's tokens from
// its start, and for a person already listed by reading the whole list, so a long sentence of many people
// cost role words × tokens. The work is counted, not timed: the sentence tokens read.
import { describe, expect, it, vi } from "vitest";

const reads = vi.hoisted(() => ({ n: 0 }));
vi.mock("../../src/ingest/tokens.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/ingest/tokens.js")>();
  return {
    ...real,
    tokenize: (...args: Parameters<typeof real.tokenize>) =>
      new Proxy(real.tokenize(...args), {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads.n++;
          return Reflect.get(target, key, receiver);
        },
      }),
  };
});

const { introducedPeople } = await import("../../src/ingest/coref-ar.js");

const FIRST = ["أحمد", "محمد", "خالد", "سامي", "علي", "حسن", "يوسف", "عمر"];
const LAST = ["العلي", "منصور", "الحسيني", "الخطيب", "النجار", "سلامة", "داود", "حداد", "عيسى", "الشامي", "البنا"];

/** One sentence introducing `n` ministers, each followed by what they said, with no full stop in it. */
function sentence(n: number): string {
  const parts = Array.from({ length: n }, (_, i) => `وزير الخارجية ${FIRST[i % 8]} ${LAST[i % 11]} قال إن المفاوضات مستمرة`);
  return `${parts.join(" و")}.`;
}

function tokensRead(n: number): { reads: number; people: number } {
  reads.n = 0;
  const people = introducedPeople(sentence(n)).length;
  return { reads: reads.n, people };
}

describe("people introduced in one long sentence", () => {
  it("are found reading the sentence's tokens a bounded number of times each", () => {
    const small = tokensRead(50);
    const large = tokensRead(200);
    expect(small.people).toBe(50);
    expect(large.people).toBe(200);
    // Linear: ×4 (from the sentence's start for every role word it was ×16).
    expect(large.reads / small.reads).toBeLessThan(6);
  });

  it("each with the role written after the name", () => {
    const [first] = introducedPeople("وقال الدكتور محمد معيط وزير المالية إن الخطة جاهزة.");
    expect(first).toMatchObject({ name: "محمد معيط" });
    expect(first.role).toContain("وزير المالية");
  });
});
