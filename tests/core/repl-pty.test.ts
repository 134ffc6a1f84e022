// The REPL as a person sees it: driven through a pseudo-terminal (util-linux `script`), keys typed one
// step at a time, the screen's text checked.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { t } from "../../src/index.js";

const BIN = join(PROJECT_ROOT, "bin", "quotebot.js");
const hasScript = spawnSync("script", ["--version"]).status === 0;
const home = mkdtempSync(join(tmpdir(), "qb-pty-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** A REPL in a pseudo-terminal of `columns` columns; `send` types, `until` waits for text on the screen. */
function session(columns = 80) {
  const child = spawn("script", ["-qfec", `stty cols ${columns} rows 50; exec ${process.execPath} ${BIN} repl`, "/dev/null"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, XDG_CONFIG_HOME: join(home, "config"), LANG: "C.UTF-8", TERM: "xterm" },
  });
  let screen = "";
  child.stdout.on("data", (d: Buffer) => (screen += d.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    get screen() {
      return screen;
    },
    send: (keys: string) => child.stdin.write(keys),
    async until(text: string | RegExp, from = 0, timeout = 15_000): Promise<void> {
      const start = Date.now();
      const seen = () => (typeof text === "string" ? screen.slice(from).includes(text) : text.test(screen.slice(from)));
      while (!seen()) {
        if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${text}; screen:\n${screen}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    exited,
    kill: () => child.kill(),
  };
}

const PROMPT = "quotebot> ";
/** How many prompts the screen shows so far. */
const prompts = (s: string) => s.split(PROMPT).length - 1;

describe.skipIf(!hasScript)("the REPL in a terminal", () => {
  it("Ctrl-C clears the line, twice on an empty line quits; Ctrl-D ends on a new line; history is saved", async () => {
    const s = session();
    try {
      await s.until(PROMPT);
      s.send("what did Sal");
      await s.until("what did Sal");
      let mark = s.screen.length;
      s.send("\x03"); // Ctrl-C with text on the line: cleared, a fresh prompt
      await s.until(PROMPT, mark);
      s.send("What did Jeffrey say?\r");
      await s.until("James Jeffrey", mark);
      await s.until(PROMPT, s.screen.indexOf("James Jeffrey"));
      // The cleared words were never asked.
      expect(s.screen).not.toMatch(/what did SalWhat/);
      mark = s.screen.length;
      s.send("\x03"); // empty line: a hint, and the session goes on
      await s.until(t("en", "ctrlCAgain"), mark);
      s.send(":speakrs\r");
      await s.until(t("en", "didYouMean", ":speakers"), mark);
      await s.until(PROMPT, s.screen.length - 20);
      s.send("\x04"); // Ctrl-D
      expect(await s.exited).toBe(0);
      expect(s.screen.endsWith("\n")).toBe(true);
      const saved = join(home, "config", "quotebot", "history");
      expect(existsSync(saved)).toBe(true);
      const lines = readFileSync(saved, "utf8").split("\n");
      expect(lines[0]).toBe(":speakrs");
      expect(lines).toContain("What did Jeffrey say?");
      expect(lines).not.toContain("what did Sal");
    } finally {
      s.kill();
    }
  }, 60_000);

  it("recalls the saved history with the up arrow, completes :commands and speaker names with Tab, twice Ctrl-C quits", async () => {
    const s = session();
    try {
      await s.until(PROMPT);
      let mark = s.screen.length;
      s.send("\x1b[A"); // up: the last line of the previous session
      await s.until(":speakrs", mark);
      s.send("\x03"); // clear it
      await s.until(PROMPT, mark + 1);
      mark = s.screen.length;
      s.send(":spe\t");
      await s.until(":speakers", mark);
      s.send("\x03");
      mark = s.screen.length;
      s.send("what did Erdog\t");
      await s.until("Erdogan", mark);
      s.send("\r");
      await s.until("أردوغان", mark);
      const before = prompts(s.screen);
      await s.until(PROMPT, s.screen.lastIndexOf("أردوغان"));
      expect(prompts(s.screen)).toBeGreaterThanOrEqual(before);
      s.send("\x03");
      await s.until(t("en", "ctrlCAgain"), s.screen.lastIndexOf("أردوغان"));
      s.send("\x03");
      expect(await s.exited).toBe(0);
    } finally {
      s.kill();
    }
  }, 60_000);
});
