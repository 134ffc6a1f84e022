// The Slack adapter's settings, from the environment (.env through dotenv).
import { checks, readEnv } from "../shared/env.js";

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  port: number;
  /** SLACK_API_URL: the Web API base (GovSlack, a proxy, a test server); default Slack's. */
  apiUrl?: string;
}

/** Throws a ConfigError naming every missing or malformed variable (never a value). */
export function readSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig {
  const socketMode = Boolean(env.SLACK_APP_TOKEN?.trim());
  const vars = readEnv(
    {
      SLACK_BOT_TOKEN: { secret: true, check: checks.prefix("xoxb-") },
      // Socket Mode needs no signing secret: requests come over the app's own WebSocket.
      SLACK_SIGNING_SECRET: { secret: true, optional: socketMode },
      SLACK_APP_TOKEN: { secret: true, optional: true, check: checks.prefix("xapp-") },
      PORT: { default: "3000", check: checks.port },
      SLACK_API_URL: { optional: true, check: checks.httpUrl },
    },
    env,
  );
  return {
    botToken: vars.SLACK_BOT_TOKEN!,
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
