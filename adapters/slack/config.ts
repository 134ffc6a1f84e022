// The Slack adapter's settings, from the environment (.env through dotenv). One workspace: its bot token
// (SLACK_BOT_TOKEN). Many workspaces: the app's OAuth credentials (SLACK_CLIENT_ID and the rest), each
// workspace's token coming from its install through /slack/install, kept in SLACK_INSTALLATIONS_DB.
import { ConfigError, MESSAGES } from "../../src/index.js";
import { checks, readEnv } from "../shared/env.js";
import { installationsDbPath } from "./installations.js";

/** Installs in many workspaces through Slack's OAuth flow. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state` parameter (CSRF protection of the install flow). */
  stateSecret: string;
  /** The redirect URL registered in the app's settings, when it has several (SLACK_REDIRECT_URL). */
  redirectUri?: string;
  /** The SQLite file that keeps the installs (SLACK_INSTALLATIONS_DB). */
  installationsDb: string;
}

export interface SlackConfig {
  /** Single-workspace mode; absent when `oauth` is set. */
  botToken?: string;
  oauth?: SlackOAuthConfig;
  signingSecret?: string;
  appToken?: string;
  port: number;
  /** SLACK_API_URL: the Web API base (GovSlack, a proxy, a test server); default Slack's. */
  apiUrl?: string;
}

/** Throws a ConfigError naming every missing or malformed variable (never a value). */
export function readSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig {
  const socketMode = Boolean(env.SLACK_APP_TOKEN?.trim());
  const oauth = Boolean(env.SLACK_CLIENT_ID?.trim());
  if (oauth && env.SLACK_BOT_TOKEN?.trim()) {
    throw new ConfigError(MESSAGES.envMalformed("SLACK_BOT_TOKEN", "set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID (installs in many workspaces), not both"));
  }
  if (oauth && socketMode) {
    throw new ConfigError(MESSAGES.envMalformed("SLACK_APP_TOKEN", "installs through SLACK_CLIENT_ID need HTTP mode (Slack redirects to /slack/oauth_redirect): leave SLACK_APP_TOKEN unset"));
  }
  const vars = readEnv(
    {
      SLACK_BOT_TOKEN: { secret: true, optional: oauth, check: checks.prefix("xoxb-") },
      // Socket Mode needs no signing secret: requests come over the app's own WebSocket.
      SLACK_SIGNING_SECRET: { secret: true, optional: socketMode },
      SLACK_APP_TOKEN: { secret: true, optional: true, check: checks.prefix("xapp-") },
      SLACK_CLIENT_ID: { optional: true, check: checks.slackClientId },
      SLACK_CLIENT_SECRET: { secret: true, optional: !oauth },
      SLACK_STATE_SECRET: { secret: true, optional: !oauth, check: checks.minLength(16) },
      SLACK_REDIRECT_URL: { optional: true, check: checks.httpUrl },
      PORT: { default: "3000", check: checks.port },
      SLACK_API_URL: { optional: true, check: checks.httpUrl },
    },
    env,
  );
  return {
    ...(oauth
      ? {
          oauth: {
            clientId: vars.SLACK_CLIENT_ID!,
            clientSecret: vars.SLACK_CLIENT_SECRET!,
            stateSecret: vars.SLACK_STATE_SECRET!,
            ...(vars.SLACK_REDIRECT_URL ? { redirectUri: vars.SLACK_REDIRECT_URL } : {}),
            installationsDb: installationsDbPath(env),
          },
        }
      : { botToken: vars.SLACK_BOT_TOKEN! }),
    signingSecret: vars.SLACK_SIGNING_SECRET,
    appToken: vars.SLACK_APP_TOKEN,
    port: Number(vars.PORT),
    ...(vars.SLACK_API_URL ? { apiUrl: withSlash(vars.SLACK_API_URL) } : {}),
  };
}

/** The Web API client joins method names to the base URL, which must end with a slash. */
function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
