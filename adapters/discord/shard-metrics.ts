// Metrics of a sharded bot: the manager asks each shard process for its metrics over the IPC channel
// and serves their sum on /metrics (prom-client's aggregation), so one scrape sees the whole bot.
import type { Shard } from "discord.js";
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue } from "prom-client";
import type { Metrics } from "../shared/metrics.js";

const REQUEST = "quotebot:metrics?";
const REPLY = "quotebot:metrics";

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

interface MetricsMessage {
  type: typeof REPLY;
  id: number;
  metrics: MetricsJson;
}

/** In a shard process: answers the manager's metrics requests. */
export function answerMetricsRequests(metrics: Metrics): void {
  process.on("message", (message: { type?: string; id?: number }) => {
    if (message?.type !== REQUEST || !process.send) return;
    void metrics.registry.getMetricsAsJSON().then((json) => process.send?.({ type: REPLY, id: message.id, metrics: json }));
  });
}

let nextId = 0;

function askShard(shard: Shard, timeoutMs: number): Promise<MetricsJson | null> {
  const id = ++nextId;
  return new Promise((resolve) => {
    const onMessage = (message: MetricsMessage) => {
      if (message?.type !== REPLY || message.id !== id) return;
      done(message.metrics);
    };
    const done = (value: MetricsJson | null) => {
      clearTimeout(timer);
      shard.off("message", onMessage);
      resolve(value);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    shard.on("message", onMessage);
    shard.send({ type: REQUEST, id }).catch(() => done(null));
  });
}

/** In the manager: the sum of every live shard's metrics, in Prometheus text. */
export async function gatherShardMetrics(shards: Iterable<Shard>, timeoutMs = 2_000): Promise<{ contentType: string; text: string }> {
  const replies = await Promise.all([...shards].map((s) => askShard(s, timeoutMs)));
  const registry = AggregatorRegistry.aggregate(replies.filter((r): r is MetricsJson => r !== null));
  return { contentType: registry.contentType, text: await registry.metrics() };
}
