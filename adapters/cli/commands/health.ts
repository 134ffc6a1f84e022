// `quotebot health [--url URL]`: asks a running bot's /healthz (default on METRICS_PORT of this
// machine) and exits 0 when it reports "ok": the container's health check, with no curl in the image.
import { parseCommandArgs, usageError } from "../args.js";
import type { CliCommand } from "../command.js";

const TIMEOUT_MS = 3_000;

export const health: CliCommand = {
  name: "health",
  summary: "check a running bot's /healthz (exit 0 when ok): for container health checks",
  usage: "quotebot health [--url http://127.0.0.1:$METRICS_PORT/healthz]",
  async run(args, io) {
    const parsed = parseCommandArgs(this, args, { url: { type: "string" } }, io, false);
    if (typeof parsed === "number") return parsed;
    const options = parsed.values;
    const port = process.env.METRICS_PORT?.trim();
    const url = (options.url as string | undefined) ?? (port ? `http://127.0.0.1:${port}/healthz` : undefined);
    if (!url) {
      return usageError(this, "set METRICS_PORT (the bot's /healthz port) or pass --url", io);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      const body = (await res.text()).trim();
      io.stdout.write(`${body.slice(0, 2000)}\n`);
      return res.ok ? 0 : 1;
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
      io.stderr.write(`quotebot health: no answer from ${url} (${cause})\n`);
      return 1;
    }
  },
};
