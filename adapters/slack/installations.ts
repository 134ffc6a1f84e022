// Where the app's installs in many workspaces are kept: one SQLite database file (better-sqlite3),
// one row per workspace (or per Enterprise Grid organization, for an org-wide install), written in a
// transaction, so that a restart keeps every install and two processes never see half of one. The
// file holds bot tokens: it is created readable by its owner only, and no token it holds is logged.
import { chmodSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import { registerSecret } from "../../src/index.js";

/** SLACK_INSTALLATIONS_DB, else $XDG_STATE_HOME/quotebot/slack-installations.db (~/.local/state/…). */
export function installationsDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.SLACK_INSTALLATIONS_DB?.trim();
  if (set) return set;
  const base = env.XDG_STATE_HOME?.trim() || join(env.HOME?.trim() || homedir(), ".local", "state");
  return join(base, "quotebot", "slack-installations.db");
}

/**
 * The part of better-sqlite3's API the store uses, typed here so that type-checking needs no types
 * package (the module itself loads only in OAuth mode, see the constructor).
 */
interface SqliteStatement<Params extends unknown[], Row> {
  run(...params: Params): unknown;
  get(...params: Params): Row | undefined;
}
interface SqliteDatabase {
  pragma(source: string): unknown;
  exec(sql: string): unknown;
  prepare<Params extends unknown[], Row = unknown>(sql: string): SqliteStatement<Params, Row>;
  close(): void;
}
type SqliteConstructor = new (path: string) => SqliteDatabase;

/** Thrown (as Bolt expects) when a workspace never installed the app, or uninstalled it. */
export class NoInstallationError extends Error {
  constructor(key: string) {
    super(`no installation of the app for ${key}`);
    this.name = "NoInstallationError";
  }
}

/** An org-wide install answers for every workspace of its organization; any other, for its workspace. */
function keyOf(q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `enterprise:${q.enterpriseId}`;
  if (q.teamId) return `team:${q.teamId}`;
  throw new NoInstallationError("a request that names no workspace");
}

/** Every token an installation holds, masked in logs from the moment the app sees it. */
function registerTokens(installation: Installation): void {
  for (const token of [installation.bot?.token, installation.bot?.refreshToken, installation.user?.token, installation.user?.refreshToken]) {
    registerSecret(token);
  }
}

export class SqliteInstallationStore implements InstallationStore {
  private readonly db: SqliteDatabase;
  private readonly upsert: SqliteStatement<[string, string | null, string | null, number, string, number], never>;
  private readonly select: SqliteStatement<[string], { installation: string }>;
  private readonly remove: SqliteStatement<[string], never>;
  private readonly counter: SqliteStatement<[], { n: number }>;

  constructor(readonly path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Loaded here, not at import: single-workspace mode never needs the native module.
    const Sqlite = createRequire(import.meta.url)("better-sqlite3") as SqliteConstructor;
    this.db = new Sqlite(path);
    if (path !== ":memory:") chmodSync(path, 0o600);
    // WAL: readers (every incoming request) never wait for the writer (an install).
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(`CREATE TABLE IF NOT EXISTS installations (
      key TEXT PRIMARY KEY,
      team_id TEXT,
      enterprise_id TEXT,
      is_enterprise_install INTEGER NOT NULL,
      installation TEXT NOT NULL,
      installed_at INTEGER NOT NULL
    )`);
    this.upsert = this.db.prepare(`INSERT INTO installations (key, team_id, enterprise_id, is_enterprise_install, installation, installed_at)
      VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
        is_enterprise_install = excluded.is_enterprise_install, installation = excluded.installation, installed_at = excluded.installed_at`);
    this.select = this.db.prepare("SELECT installation FROM installations WHERE key = ?");
    this.remove = this.db.prepare("DELETE FROM installations WHERE key = ?");
    this.counter = this.db.prepare("SELECT count(*) AS n FROM installations");
  }

  async storeInstallation(installation: Installation): Promise<void> {
    registerTokens(installation);
    const key = keyOf({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
    this.upsert.run(
      key,
      installation.team?.id ?? null,
      installation.enterprise?.id ?? null,
      installation.isEnterpriseInstall ? 1 : 0,
      JSON.stringify(installation),
      Date.now(),
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = keyOf(query);
    const row = this.select.get(key);
    if (!row) throw new NoInstallationError(key);
    const installation = JSON.parse(row.installation) as Installation;
    registerTokens(installation);
    return installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    this.remove.run(keyOf(query));
  }

  /** How many workspaces (and organizations) have the app installed. */
  count(): number {
    return this.counter.get()!.n;
  }

  close(): void {
    this.db.close();
  }
}
