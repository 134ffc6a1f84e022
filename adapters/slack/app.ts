// Builds the Bolt app: HTTP receiver with request signing (and GET /healthz), or Socket Mode when an
// app token is given. One workspace answers with its bot token; with OAuth options, the app is installed
// in many workspaces through /slack/install, and each request is answered with its own workspace's
// token, fetched from the installation store by Bolt's authorize. In HTTP mode the port opens before Slack's Web API is reached, so that an
// unreachable API shows as "degraded" on /healthz while start-up keeps retrying.
import type { Server } from "node:http";
import type { ListenOptions } from "node:net";
import { App, type InstallationStore, type webApi } from "@slack/bolt";
import { ConfigError, FeedbackLog, MESSAGES, createLogger, feedbackLogPath, registerSecret, type Engine, type Logger } from "../../src/index.js";
import { Conversations } from "../shared/conversations.js";
import { ExpiringStore } from "../shared/expiring-store.js";
import { Health } from "../shared/health.js";
import { writeHealth } from "../shared/ops-server.js";
import { DEFAULT_RATE_LIMIT, RateLimiter, type Clock } from "../shared/rate-limit.js";
import { SlackConnector, type ConnectOptions } from "./connect.js";
import type { Handled, SlackContext } from "./context.js";
import { registerListeners } from "./listeners/index.js";
import { boltLogger } from "./logger.js";
import { RecentIds } from "./recent-ids.js";
import { BOT_SCOPES } from "./ids.js";
import { REPLAYED, guardedReceiver } from "./request-guard.js";

/** Installs in many workspaces (Bolt's OAuth flow): /slack/install and /slack/oauth_redirect. */
export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  redirectUri?: string;
  installationStore: InstallationStore;
}

export const INSTALL_PATH = "/slack/install";
export const REDIRECT_PATH = "/slack/oauth_redirect";

export interface SlackAppOptions {
  /** xoxb-…: one workspace. Exactly one of `botToken` and `oauth` is given. */
  botToken?: string;
  /** Many workspaces, each with the token its install gave. HTTP mode only. */
  oauth?: SlackOAuthOptions;
  /** Verifies HTTP requests; required unless `appToken` selects Socket Mode. */
  signingSecret?: string;
  /** xapp-…: selects Socket Mode. */
  appToken?: string;
  /** Passed to the Web API client: `slackApiUrl` (SLACK_API_URL), `retryConfig`, `fetch` … */
  clientOptions?: webApi.WebClientOptions;
  /** How start-up retries an unreachable Web API (timeouts and backoff). */
  connect?: Pick<ConnectOptions, "attemptTimeoutMs" | "initialDelayMs" | "maxDelayMs">;
  /** Questions per user per window: by default the limit Discord has too (DEFAULT_RATE_LIMIT). */
  rateLimit?: { max?: number; windowMs?: number; now?: Clock };
  logger?: Logger;
  /** What /healthz reports; the app sets its "slack" check. */
  health?: Health;
  /** Where the feedback buttons write; default FEEDBACK_LOG (or the user's state folder). */
  feedback?: FeedbackLog;
  /** Called once each incoming request has been handled. */
  onHandled?: (h: Handled) => void;
}

export interface SlackBot {
  app: App;
  mode: "http" | "socket";
  health: Health;
  /**
   * HTTP mode: opens the port (GET /healthz included), then reaches the Web API (auth.test). Resolves
   * once Slack answered, or once it is known to be unreachable (then `connected` settles later).
   * Rejects when Slack refuses the token.
   */
  start(listen?: number | ListenOptions): Promise<Server | undefined>;
  /** Resolves when the app is connected; rejects if Slack later refuses the token. */
  connected: Promise<void>;
  stop(): Promise<void>;
}

export const HEALTH_PATH = "/healthz";

export function createSlackApp(engine: Engine, options: SlackAppOptions): SlackBot {
  const logger = options.logger ?? createLogger("slack");
  const socket = Boolean(options.appToken);
  if (!socket && !options.signingSecret) throw new ConfigError(MESSAGES.envMissing("SLACK_SIGNING_SECRET"));
  const { oauth } = options;
  // Masked in every log line, however the app was given them (Web API debug lines print request bodies).
  for (const secret of [options.botToken, options.signingSecret, options.appToken, oauth?.clientSecret, oauth?.stateSecret]) registerSecret(secret);
  if (Boolean(oauth) === Boolean(options.botToken)) throw new ConfigError(MESSAGES.envMissing(oauth ? "SLACK_CLIENT_ID or SLACK_BOT_TOKEN, not both" : "SLACK_BOT_TOKEN"));
  if (oauth && socket) throw new ConfigError(MESSAGES.envMalformed("SLACK_APP_TOKEN", "installs in many workspaces need HTTP mode"));
  const health = options.health ?? new Health();
  health.set("slack", false, "not started");

  const bolt = boltLogger(logger);
  const receiver = socket
    ? undefined
    : guardedReceiver({
        signingSecret: options.signingSecret!,
        logger: bolt,
        // Acknowledge before the listeners run, so no request nears Slack's 3-second limit.
        processBeforeResponse: false,
        customRoutes: [{ path: HEALTH_PATH, method: ["GET"], handler: (_req, res) => writeHealth(health, res) }],
        ...(oauth
          ? {
              clientId: oauth.clientId,
              clientSecret: oauth.clientSecret,
              stateSecret: oauth.stateSecret,
              redirectUri: oauth.redirectUri,
              installationStore: oauth.installationStore,
              // What the install asks for: the manifest's scopes, which a test holds to what the code uses.
              scopes: [...BOT_SCOPES],
              installerOptions: {
                installPath: INSTALL_PATH,
                redirectUriPath: REDIRECT_PATH,
                // oauth.v2.access goes where every other Web API call goes (SLACK_API_URL).
                clientOptions: { ...options.clientOptions },
              },
            }
          : {}),
      });
  const app = new App({
    ...(options.botToken ? { token: options.botToken } : {}),
    ...(socket ? { socketMode: true, appToken: options.appToken } : { receiver }),
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
      max: options.rateLimit?.max ?? DEFAULT_RATE_LIMIT.max,
      windowMs: options.rateLimit?.windowMs ?? DEFAULT_RATE_LIMIT.windowMs,
      now: options.rateLimit?.now,
    }),
    logger,
    seenEvents: new RecentIds(),
    suggestions: new ExpiringStore({ max: 2000, ttlMs: 24 * 60 * 60_000, now: options.rateLimit?.now }),
    conversations: new Conversations({ now: options.rateLimit?.now }),
    feedback: options.feedback ?? new FeedbackLog(feedbackLogPath()),
    installations: oauth?.installationStore,
    handled: (h) => {
      logger.info({ kind: h.kind, outcome: h.outcome, user: h.user }, "slack: handled");
      options.onHandled?.(h);
    },
  };
  registerListeners(app, ctx);

  // With OAuth there is no token of our own until a workspace installs the app: api.test tells whether
  // Slack is reachable.
  const connector = new SlackConnector({ token: options.botToken, clientOptions: options.clientOptions, ...options.connect });
  let markConnected!: () => void;
  let markRefused!: (error: unknown) => void;
  const connected = new Promise<void>((resolve, reject) => {
    markConnected = resolve;
    markRefused = reject;
  });
  // Nobody may be listening (tests, an app stopped before it connected).
  connected.catch(() => {});

  /** After a successful auth.test: Bolt's own initialization, then Socket Mode's connection. */
  async function finishStart(): Promise<void> {
    await app.init();
    if (socket) await app.start();
    health.set("slack", true);
    markConnected();
  }

  function refused(attempt: { cause: string; error: unknown }): never {
    health.set("slack", false, `Slack refused SLACK_BOT_TOKEN (${attempt.cause})`);
    throw attempt.error;
  }

  return {
    app,
    mode: socket ? "socket" : "http",
    health,
    connected,
    async start(listen = 3000) {
      health.set("slack", false, `connecting to ${connector.apiUrl}`);
      const server = receiver ? await receiver.start(listen as number) : undefined;
      const first = await connector.attempt();
      if (first.ok) {
        await finishStart();
        return server;
      }
      if (first.fatal) {
        if (receiver) await receiver.stop();
        return refused(first);
      }
      logger.error(
        { apiUrl: connector.apiUrl, cause: first.cause },
        `cannot reach the Slack Web API at ${connector.apiUrl} (${first.cause}); retrying with backoff` +
          (server ? `; the HTTP port is open and ${HEALTH_PATH} reports "degraded"` : ""),
      );
      void connector
        .retry((failure, attempt, nextDelayMs) => {
          health.set("slack", false, `cannot reach ${connector.apiUrl}: ${failure.cause}`);
          logger.warn(
            { apiUrl: connector.apiUrl, cause: failure.cause, attempt, retryInMs: nextDelayMs },
            `Slack Web API still unreachable at ${connector.apiUrl} (${failure.cause}); next try in ${Math.round(nextDelayMs / 1000)} s`,
          );
        }, first)
        .then(async (result) => {
          if (result === false) return;
          if (result.ok) {
            await finishStart();
            logger.info({ apiUrl: connector.apiUrl }, "reached the Slack Web API: the app is connected");
          } else if (result.fatal) refused(result);
        })
        .catch((error: unknown) => {
          const code = (error as { data?: { error?: string } }).data?.error;
          logger.error({ err: error }, code ? `Slack refused SLACK_BOT_TOKEN (${code}): stopping` : "slack: start-up failed after the Web API became reachable");
          markRefused(error);
        });
      return server;
    },
    async stop() {
      connector.stop();
      await app.stop().catch((err: unknown) => {
        // Stopping an app whose receiver never started (Socket Mode before it connected) is not an error.
        logger.debug({ err }, "slack: stop");
      });
    },
  };
}

