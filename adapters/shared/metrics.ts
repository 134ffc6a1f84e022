// Prometheus metrics of one bot process (prom-client): questions by answer status, answer latency,
// corpus reloads and error-level log lines. Each process has its own registry, served on /metrics.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Answer } from "../../src/index.js";

export interface Metrics {
  registry: Registry;
  questions: Counter<"status">;
  latency: Histogram;
  reloads: Counter<"outcome">;
  errors: Counter;
  articles: Gauge;
}

/** Status values shown at 0 before the first question, so that dashboards see every series. */
const KNOWN_STATUSES = ["answered", "suggested", "no_match"];

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "quotebot_" });
  const questions = new Counter({
    name: "quotebot_questions_total",
    help: "Questions asked, by answer status (answered, suggested, no_match).",
    labelNames: ["status"] as const,
    registers: [registry],
  });
  for (const status of KNOWN_STATUSES) questions.inc({ status }, 0);
  const reloads = new Counter({
    name: "quotebot_corpus_reloads_total",
    help: "Corpus reloads: reloaded (the new corpus answers) or refused (the old one keeps answering).",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  for (const outcome of ["reloaded", "refused"]) reloads.inc({ outcome }, 0);
  return {
    registry,
    questions,
    reloads,
    latency: new Histogram({
      name: "quotebot_answer_duration_seconds",
      help: "Time the engine took to answer one question.",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    errors: new Counter({
      name: "quotebot_errors_total",
      help: "Error-level log lines: failed handlers, refused reloads, unreachable platform APIs.",
      registers: [registry],
    }),
    articles: new Gauge({
      name: "quotebot_corpus_articles",
      help: "Articles in the corpus that is answering.",
      registers: [registry],
    }),
  };
}

/** Counts one answer by its status and records how long it took (LiveEngine's onAnswer). */
export function recordAnswer(metrics: Metrics): (answer: Answer, seconds: number) => void {
  return (answer, seconds) => {
    metrics.questions.inc({ status: answer.status });
    metrics.latency.observe(seconds);
  };
}

/** A pino destination that writes to stderr and counts error-level lines (level ≥ 50). */
export function errorCountingDestination(metrics: Metrics, out: NodeJS.WritableStream = process.stderr) {
  return {
    write(line: string): boolean {
      const level = /"level":(\d+)/.exec(line);
      if (level && Number(level[1]) >= 50) metrics.errors.inc();
      return out.write(line);
    },
  };
}
