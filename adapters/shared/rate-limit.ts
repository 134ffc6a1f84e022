// A per-user sliding-window rate limit with an injectable clock, shared by the platform adapters.

export type Clock = () => number;

export interface RateLimitOptions {
  /** How many requests one user may make inside the window. */
  max: number;
  windowMs: number;
  now?: Clock;
}

/**
 * The one limit of both platforms (Discord and Slack alike): 6 questions per user per 30 seconds.
 * RATE_LIMIT_MAX and RATE_LIMIT_WINDOW_SECONDS change it for both (runtime.ts).
 */
export const DEFAULT_RATE_LIMIT: Readonly<RateLimitOptions> = { max: 6, windowMs: 30_000 };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  /** Users refused since their last allowed request who have already been told so. */
  private readonly warned = new Set<string>();
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
    this.warned.delete(user);
    if (this.hits.size > 10_000) this.prune(since);
    return true;
  }

  /**
   * True once per run of refusals: the first refused request of a flood gets a notice, the rest are
   * dropped quietly, so that a flood of messages cannot become a flood of replies.
   */
  firstRefusal(user: string): boolean {
    if (this.warned.has(user)) return false;
    if (this.warned.size >= 10_000) this.warned.clear();
    this.warned.add(user);
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
