// `quotebot ingest`: checks the input file, extracts a draft, verifies it with the corpus loader's
// own checks, then writes `<id>.<lang>.txt` and `<id>.json` atomically (temp file + rename).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { checkCorpusFile, splitLines } from "../corpus/load.js";
import { schemas, type CorpusFile } from "../corpus/schema.js";
import { formatProblem, IngestError, MESSAGES } from "../errors.js";
import { writeAtomic } from "../store/corpus-folder.js";
import { extractArticle } from "./extract.js";
import { detectLanguage } from "./language.js";
import { paragraphsOf } from "./segment.js";
import type { Lang } from "./types.js";

export interface IngestOptions {
  corpusDir: string;
  lang?: Lang;
  id?: string;
  /** Replace a draft that was made from another source file. */
  replace?: boolean;
}

export interface IngestResult {
  id: string;
  lang: Lang;
  jsonPath: string;
  textPath: string;
  replaced: boolean;
  data: CorpusFile;
}

export const INGEST_MESSAGES = {
  badLang: (lang: string) => `--lang must be "ar" or "en" (got "${lang}")`,
  badId: (id: string) => `--id must be lowercase letters, digits, '_' or '-' (got "${id}")`,
  noContent: (file: string) => `${file}: has no article text (only blank or "read also" lines)`,
  reviewedExists: (id: string) => `a reviewed article "${id}" already exists; pass --id to ingest under another id`,
  corpusNotDir: (dir: string) => `corpus path is not a directory: ${dir}`,
  otherSource: (id: string, source: string) =>
    `a draft "${id}" made from another file (${source}) already exists; pass --replace to replace it, or --id to ingest under another id`,
  cannotWrite: (dir: string, code: string) =>
    `cannot write to the corpus folder ${dir}: ${WRITE_FAILURES[code] ?? "the write failed"} (${code}); the corpus was left as it was`,
} as const;

const ID = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * The longest article ingest reads: a long news article is tens of thousands of characters, and
 * extraction, though linear, costs tens of microseconds a character, so this bounds one ingest to seconds.
 */
export const MAX_ARTICLE_CHARS = 120_000;

const WRITE_FAILURES: Record<string, string> = {
  EACCES: "permission denied (check the folder's owner and permissions)",
  EPERM: "operation not permitted (check the folder's owner and permissions)",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
};

/** The note of a draft made by ingest: names its source file. */
export const SOURCE_NOTE = /^draft made by quotebot ingest from (.*); not reviewed$/;

/**
 * The default article id: the file name without its extensions, as a slug ("Harbor Bridge.en.txt" →
 * "harbor-bridge"); a name with no Latin letters or digits ("مقال جديد.txt") gives an id from the text
 * itself ("article-1f3a9c2e"), so that two such files never share an id.
 */
export function idFromFileName(path: string, text = ""): string {
  const stem = basename(path).replace(/(\.(?:ar|en))?(\.[A-Za-z0-9]{1,5})?$/, "");
  const slug = stem.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+|-+$/g, "");
  return slug || `article-${createHash("sha256").update(text).digest("hex").slice(0, 8)}`;
}

/** Reads the input as UTF-8 text, refusing what is not an article file. */
export function readArticleText(path: string): string {
  if (!existsSync(path)) throw new IngestError(MESSAGES.ingestMissing(path));
  if (!statSync(path).isFile()) throw new IngestError(MESSAGES.ingestNotFile(path));
  // Sized before it is read: a UTF-8 character is at most 4 bytes.
  if (statSync(path).size > 4 * MAX_ARTICLE_CHARS) throw new IngestError(MESSAGES.ingestTooLarge(path, MAX_ARTICLE_CHARS));
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new IngestError(MESSAGES.ingestEmpty(path));
  if (isUtf16(bytes)) throw new IngestError(MESSAGES.ingestUtf16(path));
  if (bytes.includes(0)) throw new IngestError(MESSAGES.ingestBinary(path));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new IngestError(MESSAGES.ingestNotUtf8(path));
  }
  // Control characters other than tab/newline/carriage return/form feed mean a binary file.
  const controls = (text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  if (controls > 0 && controls / text.length > 0.001) throw new IngestError(MESSAGES.ingestBinary(path));
  if (!text.trim()) throw new IngestError(MESSAGES.ingestEmpty(path));
  if (text.length > MAX_ARTICLE_CHARS) throw new IngestError(MESSAGES.ingestTooLarge(path, MAX_ARTICLE_CHARS));
  return text;
}

/** A UTF-16 byte-order mark, or text whose every other byte is zero (UTF-16 without a mark). */
function isUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddZeros++ : evenZeros++);
  const half = sample.length / 2;
  return half >= 4 && (evenZeros > 0.4 * half || oddZeros > 0.4 * half) && Math.min(evenZeros, oddZeros) < 0.05 * half;
}

/**
 * Writes an article's text and JSON so that they change together or not at all: each step is one
 * atomic rename, and after every step the JSON names a text file that exists and matches it.
 *   1. the new text goes to a staging name beside the old one (the old JSON still names the old text);
 *   2. the JSON, naming the staged text, replaces the old JSON: the commit point;
 *   3. the text is written again under its own name and 4. the JSON renamed to it;
 *   5. the staged and the old text files are removed.
 * A failure at any step leaves the last committed article loadable; a first ingest writes the text,
 * then the JSON (a failure between them leaves only an unreferenced text file).
 */
function writeArticle(corpusDir: string, jsonPath: string, file: string, text: string, json: (file: string) => string, previousFile: string | null): void {
  const textPath = join(corpusDir, file);
  if (previousFile === null) {
    writeAtomic(textPath, text);
    writeAtomic(jsonPath, json(file));
    return;
  }
  const staged = file.replace(/\.txt$/, `.staged-${process.pid}.txt`);
  writeAtomic(join(corpusDir, staged), text);
  writeAtomic(jsonPath, json(staged));
  // Committed: what follows only tidies names, and a failure in it leaves the new article loadable
  // under its staged name (the next ingest tidies it).
  try {
    writeAtomic(textPath, text);
    writeAtomic(jsonPath, json(file));
    for (const old of [staged, previousFile]) {
      if (old && old !== file && !old.includes("/") && existsSync(join(corpusDir, old))) unlinkSync(join(corpusDir, old));
    }
  } catch {
    // the article is committed; its file keeps the staged name
  }
}

function writeFailure(corpusDir: string, e: unknown): never {
  const code = (e as NodeJS.ErrnoException).code;
  if (code && code in WRITE_FAILURES) throw new IngestError(INGEST_MESSAGES.cannotWrite(corpusDir, code));
  throw e;
}

export function ingestFile(path: string, options: IngestOptions): IngestResult {
  if (options.lang !== undefined && options.lang !== "ar" && options.lang !== "en") throw new IngestError(INGEST_MESSAGES.badLang(String(options.lang)));
  if (options.id !== undefined && !ID.test(options.id)) throw new IngestError(INGEST_MESSAGES.badId(options.id));
  const corpusDir = resolve(options.corpusDir);
  if (existsSync(corpusDir) && !statSync(corpusDir).isDirectory()) throw new IngestError(INGEST_MESSAGES.corpusNotDir(options.corpusDir));

  const text = readArticleText(path);
  const lang = options.lang ?? detectLanguage(text);
  const id = options.id ?? idFromFileName(path, text);
  const file = `${id}.${lang}.txt`;
  const jsonPath = join(corpusDir, `${id}.json`);
  const textPath = join(corpusDir, file);

  let previousFile: string | null = null;
  if (existsSync(jsonPath)) {
    let previous: { article?: { status?: string; file?: string; source?: { note?: string | null } } } | null = null;
    try {
      previous = JSON.parse(readFileSync(jsonPath, "utf8"));
    } catch {
      previous = null;
    }
    if (previous?.article?.status !== "draft") throw new IngestError(INGEST_MESSAGES.reviewedExists(id));
    // Only a draft of the same source file is replaced without asking: two files may slug alike.
    const source = SOURCE_NOTE.exec(previous.article.source?.note ?? "")?.[1];
    if (!options.replace && source !== undefined && source !== basename(path)) {
      throw new IngestError(INGEST_MESSAGES.otherSource(id, source));
    }
    previousFile = previous.article.file ?? "";
  }

  const data = extractArticle(text, { id, lang, file, note: `draft made by quotebot ingest from ${basename(path)}; not reviewed` });
  if (!paragraphsOf(text).length) throw new IngestError(INGEST_MESSAGES.noContent(path));
  // The loader's own checks, before anything is written: a draft the loader would refuse is a bug here.
  const parsed = schemas().CorpusFileSchema.parse(data);
  const problems = checkCorpusFile(`${id}.json`, parsed, splitLines(text));
  if (problems.length) throw new Error(`ingest produced an invalid draft:\n  ${problems.map(formatProblem).join("\n  ")}`);

  try {
    mkdirSync(corpusDir, { recursive: true });
    const json = (name: string) => `${JSON.stringify({ ...data, article: { ...data.article, file: name } }, null, 2)}\n`;
    writeArticle(corpusDir, jsonPath, file, text, json, previousFile);
  } catch (e) {
    writeFailure(corpusDir, e);
  }
  return { id, lang, jsonPath, textPath, replaced: previousFile !== null, data };
}
