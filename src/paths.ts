// Where the project's own files are, whether running from src/ (tests) or dist/ (the built CLI).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "quotebot") return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the quotebot project root");
    dir = up;
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_CORPUS_DIR = join(PROJECT_ROOT, "corpus");
