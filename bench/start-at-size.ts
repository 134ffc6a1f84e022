// Start-up over a corpus folder, as a new process makes it (bench/start.ts, one process a run): the
// first run with an empty cache directory builds the engine and writes the snapshot (cold), the next
// ones read it (cached). Against a bare `node -e ""` started after each cached start: the ratios hold
// on a loaded machine where the absolute times do not, the CPU time's best.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { median, round } from "./stats.js";

/** What bench/start.ts prints. */
interface StartRun {
  loadMs: number;
  firstAskMs: number;
  heapMB: number;
  peakRssMB: number;
  cpuMs: number;
  status: string;
}

export interface StartAtSize {
  /** Building the engine from the corpus files and writing the snapshot (engine load, in ms), its peak RSS. */
  cold: { loadMs: number; wallMs: number; cpuMs: number; peakRssMB: number };
  /** Medians over `runs` starts from the snapshot (CPU: user + system of the whole process, to its first answer). */
  cached: { runs: number; loadMs: number; firstAskMs: number; wallMs: number; cpuMs: number; heapMB: number; peakRssMB: number };
  /** A bare node start's medians, each run after a cached start. */
  bareNode: { wallMs: number; cpuMs: number };
  /** The cached start's over the bare start's: wall time, CPU time. */
  ratio: { wall: number; cpu: number };
  /** The cached start's answer status was the cold one's. */
  sameStatus: boolean;
}

const START = join(dirname(fileURLToPath(import.meta.url)), "start.js");

function timed(args: string[], env: NodeJS.ProcessEnv): { wallMs: number; stdout: string } {
  const t = performance.now();
  const run = spawnSync(process.execPath, args, { env, encoding: "utf8", maxBuffer: 1 << 20 });
  const wallMs = performance.now() - t;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${run.status}: ${run.stderr}`);
  return { wallMs, stdout: run.stdout };
}

/** A bare node start that prints its CPU time. */
const BARE = ["-e", "const { user, system } = process.cpuUsage(); process.stdout.write(String((user + system) / 1000))"];

/** One cold start and `runs` cached ones over `dir`, each its own process, with a cache directory of their own. */
export function measureStartAtSize(dir: string, runs: number): StartAtSize {
  const cache = mkdtempSync(join(tmpdir(), "quotebot-bench-cache-"));
  try {
    const env = { ...process.env, QUOTEBOT_CACHE_DIR: cache };
    const start = () => {
      const { wallMs, stdout } = timed(["--expose-gc", START, "--corpus", dir], env);
      return { wallMs, run: JSON.parse(stdout) as StartRun };
    };
    const cold = start();
    const cached: ReturnType<typeof start>[] = [];
    const bare: { wallMs: number; cpuMs: number }[] = [];
    for (let i = 0; i < runs; i++) {
      cached.push(start());
      const { wallMs, stdout } = timed(BARE, process.env);
      bare.push({ wallMs, cpuMs: Number(stdout) });
    }
    const mid = (f: (r: { wallMs: number; run: StartRun }) => number) => round(median(cached.map(f)), 1);
    const wallMs = mid((r) => r.wallMs);
    const cpuMs = mid((r) => r.run.cpuMs);
    const bareNode = { wallMs: round(median(bare.map((b) => b.wallMs)), 1), cpuMs: round(median(bare.map((b) => b.cpuMs)), 1) };
    return {
      cold: { loadMs: cold.run.loadMs, wallMs: round(cold.wallMs, 1), cpuMs: cold.run.cpuMs, peakRssMB: cold.run.peakRssMB },
      cached: {
        runs, loadMs: mid((r) => r.run.loadMs), firstAskMs: mid((r) => r.run.firstAskMs), wallMs, cpuMs,
        heapMB: mid((r) => r.run.heapMB), peakRssMB: mid((r) => r.run.peakRssMB),
      },
      bareNode,
      ratio: { wall: round(wallMs / bareNode.wallMs, 2), cpu: round(cpuMs / bareNode.cpuMs, 2) },
      sameStatus: cached.every((r) => r.run.status === cold.run.status),
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
