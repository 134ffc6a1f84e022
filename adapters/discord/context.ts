// What every command handler receives, and the shape of one slash command (discord.js guide layout).
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Engine, FeedbackLog, Logger } from "../../src/index.js";
import type { Conversations } from "../shared/conversations.js";

export interface CommandContext {
  engine: Engine;
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
