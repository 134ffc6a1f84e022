// A hash of the running engine's code, its data files and its locked dependencies: what a cached
// result computed by this code (a corpus snapshot, the concept table) is valid for.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "./paths.js";

/** The code's own folder: src/ when run from the sources (tests), dist/src/ when built. */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));

function hashFiles(dir: string, h: ReturnType<typeof createHash>): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) hashFiles(path, h);
    else {
      h.update(`${path}\0${st.size}\0`);
      h.update(readFileSync(path));
    }
  }
}

let key: string | undefined;

/** 32 hex digits; computed once per process (reading about 1.5 MB). */
export function codeKey(): string {
  if (key === undefined) {
    const h = createHash("sha256");
    hashFiles(CODE_DIR, h);
    hashFiles(join(PROJECT_ROOT, "data"), h);
    h.update(readFileSync(join(PROJECT_ROOT, "package-lock.json")));
    key = h.digest("hex").slice(0, 32);
  }
  return key;
}
