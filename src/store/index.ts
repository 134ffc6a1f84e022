// Opening the store a process is configured for: PostgreSQL when DATABASE_URL is set, else the folder.
import { FileStore } from "./file-store.js";
import type { Store } from "./store.js";

export type { ArticleFile, ReplaceGuard, Store } from "./store.js";
export { FileStore } from "./file-store.js";
export { exportFolder, ExportError } from "./corpus-folder.js";

export interface StoreSettings {
  /** A PostgreSQL connection string; the folder is used when absent. */
  databaseUrl?: string;
  corpusDir: string;
  /** The PostgreSQL schema of the corpus tables (default "quotebot"). */
  schema?: string;
}

export async function openStore(settings: StoreSettings): Promise<Store> {
  if (!settings.databaseUrl) return new FileStore(settings.corpusDir);
  const { openPgStore } = await import("./pg-store.js");
  return openPgStore({ url: settings.databaseUrl, schema: settings.schema });
}
