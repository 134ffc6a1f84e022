// A question that asks for someone's statement is never answered by a record that names no speaker
// (issue 12: a statement whose speaker the extractor missed is stored as a fact; stating it put the
// words in nobody's mouth, counted a wrong speaker). A fact question with a slot of its own still is.
// A draft quote the extractor kept without a speaker is such a statement too: it is searched, so that a
// who-question about it finds it (offered, its speaker not known) rather than another speaker's weaker
// match. The articles are invented.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/index.js";
import { namesActOfSaying } from "../../src/engine/question.js";
import { ingestedEngine } from "../support/drafts.js";
import { formatAnswer } from "../../adapters/cli/format.js";

const FESTIVAL_EN = `Health minister urges caution at summer festivals
Health Minister Dana Clarke said on Monday that the risk of the virus spreading at outdoor events remained low.
His advice to Harbour Lights organisers is, "to make sure there are hand washing stations at every gate and that sick staff stay home."
The Harbour Lights festival drew 40,000 visitors to Port Adley last year.
`;

// «وقال العطار»: a surname never named in full, so the draft keeps the quote without a speaker.
const WHEAT_AR = `مخزون القمح يكفي حتى الصيف
قال وزير التجارة سامي الخطيب، اليوم الأحد، إن مخزون القمح يكفي لاستهلاك البلاد حتى نهاية الصيف.
وقال العطار إن المخزون يكفي لشهرين على الأقل بعد وصول الشحنة.
`;

let dir: string;
let festival: Engine;
let wheat: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "qb-speakerless-"));
  festival = ingestedEngine(dir, "festival", { "festival-en": FESTIVAL_EN });
  wheat = ingestedEngine(dir, "wheat", { "wheat-ar": WHEAT_AR });
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

describe("a draft quote kept without a speaker", () => {
  it("is what a who-question about it finds: offered with no speaker, never another speaker's weaker match", () => {
    for (const q of ["من قال إن المخزون يكفي لشهرين؟", "من قال إن المخزون يكفي لشهرين على الأقل؟"]) {
      const a = wheat.ask(q);
      expect(a.status, q).toBe("suggested");
      expect(a.answers[0], q).toMatchObject({ kind: "quote", speaker: null });
      expect(a.answers[0].text, q).toContain("لشهرين");
    }
  });
  it("is shown as said by someone the draft does not name, not as the article's own fact", () => {
    const shown = formatAnswer(wheat.ask("من قال إن المخزون يكفي لشهرين؟"), "en");
    expect(shown).toContain("speaker not known");
    expect(shown).not.toContain("reported fact");
  });
  it("leaves the named speaker's own statement his", () => {
    const a = wheat.ask("من قال إن مخزون القمح يكفي حتى نهاية الصيف؟");
    expect(a.status).toBe("answered");
    expect(a.answers[0].speaker?.nameAr).toBe("سامي الخطيب");
    expect(wheat.ask("ماذا قال سامي الخطيب عن المخزون؟").answers.map((x) => x.speaker?.nameAr)).toEqual(["سامي الخطيب"]);
  });
  it("makes no speaker of its own", () => {
    expect(wheat.speakers().map((s) => s.nameAr)).toEqual(["سامي الخطيب"]);
  });
});
