import { CONTEXTS, INTEGRATION_TYPES } from "./scope.js";
import { SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import type { CommandContext } from "../context.js";
import { bilingual } from "../../../src/index.js";
import { renderArticles } from "../render.js";

export const data = new SlashCommandBuilder()
  .setName("source")
  .setDescription(bilingual("cmdSource"))
  .setIntegrationTypes(...INTEGRATION_TYPES)
  .setContexts(...CONTEXTS);

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await interaction.reply(renderArticles(ctx.engine.articles()));
}
