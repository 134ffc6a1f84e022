// What every command handler receives, and the shape of one slash command (discord.js guide layout).
import { randomBytes } from "node:crypto";
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { AnswerItem, Engine, FeedbackLog, Lang, Logger } from "../../src/index.js";
import type { Conversations } from "../shared/conversations.js";

/** A list of items shown one per page, kept so that the buttons under it can page and show context. */
export interface StoredItems {
  items: AnswerItem[];
  /** Shown in the footer: the question, or "What X said". */
  heading: string;
  lang: Lang;
  /** The question these items answer (for the conversation when one is picked, and for feedback). */
  question?: string;
  /** How many answers there are in all, when more than `items`. */
  total?: number;
  /** Who asked: only they turn the pages or pick a suggestion. */
  asker?: string;
}

/**
 * The answers behind live buttons, newest kept: a bounded in-memory map (oldest evicted), so buttons on
 * old or pre-restart messages get an "expired" notice instead of a wrong answer.
 */
export class AnswerStore {
  private readonly entries = new Map<string, StoredItems>();
  constructor(private readonly max = 1000) {}

  put(entry: StoredItems): string {
    const key = randomBytes(6).toString("base64url");
    this.entries.set(key, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return key;
  }

  get(key: string): StoredItems | undefined {
    return this.entries.get(key);
  }
}

export interface CommandContext {
  engine: Engine;
  answers: AnswerStore;
  /** Each channel+user's last answer, for follow-up questions ("what else did he say?"). */
  conversations: Conversations;
  logger: Logger;
  /** Article id → title, for "Where" lines. */
  articleTitle: (id: string) => string | undefined;
  /** Where verdicts from the feedback buttons go. */
  feedback: FeedbackLog;
}

/** The conversation a message or interaction belongs to: one per channel (or DM) and user. */
export function conversationKey(channelId: string | null, userId: string): string {
  return `${channelId ?? "dm"}:${userId}`;
}

export interface SlashCommand {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
}
