// Where the corpus lives. The engine always builds its in-memory index from what a store returns, so
// the answers do not depend on the store: the files of a corpus folder (the default, embedded in the
// image) or a PostgreSQL database shared by every replica (DATABASE_URL).
import type { ArticleFile, Corpus } from "../corpus/load.js";
import type { ArticleMeta } from "../corpus/schema.js";

export type { ArticleFile } from "../corpus/load.js";

/** Told of an article already stored under an incoming one's id; throws to refuse the whole write. */
export type ReplaceGuard = (incoming: ArticleFile, existing: ArticleMeta) => void;

export interface Store {
  readonly kind: "files" | "postgres";
  /** Where the corpus is, for logs and messages: a folder, or a database address without its password. */
  readonly where: string;
  /** Every article, checked as the folder loader checks them, in the loader's order; throws CorpusError. */
  load(): Promise<Corpus>;
  /** Every article as stored (drafts' speakerless quotes included): what an export writes. */
  files(): Promise<ArticleFile[]>;
  /** Adds articles, replacing those with the same id, all or nothing; every replica is told. */
  put(articles: ArticleFile[], guard?: ReplaceGuard): Promise<void>;
  /** Changes whenever the corpus does: a cheap check before reloading. */
  revision(): Promise<string>;
  /**
   * Calls `onChange` after every write by any process (and after a lost connection comes back, as
   * writes may have been missed meanwhile); resolves to the function that stops listening. A folder is
   * followed by the live engine's own watcher instead.
   */
  watch?(onChange: () => void, onError: (err: Error) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
