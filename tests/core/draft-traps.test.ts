// Trap questions on ingested drafts (invented articles, one construction each): a question that asks
// about something the article never says, answered with a statement that shares its other words.
import { describe, expect, it } from "vitest";
import { inventedArticles } from "../support/invented-articles.js";

const DENGUE_AR = [
  "الصحة اليمنية: 230 إصابة جديدة بحمى الضنك",
  "أعلنت وزارة الصحة اليمنية تسجيل 230 إصابة جديدة بحمى الضنك في 4 محافظات بينها 3 حالات وفاة.",
  "وأوضحت الوزارة أن هذه الحالات سجلت في محافظات الحديدة وتعز ولحج وأبين.",
  "وأفادت بأن العدد الكلي للإصابات منذ بداية العام ارتفع إلى 5 آلاف إصابة.",
].join("\n\n");

const MEASLES_EN = [
  "Health ministry reports 120 new measles cases",
  "The health ministry said on Monday it had recorded 120 new measles cases in three provinces, including two deaths.",
  "The cases were recorded in Orlen, Besk and Varo, the ministry said.",
  "The total number of cases since January has risen to 2,400, it added.",
].join("\n\n");

describe("a count of an act the corpus never reports", () => {
  const drafts = inventedArticles({ dengue: DENGUE_AR, measles: MEASLES_EN });

  it.each([
    "كم حالة تعافت من حمى الضنك في محافظة تعز؟",
    "كم مريضا غادروا المستشفيات بعد إصابتهم بحمى الضنك؟",
    "how many measles patients recovered in Besk?",
    "how many measles cases were vaccinated in the three provinces?",
  ])("%s is not answered with a count of cases or deaths", (q) => {
    expect(drafts.engine.ask(q).status).not.toBe("answered");
  });

  it.each([
    ["كم إصابة جديدة بحمى الضنك سجلت وزارة الصحة؟", "230"],
    ["كم حالة وفاة سجلت بحمى الضنك؟", "3 حالات وفاة"],
    ["how many new measles cases were recorded?", "120"],
  ])("%s is still answered (%s)", (q, text) => {
    const a = drafts.engine.ask(q);
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain(text);
  });
});
