// The corpus as the files of a folder: today's loader, and the embedded default.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadCorpus, readCorpus, type ArticleFile, type Corpus } from "../corpus/load.js";
import type { ArticleMeta } from "../corpus/schema.js";
import { DEFAULT_CORPUS_DIR } from "../paths.js";
import { checkArticles } from "./check.js";
import { exportFolder, writeArticleFiles } from "./corpus-folder.js";
import type { ReplaceGuard, Store } from "./store.js";

export class FileStore implements Store {
  readonly kind = "files";
  readonly where: string;

  constructor(readonly dir: string = DEFAULT_CORPUS_DIR) {
    this.where = dir;
  }

  async load(): Promise<Corpus> {
    return loadCorpus(this.dir);
  }

  async files(): Promise<ArticleFile[]> {
    return readCorpus(this.dir).files;
  }

  /** Each article is written atomically; a folder has no transaction across articles. */
  async put(articles: ArticleFile[], guard?: ReplaceGuard): Promise<void> {
    const checked = checkArticles(articles, this.where);
    const dir = resolve(this.dir);
    const previous = checked.map((a) => this.meta(a.data.article.id));
    checked.forEach((a, i) => {
      const p = previous[i];
      if (p && guard) guard(a, p);
    });
    mkdirSync(dir, { recursive: true });
    checked.forEach((a, i) => writeArticleFiles(dir, a, previous[i]?.file ?? null));
  }

  /**
   * Makes the folder hold exactly these articles (an export): written in full to a new folder that
   * then takes this one's name. An occupied folder is replaced only with `replace`.
   */
  async replaceAll(articles: ArticleFile[], replace = false): Promise<void> {
    exportFolder(this.dir, checkArticles(articles, this.where), replace);
  }

  /** Names, sizes and modification times of the corpus files. */
  async revision(): Promise<string> {
    const dir = resolve(this.dir);
    return readdirSync(dir)
      .filter((name) => /\.(json|txt)$/.test(name))
      .sort()
      .map((name) => {
        const st = statSync(join(dir, name));
        return `${name}:${st.size}:${st.mtimeMs}`;
      })
      .join("\n");
  }

  async close(): Promise<void> {}

  private meta(id: string): ArticleMeta | null {
    const path = join(resolve(this.dir), `${id}.json`);
    if (!existsSync(path)) return null;
    try {
      return (JSON.parse(readFileSync(path, "utf8")) as { article: ArticleMeta }).article ?? null;
    } catch {
      return null;
    }
  }
}
