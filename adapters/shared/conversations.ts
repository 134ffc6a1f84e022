// What each conversation remembers between questions: the context of its last answer, kept for the
// core's CONVERSATION_TTL_MS in a bounded store. A surface names its conversations (a Discord channel
// and user, a Slack thread or DM, a REPL session); the engine alone decides what a follow-up means.
import { CONVERSATION_TTL_MS, contextOf, type Answer, type AskOptions, type ConversationContext, type Engine } from "../../src/index.js";
import { ExpiringStore } from "./expiring-store.js";
import type { Clock } from "./rate-limit.js";

export interface ConversationsOptions {
  /** At most this many conversations remembered (the least recently answered forgotten first). */
  max?: number;
  now?: Clock;
}

export class Conversations {
  private readonly store: ExpiringStore<ConversationContext>;
  constructor(options: ConversationsOptions = {}) {
    this.store = new ExpiringStore({ max: options.max ?? 5000, ttlMs: CONVERSATION_TTL_MS, now: options.now });
  }

  /** Asks `question` in conversation `key` (undefined: no conversation) and remembers the answer. */
  ask(engine: Pick<Engine, "ask">, key: string | undefined, question: string, options: Omit<AskOptions, "context"> = {}): Answer {
    const context = key === undefined ? undefined : this.store.get(key);
    const answer = engine.ask(question, context ? { ...options, context } : options);
    if (key !== undefined) this.remember(key, answer);
    return answer;
  }

  /** Records `answer` as the conversation's last one (also for an answer picked from suggestions). */
  remember(key: string, answer: Answer): void {
    // Stamped with the engine's clock (the wall clock), which judges the context's age; the store's
    // own clock forgets it.
    this.store.set(key, contextOf(answer));
  }

  get size(): number {
    return this.store.size;
  }
}
