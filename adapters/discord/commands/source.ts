import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import type { CommandContext } from "../context.js";
import { renderArticles } from "../render.js";

export const data = new SlashCommandBuilder()
  .setName("source")
  .setDescription("Where the articles come from")
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await interaction.reply(renderArticles(ctx.engine.articles()));
}
