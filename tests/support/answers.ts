// What a test asks of an answer.
import { expect } from "vitest";
import type { Answer } from "../../src/index.js";

/** `answer` is stated (status "answered") and its first record is the words of `speaker` (a speaker id). */
export function expectAnsweredBy(answer: Answer, speaker: string): void {
  expect(answer.status).toBe("answered");
  expect(answer.answers[0].speaker?.id).toBe(speaker);
}
