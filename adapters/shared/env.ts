// Reading adapter settings from the environment (filled from .env by dotenv). A missing or malformed
// variable stops start-up with a ConfigError that names the variable and never echoes its value.
import { ConfigError, MESSAGES } from "../../src/errors.js";
import { DEFAULT_CORPUS_DIR } from "../../src/paths.js";
import { registerSecret } from "../../src/log.js";

export interface VarSpec {
  /** Required unless a default is given or `optional` is set. */
  optional?: boolean;
  default?: string;
  /** Returns why the value is malformed, or null when it is fine. */
  check?: (value: string) => string | null;
  /** Tokens and signing secrets: registered so that logs mask them. */
  secret?: boolean;
}

export function readEnv<K extends string>(
  spec: Record<K, VarSpec>,
  env: NodeJS.ProcessEnv = process.env,
): Record<K, string | undefined> {
  const out = {} as Record<K, string | undefined>;
  const problems: string[] = [];
  for (const name of Object.keys(spec) as K[]) {
    const s = spec[name];
    const raw = env[name]?.trim();
    const value = raw ? raw : s.default;
    if (!value) {
      if (!s.optional && s.default === undefined) problems.push(MESSAGES.envMissing(name));
      out[name] = undefined;
      continue;
    }
    const why = s.check?.(value);
    if (why) problems.push(MESSAGES.envMalformed(name, why));
    if (s.secret) registerSecret(value);
    out[name] = value;
  }
  if (problems.length) throw new ConfigError(problems.join("\n"));
  return out;
}

export const checks = {
  snowflake: (v: string) => (/^\d{17,20}$/.test(v) ? null : "expected a Discord id (17 to 20 digits)"),
  port: (v: string) => {
    const n = Number(v);
    return Number.isInteger(n) && n > 0 && n < 65536 ? null : "expected a port number (1-65535)";
  },
  prefix: (p: string) => (v: string) => (v.startsWith(p) ? null : `expected a value starting with "${p}"`),
  slackClientId: (v: string) => (/^\d{6,20}\.\d{6,20}$/.test(v) ? null : "expected a Slack client id (digits.digits, from the app's Basic Information)"),
  httpUrl: (v: string) => (/^https?:\/\/[^\s/]+\S*$/.test(v) ? null : "expected an http(s) URL"),
  minLength: (n: number) => (v: string) => (v.length >= n ? null : `expected at least ${n} characters`),
};

/** The corpus folder: CORPUS_DIR when set (the container's volume), else the built-in corpus/. */
export function corpusDirFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.CORPUS_DIR?.trim() || DEFAULT_CORPUS_DIR;
}
