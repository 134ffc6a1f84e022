// /healthz and /metrics on METRICS_PORT: the health report, Prometheus counters of questions by
// answer status, the latency histogram, reloads and error-level log lines.
import { rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics, errorCountingDestination } from "../../adapters/shared/metrics.js";
import { readRuntimeEnv, startRuntime, type Runtime } from "../../adapters/shared/runtime.js";
import { ConfigError, createLogger } from "../../src/index.js";
import { BUILT_IN_QUESTION, tempCorpus, until, type TempCorpus } from "./helpers.js";

let corpus: TempCorpus;
let runtime: Runtime;
let base: string;
let stderr = "";

beforeAll(async () => {
  corpus = tempCorpus();
  const metrics = createMetrics();
  const logger = createLogger("ops-test", errorCountingDestination(metrics, { write: (s: string) => ((stderr += s), true) } as NodeJS.WritableStream));
  logger.level = "info";
  runtime = await startRuntime({
    settings: { corpusDir: corpus.dir, pollMs: 0, metricsPort: 0, metricsHost: "127.0.0.1", rateLimit: { max: 6, windowMs: 30_000 } },
    logger,
    metrics,
  });
  base = `http://127.0.0.1:${(runtime.opsServer!.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await runtime?.close();
  corpus?.remove();
});

/** The value of one sample line of the Prometheus text, e.g. `quotebot_questions_total{status="answered"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("/healthz", () => {
  it("reports ok with the corpus's size while every check passes, 503 degraded with the reason otherwise", async () => {
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body).toMatchObject({ status: "ok", corpus: { articles: 1, lastReloadError: null } });
    runtime.health.set("discord", false, "gateway disconnected");
    const degraded = await fetch(`${base}/healthz`);
    expect(degraded.status).toBe(503);
    expect(await degraded.json()).toMatchObject({ status: "degraded", checks: { discord: { ok: false, detail: "gateway disconnected" } } });
    runtime.health.set("discord", true);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("serves nothing else", async () => {
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(405);
  });
});

describe("/metrics", () => {
  it("counts questions by answer status (suggested included) and times them", async () => {
    runtime.engine.ask(BUILT_IN_QUESTION);
    runtime.engine.ask(BUILT_IN_QUESTION);
    runtime.engine.ask("What did Putin say about the S-400?");
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(sample(text, 'quotebot_questions_total{status="answered"}')).toBe(2);
    expect(sample(text, 'quotebot_questions_total{status="no_match"}')).toBe(1);
    expect(sample(text, 'quotebot_questions_total{status="suggested"}')).toBe(0);
    expect(sample(text, "quotebot_answer_duration_seconds_count")).toBe(3);
    expect(sample(text, 'quotebot_answer_duration_seconds_bucket{le="+Inf"}')).toBe(3);
    expect(sample(text, "quotebot_corpus_articles")).toBe(1);
    expect(text).toContain("quotebot_process_resident_memory_bytes");
  });

  it("counts reloads, refused ones and the error they log", async () => {
    const before = await (await fetch(`${base}/metrics`)).text();
    expect(sample(before, "quotebot_errors_total")).toBe(0);
    writeFileSync(join(corpus.dir, "broken.json"), "{ not json");
    await until(async () => sample(await (await fetch(`${base}/metrics`)).text(), 'quotebot_corpus_reloads_total{outcome="refused"}') === 1, "a refused reload");
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(sample(text, "quotebot_errors_total")).toBe(1);
    expect(stderr).toContain("broken.json");
    const health = await (await fetch(`${base}/healthz`)).json();
    expect(health).toMatchObject({ status: "ok", corpus: { articles: 1, lastReloadError: expect.stringContaining("broken.json") } });
    rmSync(join(corpus.dir, "broken.json"));
    await until(async () => sample(await (await fetch(`${base}/metrics`)).text(), 'quotebot_corpus_reloads_total{outcome="reloaded"}') === 1, "a successful reload");
  });
});

describe("settings", () => {
  it("METRICS_PORT is off by default; malformed values are named", () => {
    expect(readRuntimeEnv({})).toMatchObject({ metricsPort: undefined, metricsHost: "127.0.0.1", pollMs: 30_000 });
    expect(readRuntimeEnv({ METRICS_PORT: "9464", CORPUS_DIR: "/data/corpus", CORPUS_POLL_SECONDS: "0" })).toMatchObject({
      metricsPort: 9464, corpusDir: "/data/corpus", pollMs: 0,
    });
    expect(() => readRuntimeEnv({ METRICS_PORT: "http" })).toThrow(ConfigError);
    expect(() => readRuntimeEnv({ METRICS_PORT: "http" })).toThrow(/METRICS_PORT/);
  });
});
