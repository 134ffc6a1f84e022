// `quotebot ingest`: checks the input file, extracts a draft, verifies it with the corpus loader's
// own checks, then writes `<id>.<lang>.txt` and `<id>.json` atomically (temp file + rename).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { checkCorpusFile, splitLines } from "../corpus/load.js";
import { schemas, type CorpusFile } from "../corpus/schema.js";
import { formatProblem, IngestError, MESSAGES } from "../errors.js";
import { extractArticle } from "./extract.js";
import { detectLanguage } from "./language.js";
import { paragraphsOf } from "./segment.js";
import type { Lang } from "./types.js";

export interface IngestOptions {
  corpusDir: string;
  lang?: Lang;
  id?: string;
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
} as const;

const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** The default article id: the file name without its extensions, as a slug ("Harbor Bridge.en.txt" → "harbor-bridge"). */
export function idFromFileName(path: string): string {
  const stem = basename(path).replace(/(\.(?:ar|en))?(\.[A-Za-z0-9]{1,5})?$/, "");
  const slug = stem.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+|-+$/g, "");
  return slug || "article";
}

/** Reads the input as UTF-8 text, refusing what is not an article file. */
export function readArticleText(path: string): string {
  if (!existsSync(path)) throw new IngestError(MESSAGES.ingestMissing(path));
  if (!statSync(path).isFile()) throw new IngestError(MESSAGES.ingestNotFile(path));
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new IngestError(MESSAGES.ingestEmpty(path));
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
  return text;
}

function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(tmp, content, "utf8");
    renameSync(tmp, path);
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
  }
}

export function ingestFile(path: string, options: IngestOptions): IngestResult {
  if (options.lang !== undefined && options.lang !== "ar" && options.lang !== "en") throw new IngestError(INGEST_MESSAGES.badLang(String(options.lang)));
  if (options.id !== undefined && !ID.test(options.id)) throw new IngestError(INGEST_MESSAGES.badId(options.id));
  const corpusDir = resolve(options.corpusDir);
  if (existsSync(corpusDir) && !statSync(corpusDir).isDirectory()) throw new IngestError(INGEST_MESSAGES.corpusNotDir(options.corpusDir));

  const text = readArticleText(path);
  const lang = options.lang ?? detectLanguage(text);
  const id = options.id ?? idFromFileName(path);
  const file = `${id}.${lang}.txt`;
  const jsonPath = join(corpusDir, `${id}.json`);
  const textPath = join(corpusDir, file);

  let previousFile: string | null = null;
  if (existsSync(jsonPath)) {
    let previous: { article?: { status?: string; file?: string } } | null = null;
    try {
      previous = JSON.parse(readFileSync(jsonPath, "utf8"));
    } catch {
      previous = null;
    }
    if (previous?.article?.status !== "draft") throw new IngestError(INGEST_MESSAGES.reviewedExists(id));
    previousFile = previous.article.file ?? null;
  }

  const data = extractArticle(text, { id, lang, file, note: `draft made by quotebot ingest from ${basename(path)}; not reviewed` });
  if (!paragraphsOf(text).length) throw new IngestError(INGEST_MESSAGES.noContent(path));
  // The loader's own checks, before anything is written: a draft the loader would refuse is a bug here.
  const parsed = schemas().CorpusFileSchema.parse(data);
  const problems = checkCorpusFile(`${id}.json`, parsed, splitLines(text));
  if (problems.length) throw new Error(`ingest produced an invalid draft:\n  ${problems.map(formatProblem).join("\n  ")}`);

  mkdirSync(corpusDir, { recursive: true });
  writeAtomic(textPath, text);
  writeAtomic(jsonPath, `${JSON.stringify(data, null, 2)}\n`);
  if (previousFile && previousFile !== file && !previousFile.includes("/") && existsSync(join(corpusDir, previousFile))) {
    unlinkSync(join(corpusDir, previousFile));
  }
  return { id, lang, jsonPath, textPath, replaced: previousFile !== null, data };
}
