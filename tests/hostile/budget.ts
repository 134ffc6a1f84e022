// A stall guard for inputs built to be slow: the budget is generous (tens of times what the fixed code
// needs), so it never flakes on a slow machine, yet a super-linear scan of these sizes takes minutes.
import { performance } from "node:perf_hooks";
import { expect } from "vitest";

export const STALL_BUDGET_MS = 3000;

export function withinBudget<T>(run: () => T, budgetMs = STALL_BUDGET_MS): T {
  const start = performance.now();
  const out = run();
  expect(performance.now() - start, "stalled on hostile input").toBeLessThan(budgetMs);
  return out;
}
