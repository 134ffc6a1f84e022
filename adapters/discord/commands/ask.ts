import { CONTEXTS, INTEGRATION_TYPES } from "./scope.js";
import { SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import { MAX_QUESTION_LENGTH, bilingual } from "../../../src/index.js";
import { interactionPayload, replyForQuestion } from "../answer.js";
import { conversationKey, type CommandContext } from "../context.js";

export const data = new SlashCommandBuilder()
  .setName("ask")
  .setDescription(bilingual("cmdAsk"))
  .setIntegrationTypes(...INTEGRATION_TYPES)
  .setContexts(...CONTEXTS)
  .addStringOption((o) =>
    o
      .setName("question")
      .setDescription(bilingual("cmdAskQuestion"))
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const asker = interaction.user.id;
  await interaction.reply(interactionPayload(replyForQuestion(interaction.options.getString("question", true), ctx, conversationKey(interaction.channelId, asker), asker)));
}
