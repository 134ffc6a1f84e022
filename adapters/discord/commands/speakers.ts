import { CONTEXTS, INTEGRATION_TYPES } from "./scope.js";
import { SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import type { CommandContext } from "../context.js";
import { bilingual } from "../../../src/index.js";
import { renderSpeakers } from "../render.js";

export const data = new SlashCommandBuilder()
  .setName("speakers")
  .setDescription(bilingual("cmdSpeakers"))
  .setIntegrationTypes(...INTEGRATION_TYPES)
  .setContexts(...CONTEXTS);

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await interaction.reply(renderSpeakers(ctx.engine.speakers()));
}
