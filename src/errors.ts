// Every message the core shows a person, in one place, so that tests can assert on them and wording
// stays consistent across the CLI, Discord and Slack.
import { t } from "./messages/catalogue.js";

export const MESSAGES = {
  corpusDirMissing: (dir: string) => `corpus directory not found: ${dir}`,
  corpusEmpty: (dir: string) => `corpus directory has no article files (*.json): ${dir}`,
  jsonInvalid: (detail: string) => `is not valid JSON (${detail})`,
  fileUnreadable: (detail: string) => `cannot be read (${detail})`,
  textMissing: (file: string) => `article text file not found: ${file}`,
  textOutsideCorpus: (file: string) => `article text file "${file}" is outside the corpus folder (name a file beside the JSON)`,
  textNotUtf8: (file: string) => `article text file is not valid UTF-8 text: ${file}`,
  fileNameMismatch: (expected: string) => `must match the file name (expected "${expected}")`,
  duplicateId: (what: string, id: string) => `duplicate ${what} id "${id}"`,
  duplicateArticle: (id: string, other: string) => `article id "${id}" is already used by ${other}`,
  unknownSpeaker: (id: string) => `unknown speaker id "${id}" (not in this file's speakers)`,
  speakerMissing: () => `a reviewed quote needs a speaker (null is for drafts only)`,
  paragraphOutOfRange: (n: number, max: number) => `paragraph ${n} is out of range (the article has ${max})`,
  spanNotInParagraph: (paragraph: number) =>
    `text does not occur word for word in paragraph ${paragraph} of the article`,
  spanInNavigation: (paragraph: number) =>
    `paragraph ${paragraph} is a "read also" link, not article content`,
  // The answers' own messages live in the bilingual catalogue; these are their English forms.
  questionEmpty: t("en", "questionEmpty"),
  questionTooLong: (max: number) => t("en", "questionTooLong", max),
  questionTooComplex: t("en", "questionTooComplex"),
  noMatch: t("en", "noMatch"),
  /** A follow-up whose person the conversation does not settle: the bot asks who is meant. */
  unclearReferent: t("en", "unclearReferent"),
  noEnglishRendering: t("en", "noEnglish"),
  /** Heads a "suggested" answer: the candidates are offered, never stated as fact. */
  suggested: t("en", "suggested"),
  ingestEmpty: (file: string) => `${file}: the file is empty`,
  ingestBinary: (file: string) => `${file}: looks like a binary file, not text`,
  ingestNotUtf8: (file: string) => `${file}: is not UTF-8 text`,
  ingestUtf16: (file: string) =>
    `${file}: is UTF-16 text; convert it to UTF-8 first (e.g. iconv -f UTF-16 -t UTF-8 "${file}" > article.txt)`,
  ingestTooLarge: (file: string, max: number) =>
    `${file}: is too large for one article (more than ${max.toLocaleString("en")} characters); split it into articles`,
  ingestNotFile: (file: string) => `${file}: is not a regular file`,
  ingestMissing: (file: string) => `${file}: no such file`,
  ingestNoArticles: (dir: string) => `${dir}: is a folder with no .txt article files in it`,
  envMissing: (name: string) => `missing environment variable ${name} (set it in .env; see .env.example)`,
  envMalformed: (name: string, why: string) => `environment variable ${name} is malformed: ${why}`,
} as const;

export interface CorpusProblem {
  file: string;
  /** e.g. `quotes[3] (q-sales-2)`, or "" for the whole file. */
  entry: string;
  /** e.g. `speaker`, or "" when the whole entry is wrong. */
  field: string;
  message: string;
}

export function formatProblem(p: CorpusProblem): string {
  const where = [p.entry, p.field && `field "${p.field}"`].filter(Boolean).join(" ");
  return `${p.file}${where ? `: ${where}` : ""}: ${p.message}`;
}

/** A corpus that fails validation. Nothing of it is loaded. */
export class CorpusError extends Error {
  readonly problems: CorpusProblem[];
  constructor(problems: CorpusProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    if (problems.length > 20) shown.push(`… and ${problems.length - 20} more`);
    super(`invalid corpus:\n  ${shown.join("\n  ")}`);
    this.name = "CorpusError";
    this.problems = problems;
  }
}

/** Bad input to `quotebot ingest`; the corpus is left untouched. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IngestError";
  }
}

/** A missing or malformed setting; names the variable, never its value. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}
