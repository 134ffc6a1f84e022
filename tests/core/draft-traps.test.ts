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

const VISIT_AR = [
  "الوزير يطمئن على المصابين",
  "وقال وزير الصحة سالم العبدالله، أود أن أنقل كلمات سمو ولي العهد خلال زيارته للمصابين في مستشفى الجامعة، إن حالتهم مستقرة.",
  "وأضاف الوزير أن المستشفى استقبل 14 مصابا نقلوا من موقع الانفجار.",
].join("\n\n");

describe("a count asked of a statement that gives no number", () => {
  const drafts = inventedArticles({ visit: VISIT_AR });

  it("'How many injured did the crown prince visit in hospital?' is not answered with words that count nobody", () => {
    const a = drafts.engine.ask("How many injured people did the crown prince visit in the university hospital?");
    if (a.status === "answered") expect(a.answers[0].text).toMatch(/\d/);
    const b = drafts.engine.ask("كم مصابا زار ولي العهد في مستشفى الجامعة؟");
    if (b.status === "answered") expect(b.answers[0].text).toMatch(/\d/);
  });

  it("a count the article gives is still answered", () => {
    const a = drafts.engine.ask("كم مصابا استقبل المستشفى من موقع الانفجار؟");
    expect(a.status).toBe("answered");
    expect(a.answers[0].text).toContain("14");
  });
});
