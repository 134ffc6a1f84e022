// A per-user sliding-window rate limit with an injectable clock, shared by the platform adapters.

export type Clock = () => number;

export interface RateLimitOptions {
  /** How many requests one user may make inside the window. */
  max: number;
  windowMs: number;
  now?: Clock;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly now: Clock;
  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Records a request by `user`; false when the user is over the limit (that request is not counted). */
  take(user: string): boolean {
    const t = this.now();
    const since = t - this.options.windowMs;
    const recent = (this.hits.get(user) ?? []).filter((h) => h > since);
    if (recent.length >= this.options.max) {
      this.hits.set(user, recent);
      return false;
    }
    recent.push(t);
    this.hits.set(user, recent);
    if (this.hits.size > 10_000) this.prune(since);
    return true;
  }

  /** Milliseconds until `user` may ask again (0 when allowed now). */
  retryAfter(user: string): number {
    const recent = this.hits.get(user) ?? [];
    if (recent.length < this.options.max) return 0;
    return Math.max(0, recent[0] + this.options.windowMs - this.now());
  }

  private prune(since: number): void {
    for (const [user, times] of this.hits) if (!times.some((h) => h > since)) this.hits.delete(user);
  }
}
