// An answer shown earlier, rebuilt from the records it showed: what sharing it (or showing it again
// later) needs. Asking its question again would not do: a follow-up ("what else did he say?") asked
// again alone has lost its conversation, and one asked in it now would skip what was just shown.
import { recordRef, type Answer, type AnswerItem, type Engine } from "../../src/index.js";

/** The short references of an answer's items, to carry in a button. */
export function shownRefs(answer: Answer): string[] {
  return answer.answers.map((a) => recordRef(a.id));
}

/** The answer again, from `refs`; null when one of its records is gone (the corpus was reloaded). */
export function shownAnswer(engine: Pick<Engine, "item">, question: string, refs: readonly string[], total?: number): Answer | null {
  if (!refs.length) return null;
  const items = refs.map((r) => engine.item(r));
  if (items.some((i) => i === null)) return null;
  return { question, status: "answered", answers: items as AnswerItem[], ...(total && total > refs.length ? { total } : {}) };
}
