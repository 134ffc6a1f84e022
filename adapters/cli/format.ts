// Plain-text rendering of answers for the terminal (the REPL and `quotebot ask` without --json), in the
// interface language of the question.
import type { Answer, AnswerItem, Lang, SpeakerInfo } from "../../src/index.js";
import { interfaceLanguage, noMatchMessage, t } from "../../src/index.js";

function describe(item: AnswerItem, lang: Lang): string {
  if (!item.speaker) return `— ${t(lang, item.kind === "quote" ? "speakerUnknown" : "articleItself")}`;
  const s = item.speaker;
  const en = s.role ? `${s.name}, ${s.role}` : s.name;
  const ar = s.nameAr ? ` · ${s.roleAr ? `${s.nameAr}، ${s.roleAr}` : s.nameAr}` : "";
  return `— ${en}${ar}`;
}

/** Keeps the first and last words of a long quote: the context line points at it, not repeat it. */
function elide(text: string, max = 60): string {
  if (text.length <= max) return text;
  const words = text.split(/\s+/);
  if (words.length <= 8) return text;
  return `${words.slice(0, 4).join(" ")} … ${words.slice(-3).join(" ")}`;
}

/** At most `max` characters of `text` nearest the quote: its end (before) or its start (after), cut at a word. */
function near(text: string, max: number, side: "before" | "after"): string {
  if (text.length <= max) return text;
  if (side === "before") {
    const cut = text.slice(-max);
    return `…${cut.slice(Math.max(0, cut.indexOf(" ")))}`;
  }
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 0) || max)} …`;
}

/** The sentence around the quote, the quote itself shortened to its first and last words. */
export function contextLine(item: AnswerItem): string | null {
  if (item.context === item.text) return null;
  const at = item.context.indexOf(item.text);
  if (at < 0) return near(item.context, 240, "after");
  const before = near(item.context.slice(0, at), 120, "before");
  const after = near(item.context.slice(at + item.text.length), 120, "after");
  return `${before}${elide(item.text)}${after}`;
}

export function formatItem(item: AnswerItem, n?: number, lang: Lang = "en"): string {
  const lines = [
    `${n !== undefined ? `${n}. ` : ""}«${item.text}»`,
    ...(item.textEn ? [`   ${item.textEn}`] : item.englishMissing !== false ? [`   ${t(lang, "noEnglish")}`] : []),
    `   ${describe(item, lang)}`,
    `   ${t(lang, "source")}: ${item.citation.text}`,
    `   ${item.article} · ${t(lang, "confidencePercent", Math.round(item.score * 100))}${item.draft ? ` · ${t(lang, "draft")}` : ""}`,
  ];
  const context = contextLine(item);
  if (context !== null) lines.push(`   ${t(lang, "inContext")}: ${context}`);
  return lines.join("\n");
}

export function formatAnswer(answer: Answer, lang: Lang = interfaceLanguage(answer.question)): string {
  if (answer.status === "no_match") return noMatchMessage(answer.reason, lang);
  if (answer.status === "suggested") {
    return [t(lang, "suggested"), ...answer.answers.map((a, i) => formatItem(a, i + 1, lang))].join("\n\n");
  }
  const more = answer.total && answer.total > answer.answers.length ? `\n\n${t(lang, "showingAnswers", answer.answers.length, answer.total)}` : "";
  if (answer.answers.length === 1) return formatItem(answer.answers[0], undefined, lang) + more;
  return answer.answers.map((a, i) => formatItem(a, i + 1, lang)).join("\n\n") + more;
}

export function formatSpeakers(speakers: SpeakerInfo[], lang: Lang = "en"): string {
  const lines = speakers.map((s) => {
    const role = s.role ? ` — ${s.role}` : "";
    const ar = s.nameAr ? ` (${s.nameAr})` : "";
    return `• ${s.name}${ar}${role} · ${t(lang, "quoteCount", s.quoteCount)} · id: ${s.id}`;
  });
  return [`${t(lang, "speakersQuoted", speakers.length)}:`, ...lines].join("\n");
}
