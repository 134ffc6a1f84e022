// What /healthz reports: each part of the bot (the platform connection, the corpus) says whether it
// works; the bot is "ok" when all do and "degraded" otherwise, with the reason of each part.

export type HealthStatus = "ok" | "degraded";

export interface CheckState {
  ok: boolean;
  /** Why it is not ok, or what it runs on; never a secret. */
  detail?: string;
}

export interface HealthReport {
  status: HealthStatus;
  checks: Record<string, CheckState>;
}

export class Health {
  private readonly checks = new Map<string, CheckState>();
  private readonly extras = new Map<string, () => Record<string, unknown>>();

  set(name: string, ok: boolean, detail?: string): void {
    this.checks.set(name, detail === undefined ? { ok } : { ok, detail });
  }

  /** Extra fields of the report (e.g. the corpus's size and last reload), computed when asked. */
  describe(name: string, fields: () => Record<string, unknown>): void {
    this.extras.set(name, fields);
  }

  report(): HealthReport & Record<string, unknown> {
    const checks = Object.fromEntries(this.checks);
    const status: HealthStatus = [...this.checks.values()].every((c) => c.ok) ? "ok" : "degraded";
    const extra = Object.fromEntries([...this.extras].map(([name, fields]) => [name, fields()]));
    return { status, checks, ...extra };
  }
}
