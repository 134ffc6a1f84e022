// The drafts scorer's speaker test: an accepted name matches the answer's speaker as written, an English
// article before it ("the source", "The office of …") opening no name, as in the ingest scorer.
import { describe, expect, it } from "vitest";
import { namesSpeaker } from "../../scripts/eval-unseen.js";
import type { AnswerItem } from "../../src/types.js";

const item = (name: string) => ({ speaker: { id: "x", name, nameAr: null, role: null, roleAr: null } }) as unknown as AnswerItem;

describe("namesSpeaker", () => {
  it("'the source' names the speaker 'Source'; 'The office of …' names 'Office of …'", () => {
    expect(namesSpeaker(["the source"], item("Source"))).toBe(true);
    expect(namesSpeaker(["The office of Minister Julian Fantino"], item("Office of Minister Julian Fantino"))).toBe(true);
  });

  it("another name is still another speaker", () => {
    expect(namesSpeaker(["the source"], item("Julian Fantino"))).toBe(false);
    expect(namesSpeaker(["Fantino's office"], item("Julian Fantino"))).toBe(false);
  });
});
