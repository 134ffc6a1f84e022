// The discord.js client of quotebot: slash commands, autocomplete, buttons, mentions and DMs. Holds no
// answering logic (that is the engine's); every handler is guarded so that no event can crash the process.
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type Interaction,
  type Message,
  type RESTOptions,
} from "discord.js";
import { Conversations } from "../shared/conversations.js";
import { articleTitles } from "../shared/live-engine.js";
import { shownItems } from "../shared/shown-answer.js";
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from "../shared/rate-limit.js";
import {
  FeedbackLog, createLogger, feedbackLogPath, interfaceLanguage, recordRef, t, type AnswerItem, type Engine, type Lang, type Logger,
} from "../../src/index.js";
import { messagePayload, replyForItems, replyForQuestion } from "./answer.js";
import { commandsByName } from "./commands/index.js";
import { conversationKey, type CommandContext, type SlashCommand } from "./context.js";
import { parseCustomId, type ButtonAction, type CarriedItem, type PagedList } from "./custom-id.js";
import {
  NO_MENTIONS,
  NOTICES,
  headingOfFooter,
  questionOfFooter,
  renderCitation,
  renderContext,
  renderItemsPage,
  renderNotice,
} from "./render.js";

export interface BotOptions {
  logger?: Logger;
  /** Passed to discord.js's REST client; tests point `api` at a fake Discord. */
  rest?: Partial<RESTOptions>;
  /** Per-user limit on commands, buttons, mentions and DMs (autocomplete is not limited); default the shared one. */
  rateLimit?: RateLimitOptions;
  /** Where conversations are remembered (tests pass one with a fake clock). */
  conversations?: Conversations;
  commands?: ReadonlyMap<string, SlashCommand>;
  /** Where the feedback buttons write; default FEEDBACK_LOG (or the user's state folder). */
  feedback?: FeedbackLog;
}


/** Only what the bot needs: no privileged Message Content intent (mentions and DMs carry their content). */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

/** The interface language of an interaction: that of the text the person typed into it (English when none). */
export function interactionLang(interaction: Interaction): Lang {
  if (!interaction.isChatInputCommand()) return "en";
  const typed = interaction.options.data.find((o) => typeof o.value === "string");
  return interfaceLanguage(typed?.value as string | undefined);
}

export function createBot(engine: Engine, options: BotOptions = {}): Client {
  const logger = options.logger ?? createLogger("discord");
  const commands = options.commands ?? commandsByName;
  const limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const ctx: CommandContext = {
    engine,
    logger,
    feedback: options.feedback ?? new FeedbackLog(feedbackLogPath()),
    conversations: options.conversations ?? new Conversations(),
    // Follows corpus reloads: a title is looked up in the corpus that is answering.
    articleTitle: articleTitles(engine),
  };

  const client = new Client({
    intents: INTENTS,
    // DM channels are not cached before their first message: without this partial, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: options.rest,
  });

  /** True when the user may go on; records the request. */
  function allow(userId: string): boolean {
    return limiter.take(userId);
  }

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return onAutocomplete(interaction);
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    if (!allow(interaction.user.id)) {
      logger.info({ user: interaction.user.id }, "rate limited");
      await interaction.reply({
        ...renderNotice(NOTICES.rateLimited(limiter.retryAfter(interaction.user.id) / 1000, interactionLang(interaction))),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    if (interaction.isButton()) return onButton(interaction);
    const command = commands.get(interaction.commandName);
    logger.info({ command: interaction.commandName, user: interaction.user.id, guild: interaction.guildId }, "command");
    if (!command) {
      await interaction.reply({ ...renderNotice(NOTICES.unknownCommand(interactionLang(interaction))), flags: MessageFlags.Ephemeral });
      return;
    }
    await command.execute(interaction, ctx);
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = commands.get(interaction.commandName);
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const action = parseCustomId(interaction.customId);
    if (!action) return expired(interaction, "en");
    if (action.action === "page" || action.action === "pick") return onListButton(interaction, action);
    return onItemButton(interaction, action);
  }

  async function expired(interaction: ButtonInteraction, lang: Lang): Promise<void> {
    await interaction.reply({ ...renderNotice(NOTICES.expired(lang)), flags: MessageFlags.Ephemeral });
  }

  /** Paging and picking: everything the list needs is in the custom_id, and the question in the footer. */
  async function onListButton(interaction: ButtonInteraction, action: Extract<ButtonAction, { action: "page" | "pick" }>): Promise<void> {
    const { lang, asker } = action.action === "page" ? action.list : action;
    if (asker && asker !== interaction.user.id) {
      // Someone else's answer: turning its pages would turn them for the asker too.
      await interaction.reply({ ...renderNotice(t(lang, "pageNotYours")), flags: MessageFlags.Ephemeral });
      return;
    }
    const footer = interaction.message.embeds[0]?.footer?.text;
    if (action.action === "pick") {
      // A suggestion chosen by its button: that candidate becomes the answer, in place of the list.
      const item = carriedItem(action.item);
      if (!item) return expired(interaction, lang);
      const question = questionOfFooter(footer);
      if (question !== null) {
        ctx.conversations.remember(conversationKey(interaction.channelId, interaction.user.id), { question, status: "answered", answers: [item] });
      }
      const heading = [headingOfFooter(footer), t(lang, "yourPick")].filter(Boolean).join(" · ");
      await interaction.update(replyForItems([item], heading, ctx, lang, { buttons: { asker } }));
      return;
    }
    const page = listPage(action.list, footer);
    if (!page || action.index >= page.items.length) return expired(interaction, lang);
    const { source } = action.list;
    await interaction.update(
      renderItemsPage(page.items, action.index, page.heading, {
        buttons: { asker, ...(source.kind === "speaker" ? { speaker: source.speaker } : {}) },
        articleTitle: ctx.articleTitle,
        lang,
        total: source.kind === "answer" ? source.total : undefined,
      }),
    );
  }

  /** An answer's item again from its record, with the score it had for the question; null once gone. */
  function carriedItem(c: CarriedItem): AnswerItem | null {
    const item = ctx.engine.item(c.ref);
    return item && { ...item, score: c.score };
  }

  /** The items and heading of a list a page button names, from the corpus as it is now; null when gone. */
  function listPage(list: PagedList, footer: string | undefined): { items: AnswerItem[]; heading: string } | null {
    const { source } = list;
    if (source.kind === "speaker") {
      const speaker = ctx.engine.speakers().find((s) => recordRef(s.id) === source.speaker);
      return speaker ? { items: ctx.engine.quotesBy(speaker.id), heading: t(list.lang, "whatSaid", speaker.name) } : null;
    }
    const items = shownItems(ctx.engine, source.items.map((c) => c.ref));
    // Each with the score it had for the question: the record alone has none.
    return items && { items: items.map((item, i) => ({ ...item, score: source.items[i].score })), heading: headingOfFooter(footer) ?? "" };
  }

  /** The buttons about one item, which carry its record reference: its sentence, its citation, feedback. */
  async function onItemButton(interaction: ButtonInteraction, action: Exclude<ButtonAction, { action: "page" | "pick" }>): Promise<void> {
    const item = ctx.engine.item(action.ref);
    const lang = action.action === "cite" ? "en" : action.lang;
    if (!item) return expired(interaction, lang);
    if (action.action === "cite") {
      await interaction.reply({ ...renderCitation(item), flags: MessageFlags.Ephemeral });
    } else if (action.action === "ctx") {
      await interaction.reply({ ...renderContext(item, ctx.articleTitle, lang), flags: MessageFlags.Ephemeral });
    } else {
      let said = t(lang, "feedbackThanks");
      try {
        ctx.feedback.append({
          surface: "discord",
          userId: interaction.user.id,
          question: questionOfFooter(interaction.message.embeds[0]?.footer?.text),
          records: [item.id],
          verdict: action.verdict,
        });
        logger.info({ verdict: action.verdict, record: item.id }, "feedback");
      } catch (err) {
        logger.error({ err }, "could not write feedback");
        said = t(lang, "feedbackFailed");
      }
      await interaction.reply({ ...renderNotice(said), flags: MessageFlags.Ephemeral });
    }
  }

  async function onMessage(message: Message): Promise<void> {
    const me = client.user;
    if (!me || message.author.bot || message.author.id === me.id) return;
    const isDm = !message.inGuild();
    const botRoleId = message.guild?.roles.botRoleFor(me)?.id;
    const mentioned = message.mentions.users.has(me.id) || (botRoleId !== undefined && message.mentions.roles.has(botRoleId));
    if (!isDm && !mentioned) return;
    if (!allow(message.author.id)) {
      // A flood of messages gets one notice, not one per message.
      if (!limiter.firstRefusal(message.author.id)) return;
      await message.reply(renderNotice(NOTICES.rateLimited(limiter.retryAfter(message.author.id) / 1000, interfaceLanguage(message.content))));
      return;
    }
    logger.info({ source: isDm ? "dm" : "mention", user: message.author.id, guild: message.guildId }, "message");
    await message.reply(
      messagePayload(replyForQuestion(message.content, ctx, conversationKey(message.channelId, message.author.id), message.author.id)),
    );
  }

  async function replyWithError(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const reply = { ...renderNotice(NOTICES.error(interactionLang(interaction))), flags: MessageFlags.Ephemeral } as const;
    if (interaction.replied || interaction.deferred) await interaction.followUp(reply);
    else await interaction.reply(reply);
  }

  /** Runs a handler; any failure is logged and answered, and a failing answer is only logged. */
  function guarded<T>(what: string, handler: (arg: T) => Promise<void>, onError: (arg: T) => Promise<void>) {
    return (arg: T): void => {
      const fail = (error: unknown) => {
        logger.error({ err: error, event: what }, "handler failed");
        Promise.resolve()
          .then(() => onError(arg))
          .catch((e: unknown) => logger.error({ err: e, event: what }, "could not send the error reply"));
      };
      try {
        handler(arg).catch(fail);
      } catch (error) {
        fail(error);
      }
    };
  }

  client.on(Events.InteractionCreate, guarded("interaction", onInteraction, replyWithError));
  client.on(
    Events.MessageCreate,
    guarded("message", onMessage, async (message: Message) => {
      await message.reply(renderNotice(NOTICES.error(interfaceLanguage(message.content))));
    }),
  );
  client.once(Events.ClientReady, (c) => logger.info({ user: c.user.id, guilds: c.guilds.cache.size }, "ready"));
  client.on(Events.Error, (error) => logger.error({ err: error }, "client error"));
  client.on(Events.ShardError, (error, shard) => logger.error({ err: error, shard }, "shard error"));
  client.on(Events.Warn, (message) => logger.warn(message));
  return client;
}
