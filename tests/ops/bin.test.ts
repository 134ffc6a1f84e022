// bin/quotebot.js says what to do when dist/ cannot run: missing (never built) or out of date (built from
// other sources: a built file imports one that is not there), each naming the command that fixes it.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A checkout holding bin/quotebot.js and the given dist/adapters/cli files; its stderr and exit code. */
function start(files: Record<string, string>): { stderr: string; status: number | null } {
  dir = mkdtempSync(join(tmpdir(), "qb-bin-"));
  mkdirSync(join(dir, "bin"));
  copyFileSync(join(import.meta.dirname, "../../bin/quotebot.js"), join(dir, "bin", "quotebot.js"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
  if (Object.keys(files).length) mkdirSync(join(dir, "dist", "adapters", "cli"), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "dist", "adapters", "cli", name), text);
  const run = spawnSync(process.execPath, [join(dir, "bin", "quotebot.js"), "--version"], { encoding: "utf8" });
  return { stderr: run.stderr, status: run.status };
}

const OUTPUT = "export function exitQuietlyOnClosedPipe() {}\n";

describe("bin/quotebot.js when dist/ cannot run", () => {
  it("says dist/ is missing and to build it", () => {
    const r = start({});
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("quotebot: dist/ is missing: run `npm run build` (needs the dev dependencies) before starting\n");
  });

  it("says dist/ is out of date, not missing, when a built file imports one that is gone", () => {
    const r = start({ "main.js": 'import "../../src/gone.js";\nexport async function main() { return 0; }\n', "output.js": OUTPUT });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^quotebot: dist\/ is out of date .*run `npm run build` again/);
  });

  it("says dist/ is out of date when a built file imports a name no longer exported", () => {
    const r = start({ "main.js": 'import { gone } from "./output.js";\nexport async function main() { return gone; }\n', "output.js": OUTPUT });
    expect(r.stderr).toMatch(/^quotebot: dist\/ is out of date/);
  });

  it("reports any other failure as itself", () => {
    const r = start({ "main.js": 'export async function main() { throw new Error("boom"); }\n', "output.js": OUTPUT });
    expect(r.stderr).toBe("quotebot: unexpected error: boom\n");
  });
});
