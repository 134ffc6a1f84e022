// An answer shown earlier, rebuilt from the records it showed: what sharing it (or showing it again
// later) needs. Asking its question again would not do: a follow-up ("what else did he say?") asked
// again alone has lost its conversation, and one asked in it now would skip what was just shown.
import { recordRef, type Answer, type AnswerItem, type Engine } from "../../src/index.js";

/** The short references of an answer's items, to carry in a button. */
export function shownRefs(answer: Answer): string[] {
  return answer.answers.map((a) => recordRef(a.id));
}

/** The items again, from `refs`; null when one of their records is gone (the corpus was reloaded). */
export function shownItems(engine: Pick<Engine, "item">, refs: readonly string[]): AnswerItem[] | null {
  const items = refs.map((r) => engine.item(r));
  return items.some((i) => i === null) ? null : (items as AnswerItem[]);
}

/** The answer again, from `refs`; null when one of its records is gone. */
export function shownAnswer(engine: Pick<Engine, "item">, question: string, refs: readonly string[], total?: number): Answer | null {
  const items = refs.length ? shownItems(engine, refs) : null;
  return items && { question, status: "answered", answers: items, ...(total && total > refs.length ? { total } : {}) };
}
