// Every slash command of the bot, for the client's handlers and for the registration script.
import type { SlashCommand } from "../context.js";
import * as ask from "./ask.js";
import * as help from "./help.js";
import * as said from "./said.js";
import * as source from "./source.js";
import * as speakers from "./speakers.js";
import * as whosaid from "./whosaid.js";

export const commands: readonly SlashCommand[] = [ask, whosaid, said, speakers, source, help];

export const commandsByName: ReadonlyMap<string, SlashCommand> = new Map(commands.map((c) => [c.data.name, c]));
