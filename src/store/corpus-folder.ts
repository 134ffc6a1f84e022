// Writing corpus folders: the same `<id>.json` beside its text file that the loader reads. Each file
// is written to a temporary name and renamed; a whole export is written to a new folder that takes
// the target's name only once complete.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { ArticleFile } from "../corpus/load.js";

/** The corpus file as the loader reads it (and as `quotebot ingest` writes it). */
export function corpusJson(article: ArticleFile): string {
  return `${JSON.stringify(article.data, null, 2)}\n`;
}

export function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(tmp, content, "utf8");
    renameSync(tmp, path);
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
  }
}

/**
 * One article into a corpus folder: its text first, then the JSON that names it (the commit point),
 * then the previous text file when it had another name. A failure leaves the previous article loadable.
 */
export function writeArticleFiles(dir: string, article: ArticleFile, previousFile: string | null): void {
  const { file, id } = article.data.article;
  writeAtomic(join(dir, file), article.text);
  writeAtomic(join(dir, `${id}.json`), corpusJson(article));
  if (previousFile && previousFile !== file && basename(previousFile) === previousFile && existsSync(join(dir, previousFile))) {
    unlinkSync(join(dir, previousFile));
  }
}

export class ExportError extends Error {}

/**
 * Writes a whole corpus to `dir`, which must not exist or be empty, unless `replace`: the folder is
 * then swapped for the new one (the old one is removed only after the new one has its name).
 */
export function exportFolder(dir: string, articles: ArticleFile[], replace = false): void {
  const target = resolve(dir);
  const occupied = existsSync(target) && readdirSync(target).length > 0;
  if (occupied && !replace) throw new ExportError(`${dir} is not empty (give --replace to swap it for the export)`);
  mkdirSync(dirname(target), { recursive: true });
  const staging = `${target}.export-${process.pid}-${Date.now()}`;
  mkdirSync(staging);
  try {
    for (const a of articles) {
      writeFileSync(join(staging, a.data.article.file), a.text, "utf8");
      writeFileSync(join(staging, `${a.data.article.id}.json`), corpusJson(a), "utf8");
    }
    if (!existsSync(target)) {
      renameSync(staging, target);
    } else if (!occupied) {
      rmSync(target, { recursive: true });
      renameSync(staging, target);
    } else {
      const old = `${target}.old-${process.pid}-${Date.now()}`;
      renameSync(target, old);
      renameSync(staging, target);
      rmSync(old, { recursive: true, force: true });
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
