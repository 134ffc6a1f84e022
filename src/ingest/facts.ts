// The article's own statements: sentences outside every attributed quote that carry something a
// reader asks about (a number, a date, a place, an organization, a name).
import { ORG_HEADS, STATES } from "./lexicon-ar.js";
import { quoteSpans, sentencesOf } from "./segment.js";
import { normAr } from "./text.js";
import type { Attribution, Lang, Paragraph } from "./types.js";

export interface FactDraft {
  paragraph: number;
  text: string;
}

const MONTHS_AR = /(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)/;
const MONTHS_EN = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const NUMBER_WORDS_AR = /(?:الأول|الثاني|الثالث|العشرين|عشر|مئة|مائة|ألف|آلاف|مليون|ملايين|مليار|عام|أعوام|سنوات|شهر|أسابيع|يوم)/;

function informative(text: string, lang: Lang): boolean {
  if (/[0-9٠-٩]/.test(text)) return true;
  if (lang === "en") {
    if (MONTHS_EN.test(text)) return true;
    // A capitalized word after the first: a name, a place or an organization.
    return /\s[A-Z][a-z]/.test(text.replace(/^\S+/, ""));
  }
  if (MONTHS_AR.test(text) || NUMBER_WORDS_AR.test(text) || /[A-Za-z]/.test(text)) return true;
  const ws = text.split(/\s+/).map((w) => normAr(w).replace(/^[وفبل](?=ال)/, ""));
  return ws.some((w) => STATES[w] || STATES[w.replace(/^[وفبل]/, "")] || ORG_HEADS.has(w));
}

export function extractFacts(paragraphs: Paragraph[], quotes: Attribution[], lang: Lang): FactDraft[] {
  const out: FactDraft[] = [];
  for (const p of paragraphs) {
    const taken = quotes.filter((q) => q.paragraph === p.line).map((q) => [q.start, q.start + q.text.length] as const);
    for (const s of sentencesOf(p, quoteSpans(p.text))) {
      if (taken.some(([a, b]) => a < s.end && b > s.start)) continue;
      const text = s.text.replace(/[\s.!?؟،,]+$/u, "");
      if (text.split(/\s+/).length < 4 || !informative(text, lang)) continue;
      out.push({ paragraph: p.line, text });
    }
  }
  return out;
}
