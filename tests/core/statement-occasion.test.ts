// "Which TV channel did X talk to?", "at what event was X speaking?", "لأي قناة أدلى X بتصريحاته؟": where a
// statement was made is said by the sentence that reports it ("في تصريحات لقناة …", "speaking at the … forum",
// "told the … Courier"), not by the statement's own words. The answer is the named speaker's statement
// whose sentence says it, of the kind asked (an outlet or an event). The articles are invented.
import { describe, expect, it } from "vitest";
import { occasionAsked } from "../../src/engine/answer-slots.js";
import { parseQuestion } from "../../src/engine/question.js";
import { normalize } from "../../src/normalize/index.js";
import { inventedArticles } from "../support/invented-articles.js";

const HARBOUR_AR = [
  "وزير النقل: الميناء الجديد يفتح أبوابه في الربيع",
  "وقال وزير النقل سليم الحداد، في تصريحات لقناة الساحل، إن الميناء الجديد سيفتح أبوابه للسفن في الربيع المقبل.",
  "وأضاف الحداد أن العمل في الرصيف الثاني سينتهي قبل الصيف.",
].join("\n\n");

const BRIDGE_EN = [
  "Mayor says new bridge will open in May",
  "Speaking at the annual Riverside business forum on Tuesday, Mayor Ada Lowe said the new bridge would open to traffic in May.",
  "Lowe told the Valley Courier that the city had set aside $4 million for repairs to the old bridge.",
  "Council member Tom Price said the bridge would ease traffic in the town centre.",
].join("\n\n");

const PORT_EN = [
  "Port chief expects record year in Norway",
  "Port chief Erik Dahl told the Harbour Times that ports in Norway would handle record cargo this year.",
  "Shipping in Norway grew by 5 percent last year, the ministry said.",
].join("\n\n");

const drafts = inventedArticles({ harbour: HARBOUR_AR, bridge: BRIDGE_EN, port: PORT_EN });

const top = (q: string) => {
  const a = drafts.engine.ask(q);
  return { status: a.status, speaker: a.answers[0]?.speaker?.name ?? null, context: a.answers[0]?.context ?? "" };
};

describe("a question asking where a statement was made", () => {
  it("is read with the kind of occasion it asks, in either language, the Arabic noun right after its question word", () => {
    expect(occasionAsked(normalize("لأي قناة أدلى الحداد بتصريحاته"))?.kind).toBe("outlet");
    expect(occasionAsked(normalize("ما الوسيلة الإعلامية التي تحدث إليها الحداد"))?.kind).toBe("outlet");
    expect(occasionAsked(normalize("which Syrian TV channel did the minister talk to"))?.kind).toBe("outlet");
    expect(occasionAsked(normalize("at what event was Lowe speaking"))?.kind).toBe("event");
    for (const q of ["ماذا قال الحداد في المؤتمر", "what was the show about", "what did Lowe say at the forum"]) expect(occasionAsked(normalize(q)), q).toBeNull();
    expect(parseQuestion(normalize("ما الوسيلة الإعلامية التي تحدث إليها الحداد")).intent).toBe("fact");
  });

  it.each([
    ["an outlet in Arabic, the speaker by name", "لأي قناة أدلى سليم الحداد بتصريحاته؟", "Salim Al-Haddad", "لقناة الساحل"],
    ["an outlet in Arabic, the speaker by office", "لأي قناة تحدث وزير النقل عن الميناء الجديد؟", "Salim Al-Haddad", "لقناة الساحل"],
    ["an event in English", "At what event did Ada Lowe speak about the bridge?", "Ada Lowe", "business forum"],
    ["an outlet in English: the sentence with an outlet, not the one with an event", "Which newspaper did the mayor talk to?", "Ada Lowe", "Valley Courier"],
  ])("%s: %s", (_kind, q, speaker, where) => {
    const a = top(q);
    expect(a.status, q).toBe("answered");
    expect(a.speaker, q).toBe(speaker);
    expect(a.context, q).toContain(where);
  });

  it("is not answered for a speaker none of whose sentences says where", () => {
    expect(top("Which TV channel did Tom Price talk to?").status).not.toBe("answered");
  });

  it("is not answered for a title the question places elsewhere than the article does", () => {
    for (const q of ["Which newspaper did the Swedish port chief talk to?", "Which newspaper did the port chief in Sweden talk to?"]) expect(top(q).status, q).not.toBe("answered");
    expect(top("Which newspaper did the Norwegian port chief talk to?")).toMatchObject({ status: "answered", speaker: "Erik Dahl" });
  });
});
