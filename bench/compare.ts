// Two builds of the engine side by side in one process, on one corpus folder and one question mix:
// this checkout and a baseline checkout (another worktree, built). Questions are asked alternately of
// each engine, so that both see the same load on a shared machine: the ratios hold when the absolute
// times do not. Also checks that both give the same answers (status, items, scores) to every question.
// With --flexsearch, FlexSearch (baseline-flexsearch.ts) is timed on the same questions in the same rounds.
// Usage: node --expose-gc dist/bench/compare.js --baseline <checkout> --corpus <dir> [--seeds 3] [--rounds 5] [--flexsearch]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { Answer, Corpus, Engine } from "../src/index.js";
import * as current from "../src/index.js";
import { createFlexBaseline, type FlexBaseline } from "./baseline-flexsearch.js";
import { CATEGORIES, NO_MATCH_QUESTIONS, corpusQuestions, type BenchQuestion } from "./questions.js";
import { latency, round, type Latency } from "./stats.js";

type Api = Pick<typeof current, "createEngine" | "loadCorpus">;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

/** Builds an engine with a build's own loader; heap counted after gc, minus the loaded corpus. */
function build(api: Api, dir: string): { engine: Engine; corpus: Corpus; loadMs: number; buildMs: number; heapMB: number } {
  let t = performance.now();
  const corpus = api.loadCorpus(dir);
  const loadMs = performance.now() - t;
  const before = heapMB();
  t = performance.now();
  // No work budget: a slow baseline question must be timed, not cut short.
  const engine = api.createEngine(corpus, { budgetMs: 1e9 });
  const buildMs = performance.now() - t;
  return { engine, corpus, loadMs, buildMs, heapMB: heapMB() - before };
}

const shape = (a: Answer) => JSON.stringify([a.status, a.reason, a.total, a.answers.map((x) => [x.id, x.score])]);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { baseline: { type: "string" }, corpus: { type: "string" }, seeds: { type: "string", default: "3" }, rounds: { type: "string", default: "5" }, flexsearch: { type: "boolean", default: false } } });
  if (!values.baseline || !values.corpus) {
    console.error("usage: compare --baseline <checkout with dist/> --corpus <dir> [--seeds 3] [--rounds 5]");
    process.exit(2);
  }
  const dir = resolve(values.corpus);
  const baselineApi = (await import(resolve(values.baseline, "dist", "src", "index.js"))) as Api;
  console.error("building the baseline engine…");
  const base = build(baselineApi, dir);
  console.error(`baseline: load ${round(base.loadMs, 0)} ms, build ${round(base.buildMs, 0)} ms, heap ${round(base.heapMB, 1)} MB`);
  console.error("building this checkout's engine…");
  const mine = build(current, dir);
  console.error(`current: load ${round(mine.loadMs, 0)} ms, build ${round(mine.buildMs, 0)} ms, heap ${round(mine.heapMB, 1)} MB`);

  let flex: FlexBaseline | undefined;
  if (values.flexsearch) {
    const t = performance.now();
    flex = createFlexBaseline(mine.corpus);
    console.error(`flexsearch: build ${round(performance.now() - t, 0)} ms over ${flex.records} records`);
  }

  const questions: BenchQuestion[] = [];
  for (let seed = 1; seed <= Number(values.seeds); seed++) questions.push(...corpusQuestions(mine.corpus, { seed }));
  questions.push(...NO_MATCH_QUESTIONS);
  const times = { base: questions.map(() => [] as number[]), mine: questions.map(() => [] as number[]), flex: questions.map(() => [] as number[]) };
  const differing: string[] = [];
  questions.forEach((q, i) => {
    // Warm-up, and the answers compared.
    const a = base.engine.ask(q.text);
    const b = mine.engine.ask(q.text);
    if (shape(a) !== shape(b)) differing.push(q.text);
    void i;
  });
  console.error(`timing ${questions.length} questions × ${values.rounds} rounds, alternately…`);
  for (let r = 0; r < Number(values.rounds); r++) {
    questions.forEach((q, i) => {
      const first = (r + i) % 2 === 0;
      for (const which of first ? (["base", "mine"] as const) : (["mine", "base"] as const)) {
        const engine = which === "base" ? base.engine : mine.engine;
        const t = performance.now();
        engine.ask(q.text);
        times[which][i].push(performance.now() - t);
      }
      if (flex) {
        const t = performance.now();
        flex.search(q.text);
        times.flex[i].push(performance.now() - t);
      }
    });
  }
  const kinds = [...CATEGORIES, "all"] as const;
  const of = (which: "base" | "mine" | "flex", kind: string): Latency =>
    latency(questions.flatMap((q, i) => (kind === "all" || q.category === kind ? times[which][i] : [])));
  const fmt = (l: Latency) => [l.p50, l.p95, l.p99].map((x) => (x >= 10 ? x.toFixed(0) : x.toFixed(2))).join(" / ");
  console.log(`corpus ${dir}: ${mine.engine.articles().length} articles, ${questions.length} questions`);
  console.log(`build ms: baseline ${round(base.buildMs, 0)}, current ${round(mine.buildMs, 0)}; heap MB: baseline ${round(base.heapMB, 1)}, current ${round(mine.heapMB, 1)}`);
  console.log("kind              n    baseline p50/p95/p99 ms     current p50/p95/p99 ms      ×p50   ×p95   ×p99");
  for (const kind of kinds) {
    const b = of("base", kind);
    const m = of("mine", kind);
    if (!b.samples) continue;
    console.log(
      `${kind.padEnd(16)} ${String(b.samples / Number(values.rounds)).padStart(3)}  ${fmt(b).padEnd(26)}  ${fmt(m).padEnd(26)}  ` +
        `${round(b.p50 / m.p50, 1).toString().padStart(5)}  ${round(b.p95 / m.p95, 1).toString().padStart(5)}  ${round(b.p99 / m.p99, 1).toString().padStart(5)}`,
    );
  }
  if (flex) {
    console.log("kind              n    FlexSearch p50/p95/p99 ms   current p50/p95/p99 ms      current/FlexSearch ×p50   ×p95");
    for (const kind of kinds) {
      const f = of("flex", kind);
      const m = of("mine", kind);
      if (!f.samples) continue;
      console.log(
        `${kind.padEnd(16)} ${String(f.samples / Number(values.rounds)).padStart(3)}  ${fmt(f).padEnd(26)}  ${fmt(m).padEnd(26)}  ` +
          `${round(m.p50 / f.p50, 2).toString().padStart(5)}  ${round(m.p95 / f.p95, 2).toString().padStart(5)}`,
      );
    }
  }
  console.log(differing.length ? `answers differ on ${differing.length} questions:\n  ${differing.join("\n  ")}` : `same answers on all ${questions.length} questions`);
}

await main();
