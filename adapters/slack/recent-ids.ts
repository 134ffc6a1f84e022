// Remembers the last few thousand event ids so that an event Slack delivers again (a retry, with
// X-Slack-Retry-Num) is answered only once, while a retry of an event never seen is still answered.

export class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity = 5000) {}

  /** True the first time `id` is seen; false for a repeat. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }
}
