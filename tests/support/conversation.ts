// Questions asked one after another in one conversation, each with the context of the answer before it.
import { contextOf, type Answer, type Engine } from "../../src/index.js";

/** Asks `questions` in one conversation; returns the last answer. */
export function converse(engine: Engine, ...questions: string[]): Answer {
  let answer = engine.ask(questions[0]);
  for (const q of questions.slice(1)) answer = engine.ask(q, { context: contextOf(answer) });
  return answer;
}
