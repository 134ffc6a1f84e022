// The container files, checked without a container engine: compose.yaml parses and runs both bots
// from one .env with health checks and the corpus volume; the Dockerfile has a build stage and a
// slim non-root runtime stage whose start and health commands are the ones serve.test.ts runs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (name: string) => readFileSync(join(ROOT, name), "utf8");
const HEALTH = ["node", "bin/quotebot.js", "health"];

interface Stage {
  name: string;
  base: string;
  lines: string[];
}

/** FROM … AS name blocks of the Dockerfile, with continuation lines joined. */
function stages(dockerfile: string): Stage[] {
  const lines = dockerfile.replace(/\\\n\s*/g, " ").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const out: Stage[] = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)\s+AS\s+(\S+)$/i.exec(line);
    if (from) out.push({ base: from[1], name: from[2], lines: [] });
    else out.at(-1)?.lines.push(line);
  }
  return out;
}

describe("compose.yaml", () => {
  const compose = parse(read("compose.yaml"), { merge: true });

  it("runs the Discord bot and the Slack app from one .env, sharing the corpus volume, with health checks", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["discord", "slack"]);
    for (const [name, service] of Object.entries<any>(compose.services)) {
      expect(service.command).toEqual(["serve", name]);
      expect(service.env_file).toBe(".env");
      expect(service.build.target).toBe("runtime");
      expect(service.volumes).toContain("corpus:/data/corpus");
      expect(service.environment.CORPUS_DIR).toBe("/data/corpus");
      expect(service.environment.METRICS_PORT).toBe("9464");
      expect(service.healthcheck.test).toEqual(["CMD", ...HEALTH]);
      expect(service.restart).toBe("unless-stopped");
    }
    expect(compose.services.slack.ports).toEqual(["${SLACK_PUBLISH_PORT:-3000}:3000"]);
    expect(compose.volumes).toHaveProperty("corpus");
    expect(compose.services.slack.volumes).toContain("slack-installs:/data/slack");
    expect(compose.services.slack.environment.SLACK_INSTALLATIONS_DB).toBe("/data/slack/installations.db");
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const [build, runtime, ...more] = stages(dockerfile);

  it("builds with the dev dependencies, then runs on production ones only, as a non-root user", () => {
    expect(more).toEqual([]);
    expect(build.name).toBe("build");
    expect(build.lines).toContain("RUN npm run build");
    expect(runtime.name).toBe("runtime");
    expect(runtime.base).toMatch(/-slim$/);
    expect(runtime.lines.find((l) => l.startsWith("RUN npm ci"))).toContain("--omit=dev");
    expect(runtime.lines).toContain("COPY --from=build /app/dist dist");
    const user = runtime.lines.filter((l) => l.startsWith("USER ")).at(-1);
    expect(user).toBe("USER node");
    expect(runtime.lines).toContain('VOLUME ["/data/corpus", "/data/slack"]');
    // The native module of the Slack installs database is built in the build stage and copied.
    expect(build.lines.join("\n")).toContain("npm rebuild better-sqlite3");
    expect(runtime.lines).toContain("COPY --from=build /app/node_modules/better-sqlite3/build node_modules/better-sqlite3/build");
    expect(runtime.lines.join("\n")).toMatch(/SLACK_INSTALLATIONS_DB=\/data\/slack\//);
    expect(runtime.lines.join("\n")).toMatch(/CORPUS_DIR=\/data\/corpus/);
  });

  it("starts and checks health with the commands the process tests run", () => {
    expect(runtime.lines).toContain('ENTRYPOINT ["node", "bin/quotebot.js"]');
    expect(runtime.lines).toContain('CMD ["serve", "discord"]');
    const health = runtime.lines.find((l) => l.startsWith("HEALTHCHECK"));
    expect(health).toContain(`CMD ${JSON.stringify(HEALTH).replace(/,/g, ", ")}`);
  });

  it("holds every top-level folder the built code reads at run time (through PROJECT_ROOT)", () => {
    const sources = [...readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })].filter((f) => f.endsWith(".ts"));
    const folders = new Set<string>();
    for (const file of sources) {
      for (const m of readFileSync(join(ROOT, "src", file), "utf8").matchAll(/join\(PROJECT_ROOT, "([^"]+)"/g)) folders.add(m[1]);
    }
    folders.delete("node_modules"); // caches, optional
    expect(folders.size).toBeGreaterThan(0);
    const copied = runtime.lines.filter((l) => l.startsWith("COPY ")).map((l) => l.split(/\s+/).at(-2));
    for (const folder of folders) {
      // The corpus lives in the volume (CORPUS_DIR); anything else sits where PROJECT_ROOT expects it.
      if (folder === "corpus") expect(runtime.lines).toContain("COPY --chown=node:node corpus /data/corpus");
      else expect(copied, `the runtime stage lacks ${folder}/`).toContain(folder);
    }
    // CI's production copy holds the same folders.
    const ciCopy = read(".ci/run").split("\n").find((l) => l.startsWith("cp -r "))!.split(/\s+/);
    for (const folder of folders) expect(ciCopy, `.ci/run's production copy lacks ${folder}/`).toContain(folder);
  });

  it("copies only files that exist and that .dockerignore lets through", () => {
    const ignored = read(".dockerignore").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("!") && !l.startsWith("#"));
    const sources = [build, runtime]
      .flatMap((s) => s.lines)
      .filter((l) => l.startsWith("COPY ") && !l.includes("--from="))
      .flatMap((l) => l.replace(/--chown=\S+\s+/, "").split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), source).toBe(true);
      expect(ignored.some((pattern) => source === pattern || source.startsWith(`${pattern}/`)), `${source} is ignored`).toBe(false);
    }
  });
});

describe("package.json", () => {
  const pkg = JSON.parse(read("package.json"));

  it("starts from the built files without building, and says which Node versions it supports", () => {
    for (const script of ["start", "start:repl", "start:discord", "start:slack"]) {
      expect(pkg.scripts[script]).toMatch(/^node bin\/quotebot\.js /);
    }
    expect(pkg.scripts.prepare).toBe("node scripts/prepare.mjs");
    expect(pkg.engines.node).toBe("^20.19.0 || ^22.12.0");
    expect(pkg.dependencies).not.toHaveProperty("typescript");
  });
});
