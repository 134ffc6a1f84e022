// The REPL's saved history: one line per question, newest first as readline keeps it, in the user's
// config folder ($XDG_CONFIG_HOME/quotebot/history, else ~/.config/quotebot/history). Written atomically.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

export const HISTORY_SIZE = 500;
/** Longer lines are not worth keeping (and keep the file small). */
const MAX_LINE = 2000;

export function historyPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME?.trim() || join(env.HOME?.trim() || homedir(), ".config");
  return join(base, "quotebot", "history");
}

export function loadHistory(path: string): string[] {
  try {
    return readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => l.trim() && l.length <= MAX_LINE)
      .slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

/** Saves the history (newest first); a failure to save never disturbs the session. */
export function saveHistory(path: string, lines: readonly string[]): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${lines.filter((l) => l.length <= MAX_LINE).slice(0, HISTORY_SIZE).join("\n")}\n`, { mode: 0o600 });
    renameSync(tmp, path);
    return true;
  } catch {
    return false;
  }
}
