// A loopback Discord for end-to-end tests: the REST API (what discord.js calls at login and to answer)
// and a gateway WebSocket speaking enough of the protocol (Hello, Identify → Ready + Guild Create,
// heartbeats, dispatches). Listens on 127.0.0.1, port 0; records every REST call for assertions.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { discordViolations } from "../support/platform-limits.js";

export const IDS = {
  app: "1100000000000000001",
  guild: "1200000000000000001",
  channel: "1300000000000000001",
  dmChannel: "1300000000000000002",
  user: "1400000000000000001",
  otherUser: "1400000000000000002",
  /** The bot's managed role in the test guild. */
  botRole: "1600000000000000001",
} as const;

/** A token of the right shape; never a real one. */
export const FAKE_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake00.fake-token-for-tests-only";

export const BOT_USER = {
  id: IDS.app,
  username: "quotebot",
  discriminator: "0",
  global_name: "quotebot",
  avatar: null,
  bot: true,
} as const;

export function user(id: string = IDS.user, username = "asker") {
  return { id, username, discriminator: "0", global_name: username, avatar: null };
}

export interface RecordedRequest {
  method: string;
  /** Path after the API version, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
}

type Responder = (req: RecordedRequest) => { status: number; body?: unknown } | undefined;

interface Waiter {
  predicate: (r: RecordedRequest) => boolean;
  resolve: (r: RecordedRequest) => void;
}

const VERSION_PREFIX = /^\/api\/v\d+/;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Identify payloads received on the gateway. */
  readonly identifies: any[] = [];
  /** Heartbeats received (each is acknowledged). */
  heartbeats = 0;
  /**
   * Payloads over Discord's limits, refused with 400 as Discord does; `close()` fails the test when
   * any arrived, so a reply the real Discord would reject can never pass.
   */
  readonly violations: string[] = [];
  /** Set to answer some requests differently (e.g. errors); undefined falls through to the defaults. */
  responder: Responder | undefined;

  private readonly sockets = new Set<WebSocket>();
  private readonly identified = new Set<WebSocket>();
  private readonly waiters: Waiter[] = [];
  private readonly heartbeatWaiters: (() => void)[] = [];
  private sequence = 0;
  private nextSnowflake = 1500000000000000000n;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
  ) {}

  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const fake = new FakeDiscord(server, wss);
    server.on("request", (req, res) => void fake.onRequest(req, res));
    wss.on("connection", (socket) => fake.onSocket(socket));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    return fake;
  }

  get origin(): string {
    const { port } = this.server.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  /** For discord.js's `rest: { api }`. */
  get apiUrl(): string {
    return `http://${this.origin}/api`;
  }

  get gatewayUrl(): string {
    return `ws://${this.origin}`;
  }

  id(): string {
    return (this.nextSnowflake++).toString();
  }

  /** A user no other test has used (rate limits are per user). */
  newUser(): ReturnType<typeof user> {
    const id = this.id();
    return user(id, `user${id.slice(-4)}`);
  }

  /** Resolves with the first request (already made or to come) that matches. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no matching request within ${timeoutMs} ms; got: ${this.describeRequests()}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The callback the bot posted for one interaction. */
  interactionCallback(interaction: { id: string }): Promise<RecordedRequest> {
    return this.waitForRequest((r) => r.method === "POST" && r.path.startsWith(`/interactions/${interaction.id}/`));
  }

  /** Messages the bot posted to a channel. */
  channelMessages(channelId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === "POST" && r.path === `/channels/${channelId}/messages`);
  }

  describeRequests(): string {
    return this.requests.map((r) => `${r.method} ${r.path}`).join(", ") || "none";
  }

  /** Sends a dispatch event to every identified gateway connection. */
  dispatch(t: string, d: unknown): void {
    for (const socket of this.identified) this.send(socket, { op: 0, t, s: ++this.sequence, d });
  }

  /** Asks the client for a heartbeat (op 1) and resolves once it arrived (it is acknowledged). */
  requestHeartbeat(): Promise<void> {
    const arrived = new Promise<void>((resolve) => this.heartbeatWaiters.push(resolve));
    for (const socket of this.identified) this.send(socket, { op: 1, d: null });
    return arrived;
  }

  async close(): Promise<void> {
    for (const w of this.waiters.splice(0)) w.resolve = () => undefined;
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.violations.length) throw new Error(`payloads over Discord's limits:\n${this.violations.join("\n")}`);
  }

  // --- REST -------------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", `http://${this.origin}`);
    let body: unknown = raw;
    if ((req.headers["content-type"] ?? "").includes("application/json") && raw) body = JSON.parse(raw);
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname.replace(VERSION_PREFIX, ""),
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
    };
    this.requests.push(recorded);
    const problems = discordViolations(messagePayload(recorded));
    if (problems.length) this.violations.push(`${recorded.method} ${recorded.path}: ${problems.join("; ")}`);
    const { status, body: out } = problems.length
      ? { status: 400, body: { code: 50035, message: "Invalid Form Body", errors: problems } }
      : (this.responder?.(recorded) ?? this.defaultResponse(recorded));
    if (out === undefined) res.writeHead(status).end();
    else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(out));
    for (const w of [...this.waiters]) {
      if (w.predicate(recorded)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(recorded);
      }
    }
  }

  private defaultResponse(r: RecordedRequest): { status: number; body?: unknown } {
    const key = `${r.method} ${r.path}`;
    if (key === "GET /gateway/bot") {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (key === "GET /users/@me") return { status: 200, body: BOT_USER };
    if (key === "GET /applications/@me") return { status: 200, body: { id: IDS.app, name: "quotebot", flags: 0 } };
    if (r.method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) return { status: 204 };
    const channel = /^\/channels\/(\d+)\/messages$/.exec(r.path);
    if (r.method === "POST" && channel) return { status: 200, body: this.botMessage(channel[1], r.body) };
    if (r.method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(r.path)) {
      const list = r.body as { name: string }[];
      return {
        status: 200,
        body: list.map((c) => ({ ...c, id: this.id(), application_id: IDS.app, version: this.id() })),
      };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  /** A message as Discord returns it, authored by the bot, from a posted body. */
  botMessage(channelId: string, body: any): any {
    return {
      id: this.id(),
      channel_id: channelId,
      author: BOT_USER,
      content: body?.content ?? "",
      timestamp: new Date(0).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      pinned: false,
      type: 0,
      flags: body?.flags ?? 0,
    };
  }

  // --- Gateway ----------------------------------------------------------------------------------

  private send(socket: WebSocket, payload: unknown): void {
    socket.send(JSON.stringify(payload));
  }

  private onSocket(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on("close", () => {
      this.sockets.delete(socket);
      this.identified.delete(socket);
    });
    socket.on("message", (data) => this.onGatewayMessage(socket, JSON.parse(String(data)) as { op: number; d: any }));
    // A long interval: heartbeats in tests are requested explicitly (op 1), never waited for.
    this.send(socket, { op: 10, d: { heartbeat_interval: 45_000 } });
  }

  private onGatewayMessage(socket: WebSocket, payload: { op: number; d: any }): void {
    if (payload.op === 1) {
      this.heartbeats++;
      this.send(socket, { op: 11 });
      for (const resolve of this.heartbeatWaiters.splice(0)) resolve();
    } else if (payload.op === 2) {
      this.identifies.push(payload.d);
      this.identified.add(socket);
      this.send(socket, {
        op: 0,
        t: "READY",
        s: ++this.sequence,
        d: {
          v: 10,
          user: BOT_USER,
          guilds: [{ id: IDS.guild, unavailable: true }],
          session_id: "fake-session",
          resume_gateway_url: this.gatewayUrl,
          shard: payload.d.shard,
          application: { id: IDS.app, flags: 0 },
        },
      });
      this.send(socket, { op: 0, t: "GUILD_CREATE", s: ++this.sequence, d: guildPayload() });
    }
  }

  // --- Payloads to dispatch -----------------------------------------------------------------------

  private interactionBase(type: number, asker = user()) {
    return {
      id: this.id(),
      application_id: IDS.app,
      type,
      token: `itoken-${this.id()}`,
      version: 1,
      guild_id: IDS.guild,
      channel_id: IDS.channel,
      channel: { id: IDS.channel, type: 0, name: "general", guild_id: IDS.guild },
      member: {
        user: asker,
        roles: [],
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        permissions: "0",
      },
      app_permissions: "0",
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { 0: IDS.guild },
      context: 0,
    };
  }

  /** An INTERACTION_CREATE payload for a slash command with string options. */
  slashCommand(name: string, options: Record<string, string> = {}, asker = user()) {
    return {
      ...this.interactionBase(2, asker),
      data: {
        id: this.id(),
        name,
        type: 1,
        options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })),
      },
    };
  }

  /** An autocomplete interaction with the focused string option holding `value`. */
  autocomplete(name: string, option: string, value: string, asker = user()) {
    return {
      ...this.interactionBase(4, asker),
      data: { id: this.id(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] },
    };
  }

  /** A click on a button of a message the bot posted. */
  buttonClick(customId: string, message: any, asker = user()) {
    return {
      ...this.interactionBase(3, asker),
      message,
      data: { custom_id: customId, component_type: 2 },
    };
  }

  /** A guild channel message; mentions the bot when `mentionBot`, its managed role when `mentionRole`. */
  guildMessage(content: string, { mentionBot = true, mentionRole = false, author = user() } = {}) {
    return {
      ...this.messageBase(content, IDS.channel, author),
      guild_id: IDS.guild,
      member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
      mentions: mentionBot ? [BOT_USER] : [],
      mention_roles: mentionRole ? [IDS.botRole] : [],
    };
  }

  /** A direct message to the bot (no guild, DM channel not cached yet). */
  directMessage(content: string, author = user()) {
    return { ...this.messageBase(content, IDS.dmChannel, author), channel_type: 1, mentions: [] };
  }

  private messageBase(content: string, channelId: string, author: ReturnType<typeof user>) {
    return {
      id: this.id(),
      channel_id: channelId,
      author,
      content,
      timestamp: new Date(0).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: content.includes("@everyone"),
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
  }
}

function guildPayload() {
  return {
    id: IDS.guild,
    name: "Test guild",
    icon: null,
    owner_id: IDS.user,
    unavailable: false,
    large: false,
    member_count: 2,
    joined_at: new Date(0).toISOString(),
    roles: [
      {
        id: IDS.guild,
        name: "@everyone",
        permissions: "0",
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: IDS.botRole,
        name: "quotebot",
        permissions: "0",
        position: 1,
        color: 0,
        hoist: false,
        managed: true,
        mentionable: false,
        flags: 0,
        tags: { bot_id: IDS.app },
      },
    ],
    channels: [{ id: IDS.channel, type: 0, name: "general", position: 0, permission_overwrites: [] }],
    members: [],
    emojis: [],
    stickers: [],
    features: [],
    threads: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    preferred_locale: "en-US",
  };
}

/** The message (or autocomplete result) a request carries: a callback's `data`, or the body itself. */
function messagePayload(r: RecordedRequest): unknown {
  if (r.method !== "POST" && r.method !== "PATCH") return undefined;
  if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) return (r.body as { data?: unknown } | undefined)?.data;
  if (/^\/channels\/\d+\/messages$/.test(r.path) || r.path.startsWith("/webhooks/")) return r.body;
  return undefined;
}
