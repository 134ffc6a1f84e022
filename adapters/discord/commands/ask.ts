import { CONTEXTS, INTEGRATION_TYPES } from "./scope.js";
import { SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import { MAX_QUESTION_LENGTH } from "../../../src/index.js";
import { interactionPayload, replyForQuestion } from "../answer.js";
import { conversationKey, type CommandContext } from "../context.js";

export const data = new SlashCommandBuilder()
  .setName("ask")
  .setDescription("Ask about the articles: who said something, what someone said, what happened")
  .setIntegrationTypes(...INTEGRATION_TYPES)
  .setContexts(...CONTEXTS)
  .addStringOption((o) =>
    o
      .setName("question")
      .setDescription("Your question, in English or Arabic")
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const asker = interaction.user.id;
  await interaction.reply(interactionPayload(replyForQuestion(interaction.options.getString("question", true), ctx, conversationKey(interaction.channelId, asker), asker)));
}
