// Loads a corpus directory: every `<id>.json` with the article text it names. Everything is
// validated before anything is returned, so a broken corpus loads nothing at all.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { CorpusError, MESSAGES, type CorpusProblem } from "../errors.js";
import { schemas, type CorpusFile } from "./schema.js";
import { navigationLines } from "./navigation.js";
import { DEFAULT_CORPUS_DIR } from "../paths.js";

export interface LoadedArticle extends CorpusFile {
  /** Path of the corpus file, relative to the working directory when shorter. */
  source: string;
  /** The article text as stored, and split into its lines (paragraph N is lines[N-1]). */
  text: string;
  lines: string[];
}

export interface Corpus {
  dir: string;
  articles: LoadedArticle[];
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && rel.length < path.length ? rel : path;
}

/** Reads a text file strictly as UTF-8; null when it is not. */
export function readUtf8(path: string): string | null {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split("\n");
}

/** Validates one parsed corpus file against its article text; returns its problems. */
export function checkCorpusFile(file: string, data: CorpusFile, lines: string[]): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const add = (entry: string, field: string, message: string) =>
    problems.push({ file, entry, field, message });

  const speakerIds = new Set<string>();
  data.speakers.forEach((s, i) => {
    if (speakerIds.has(s.id)) add(`speakers[${i}] (${s.id})`, "id", MESSAGES.duplicateId("speaker", s.id));
    speakerIds.add(s.id);
  });

  const navigation = navigationLines(lines);
  const checkSpan = (entry: string, text: string, paragraph: number) => {
    if (paragraph > lines.length) return add(entry, "paragraph", MESSAGES.paragraphOutOfRange(paragraph, lines.length));
    const line = lines[paragraph - 1];
    if (navigation.has(paragraph)) return add(entry, "paragraph", MESSAGES.spanInNavigation(paragraph));
    if (!line.includes(text)) add(entry, "text", MESSAGES.spanNotInParagraph(paragraph));
  };

  const ids = new Set<string>();
  data.quotes.forEach((q, i) => {
    const entry = `quotes[${i}] (${q.id})`;
    if (ids.has(q.id)) add(entry, "id", MESSAGES.duplicateId("quote/fact", q.id));
    ids.add(q.id);
    if (q.speaker === null) {
      if (data.article.status !== "draft") add(entry, "speaker", MESSAGES.speakerMissing());
    } else if (!speakerIds.has(q.speaker)) add(entry, "speaker", MESSAGES.unknownSpeaker(q.speaker));
    checkSpan(entry, q.text, q.paragraph);
  });
  data.facts.forEach((f, i) => {
    const entry = `facts[${i}] (${f.id})`;
    if (ids.has(f.id)) add(entry, "id", MESSAGES.duplicateId("quote/fact", f.id));
    ids.add(f.id);
    checkSpan(entry, f.text, f.paragraph);
  });
  return problems;
}

/** Parses and checks one corpus file; returns the article or the problems that refuse it. */
export function readCorpusFile(path: string): { article?: LoadedArticle; data?: CorpusFile; problems: CorpusProblem[] } {
  const file = display(path);
  const problem = (entry: string, field: string, message: string) => ({ problems: [{ file, entry, field, message }] });
  let raw: unknown;
  try {
    const text = readUtf8(path);
    if (text === null) return problem("", "", MESSAGES.jsonInvalid("not UTF-8 text"));
    raw = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    return (e as NodeJS.ErrnoException).code
      ? problem("", "", MESSAGES.fileUnreadable(detail))
      : problem("", "", MESSAGES.jsonInvalid(detail));
  }

  const parsed = schemas().CorpusFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const [section, index, ...rest] = issue.path.map(String);
        const entries = (raw as Record<string, unknown[]>)?.[section];
        const entryId =
          Array.isArray(entries) && index !== undefined
            ? (entries[Number(index)] as { id?: unknown } | undefined)?.id
            : undefined;
        const isList = index !== undefined && /^\d+$/.test(index);
        const entry = isList
          ? `${section}[${index}]${typeof entryId === "string" ? ` (${entryId})` : ""}`
          : section ?? "";
        const field = (isList ? rest : [index, ...rest]).filter((p) => p !== undefined).join(".");
        return { file, entry, field, message: issue.message };
      }),
    };
  }

  const data = parsed.data;
  const expected = basename(path, ".json");
  if (data.article.id !== expected) return problem("article", "id", MESSAGES.fileNameMismatch(expected));
  return readArticleText(path, file, data);
}

/**
 * A corpus file read as the loader reads it but without the schema check (and so without loading zod):
 * only for a file unchanged since it passed that check, whose built records are compared with it
 * (snapshot.ts). Every string is trimmed as the schema trims it: its free texts are trimmed and its other
 * strings (ids, enums, dates) admit no surrounding space. A file that needs the schema's defaults reads
 * otherwise than through the loader: the caller then reads it through readCorpusFile.
 */
export function readUncheckedCorpusFile(path: string): LoadedArticle | null {
  const text = readUtf8(path);
  if (text === null) return null;
  const data = JSON.parse(text, (_key, value: unknown) => (typeof value === "string" ? value.trim() : value)) as CorpusFile;
  if (data?.article?.id !== basename(path, ".json")) return null;
  return readArticleText(path, display(path), data).article ?? null;
}

function readArticleText(path: string, file: string, data: CorpusFile): { article?: LoadedArticle; data?: CorpusFile; problems: CorpusProblem[] } {
  const problem = (entry: string, field: string, message: string) => ({ problems: [{ file, entry, field, message }] });
  const textPath = join(dirname(path), data.article.file);
  // A corpus reads only its own folder: no "../", no absolute path.
  if (relative(dirname(path), textPath).startsWith("..") || isAbsolute(data.article.file)) {
    return problem("article", "file", MESSAGES.textOutsideCorpus(data.article.file));
  }
  if (!existsSync(textPath) || !statSync(textPath).isFile()) {
    return problem("article", "file", MESSAGES.textMissing(display(textPath)));
  }
  const text = readUtf8(textPath);
  if (text === null) return problem("article", "file", MESSAGES.textNotUtf8(display(textPath)));
  const { article, problems } = articleOf(file, data, text);
  return { article, data: article && data, problems };
}

/**
 * An article from its parsed corpus file and its text, checked as the loader checks it (every store
 * goes through here); `source` names where it was read from.
 */
export function articleOf(source: string, data: CorpusFile, text: string): { article?: LoadedArticle; problems: CorpusProblem[] } {
  const lines = splitLines(text);
  const problems = checkCorpusFile(source, data, lines);
  if (problems.length) return { problems };
  return { article: { ...data, source, text, lines }, problems: [] };
}

/** The loader's order of articles: by corpus file name, as a directory listing sorts it. */
export function byFileName(a: { article: { id: string } }, b: { article: { id: string } }): number {
  const x = `${a.article.id}.json`;
  const y = `${b.article.id}.json`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Loads every article of a corpus directory, or throws a CorpusError listing every problem. */
export function loadCorpus(dir: string = DEFAULT_CORPUS_DIR): Corpus {
  return readCorpus(dir).corpus;
}

/** An article as a corpus stores it: its corpus file (drafts' speakerless quotes included) and its text. */
export interface ArticleFile {
  data: CorpusFile;
  text: string;
}

/** The loaded corpus and the files it was read from, or a CorpusError listing every problem. */
export function readCorpus(dir: string = DEFAULT_CORPUS_DIR): { corpus: Corpus; files: ArticleFile[] } {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new CorpusError([{ file: dir, entry: "", field: "", message: MESSAGES.corpusDirMissing(dir) }]);
  }
  const names = readdirSync(abs).filter((f) => f.endsWith(".json")).sort();
  if (names.length === 0) {
    throw new CorpusError([{ file: dir, entry: "", field: "", message: MESSAGES.corpusEmpty(dir) }]);
  }
  const problems: CorpusProblem[] = [];
  const articles: LoadedArticle[] = [];
  const files: ArticleFile[] = [];
  const seen = new Map<string, string>();
  for (const f of names) {
    const { article, data, problems: p } = readCorpusFile(join(abs, f));
    problems.push(...p);
    if (!article || !data) continue;
    const other = seen.get(article.article.id);
    if (other) {
      problems.push({ file: article.source, entry: "article", field: "id", message: MESSAGES.duplicateArticle(article.article.id, other) });
      continue;
    }
    seen.set(article.article.id, article.source);
    articles.push(article);
    files.push({ data, text: article.text });
  }
  if (problems.length) throw new CorpusError(problems);
  return { corpus: { dir: abs, articles }, files };
}
