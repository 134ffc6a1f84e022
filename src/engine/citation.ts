// The citation of an answer: where its text stands (article title, publisher, date, link, paragraph),
// and the same as one ready-to-paste line. Unknown parts are null, never guessed.
import type { ArticleInfo, Citation } from "../types.js";

/** Only an http(s) address is a link; anything else a curator wrote in `url` is left out. */
function linkOf(url: string | null | undefined): string | null {
  const u = url?.trim();
  return u && /^https?:\/\/\S+$/i.test(u) ? u : null;
}

const orNull = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/**
 * `"<title>" [<English title>], <publisher>, <date>, ¶ <paragraph>. <url>` with the unknown parts left
 * out. "¶" keeps the line the same whatever the interface language.
 */
export function citationText(c: Omit<Citation, "text">, articleId: string): string {
  const title = c.title ? `“${c.title}”` : articleId;
  const parts = [c.titleEn && c.titleEn !== c.title ? `${title} [${c.titleEn}]` : title];
  if (c.publisher) parts.push(c.publisher);
  if (c.date) parts.push(c.date);
  parts.push(`¶ ${c.paragraph}`);
  return `${parts.join(", ")}.${c.url ? ` ${c.url}` : ""}`;
}

export function citationOf(article: ArticleInfo | undefined, articleId: string, paragraph: number): Citation {
  const parts = {
    title: orNull(article?.title),
    titleEn: orNull(article?.titleEn),
    publisher: orNull(article?.source.publisher),
    date: orNull(article?.date),
    url: linkOf(article?.source.url),
    paragraph,
  };
  return { ...parts, text: citationText(parts, articleId) };
}
