// Remembers the ids seen within a time window, so that a request Slack (or anyone) delivers again is
// handled once. Sized by time, not count: no burst can push a still-valid id out and let it through.
import type { Clock } from "../shared/rate-limit.js";

export class RecentIds {
  /** id → when it was first seen; Map order is insertion order, so the oldest are first. */
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly windowMs = 10 * 60_000,
    private readonly now: Clock = Date.now,
  ) {}

  /** True the first time `id` is seen within the window; false for a repeat. */
  firstTime(id: string): boolean {
    const t = this.now();
    for (const [old, at] of this.seen) {
      if (at > t - this.windowMs) break;
      this.seen.delete(old);
    }
    if (this.seen.has(id)) return false;
    this.seen.set(id, t);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
