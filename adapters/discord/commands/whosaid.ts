import { CONTEXTS, INTEGRATION_TYPES } from "./scope.js";
import { SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import { MAX_QUESTION_LENGTH, bilingual } from "../../../src/index.js";
import { interactionPayload, replyForQuestion } from "../answer.js";
import { conversationKey, type CommandContext } from "../context.js";

const asQuestion = (quote: string) => `who said "${quote}"?`;

export const data = new SlashCommandBuilder()
  .setName("whosaid")
  .setDescription(bilingual("cmdWhoSaid"))
  .setIntegrationTypes(...INTEGRATION_TYPES)
  .setContexts(...CONTEXTS)
  .addStringOption((o) =>
    o
      .setName("quote")
      .setDescription(bilingual("cmdWhoSaidQuote"))
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH - asQuestion("").length),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const quote = interaction.options.getString("quote", true).trim();
  // An empty quote stays empty so that the engine answers with its "ask a question" message.
  const asker = interaction.user.id;
  await interaction.reply(interactionPayload(replyForQuestion(quote ? asQuestion(quote) : "", ctx, conversationKey(interaction.channelId, asker), asker)));
}
