// One start of an engine over a corpus folder, as `quotebot ask` makes it: the cached build when there
// is one (the first run writes it), then one question. Prints the times and the heap as JSON. Run it
// as its own process, alternately with a baseline checkout's build (--checkout), with one cache
// directory per checkout (QUOTEBOT_CACHE_DIR):
//   QUOTEBOT_CACHE_DIR=… node --expose-gc dist/bench/start.js --corpus <dir> [--checkout <built checkout>]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";

const started = performance.now();
const { values } = parseArgs({ options: { corpus: { type: "string" }, checkout: { type: "string" }, question: { type: "string", default: "What did Trump say about immigration?" } } });
if (!values.corpus) {
  console.error("usage: start --corpus <dir> [--checkout <built checkout>] [--question <text>]");
  process.exit(2);
}
const from = values.checkout ? resolve(values.checkout, "dist", "src", "index.js") : "../src/index.js";
const api = (await import(from)) as typeof import("../src/index.js");
const imported = performance.now();
const engine = api.loadEngine(resolve(values.corpus));
const loaded = performance.now();
/** This process's CPU time so far (user + system): on a loaded machine it moves far less than the wall time. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// The heap of the started engine, without its garbage: the forced collections (a full one takes a
// second at 100k quotes) are left out of the question's time and of the CPU time.
const gc = (globalThis as { gc?: () => void }).gc;
const beforeGc = cpuMs();
gc?.();
gc?.();
const memory = process.memoryUsage();
const gcCpuMs = cpuMs() - beforeGc;
const asking = performance.now();
const answer = engine.ask(values.question!);
const asked = performance.now();
const mb = (bytes: number) => Math.round(bytes / 1048576);
console.log(JSON.stringify({
  checkout: values.checkout ?? "current", importMs: Math.round(imported - started), loadMs: Math.round(loaded - imported),
  firstAskMs: Math.round(asked - asking), heapMB: mb(memory.heapUsed), externalMB: mb(memory.external), rssMB: mb(memory.rss),
  peakRssMB: mb(process.resourceUsage().maxRSS * 1024), cpuMs: Math.round(cpuMs() - gcCpuMs), status: answer.status,
}));
