// Builds the Bolt app: HTTP receiver with request signing, or Socket Mode when an app token is given.
import type { Server } from "node:http";
import type { ListenOptions } from "node:net";
import { App, type webApi } from "@slack/bolt";
import { ConfigError, MESSAGES, createLogger, type Engine, type Logger } from "../../src/index.js";
import { ExpiringStore } from "../shared/expiring-store.js";
import { RateLimiter, type Clock } from "../shared/rate-limit.js";
import type { Handled, SlackContext } from "./context.js";
import { registerListeners } from "./listeners/index.js";
import { boltLogger } from "./logger.js";
import { RecentIds } from "./recent-ids.js";
import { REPLAYED, guardedReceiver } from "./request-guard.js";

export interface SlackAppOptions {
  /** xoxb-… */
  botToken: string;
  /** Verifies HTTP requests; required unless `appToken` selects Socket Mode. */
  signingSecret?: string;
  /** xapp-…: selects Socket Mode. */
  appToken?: string;
  /** Passed to the Web API client: `slackApiUrl`, `retryConfig`, `fetch` … */
  clientOptions?: webApi.WebClientOptions;
  /** Questions per user per window (default 6 a minute). */
  rateLimit?: { max?: number; windowMs?: number; now?: Clock };
  logger?: Logger;
  /** Called once each incoming request has been handled. */
  onHandled?: (h: Handled) => void;
}

export interface SlackBot {
  app: App;
  mode: "http" | "socket";
  /** Checks the bot token (auth.test), then listens for HTTP requests or connects over Socket Mode. */
  start(listen?: number | ListenOptions): Promise<Server | undefined>;
  stop(): Promise<void>;
}

export function createSlackApp(engine: Engine, options: SlackAppOptions): SlackBot {
  const logger = options.logger ?? createLogger("slack");
  const socket = Boolean(options.appToken);
  if (!socket && !options.signingSecret) throw new ConfigError(MESSAGES.envMissing("SLACK_SIGNING_SECRET"));

  const bolt = boltLogger(logger);
  const app = new App({
    token: options.botToken,
    ...(socket
      ? { socketMode: true, appToken: options.appToken }
      : { receiver: guardedReceiver({ signingSecret: options.signingSecret!, logger: bolt, processBeforeResponse: false }) }),
    // Acknowledge before the listeners run, so no request nears Slack's 3-second limit.
    processBeforeResponse: false,
    // auth.test runs in start(), where a bad token is reported instead of becoming an unhandled rejection.
    deferInitialization: true,
    logger: bolt,
    clientOptions: { ...options.clientOptions },
  });

  // A replayed signed request is acknowledged and dropped before any listener sees it.
  app.use(async (args) => {
    if (args.context[REPLAYED]) {
      if ("ack" in args && typeof args.ack === "function") await (args.ack as () => Promise<void>)();
      logger.warn("slack: a replayed request was dropped");
      return;
    }
    await args.next();
  });

  // Last line of defence: log and swallow, so that no event can take the process down.
  app.error(async (error) => {
    logger.error({ err: error }, "slack: a listener failed");
  });

  const ctx: SlackContext = {
    engine,
    limiter: new RateLimiter({
      max: options.rateLimit?.max ?? 6,
      windowMs: options.rateLimit?.windowMs ?? 60_000,
      now: options.rateLimit?.now,
    }),
    logger,
    seenEvents: new RecentIds(),
    suggestions: new ExpiringStore({ max: 2000, ttlMs: 24 * 60 * 60_000, now: options.rateLimit?.now }),
    articleTitle: articleTitles(engine),
    handled: (h) => {
      logger.info({ kind: h.kind, outcome: h.outcome, user: h.user }, "slack: handled");
      options.onHandled?.(h);
    },
  };
  registerListeners(app, ctx);

  return {
    app,
    mode: socket ? "socket" : "http",
    async start(listen = 3000) {
      await app.init();
      if (socket) {
        await app.start();
        return undefined;
      }
      return (await app.start(listen)) as Server;
    },
    async stop() {
      await app.stop();
    },
  };
}

function articleTitles(engine: Engine): (id: string) => string | null {
  let titles: Map<string, string> | undefined;
  return (id) => {
    titles ??= new Map(engine.articles().map((a) => [a.id, a.titleEn ?? a.title]));
    return titles.get(id) ?? null;
  };
}
