// The terminal's interface language before any question is asked: the user's locale.
import type { Lang } from "../../src/index.js";

export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return /^ar/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || "") ? "ar" : "en";
}
