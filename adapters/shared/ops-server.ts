// The operations endpoint of a bot process: GET /healthz (JSON, 200 when ok, 503 when degraded) and
// GET /metrics (Prometheus text), on METRICS_PORT when it is set. Nothing else is served.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Health } from "./health.js";

export interface OpsServerOptions {
  port: number;
  host?: string;
  health: Health;
  /** Prometheus text and its content type; absent: /metrics is 404. */
  metrics?: () => Promise<{ contentType: string; text: string }>;
}

/** Writes the health report: the handler of /healthz here and of Bolt's custom route in Slack HTTP mode. */
export function writeHealth(health: Health, res: ServerResponse): void {
  const report = health.report();
  res.writeHead(report.status === "ok" ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(`${JSON.stringify(report)}\n`);
}

export async function startOpsServer(options: OpsServerOptions): Promise<Server> {
  const server = createServer((req, res) => void route(req, res, options));
  // Scrapers and probes keep no connection open worth waiting for at shutdown.
  server.keepAliveTimeout = 5_000;
  server.listen(options.port, options.host ?? "127.0.0.1");
  await once(server, "listening");
  return server;
}

async function route(req: IncomingMessage, res: ServerResponse, options: OpsServerOptions): Promise<void> {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  if (path === "/healthz") return writeHealth(options.health, res);
  if (path === "/metrics" && options.metrics) {
    try {
      const { contentType, text } = await options.metrics();
      res.writeHead(200, { "content-type": contentType }).end(text);
    } catch (err) {
      res.writeHead(500, { "content-type": "text/plain" }).end(`metrics unavailable: ${(err as Error).message}\n`);
    }
    return;
  }
  res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
}

/** Closes a server and the connections it still holds. */
export async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}
