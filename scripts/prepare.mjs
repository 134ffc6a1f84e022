// npm's `prepare` (run by `npm ci` and `npm install`): builds dist/ when TypeScript is installed.
// A production install (`npm ci --omit=dev`) has no TypeScript: it uses the dist/ built before and
// never fails, so that the start commands work on a built checkout without the dev dependencies.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let tsc;
try {
  tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
} catch {
  tsc = undefined;
}
if (tsc) {
  const build = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  process.exit(build.status ?? 1);
}
if (existsSync(join(root, "dist", "adapters", "cli", "main.js"))) {
  console.error("quotebot: TypeScript is not installed (a production install): using the built dist/");
} else {
  console.error("quotebot: TypeScript is not installed and dist/ is missing: build first (`npm ci && npm run build`), then install for production");
}
