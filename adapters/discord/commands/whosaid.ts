import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import { MAX_QUESTION_LENGTH } from "../../../src/index.js";
import { replyForQuestion } from "../answer.js";
import { conversationKey, type CommandContext } from "../context.js";

const asQuestion = (quote: string) => `who said "${quote}"?`;

export const data = new SlashCommandBuilder()
  .setName("whosaid")
  .setDescription("Find who said a quote")
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((o) =>
    o
      .setName("quote")
      .setDescription("The words, or part of them, in English or Arabic")
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH - asQuestion("").length),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const quote = interaction.options.getString("quote", true).trim();
  // An empty quote stays empty so that the engine answers with its "ask a question" message.
  await interaction.reply(replyForQuestion(quote ? asQuestion(quote) : "", ctx, conversationKey(interaction.channelId, interaction.user.id)));
}
