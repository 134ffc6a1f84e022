// Follow-up questions: "what else did he say?", "ومين كمان؟", "w 2al eh 3an el akrad?". A follow-up
// is rewritten against what the previous answer established (its question, its top speaker, the
// records it showed) into a stand-alone question, plus what the new answer must leave out. A
// follow-up whose referent is unclear (no speaker, or several) is refused, never guessed.
import type { Answer, AnswerItem, ConversationContext, SpeakerRef } from "../types.js";
import { stripChatNoise } from "../normalize/chat-noise.js";
import { FOLLOW_UP_PATTERNS, REWRITES, type FollowUpLang, type FollowUpShape } from "./follow-up-patterns.js";

/** Ten minutes: how long a conversation remembers its last answer for follow-up questions. */
export const CONVERSATION_TTL_MS = 10 * 60_000;
/** Longer questions are never follow-ups (and are not scanned for one). */
const MAX_FOLLOW_UP_LENGTH = 300;

export type FollowUpPlan =
  | { kind: "none" }
  | { kind: "unclear" }
  | { kind: "ask"; question: string; excludeRecords: ReadonlySet<string>; excludeSpeakers: ReadonlySet<string> };

/** Identifies one shown answer item across turns. */
export function itemKey(item: Pick<AnswerItem, "article" | "paragraph" | "text">): string {
  return `${item.article}:${item.paragraph}:${item.text}`;
}

/** What an answer establishes for the next turn of the conversation. */
export function contextOf(answer: Answer, at: number = Date.now()): ConversationContext {
  const shown = answer.status === "no_match" ? [] : answer.answers;
  const top = shown[0]?.speaker?.id;
  // The referent is the top answer's speaker; when the shown answers were by several speakers and
  // the top one does not lead, it is ambiguous and every speaker is kept (the follow-up is refused).
  const speakers = [...new Set(shown.map((a) => a.speaker?.id).filter((id): id is string => !!id))];
  const leads = top !== undefined && answer.answers.filter((a) => a.speaker?.id === top).length * 2 > shown.length;
  return {
    question: answer.question,
    status: answer.status,
    speakers: leads ? [top] : speakers,
    shown: shown.map(itemKey),
    at,
  };
}

/** The question as the patterns read it: without chat noise ("<@123> who is he?"), lower-cased, unpunctuated. */
function normalizeForMatch(question: string): string {
  return stripChatNoise(question)
    .toLowerCase()
    .replace(/[\u064B-\u0652\u0640]/gu, "")
    .replace(/[?؟!.,،;:"“”«»]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

function match(text: string): { shape: FollowUpShape; lang: FollowUpLang; topic: string | null } | null {
  for (const p of FOLLOW_UP_PATTERNS) {
    const m = p.re.exec(text);
    if (m) return { shape: p.shape, lang: p.lang, topic: m.groups?.topic?.trim() || null };
  }
  return null;
}

function fill(template: string, name: string, topic: string | null): string {
  return template.replace("{name}", name).replace("{topic}", topic ?? "");
}

export function planFollowUp(
  question: string,
  context: ConversationContext | undefined,
  speakerOf: (id: string) => SpeakerRef | undefined,
  now: number = Date.now(),
): FollowUpPlan {
  if (!context || typeof question !== "string" || question.length > MAX_FOLLOW_UP_LENGTH) return { kind: "none" };
  if (!(now - context.at < CONVERSATION_TTL_MS) || now < context.at) return { kind: "none" };
  const found = match(normalizeForMatch(question));
  if (!found) return { kind: "none" };
  const none = new Set<string>();
  if (found.shape === "who_else") {
    if (!context.question || !context.speakers.length) return { kind: "unclear" };
    return { kind: "ask", question: context.question, excludeRecords: none, excludeSpeakers: new Set(context.speakers) };
  }
  // Every other shape stands for the previous answer's one speaker.
  if (context.speakers.length !== 1) return { kind: "unclear" };
  const speaker = speakerOf(context.speakers[0]);
  if (!speaker) return { kind: "unclear" };
  const name = found.lang === "ar" ? (speaker.nameAr ?? speaker.name) : speaker.name;
  const t = REWRITES[found.lang];
  if (found.shape === "who_is") return { kind: "ask", question: fill(t.whoIs, name, null), excludeRecords: none, excludeSpeakers: none };
  const rewritten = fill(found.topic ? t.saidAbout : t.said, name, found.topic);
  const excludeRecords = found.shape === "what_else" ? new Set(context.shown) : none;
  return { kind: "ask", question: rewritten, excludeRecords, excludeSpeakers: none };
}
