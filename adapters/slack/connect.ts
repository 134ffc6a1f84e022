// Reaching the Slack Web API at start-up. One auth.test at a time, each cut short after
// `attemptTimeoutMs`, so that an unreachable API is reported within seconds (naming the URL and the
// cause) instead of after the Web API client's half hour of silent retries; then retried with
// exponential backoff until it answers. A token Slack refuses is not retried.
import { setTimeout as sleep } from "node:timers/promises";
import { webApi } from "@slack/bolt";

export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

export interface ConnectOptions {
  /** The bot token to check (auth.test); none with OAuth installs, where api.test checks that Slack answers. */
  token?: string;
  apiUrl?: string;
  /** Passed to the probing client (e.g. a custom fetch agent); its retries are always off. */
  clientOptions?: webApi.WebClientOptions;
  /** One auth.test may take this long (default 10 s, so the first report comes well within 15 s). */
  attemptTimeoutMs?: number;
  /** Wait before the first retry, doubled after each failure up to maxDelayMs (default 1 s → 60 s). */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export type Attempt =
  | { ok: true; botUserId?: string }
  | { ok: false; fatal: false; cause: string; retryAfterMs?: number }
  | { ok: false; fatal: true; cause: string; error: unknown };

/** Platform errors that say "try later" rather than "this token will never work". */
const TRANSIENT = new Set(["ratelimited", "fatal_error", "internal_error", "service_unavailable", "request_timeout"]);

/** Why an auth.test failed, in words an operator can act on. */
export function classify(error: unknown, timeoutMs: number): Attempt {
  const e = error as { code?: string; original?: { code?: string; message?: string }; statusCode?: number; data?: { error?: string }; retryAfter?: number };
  switch (e.code) {
    case webApi.ErrorCode.RequestError: {
      // fetch reports "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a certificate…) is its cause.
      const o = e.original ?? {};
      const inner = (o as { cause?: { code?: string; message?: string } }).cause ?? {};
      const code = inner.code ?? o.code;
      const text = inner.message ?? o.message ?? "";
      if (code === "ECONNABORTED" || code === "ETIMEDOUT" || code === "UND_ERR_CONNECT_TIMEOUT" || /timeout|aborted/i.test(text)) {
        return { ok: false, fatal: false, cause: `no answer within ${Math.round(timeoutMs / 100) / 10} s` };
      }
      const cause = text.includes(code ?? "\u0000") ? text : [code, text].filter(Boolean).join(": ");
      return { ok: false, fatal: false, cause: cause || "request failed" };
    }
    case webApi.ErrorCode.HTTPError:
      return { ok: false, fatal: false, cause: `HTTP ${e.statusCode} from the API (a proxy or an outage?)` };
    case webApi.ErrorCode.RateLimitedError:
      return { ok: false, fatal: false, cause: "rate limited", retryAfterMs: (e.retryAfter ?? 1) * 1000 };
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? "unknown_error";
      return TRANSIENT.has(code) ? { ok: false, fatal: false, cause: `Slack answered ${code}` } : { ok: false, fatal: true, cause: code, error };
    }
    default:
      return { ok: false, fatal: false, cause: error instanceof Error ? error.message : String(error) };
  }
}

/** Tries auth.test until it answers; `onFailure` hears each failed attempt with the wait before the next. */
export class SlackConnector {
  readonly apiUrl: string;
  private readonly client: webApi.WebClient;
  private readonly timeoutMs: number;
  private readonly abort = new AbortController();

  constructor(private readonly options: ConnectOptions) {
    this.apiUrl = options.apiUrl ?? options.clientOptions?.slackApiUrl ?? DEFAULT_SLACK_API_URL;
    this.timeoutMs = options.attemptTimeoutMs ?? 10_000;
    this.client = new webApi.WebClient(options.token, {
      ...options.clientOptions,
      slackApiUrl: this.apiUrl,
      timeout: this.timeoutMs,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      // Failures are reported by the caller, once each, in its own words.
      logger: silentLogger,
    });
  }

  async attempt(): Promise<Attempt> {
    try {
      if (!this.options.token) {
        await this.client.api.test();
        return { ok: true };
      }
      const res = await this.client.auth.test();
      return { ok: true, botUserId: res.user_id };
    } catch (error) {
      return classify(error, this.timeoutMs);
    }
  }

  /** Retries until an attempt succeeds (resolves true), is refused (resolves with it) or stop() (false). */
  async retry(onFailure: (a: Attempt & { ok: false; fatal: false }, attempt: number, nextDelayMs: number) => void, first?: Attempt): Promise<Attempt | false> {
    let delay = this.options.initialDelayMs ?? 1_000;
    const max = this.options.maxDelayMs ?? 60_000;
    let result = first ?? (await this.attempt());
    for (let n = 1; !result.ok && !result.fatal; n++) {
      const wait = Math.min(max, Math.max(delay, result.retryAfterMs ?? 0));
      onFailure(result, n, wait);
      try {
        await sleep(wait, undefined, { signal: this.abort.signal });
      } catch {
        return false;
      }
      delay = Math.min(max, delay * 2);
      result = await this.attempt();
    }
    return result;
  }

  stop(): void {
    this.abort.abort();
  }
}

const silentLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => webApi.LogLevel.ERROR,
  setName: () => {},
};

