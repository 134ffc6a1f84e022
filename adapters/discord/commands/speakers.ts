import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import type { CommandContext } from "../context.js";
import { renderSpeakers } from "../render.js";

export const data = new SlashCommandBuilder()
  .setName("speakers")
  .setDescription("List the people and groups quoted in the articles")
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await interaction.reply(renderSpeakers(ctx.engine.speakers()));
}
