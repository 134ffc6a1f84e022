// Plain-text rendering of answers for the terminal (the REPL and `quotebot ask` without --json), in the
// interface language of the question.
import type { Answer, AnswerItem, Lang, SpeakerInfo } from "../../src/index.js";
import { MAX_QUESTION_LENGTH, interfaceLanguage, t } from "../../src/index.js";

function describe(item: AnswerItem, lang: Lang): string {
  if (!item.speaker) return `— ${t(lang, "articleItself")}`;
  const s = item.speaker;
  const en = s.role ? `${s.name}, ${s.role}` : s.name;
  const ar = s.nameAr ? ` · ${s.roleAr ? `${s.nameAr}، ${s.roleAr}` : s.nameAr}` : "";
  return `— ${en}${ar}`;
}

export function formatItem(item: AnswerItem, n?: number, lang: Lang = "en"): string {
  const lines = [
    `${n !== undefined ? `${n}. ` : ""}«${item.text}»`,
    ...(item.textEn ? [`   ${item.textEn}`] : item.englishMissing !== false ? [`   ${t(lang, "noEnglish")}`] : []),
    `   ${describe(item, lang)}`,
    `   ${t(lang, "source")}: ${item.citation.text}`,
    `   ${item.article} · ${t(lang, "confidencePercent", Math.round(item.score * 100))}${item.draft ? ` · ${t(lang, "draft")}` : ""}`,
  ];
  if (item.context !== item.text) lines.push(`   ${t(lang, "inContext")}: ${item.context}`);
  return lines.join("\n");
}

export function formatAnswer(answer: Answer, lang: Lang = interfaceLanguage(answer.question)): string {
  if (answer.status === "no_match") {
    if (answer.reason === "empty") return t(lang, "questionEmpty");
    if (answer.reason === "too_long") return t(lang, "questionTooLong", MAX_QUESTION_LENGTH);
    if (answer.reason === "too_complex") return t(lang, "questionTooComplex");
    return t(lang, "noMatch");
  }
  if (answer.status === "suggested") {
    return [t(lang, "suggested"), ...answer.answers.map((a, i) => formatItem(a, i + 1, lang))].join("\n\n");
  }
  if (answer.answers.length === 1) return formatItem(answer.answers[0], undefined, lang);
  return answer.answers.map((a, i) => formatItem(a, i + 1, lang)).join("\n\n");
}

export function formatSpeakers(speakers: SpeakerInfo[], lang: Lang = "en"): string {
  const lines = speakers.map((s) => {
    const role = s.role ? ` — ${s.role}` : "";
    const ar = s.nameAr ? ` (${s.nameAr})` : "";
    return `• ${s.name}${ar}${role} · ${t(lang, "quoteCount", s.quoteCount)} · id: ${s.id}`;
  });
  return [`${t(lang, "speakersQuoted", speakers.length)}:`, ...lines].join("\n");
}
