// The per-user cache directory: built corpus views and WordNet lemma tables are kept here between runs.
// Only a directory this user owns and nobody else may write to is used: a cache in a shared place
// ($TMPDIR) would let another user plant what the engine reads. No safe directory: nothing is cached.
import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/** A file of the cache directory as text (`encoding`), or null when there is none or no cache. */
export function readCached(name: string, encoding: BufferEncoding = "utf8"): string | null {
  const dir = userCacheDir();
  if (!dir) return null;
  try {
    return readFileSync(join(dir, name), encoding);
  } catch {
    return null;
  }
}

/**
 * Writes a file of the cache directory atomically (a whole file or none); failures are ignored.
 * `replacing`: a name prefix: the other files that start with it (older versions) are removed.
 */
export function writeCached(name: string, text: string, options: { encoding?: BufferEncoding; replacing?: string } = {}): void {
  const dir = userCacheDir();
  if (!dir) return;
  const tmp = join(dir, `${name}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: options.encoding ?? "utf8", mode: 0o600 });
    renameSync(tmp, join(dir, name));
    const { replacing } = options;
    if (replacing) for (const other of readdirSync(dir)) if (other.startsWith(replacing) && other !== name && !other.endsWith(".tmp")) rmSync(join(dir, other), { force: true });
  } catch {
    rmSync(tmp, { force: true });
  }
}
