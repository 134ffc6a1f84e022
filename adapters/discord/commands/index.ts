// Every slash command of the bot, for the client's handlers and for the registration script.
import type { SlashCommand } from "../context.js";
import * as ask from "./ask.js";
import * as help from "./help.js";
import { ARABIC_NAMES } from "./names.js";
import * as said from "./said.js";
import * as source from "./source.js";
import * as speakers from "./speakers.js";
import * as whosaid from "./whosaid.js";

const english: readonly SlashCommand[] = [ask, whosaid, said, speakers, source, help];

/** The same command under its Arabic name: same options, same handler, same autocomplete. */
function arabicTwin(command: SlashCommand, name: string): SlashCommand {
  return { ...command, data: { name, toJSON: () => ({ ...command.data.toJSON(), name }) } };
}

export const commands: readonly SlashCommand[] = [
  ...english,
  ...english.flatMap((c) => (ARABIC_NAMES[c.data.name] ? [arabicTwin(c, ARABIC_NAMES[c.data.name]!)] : [])),
];

export const commandsByName: ReadonlyMap<string, SlashCommand> = new Map(commands.map((c) => [c.data.name, c]));
