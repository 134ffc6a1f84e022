// Plain-text rendering of answers for the terminal (the REPL and `quotebot ask` without --json).
import type { Answer, AnswerItem, SpeakerInfo } from "../../src/index.js";
import { MAX_QUESTION_LENGTH, MESSAGES } from "../../src/index.js";

function describe(item: AnswerItem): string {
  if (!item.speaker) return "— the article itself (reported fact)";
  const s = item.speaker;
  const en = s.role ? `${s.name}, ${s.role}` : s.name;
  const ar = s.nameAr ? ` · ${s.roleAr ? `${s.nameAr}، ${s.roleAr}` : s.nameAr}` : "";
  return `— ${en}${ar}`;
}

export function formatItem(item: AnswerItem, n?: number): string {
  const lines = [
    `${n !== undefined ? `${n}. ` : ""}«${item.text}»`,
    ...(item.textEn ? [`   ${item.textEn}`] : item.englishMissing ? [`   (${MESSAGES.noEnglishRendering})`] : []),
    `   ${describe(item)}`,
    `   Source: ${item.citation.text}`,
    `   ${item.article} · confidence ${Math.round(item.score * 100)}%${item.draft ? " · DRAFT (unreviewed, extracted automatically)" : ""}`,
  ];
  if (item.context !== item.text) lines.push(`   In context: ${item.context}`);
  return lines.join("\n");
}

export function formatAnswer(answer: Answer): string {
  if (answer.status === "no_match") {
    if (answer.reason === "empty") return MESSAGES.questionEmpty;
    if (answer.reason === "too_long") return MESSAGES.questionTooLong(MAX_QUESTION_LENGTH);
    return MESSAGES.noMatch;
  }
  if (answer.answers.length === 1) return formatItem(answer.answers[0]);
  return answer.answers.map((a, i) => formatItem(a, i + 1)).join("\n\n");
}

export function formatSpeakers(speakers: SpeakerInfo[]): string {
  return speakers
    .map((s) => {
      const role = s.role ? ` — ${s.role}` : "";
      const ar = s.nameAr ? ` (${s.nameAr})` : "";
      return `• ${s.name}${ar}${role} · ${s.quoteCount} quote${s.quoteCount === 1 ? "" : "s"} · id: ${s.id}`;
    })
    .join("\n");
}
