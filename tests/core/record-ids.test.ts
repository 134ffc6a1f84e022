// Every answer item names its corpus record, and the engine finds the record again by that id or by
// its short reference: what feedback and restart-proof buttons rely on.
import { describe, expect, it } from "vitest";
import { RECORD_REF_LENGTH, loadEngine, recordRef } from "../../src/index.js";

const engine = loadEngine();

describe("record ids", () => {
  it("an answer item's id is its article and its quote's id in the corpus file", () => {
    const answer = engine.ask("who said the ISIS brand still exists?");
    expect(answer.answers[0].id).toBe("article-000/q-sales-brand");
    for (const item of engine.ask("who is quoted?").answers) expect(item.id).toMatch(/^article-000\/[a-z0-9][a-z0-9_-]*$/);
  });

  it("every record has its own id and short reference, and item() finds it by either", () => {
    const all = engine.speakers().flatMap((s) => engine.quotesBy(s.id));
    const ids = new Set(all.map((i) => i.id));
    expect(ids.size).toBe(all.length);
    expect(new Set(all.map((i) => recordRef(i.id))).size).toBe(all.length);
    for (const i of all) {
      expect(recordRef(i.id)).toMatch(new RegExp(`^[A-Za-z0-9_-]{${RECORD_REF_LENGTH}}$`));
      expect(engine.item(i.id)).toEqual({ ...i, score: 1 });
      expect(engine.item(recordRef(i.id))?.id).toBe(i.id);
    }
  });

  it("an id the corpus does not hold is null, whatever it is", () => {
    for (const bad of ["", "article-000/nope", "x".repeat(10_000), "AAAAAAAA", undefined as unknown as string]) {
      expect(engine.item(bad)).toBeNull();
    }
  });
});
