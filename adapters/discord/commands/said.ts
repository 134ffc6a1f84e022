import { CONTEXTS, INTEGRATION_TYPES } from "./scope.js";
import {
  MessageFlags,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from "discord.js";
import { bilingual, interfaceLanguage, recordRef, t } from "../../../src/index.js";
import { replyForItems } from "../answer.js";
import type { CommandContext } from "../context.js";
import { LIMITS, NOTICES, renderNotice, speakerChoice } from "../render.js";

export const data = new SlashCommandBuilder()
  .setName("said")
  .setDescription(bilingual("cmdSaid"))
  .setIntegrationTypes(...INTEGRATION_TYPES)
  .setContexts(...CONTEXTS)
  .addStringOption((o) =>
    o
      .setName("speaker")
      .setDescription(bilingual("cmdSaidSpeaker"))
      .setRequired(true)
      .setAutocomplete(true),
  );

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const prefix = interaction.options.getFocused().trim();
  const found = ctx.engine.suggestSpeakers(prefix, LIMITS.choices);
  // Nothing typed yet: offer the most quoted speakers.
  const list = prefix
    ? found
    : found.length
      ? found
      : [...ctx.engine.speakers()].sort((a, b) => b.quoteCount - a.quoteCount);
  await interaction.respond(list.slice(0, LIMITS.choices).map(speakerChoice));
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const value = interaction.options.getString("speaker", true).trim();
  // The value is a speaker id when picked from the suggestions; typed text falls back to the best match.
  const speaker =
    ctx.engine.speakers().find((s) => s.id === value) ?? (value ? ctx.engine.suggestSpeakers(value, 1)[0] : undefined);
  if (!speaker) {
    await interaction.reply({ ...renderNotice(NOTICES.unknownSpeaker(value, interfaceLanguage(value))), flags: MessageFlags.Ephemeral });
    return;
  }
  const items = ctx.engine.quotesBy(speaker.id);
  if (items.length === 0) {
    await interaction.reply({ ...renderNotice(NOTICES.noQuotes(speaker.name, interfaceLanguage(value))), flags: MessageFlags.Ephemeral });
    return;
  }
  const lang = interfaceLanguage(value);
  const buttons = { asker: interaction.user.id, speaker: recordRef(speaker.id) };
  await interaction.reply(replyForItems(items, t(lang, "whatSaid", speaker.name), ctx, lang, { buttons }));
}
