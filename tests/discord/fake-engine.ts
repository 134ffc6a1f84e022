// A small stand-in Engine for renderer and handler tests that need exact, controlled answers.
import { withCitation } from "../support/citation.js";
import { recordRef, type Answer, type AnswerItem, type ArticleInfo, type Engine, type SpeakerInfo } from "../../src/index.js";

export const SALES: SpeakerInfo = {
  id: "robert-sales",
  name: "Robert Sales",
  nameAr: "روبرت ساليس",
  role: "Former US official",
  roleAr: "مسؤول أمريكي سابق",
  kind: "person",
  aliases: ["Sales"],
  quoteCount: 2,
  articles: ["article-000"],
};

export const GROUP: SpeakerInfo = {
  id: "the-group",
  name: "The *Group*",
  nameAr: "المجموعة",
  role: null,
  roleAr: null,
  kind: "group",
  aliases: [],
  quoteCount: 1,
  articles: ["article-000"],
};

export function item(over: Partial<AnswerItem> = {}): AnswerItem {
  return withCitation({
    kind: "quote",
    speaker: SALES,
    text: "العلامة التجارية لداعش لا تزال موجودة في العالم",
    textEn: "The ISIS brand still exists worldwide",
    context: "وقال ساليس إن العلامة التجارية لداعش لا تزال موجودة في العالم، مضيفاً أن الخطر قائم.",
    article: "article-000",
    paragraph: 7,
    score: 0.91,
    draft: false,
    ...over,
  }, ARTICLE);
}

export const ARTICLE: ArticleInfo = {
  id: "article-000",
  lang: "ar",
  title: "عنوان المقال",
  titleEn: "The article's title",
  source: { publisher: "Example News", url: "https://example.com/a", note: null },
  date: "2024-01-01",
  status: "reviewed",
  paragraphs: 20,
  quoteCount: 3,
  factCount: 4,
};

/** Answers three items to any question containing "brand", no_match otherwise. */
export function fakeEngine(over: Partial<Engine> = {}): Engine {
  const answers = [item(), item({ text: "نص ثان", textEn: "second", score: 0.6, paragraph: 9 }), item({ speaker: GROUP, score: 0.3 })];
  return {
    ask(question: string): Answer {
      if (!question.trim()) return { question, status: "no_match", answers: [], reason: "empty" };
      if (question.length > 500) return { question, status: "no_match", answers: [], reason: "too_long" };
      if (/brand/i.test(question)) return { question, status: "answered", answers };
      return { question, status: "no_match", answers: [], reason: "not_found" };
    },
    speakers: () => [SALES, GROUP],
    suggestSpeakers: (prefix: string, limit = 25) =>
      [SALES, GROUP].filter((s) => [s.name, s.nameAr ?? ""].some((n) => n.toLowerCase().includes(prefix.toLowerCase()))).slice(0, limit),
    quotesBy: (id: string) => (id === SALES.id ? [answers[0], answers[1]] : []),
    articles: () => [ARTICLE],
    item: (ref: string) => answers.find((a) => a.id === ref || recordRef(a.id) === ref) ?? null,
    ...over,
  };
}
