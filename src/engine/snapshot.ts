// A cache of the built corpus view, so that `quotebot ask` on an unchanged corpus starts without
// validating and normalizing it again. Keyed by the corpus files and the engine's own code: any change
// to either (name, size or modification time) makes a new key. A cache that cannot be read or written
// is simply not used.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../paths.js";
import type { CorpusView, SearchRecord } from "./records.js";

const FORMAT = 3;
/** Larger corpora are rebuilt on each start rather than written out as a cache of that size. */
const MAX_CACHED_RECORDS = 50_000;
const CODE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function stamp(dir: string, recurse: boolean, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      if (recurse) stamp(path, true, out);
    } else if (/\.(json|txt|js|ts)$/.test(name)) out.push(`${path}:${st.size}:${st.mtimeMs}`);
  }
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 24);

/** The cache file name of a corpus directory as read by this build of the engine; null if unreadable. */
export function snapshotKey(corpusDir: string): string | null {
  try {
    const parts = [`format ${FORMAT}`];
    stamp(resolve(corpusDir), false, parts);
    stamp(CODE_DIR, true, parts);
    return `${hash(resolve(corpusDir))}-${hash(parts.join("\n"))}`;
  } catch {
    return null;
  }
}

function cacheDirs(): string[] {
  return [join(PROJECT_ROOT, "node_modules", ".cache", "quotebot"), join(tmpdir(), "quotebot-cache")];
}

type KeyField = "ownKeys" | "topicKeys" | "secondaryKeys";
type StoredRecord = Omit<SearchRecord, KeyField> & Record<KeyField, number[]>;
type StoredView = Omit<CorpusView, "records"> & { records: StoredRecord[] };

export function readSnapshot(key: string): CorpusView | null {
  for (const dir of cacheDirs()) {
    try {
      const stored = JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as StoredView;
      return {
        ...stored,
        records: stored.records.map((r) => ({
          ...r,
          ownKeys: Int32Array.from(r.ownKeys), topicKeys: Int32Array.from(r.topicKeys),
          secondaryKeys: Int32Array.from(r.secondaryKeys),
        })),
      };
    } catch {
      // not cached there
    }
  }
  return null;
}

export function writeSnapshot(key: string, view: CorpusView): void {
  if (view.records.length > MAX_CACHED_RECORDS) return;
  const stored: StoredView = {
    ...view,
    records: view.records.map((r) => ({
      ...r,
      ownKeys: Array.from(r.ownKeys), topicKeys: Array.from(r.topicKeys), secondaryKeys: Array.from(r.secondaryKeys),
    })),
  };
  const text = JSON.stringify(stored);
  for (const dir of cacheDirs()) {
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = join(dir, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, text);
      renameSync(tmp, join(dir, `${key}.json`));
      // Older snapshots of the same corpus directory are stale now.
      const corpus = key.split("-")[0];
      for (const f of readdirSync(dir)) {
        if (f.startsWith(`${corpus}-`) && f !== `${key}.json` && f.endsWith(".json")) rmSync(join(dir, f), { force: true });
      }
      return;
    } catch {
      // try the next place
    }
  }
}
