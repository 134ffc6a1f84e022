// What every store checks before it writes: the loader's own checks, so that nothing a store accepts
// is refused when it is read back.
import { articleOf, type ArticleFile } from "../corpus/load.js";
import { schemas } from "../corpus/schema.js";
import { CorpusError, MESSAGES, type CorpusProblem } from "../errors.js";

/** The articles as the schema reads them (defaults filled in); throws CorpusError listing every problem. */
export function checkArticles(articles: ArticleFile[], where: string): ArticleFile[] {
  const problems: CorpusProblem[] = [];
  const seen = new Set<string>();
  const out: ArticleFile[] = [];
  for (const { data, text } of articles) {
    const parsed = schemas().CorpusFileSchema.safeParse(data);
    const id = (data as { article?: { id?: unknown } })?.article?.id;
    const source = `${where}/${typeof id === "string" ? id : "?"}`;
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => ({ file: source, entry: i.path.slice(0, 2).join("."), field: i.path.slice(2).join("."), message: i.message })));
      continue;
    }
    const file = parsed.data.article.file;
    // A store keeps the text beside its corpus file: a plain file name.
    if (/[\\/]/.test(file) || file === "." || file === "..") {
      problems.push({ file: source, entry: "article", field: "file", message: MESSAGES.textOutsideCorpus(file) });
      continue;
    }
    if (seen.has(parsed.data.article.id)) {
      problems.push({ file: source, entry: "article", field: "id", message: MESSAGES.duplicateArticle(parsed.data.article.id, source) });
      continue;
    }
    seen.add(parsed.data.article.id);
    const checked = articleOf(source, parsed.data, text);
    problems.push(...checked.problems);
    if (checked.article) out.push({ data: parsed.data, text });
  }
  if (problems.length) throw new CorpusError(problems);
  return out;
}
