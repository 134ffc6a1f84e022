// `npm run bench`: the engine against plain fuse.js on the seed corpus and on synthetic corpora of
// 10,000 and 100,000 quotes: index build time, memory, latency percentiles of a fixed question mix
// (over all and by kind of question), answer quality, CLI start-up, a new process's start at each
// generated size (cold: builds and writes the snapshot; then from it: start-at-size.ts), and the targets.
// Writes bench/results/latest.json. `npm run bench -- --corpus DIR` measures any corpus folder instead
// (your own ingested articles), with questions drawn from it.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createEngine, loadCorpus, type Answer, type Corpus, type Engine } from "../src/index.js";
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT } from "../src/paths.js";
import { createFuseBaseline, fuseRecords, type FuseRecord } from "./baseline-fuse.js";
import { generateCorpus, removeCorpus } from "./generate.js";
import { CATEGORIES, NO_MATCH_QUESTIONS, SEED_QUESTIONS, corpusQuestions, type BenchQuestion, type Category } from "./questions.js";
import { latency, median, round, type Latency } from "./stats.js";
import { measureStartAtSize, type StartAtSize } from "./start-at-size.js";

const SIZES = [
  { name: "seed", quotes: 0 },
  { name: "10k", quotes: 10_000 },
  { name: "100k", quotes: 100_000 },
] as const;
/** Above this many records plain fuse.js takes seconds a question: it answers a fixed sample only, */
const FUSE_FULL_MIX_MAX_RECORDS = 1_000;
const FUSE_SAMPLE_SIZE = 10;
/** and stops early (after at least one question) once this much time is spent, to bound the run. */
const FUSE_TIME_BUDGET_MS = 30_000;
const ENGINE_TIME_BUDGET_MS = 4_000;
const ENGINE_MAX_SAMPLES = 5_000;
const STARTUP_RUNS = 7;
const STARTUP_QUESTION = "who said the ISIS brand still exists worldwide";
/** Starts from the snapshot timed at each generated size (after one cold start that writes it). */
const CACHED_STARTS = 3;
const MB = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
function collect(): void {
  gc?.();
  gc?.();
}
const heapUsed = () => process.memoryUsage().heapUsed;

interface Correctness {
  checked: number;
  correct: number;
}

/** Whether a top answer is the expected one; null when the question has no single expected answer. */
function judge(q: BenchQuestion, top: { speaker: string | null; article: string; paragraph: number } | null): boolean | null {
  if (q.category === "no_match") return top === null;
  if (q.expectSpeaker) return top?.speaker === q.expectSpeaker;
  if (q.expectPlace) return top?.article === q.expectPlace.article && top.paragraph === q.expectPlace.paragraph;
  return null;
}

function tally(results: (boolean | null)[]): Correctness {
  const checked = results.filter((r) => r !== null);
  return { checked: checked.length, correct: checked.filter(Boolean).length };
}

const engineTop = (a: Answer) =>
  a.status === "answered" ? { speaker: a.answers[0].speaker?.id ?? null, article: a.answers[0].article, paragraph: a.answers[0].paragraph } : null;

/** Asks every question in rounds until the sample or time budget is spent; latencies per question. */
function timeEngine(engine: Engine, questions: BenchQuestion[]): number[][] {
  for (const q of questions) engine.ask(q.text); // warm-up
  const perQuestion = questions.map(() => [] as number[]);
  const start = performance.now();
  let samples = 0;
  for (let round = 0; round < 3 || (performance.now() - start < ENGINE_TIME_BUDGET_MS && samples < ENGINE_MAX_SAMPLES); round++) {
    questions.forEach((q, i) => {
      const t = performance.now();
      engine.ask(q.text);
      perQuestion[i].push(performance.now() - t);
    });
    samples += questions.length;
  }
  return perQuestion;
}

/** A fixed order of the mix that alternates categories, so that any prefix of it is a fair sample. */
function fuseOrder(questions: BenchQuestion[]): number[] {
  const byCategory = new Map<string, number[]>();
  questions.forEach((q, i) => byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), i]));
  const order: number[] = [];
  for (let k = 0; order.length < questions.length; k++) {
    for (const list of byCategory.values()) if (list[k] !== undefined) order.push(list[k]);
  }
  return order;
}

interface SizeResult {
  name: string;
  articles: number;
  quotes: number;
  facts: number;
  records: number;
  speakers: number;
  questions: number;
  loadMs: number;
  engine: {
    buildMs: number;
    heapMB: number;
    latencyMs: Latency;
    /** The same, for each kind of question. */
    byKind: Partial<Record<Category, Latency>>;
    correct: Correctness;
    /** Questions with an answer in the corpus that got none. */
    noMatchWrongly: number;
    slowest: { question: string; category: string; medianMs: number }[];
    wrong: { question: string; expected: string; got: string }[];
  };
  fuse: {
    buildMs: number;
    heapMB: number;
    questionsMeasured: number;
    sampled: boolean;
    latencyMs: Latency;
    correct: Correctness;
    /** The engine on exactly the questions fuse.js answered, for the ratios. */
    engineOnSameLatencyMs: Latency;
  };
  ratio: { p50: number; p95: number };
  /** A new process's start over the corpus folder: cold (builds and writes the snapshot) and from the snapshot. */
  start?: StartAtSize;
}

function measure(name: string, corpus: Corpus, questions: BenchQuestion[], extra: { loadMs: number }): { result: SizeResult; engine: Engine } {
  const records = corpus.articles.reduce((n, a) => n + a.quotes.length + a.facts.length, 0);
  const quotes = corpus.articles.reduce((n, a) => n + a.quotes.length, 0);
  const facts = records - quotes;
  log(`[${name}] ${corpus.articles.length} articles, ${quotes} quotes, ${facts} facts: building the engine…`);

  collect();
  const before = heapUsed();
  let t = performance.now();
  let engine = createEngine(corpus);
  const builds = [performance.now() - t];
  collect();
  const heapMB = (heapUsed() - before) / MB;
  // Small corpora build in milliseconds: take the median of a few builds.
  while (builds.length < 5 && builds[0] < 200) {
    t = performance.now();
    engine = createEngine(corpus);
    builds.push(performance.now() - t);
  }
  const buildMs = median(builds);

  log(`[${name}] engine built in ${buildMs.toFixed(1)} ms; timing ${questions.length} questions…`);
  const perQuestion = timeEngine(engine, questions);
  const answers = questions.map((q) => engine.ask(q.text));
  const engineJudged = questions.map((q, i) => judge(q, engineTop(answers[i])));
  const noMatchWrongly = questions.filter((q, i) => q.category !== "no_match" && q.about !== "none" && answers[i].status === "no_match").length;

  const recordsForFuse: FuseRecord[] = fuseRecords(corpus);
  collect();
  const fuseBefore = heapUsed();
  t = performance.now();
  const fuse = createFuseBaseline(recordsForFuse);
  const fuseBuildMs = performance.now() - t;
  collect();
  const fuseHeapMB = (heapUsed() - fuseBefore) / MB;
  const sampled = records > FUSE_FULL_MIX_MAX_RECORDS;
  // Shortest first: fuse.js is fastest on short questions, so stopping early only favours it.
  const planned = sampled
    ? fuseOrder(questions).slice(0, FUSE_SAMPLE_SIZE).sort((a, b) => questions[a].text.length - questions[b].text.length || a - b)
    : [...questions.keys()];
  const fuseRounds = sampled ? 1 : 20;
  log(`[${name}] plain fuse.js: ${planned.length} questions${sampled ? ` (fixed sample, stops after ${FUSE_TIME_BUDGET_MS / 1000} s)` : ""} × ${fuseRounds}…`);
  const fuseIndexes: number[] = [];
  const fuseTimes: number[] = [];
  const fuseJudged: (boolean | null)[] = [];
  const fuseStart = performance.now();
  for (let round = 0; round < fuseRounds; round++) {
    for (const i of planned) {
      if (sampled && fuseIndexes.length && performance.now() - fuseStart > FUSE_TIME_BUDGET_MS) break;
      const start = performance.now();
      const hits = fuse.search(questions[i].text, { limit: 5 });
      fuseTimes.push(performance.now() - start);
      if (round === 0) {
        fuseIndexes.push(i);
        const top = hits[0]?.item;
        fuseJudged.push(judge(questions[i], top ? { speaker: top.speaker, article: top.article, paragraph: top.paragraph } : null));
      }
    }
  }
  const engineOnSame = latency(fuseIndexes.flatMap((i) => perQuestion[i]));
  const fuseLatency = latency(fuseTimes);

  const result: SizeResult = {
    name, articles: corpus.articles.length, quotes, facts, records,
    speakers: engine.speakers().length, questions: questions.length, loadMs: round(extra.loadMs, 1),
    engine: {
      buildMs: round(buildMs, 1), heapMB: round(heapMB, 1), latencyMs: roundLatency(latency(perQuestion.flat())),
      byKind: Object.fromEntries(
        CATEGORIES.flatMap((c) => {
          const times = questions.flatMap((q, i) => (q.category === c ? perQuestion[i] : []));
          return times.length ? [[c, roundLatency(latency(times))]] : [];
        }),
      ),
      correct: tally(engineJudged), noMatchWrongly,
      slowest: questions
        .map((q, i) => ({ question: q.text, category: q.category, medianMs: round(median(perQuestion[i]), 3) }))
        .sort((a, b) => b.medianMs - a.medianMs)
        .slice(0, 5),
      wrong: questions.flatMap((q, i) => {
        if (engineJudged[i] !== false) return [];
        const top = engineTop(answers[i]);
        const expected = q.expectSpeaker ?? (q.expectPlace ? `${q.expectPlace.article}:${q.expectPlace.paragraph}` : "no_match");
        const got = top ? (q.expectSpeaker ? top.speaker ?? "(fact)" : `${top.article}:${top.paragraph}`) : "no_match";
        return [{ question: q.text, expected, got }];
      }),
    },
    fuse: {
      buildMs: round(fuseBuildMs, 1), heapMB: round(fuseHeapMB, 1), questionsMeasured: fuseIndexes.length, sampled,
      latencyMs: roundLatency(fuseLatency), correct: tally(fuseJudged), engineOnSameLatencyMs: roundLatency(engineOnSame),
    },
    ratio: { p50: round(fuseLatency.p50 / engineOnSame.p50, 1), p95: round(fuseLatency.p95 / engineOnSame.p95, 1) },
  };
  return { result, engine };
}

function roundLatency(l: Latency): Latency {
  return { samples: l.samples, p50: round(l.p50, 4), p95: round(l.p95, 4), p99: round(l.p99, 4) };
}

/** What must not change when synthetic quotes are added: status and answers, scores aside. */
function answerShape(a: Answer) {
  return {
    status: a.status,
    answers: a.answers.map((x) => ({ kind: x.kind, speaker: x.speaker?.id ?? null, article: x.article, paragraph: x.paragraph, text: x.text })),
  };
}

function startupMs(args: string[]): number[] {
  const times: number[] = [];
  for (let i = 0; i <= STARTUP_RUNS; i++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: "utf8" });
    const ms = performance.now() - t;
    if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${run.status}: ${run.stderr}`);
    if (i > 0) times.push(ms); // the first run warms the file cache
  }
  return times;
}

function measureStartup() {
  log(`startup: ${STARTUP_RUNS} runs each of quotebot ask --json and node -e ""…`);
  const cli = startupMs([join(PROJECT_ROOT, "bin", "quotebot.js"), "ask", "--json", STARTUP_QUESTION]);
  const bare = startupMs(["-e", ""]);
  const check = spawnSync(process.execPath, [join(PROJECT_ROOT, "bin", "quotebot.js"), "ask", "--json", STARTUP_QUESTION], { cwd: PROJECT_ROOT, encoding: "utf8" });
  const answer = JSON.parse(check.stdout) as Answer;
  return {
    question: STARTUP_QUESTION,
    cliStatus: answer.status,
    cliMedianMs: round(median(cli), 1),
    bareNodeMedianMs: round(median(bare), 1),
    ratio: round(median(cli) / median(bare), 2),
  };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(3));

function printTable(sizes: SizeResult[]): void {
  const header = ["size", "records", "build ms", "heap MB", "engine p50/p95/p99 ms", "fuse p50/p95/p99 ms", "fuse n", "×p50", "×p95", "correct eng/fuse"];
  const rows = sizes.map((s) => [
    s.name, String(s.records), fmt(s.engine.buildMs), fmt(s.engine.heapMB),
    [s.engine.latencyMs.p50, s.engine.latencyMs.p95, s.engine.latencyMs.p99].map(fmt).join(" / "),
    [s.fuse.latencyMs.p50, s.fuse.latencyMs.p95, s.fuse.latencyMs.p99].map(fmt).join(" / "),
    `${s.fuse.questionsMeasured}${s.fuse.sampled ? "*" : ""}`, String(s.ratio.p50), String(s.ratio.p95),
    `${s.engine.correct.correct}/${s.engine.correct.checked} · ${s.fuse.correct.correct}/${s.fuse.correct.checked}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

function printKinds(sizes: SizeResult[]): void {
  const header = ["size", ...CATEGORIES.map((c) => `${c} p50/p95/p99`)];
  const rows = sizes.map((s) => [
    s.name,
    ...CATEGORIES.map((c) => {
      const l = s.engine.byKind[c];
      return l ? [l.p50, l.p95, l.p99].map(fmt).join("/") : "-";
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

function printStarts(sizes: SizeResult[]): void {
  const header = ["start-up", "cold load s (CPU s)", "cold peak RSS MB", "cached load s", "cached first ask ms", "cached wall / CPU s", "× bare node wall / CPU", "cached heap / peak RSS MB"];
  const rows = sizes.flatMap(({ name, start: s }) =>
    s ? [[
      name, `${fmt(s.cold.loadMs / 1000)} (${fmt(s.cold.cpuMs / 1000)})`, fmt(s.cold.peakRssMB), fmt(s.cached.loadMs / 1000), fmt(s.cached.firstAskMs),
      `${fmt(s.cached.wallMs / 1000)} / ${fmt(s.cached.cpuMs / 1000)}`, `${s.ratio.wall} / ${s.ratio.cpu}`, `${fmt(s.cached.heapMB)} / ${fmt(s.cached.peakRssMB)}`,
    ]] : [],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  for (const { name, start: s } of sizes) if (s && !s.sameStatus) console.log(`[${name}] a start from the snapshot answered otherwise than the cold start`);
}

/** `--corpus DIR`: one corpus folder, questions drawn from it, and its start-up; no synthetic sizes. */
function benchCorpusFolder(dir: string): void {
  const t = performance.now();
  const corpus = loadCorpus(dir);
  const loadMs = performance.now() - t;
  const questions = [...corpusQuestions(corpus), ...NO_MATCH_QUESTIONS];
  const { result } = measure(basename(dir), corpus, questions, { loadMs });
  log(`[${result.name}] start-up: one cold start and ${CACHED_STARTS} from the snapshot…`);
  result.start = measureStartAtSize(dir, CACHED_STARTS);
  const outDir = join(PROJECT_ROOT, "bench", "results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "corpus.json"), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, corpus: dir, size: result }, null, 2)}\n`);
  console.log("");
  printTable([result]);
  console.log("");
  printKinds([result]);
  console.log("");
  printStarts([result]);
  for (const w of result.engine.wrong) console.log(`engine answer differs from expected: "${w.question}" expected ${w.expected}, got ${w.got}`);
  console.log("\nresults: bench/results/corpus.json");
}

function main(): void {
  if (!gc) log("warning: run with node --expose-gc for memory figures (npm run bench does)");
  const { values } = parseArgs({ options: { corpus: { type: "string" } } });
  if (values.corpus) return benchCorpusFolder(resolve(values.corpus));
  const started = performance.now();
  const startup = measureStartup();
  const sizes: SizeResult[] = [];
  let seedAnswers: ReturnType<typeof answerShape>[] = [];
  let seedComparison: { identical: boolean; differing: { question: string; seedOnly: unknown; at100k: unknown }[] } | null = null;

  // BENCH_SIZES=seed,10k runs a subset (for working on the benchmark itself).
  const only = process.env.BENCH_SIZES?.split(",").map((x) => x.trim());
  for (const size of SIZES.filter((s) => !only || only.includes(s.name))) {
    let dir: string | null = null;
    try {
      let corpus: Corpus;
      let questions: BenchQuestion[];
      let t = performance.now();
      if (size.quotes === 0) {
        corpus = loadCorpus(DEFAULT_CORPUS_DIR);
        questions = [...SEED_QUESTIONS, ...NO_MATCH_QUESTIONS];
      } else {
        log(`[${size.name}] generating ${size.quotes} quotes…`);
        const generated = generateCorpus({ quotes: size.quotes });
        dir = generated.dir;
        t = performance.now();
        corpus = loadCorpus(dir);
        questions = [...corpusQuestions(corpus), ...SEED_QUESTIONS, ...NO_MATCH_QUESTIONS];
      }
      const loadMs = performance.now() - t;
      const { result, engine } = measure(size.name, corpus, questions, { loadMs });
      sizes.push(result);
      if (dir) {
        log(`[${size.name}] start-up: one cold start and ${CACHED_STARTS} from the snapshot…`);
        result.start = measureStartAtSize(dir, CACHED_STARTS);
      }
      const shapes = SEED_QUESTIONS.map((q) => answerShape(engine.ask(q.text)));
      if (size.quotes === 0) seedAnswers = shapes;
      if (size.name === "100k") {
        const differing = SEED_QUESTIONS.flatMap((q, i) =>
          JSON.stringify(shapes[i]) === JSON.stringify(seedAnswers[i]) ? [] : [{ question: q.text, seedOnly: seedAnswers[i], at100k: shapes[i] }],
        );
        seedComparison = { identical: differing.length === 0, differing };
      }
    } finally {
      if (dir) removeCorpus(dir);
      collect();
    }
  }

  const big = sizes.find((s) => s.name === "100k");
  const seed = sizes.find((s) => s.name === "seed");
  const check = (target: string, value: number | undefined, limit: number, pass: (v: number) => boolean) => {
    const v = value ?? NaN;
    return { target, value: v, limit, pass: Number.isFinite(v) && pass(v) };
  };
  const targets = [
    check("100k quotes: p95 ≤ 5 ms", big?.engine.latencyMs.p95, 5, (v) => v <= 5),
    ...CATEGORIES.flatMap((c) => [
      check(`100k quotes, ${c}: p95 ≤ 5 ms`, big?.engine.byKind[c]?.p95, 5, (v) => v <= 5),
      check(`100k quotes, ${c}: p99 ≤ 20 ms`, big?.engine.byKind[c]?.p99, 20, (v) => v <= 20),
    ]),
    check("100k quotes: ≥ 100× faster than plain fuse.js (p50, same questions)", big?.ratio.p50, 100, (v) => v >= 100),
    check("100k quotes: index build ≤ 5 s", big && big.engine.buildMs / 1000, 5, (v) => v <= 5),
    check("100k quotes: engine loaded from the snapshot ≤ 1 s (new process)", big?.start && big.start.cached.loadMs / 1000, 1, (v) => v <= 1),
    check("100k quotes: memory ≤ 300 MB (engine heap after gc)", gc ? big?.engine.heapMB : undefined, 300, (v) => v <= 300),
    check("seed corpus: p95 ≤ 1 ms", seed?.engine.latencyMs.p95, 1, (v) => v <= 1),
    check("quotebot ask --json start-up ≤ 3× bare node", startup.ratio, 3, (v) => v <= 3),
    check("seed-article answers identical at 100k and seed alone", seedComparison?.differing.length, 0, (v) => v === 0),
  ];

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: { model: cpus()[0]?.model ?? "unknown", count: cpus().length },
    notes: [
      `plain fuse.js answers a fixed sample of at most ${FUSE_SAMPLE_SIZE} questions (alternating categories, run shortest first, stopping after ${FUSE_TIME_BUDGET_MS / 1000} s) when a corpus has more than ${FUSE_FULL_MIX_MAX_RECORDS} records; the ratios compare it with the engine on the same questions`,
      "heapMB: heap used after gc, minus before building (the loaded corpus is not counted)",
      "correct: top answer names the expected speaker / place; no_match questions must get no answer",
    ],
    startup,
    sizes,
    seedComparison,
    targets,
    totalSeconds: round((performance.now() - started) / 1000, 1),
  };
  const dir = join(PROJECT_ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);

  console.log("");
  printTable(sizes);
  console.log("");
  printKinds(sizes);
  console.log("");
  printStarts(sizes);
  if (sizes.some((s) => s.fuse.sampled)) {
    console.log(`* plain fuse.js takes seconds a question: measured on a fixed sample of the mix (at most ${FUSE_SAMPLE_SIZE} questions, shortest first, stopping after ${FUSE_TIME_BUDGET_MS / 1000} s); the ratios use the engine's times on the same questions`);
  }
  for (const s of sizes) {
    const slow = s.engine.slowest[0];
    if (slow) console.log(`[${s.name}] slowest engine question: ${slow.medianMs} ms (median) "${slow.question}"`);
    for (const w of s.engine.wrong) console.log(`[${s.name}] engine answer differs from expected: "${w.question}" expected ${w.expected}, got ${w.got}`);
  }
  console.log(`start-up: quotebot ask --json ${startup.cliMedianMs} ms vs node -e "" ${startup.bareNodeMedianMs} ms (median of ${STARTUP_RUNS}): ${startup.ratio}×`);
  if (seedComparison && !seedComparison.identical) {
    for (const d of seedComparison.differing) console.log(`seed answer changed at 100k: ${d.question}`);
  }
  console.log("");
  for (const t of targets) console.log(`${t.pass ? "PASS" : "FAIL"}  ${t.target}: ${Number.isFinite(t.value) ? round(t.value, 3) : "n/a"} (limit ${t.limit})`);
  console.log(`\nresults: bench/results/latest.json (${results.totalSeconds} s)`);
}

main();
