// What a no-match answer says, by its reason: one wording for the CLI, Discord and Slack, which each
// add their own pointer (the speaker list) after a plain "not found".
import type { NoMatchReason } from "../types.js";
import { MAX_QUESTION_LENGTH } from "../engine/limits.js";
import { t } from "./catalogue.js";
import type { Lang } from "./language.js";

export function noMatchMessage(reason: NoMatchReason | undefined, lang: Lang): string {
  switch (reason) {
    case "empty":
      return t(lang, "questionEmpty");
    case "too_long":
      return t(lang, "questionTooLong", MAX_QUESTION_LENGTH);
    case "too_complex":
      return t(lang, "questionTooComplex");
    case "unclear_referent":
      return t(lang, "unclearReferent");
    default:
      return t(lang, "noMatch");
  }
}
