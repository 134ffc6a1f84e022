// Test harness: the real Bolt app on 127.0.0.1, requests signed and shaped exactly as Slack sends
// them, and a fake Slack Web API (also receiving response_url posts) that records every call.
import { withCitation } from "../support/citation.js";
import { FeedbackLog, recordRef } from "../../src/index.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Answer, AnswerItem, Engine, SpeakerInfo } from "../../src/types.js";
import { createSlackApp, type SlackAppOptions, type SlackBot } from "../../adapters/slack/app.js";
import { slackViolations } from "../support/platform-limits.js";
import type { Handled } from "../../adapters/slack/context.js";

export const SIGNING_SECRET = "test-signing-secret-8f2d1c";
export const BOT_TOKEN = "xoxb-test-bot-token-1234";
export const BOT_USER = "UBOT0001";
export const TEAM = "T0TEST01";

/** Resolves when `check` passes, re-checked whenever something is recorded; rejects after 5 s. */
export class Waiters {
  private pending: Array<{ check: () => boolean; resolve: () => void }> = [];
  notify(): void {
    this.pending = this.pending.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }
  until(check: () => boolean, what: string): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      // A failure guard only: passing never depends on this timer.
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 20_000);
      this.pending.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }
}

export interface ApiCall {
  /** Web API method (e.g. "chat.postMessage") or "response_url". */
  method: string;
  /** The request path: tells one response_url from another. */
  path: string;
  body: Record<string, any>;
  authorization: string | undefined;
}

/** The Web API methods and response_url posts that carry a message. */
const MESSAGE_METHODS = new Set(["chat.postMessage", "chat.postEphemeral", "chat.update", "response_url"]);

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  /**
   * Messages over Slack's limits, refused as Slack does (`invalid_blocks`); `close()` fails the test
   * when any arrived, so a reply the real Slack would reject can never pass.
   */
  readonly violations: string[] = [];
  private readonly failures = new Map<string, string>();
  private readonly responses = new Map<string, Record<string, unknown>>();
  private readonly waiters = new Waiters();
  private constructor(private readonly server: Server, readonly base: string) {}

  static async start(): Promise<FakeSlackApi> {
    let api!: FakeSlackApi;
    const server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        const { status, json } = api.handle(req, raw);
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    api = new FakeSlackApi(server, `http://127.0.0.1:${port}`);
    return api;
  }

  get apiUrl(): string {
    return `${this.base}/api/`;
  }
  responseUrl(id: string): string {
    return `${this.base}/response/${id}`;
  }
  /** The next call of `method` answers `{ ok: false, error }`. */
  failNext(method: string, error: string): void {
    this.failures.set(method, error);
  }
  /** Every later call of `method` answers `json`. */
  respondTo(method: string, json: Record<string, unknown>): void {
    this.responses.set(method, json);
  }
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }
  /** Resolves with the calls of `method` once there are at least `count`. */
  async waitFor(method: string, count = 1): Promise<ApiCall[]> {
    await this.waiters.until(() => this.callsOf(method).length >= count, `${count} × ${method}`);
    return this.callsOf(method);
  }
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.violations.length) throw new Error(`payloads over Slack's limits:\n${this.violations.join("\n")}`);
  }

  private handle(req: IncomingMessage, raw: string): { status: number; json: unknown } {
    const path = new URL(req.url ?? "/", this.base).pathname;
    const isResponse = path.startsWith("/response/");
    const method = isResponse ? "response_url" : path.replace(/^\/api\//, "");
    const body = parseBody(req, raw);
    this.calls.push({ method, path, body, authorization: req.headers.authorization });
    this.waiters.notify();
    const problems = MESSAGE_METHODS.has(method) ? slackViolations(body) : [];
    if (problems.length) {
      this.violations.push(`${method}: ${problems.join("; ")}`);
      return { status: isResponse ? 400 : 200, json: { ok: false, error: "invalid_blocks", errors: problems } };
    }
    if (isResponse) return { status: 200, json: { ok: true } };
    const error = this.failures.get(method);
    if (error) {
      this.failures.delete(method);
      return { status: 200, json: { ok: false, error } };
    }
    const canned = this.responses.get(method);
    if (canned) return { status: 200, json: canned };
    switch (method) {
      case "auth.test":
        return { status: 200, json: { ok: true, team_id: TEAM, user_id: BOT_USER, bot_id: "BBOT0001", user: "quotebot", team: "Test" } };
      case "chat.postMessage":
        return { status: 200, json: { ok: true, channel: "C1", ts: "1700000000.000200" } };
      case "chat.postEphemeral":
        return { status: 200, json: { ok: true, message_ts: "1700000000.000300" } };
      default:
        return { status: 200, json: { ok: true } };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function parseBody(req: IncomingMessage, raw: string): Record<string, any> {
  if ((req.headers["content-type"] ?? "").includes("application/json")) return JSON.parse(raw || "{}");
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The Web API client sends objects (blocks) as JSON strings inside the form.
    out[k] = k === "blocks" || k === "attachments" ? JSON.parse(v) : v;
  }
  return out;
}

// ---------- Signed requests as Slack sends them ----------

export interface SignOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Overrides the computed signature. */
  signature?: string;
  unsigned?: boolean;
  headers?: Record<string, string>;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  options: SignOptions = {},
): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? nowSeconds();
  const headers: Record<string, string> = { "content-type": contentType, ...options.headers };
  if (!options.unsigned) {
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] = options.signature ?? sign(body, timestamp, options.secret);
  }
  const res = await fetch(url, { method: "POST", headers, body });
  return { status: res.status, text: await res.text() };
}

// ---------- Payloads ----------

let counter = 0;
const nextId = (prefix: string) => `${prefix}${(++counter).toString().padStart(6, "0")}`;

export function slashCommandBody(text: string, user: string, responseUrl: string, team = TEAM): string {
  return new URLSearchParams({
    token: "verification-token-unused",
    team_id: team,
    team_domain: "test",
    channel_id: "C0CHAN01",
    channel_name: "general",
    user_id: user,
    user_name: user.toLowerCase(),
    command: "/quote",
    text,
    api_app_id: "A0APP001",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: `${nextId("")}.1.abc`,
  }).toString();
}

export function eventBody(event: Record<string, unknown>, eventId = nextId("Ev"), team = TEAM): string {
  return JSON.stringify({
    token: "verification-token-unused",
    team_id: team,
    api_app_id: "A0APP001",
    event: { event_ts: event.ts, ...event },
    type: "event_callback",
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [{ enterprise_id: null, team_id: team, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${eventId}`,
  });
}

export function messageShortcutBody(text: string, user: string, responseUrl: string): string {
  const payload = {
    type: "message_action",
    token: "verification-token-unused",
    action_ts: "1700000000.111",
    team: { id: TEAM, domain: "test" },
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM },
    channel: { id: "C0CHAN01", name: "general" },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: "who_said_this",
    trigger_id: `${nextId("")}.1.def`,
    response_url: responseUrl,
    message_ts: "1700000000.000100",
    message: { type: "message", user: "U0AUTHOR", ts: "1700000000.000100", text },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function buttonBody(actionId: string, value: string, user: string, responseUrl: string): string {
  const payload = {
    type: "block_actions",
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM },
    api_app_id: "A0APP001",
    token: "verification-token-unused",
    container: { type: "message", message_ts: "1700000000.000400", channel_id: "C0CHAN01", is_ephemeral: true },
    trigger_id: `${nextId("")}.1.ghi`,
    team: { id: TEAM, domain: "test" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: "C0CHAN01", name: "general" },
    state: { values: {} },
    response_url: responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "Share in channel", emoji: true },
        value,
        type: "button",
        action_ts: "1700000000.222",
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";

// ---------- The running bot ----------

export class BotHarness {
  readonly handled: Handled[] = [];
  private readonly waiters = new Waiters();
  bot!: SlackBot;
  server!: Server;
  /** Feedback goes to a fresh log in a temporary folder, never to the user's own. */
  readonly feedback = new FeedbackLog(join(mkdtempSync(join(tmpdir(), "qb-slack-")), "feedback.jsonl"), { salt: "test" });
  url = "";
  private constructor(readonly api: FakeSlackApi) {}

  static async start(engine: Engine, options: Partial<SlackAppOptions> = {}, api?: FakeSlackApi): Promise<BotHarness> {
    api ??= await FakeSlackApi.start();
    const h = new BotHarness(api);
    h.bot = createSlackApp(engine, {
      ...(options.oauth ? {} : { botToken: BOT_TOKEN }),
      signingSecret: SIGNING_SECRET,
      clientOptions: { slackApiUrl: api.apiUrl, retryConfig: { retries: 0 } },
      rateLimit: { max: 1000 },
      feedback: h.feedback,
      ...options,
      onHandled: (x) => {
        h.handled.push(x);
        h.waiters.notify();
      },
    });
    const server = await h.bot.start({ port: 0, host: "127.0.0.1" });
    h.server = server!;
    h.url = `http://127.0.0.1:${(h.server.address() as AddressInfo).port}/slack/events`;
    return h;
  }

  /** Resolves with the handled record of `user` once it is reported. */
  async handledFor(user: string, count = 1): Promise<Handled[]> {
    const mine = () => this.handled.filter((x) => x.user === user);
    await this.waiters.until(() => mine().length >= count, `${count} handled request(s) of ${user}`);
    return mine();
  }

  command(text: string, user: string, responseId = nextId("r"), team = TEAM) {
    return postSigned(this.url, slashCommandBody(text, user, this.api.responseUrl(responseId), team), FORM);
  }
  event(event: Record<string, unknown>, options: SignOptions & { eventId?: string; team?: string } = {}) {
    return postSigned(this.url, eventBody(event, options.eventId, options.team), JSON_TYPE, options);
  }
  shortcut(text: string, user: string) {
    return postSigned(this.url, messageShortcutBody(text, user, this.api.responseUrl(nextId("s"))), FORM);
  }
  button(actionId: string, value: string, user: string) {
    return postSigned(this.url, buttonBody(actionId, value, user, this.api.responseUrl(nextId("b"))), FORM);
  }

  async close(): Promise<void> {
    await this.bot.stop();
    await this.api.close();
  }
}

// ---------- Messages ----------

/** Every text a message shows: fallback text and every text object inside its blocks. */
export function allTexts(message: { text?: string; blocks?: any[] }): string[] {
  const out: string[] = message.text ? [message.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if ((o.type === "mrkdwn" || o.type === "plain_text") && typeof o.text === "string") out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(message.blocks ?? []);
  return out;
}

export function buttonsOf(message: { blocks?: any[] }): any[] {
  return (message.blocks ?? []).filter((b) => b.type === "actions").flatMap((b) => b.elements);
}

// ---------- A small fake engine for protocol tests ----------

export function item(overrides: Partial<AnswerItem> = {}): AnswerItem {
  return withCitation({
    kind: "quote",
    speaker: { id: "sales", name: "Nathan Sales", nameAr: "ناثان سيلز", role: "Counterterrorism coordinator", roleAr: null },
    text: "إن العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم",
    textEn: "The ISIS brand still exists all around the world.",
    context: "وقال سيلز إن العلامة التجارية لداعش ما زالت موجودة في جميع أنحاء العالم.",
    article: "article-000",
    paragraph: 4,
    score: 0.9,
    draft: false,
    ...overrides,
  });
}

export function fakeEngine(answerFor: (question: string) => Answer | AnswerItem[]): Engine {
  const speaker: SpeakerInfo = {
    id: "sales", name: "Nathan Sales", nameAr: "ناثان سيلز", role: "Counterterrorism coordinator", roleAr: null,
    kind: "person", aliases: [], quoteCount: 2, articles: ["article-000"],
  };
  return {
    ask(question) {
      const a = answerFor(question);
      if (!Array.isArray(a)) return a;
      return a.length
        ? { question, status: "answered", answers: a }
        : { question, status: "no_match", answers: [], reason: "not_found" };
    },
    speakers: () => [speaker],
    suggestSpeakers: () => [speaker],
    quotesBy: () => [],
    item: (ref) => [item()].find((i) => i.id === ref || recordRef(i.id) === ref) ?? null,
    articles: () => [],
  };
}
