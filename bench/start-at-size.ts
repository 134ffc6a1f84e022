// Start-up over a corpus folder, as a new process makes it (bench/start.ts, one process a run): the
// first run with an empty cache directory builds the engine and writes the snapshot (cold), the next
// ones read it (cached). Against a bare `node -e ""` timed in the same run: the ratio holds on a loaded
// machine where the absolute times do not.
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
  status: string;
}

export interface StartAtSize {
  /** Building the engine from the corpus files and writing the snapshot (engine load, in ms), its peak RSS. */
  cold: { loadMs: number; wallMs: number; peakRssMB: number };
  /** Medians over `runs` starts from the snapshot. */
  cached: { runs: number; loadMs: number; firstAskMs: number; wallMs: number; heapMB: number; peakRssMB: number };
  /** The cached start's wall time over a bare node start's (`bareNodeMs`, measured in the same run). */
  bareNodeMs: number;
  ratio: number;
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

export function bareNodeMs(runs: number): number {
  timed(["-e", ""], process.env); // warms the file cache
  return median(Array.from({ length: runs }, () => timed(["-e", ""], process.env).wallMs));
}

/** One cold start and `runs` cached ones over `dir`, each its own process, with a cache directory of their own. */
export function measureStartAtSize(dir: string, runs: number, bareMs: number): StartAtSize {
  const cache = mkdtempSync(join(tmpdir(), "quotebot-bench-cache-"));
  try {
    const env = { ...process.env, QUOTEBOT_CACHE_DIR: cache };
    const start = () => {
      const { wallMs, stdout } = timed(["--expose-gc", START, "--corpus", dir], env);
      return { wallMs, run: JSON.parse(stdout) as StartRun };
    };
    const cold = start();
    const cached = Array.from({ length: runs }, start);
    const mid = (f: (r: { wallMs: number; run: StartRun }) => number) => round(median(cached.map(f)), 1);
    const wallMs = mid((r) => r.wallMs);
    return {
      cold: { loadMs: cold.run.loadMs, wallMs: round(cold.wallMs, 1), peakRssMB: cold.run.peakRssMB },
      cached: {
        runs, loadMs: mid((r) => r.run.loadMs), firstAskMs: mid((r) => r.run.firstAskMs), wallMs,
        heapMB: mid((r) => r.run.heapMB), peakRssMB: mid((r) => r.run.peakRssMB),
      },
      bareNodeMs: round(bareMs, 1),
      ratio: round(wallMs / bareMs, 2),
      sameStatus: cached.every((r) => r.run.status === cold.run.status),
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
