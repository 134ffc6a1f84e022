// Where the commands work: installed on a server or by a user (user install), and used in servers, in
// the bot's DMs and in private channels (DMs and group DMs between users, through a user install).
import { ApplicationIntegrationType, InteractionContextType } from "discord.js";

export const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall] as const;
export const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel] as const;
