// The work one question may take. The engine is synchronous and shares its process with every other
// person's question, so a question that outruns its budget stops at the next checkpoint and is
// answered no_match ("too_complex") instead of holding everyone else up. Checkpoints sit in the
// loops whose length the question decides: the leading parts of a speaker phrase, the search terms,
// the candidate records.

/** Milliseconds of work a question may take before it is given up. */
export const QUESTION_BUDGET_MS = 1000;

/** Milliseconds of this process's CPU time: other processes' load on a shared machine does not count. */
export const cpuClock = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export interface BudgetOptions {
  /** Milliseconds since any fixed point; tests pass a counter so that nothing is timed. */
  clock?: () => number;
  budgetMs?: number;
}

/** Thrown at a checkpoint once the budget is spent; caught by `ask`, never seen by callers. */
export class OverBudget extends Error {
  constructor() {
    super("question over its work budget");
  }
}

export interface Deadline {
  /** Throws OverBudget once the budget is spent. */
  check(): void;
}

export const NO_DEADLINE: Deadline = { check: () => {} };

/**
 * Wall-clock milliseconds between two reads of the CPU clock. Reading it is a system call, far dearer
 * than the work between two checkpoints (one candidate record): read on every checkpoint it took a
 * third of a question's time. The engine's CPU time grows no faster than wall time (one JavaScript
 * thread), so a question overruns its budget by about this much at most.
 */
const CPU_CLOCK_INTERVAL_MS = 5;

export function startDeadline({ clock = cpuClock, budgetMs = QUESTION_BUDGET_MS }: BudgetOptions = {}): Deadline {
  const end = clock() + budgetMs;
  if (clock !== cpuClock) {
    return {
      check: () => {
        if (clock() > end) throw new OverBudget();
      },
    };
  }
  let nextRead = performance.now() + CPU_CLOCK_INTERVAL_MS;
  return {
    check: () => {
      const now = performance.now();
      if (now < nextRead) return;
      nextRead = now + CPU_CLOCK_INTERVAL_MS;
      if (clock() > end) throw new OverBudget();
    },
  };
}
