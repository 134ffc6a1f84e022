import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import { bilingual } from "../../../src/index.js";
import type { CommandContext } from "../context.js";
import { renderHelp } from "../render.js";
import { CONTEXTS, INTEGRATION_TYPES } from "./scope.js";

export const data = new SlashCommandBuilder()
  .setName("help")
  .setDescription(bilingual("helpTitle"))
  .setIntegrationTypes(...INTEGRATION_TYPES)
  .setContexts(...CONTEXTS);

export async function execute(interaction: ChatInputCommandInteraction, _ctx: CommandContext): Promise<void> {
  await interaction.reply({ ...renderHelp(), flags: MessageFlags.Ephemeral });
}
