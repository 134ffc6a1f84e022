// A small bounded map whose entries expire: what a conversation remembers (its last answer, for ten
// minutes) and the candidates behind "Did you mean …?" buttons. Oldest entries are evicted past
// `max`, so memory stays bounded whatever the traffic; expired entries read as absent.
import { randomBytes } from "node:crypto";
import type { Clock } from "./rate-limit.js";

export interface ExpiringStoreOptions {
  /** At most this many entries (oldest evicted first). */
  max: number;
  /** An entry is forgotten this long after it was last written. */
  ttlMs: number;
  now?: Clock;
}

export class ExpiringStore<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();
  private readonly now: Clock;
  constructor(private readonly options: ExpiringStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() - e.at >= this.options.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: V): void {
    // Re-inserted, so that insertion order stays oldest-written first.
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    while (this.entries.size > this.options.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** Stores `value` under a new random key and returns the key (for button values). */
  put(value: V): string {
    const key = randomBytes(6).toString("base64url");
    this.set(key, value);
    return key;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
