// The per-user cache directory: built corpus views and WordNet lemma tables are kept here between runs.
// Only a directory this user owns and nobody else may write to is used: a cache in a shared place
// ($TMPDIR) would let another user plant what the engine reads. No safe directory: nothing is cached.
import { lstatSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

/** QUOTEBOT_CACHE_DIR, else $XDG_CACHE_HOME/quotebot, else ~/.cache/quotebot. */
export function cacheDirPath(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.QUOTEBOT_CACHE_DIR) return isAbsolute(env.QUOTEBOT_CACHE_DIR) ? env.QUOTEBOT_CACHE_DIR : null;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, "quotebot");
  let home: string;
  try {
    home = homedir();
  } catch {
    return null;
  }
  return home && isAbsolute(home) && home !== "/" ? join(home, ".cache", "quotebot") : null;
}

/** The cache directory, made if missing (mode 700); null when there is none this user alone controls. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = cacheDirPath(env);
  if (!dir) return null;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return null; // a symbolic link or a file in its place
    if (typeof process.getuid === "function" && st.uid !== process.getuid()) return null;
    if (st.mode & 0o022) return null; // group or others may write in it
    return dir;
  } catch {
    return null;
  }
}
