// A question that asks for someone's statement is never answered by a record that names no speaker
// (issue 12: a statement whose speaker the extractor missed is stored as a fact; stating it put the
// words in nobody's mouth, counted a wrong speaker). A fact question with a slot of its own still is.
// The article is invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { namesActOfSaying } from "../../src/engine/question.js";
import { ingestedEngine } from "../support/drafts.js";

const FESTIVAL_EN = `Health minister urges caution at summer festivals
Health Minister Dana Clarke said on Monday that the risk of the virus spreading at outdoor events remained low.
His advice to Harbour Lights organisers is, "to make sure there are hand washing stations at every gate and that sick staff stay home."
The Harbour Lights festival drew 40,000 visitors to Port Adley last year.
`;

let dir: string;
let festival: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-speakerless-"));
  festival = ingestedEngine(dir, "festival", { "festival-en": FESTIVAL_EN });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a question naming an act of saying", () => {
  it("is read from reporting and stance verbs, words for a statement and 'according to', in both languages", () => {
    for (const q of ["What was Clarke's advice?", "Who made the statement about the gates?", "according to the police source, what happens next?", "كلارك نصح المنظمين بإيه؟", "حسب الوزارة، كم عدد الحالات؟", "what did the accused ask the magistrate for"])
      expect(namesActOfSaying(q), q).toBe(true);
    for (const q of ["How many visitors did the festival draw?", "which province is he governor of", "المسيرة الحاشدة كانت تحت أي عنوان؟"]) expect(namesActOfSaying(q), q).toBe(false);
  });
});

describe("a statement whose speaker the draft does not know", () => {
  it("is offered, not stated, to a question asking for someone's statement", () => {
    for (const q of ["What was Clarke's advice to the Harbour Lights organisers?", "Dana Clarke advised the Harbour Lights organisers on what?", "According to Clarke, what should there be at every gate of Harbour Lights?"]) {
      const a = festival.ask(q);
      expect(a.status, q).not.toBe("answered");
    }
  });
  it("while a fact the article states answers a question asking its number", () => {
    const a = festival.ask("How many visitors did the Harbour Lights festival draw to Port Adley last year?");
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toMatch(/40,000/);
  });
});
