// The corpus in PostgreSQL, shared by every replica: one write is one transaction, and its commit
// notifies every listener (LISTEN/NOTIFY), so each replica reloads within moments of an ingest.
// `pg` (node-postgres) is loaded only when DATABASE_URL is set: a start from the files never pays for it.
import type { Client, Pool, PoolClient } from "pg";
import { articleOf, byFileName, type ArticleFile, type Corpus, type LoadedArticle } from "../corpus/load.js";
import { schemas, type ArticleMeta, type CorpusFile } from "../corpus/schema.js";
import { CorpusError, type CorpusProblem } from "../errors.js";
import { checkArticles } from "./check.js";
import { DEFAULT_SCHEMA, channelOf, checkSchemaName, schemaSql } from "./pg-schema.js";
import { recordKeys, speakerNames } from "./record-keys.js";
import type { ReplaceGuard, Store } from "./store.js";

type Pg = typeof import("pg").default;

export interface PgStoreOptions {
  /** A PostgreSQL connection string (DATABASE_URL). */
  url: string;
  /** The schema holding the tables (default "quotebot"): two corpora may share a database. */
  schema?: string;
}

/** Rows go to the database as JSON, a batch of this many per statement. */
const BATCH = 2000;
const MAX_RETRY_MS = 30_000;

/** The address without its password: what logs and messages may show. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    u.search = "";
    return `${u.protocol}//${u.username ? `${u.username}@` : ""}${u.host}${u.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

/** Connects, creates the tables when missing, and returns the store. */
export async function openPgStore(options: PgStoreOptions): Promise<PgStore> {
  const pg = (await import("pg")).default;
  const schema = checkSchemaName(options.schema ?? DEFAULT_SCHEMA);
  const pool = new pg.Pool({ connectionString: options.url, max: 4, connectionTimeoutMillis: 10_000, keepAlive: true });
  // An idle connection the server closed is dropped by the pool; the next query opens another.
  pool.on("error", () => {});
  const store = new PgStore(pg, pool, options.url, schema);
  try {
    await store.createTables();
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  return store;
}

interface ArticleRow {
  id: string; lang: "ar" | "en"; file: string; title: string; title_en: string | null; publisher: string | null;
  url: string | null; note: string | null; date: string | null; status: "reviewed" | "draft"; body: string;
}
interface SpeakerRow {
  article_id: string; id: string; name: string; name_ar: string | null; aliases: string[]; role: string | null;
  role_ar: string | null; kind: string;
}
interface QuoteRow {
  article_id: string; id: string; speaker: string | null; text: string; text_en: string | null; verb: string;
  type: string; paragraph: number; topics: string[]; confidence: number | null;
}
interface FactRow { article_id: string; id: string; text: string; text_en: string | null; paragraph: number; topics: string[] }

const metaOf = (r: Omit<ArticleRow, "body">): ArticleMeta => ({
  id: r.id, lang: r.lang, file: r.file, title: r.title, titleEn: r.title_en,
  source: { publisher: r.publisher, url: r.url, note: r.note }, date: r.date, status: r.status,
});

export class PgStore implements Store {
  readonly kind = "postgres";
  readonly where: string;
  private readonly channel: string;

  constructor(private readonly pg: Pg, private readonly pool: Pool, private readonly url: string, readonly schema: string) {
    this.where = describeUrl(url);
    this.channel = channelOf(schema);
  }

  /** Idempotent; replicas starting together take turns (an advisory lock). */
  async createTables(): Promise<void> {
    await this.transaction(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock(hashtext('quotebot schema'))");
      await c.query(schemaSql(this.schema));
    });
  }

  async load(): Promise<Corpus> {
    const files = await this.files();
    const problems: CorpusProblem[] = [];
    const articles: LoadedArticle[] = [];
    for (const f of files) {
      const parsed = schemas().CorpusFileSchema.safeParse(f.data);
      const source = `${this.where}#${f.data.article.id}`;
      if (!parsed.success) {
        problems.push(...parsed.error.issues.map((i) => ({ file: source, entry: i.path.slice(0, 2).join("."), field: i.path.slice(2).join("."), message: i.message })));
        continue;
      }
      const { article, problems: p } = articleOf(source, parsed.data, f.text);
      problems.push(...p);
      if (article) articles.push(article);
    }
    if (problems.length) throw new CorpusError(problems);
    return { dir: this.where, articles };
  }

  /** Every article, read in one snapshot (a write committed meanwhile is wholly in or wholly out). */
  async files(): Promise<ArticleFile[]> {
    const s = this.schema;
    const [articles, speakers, quotes, facts] = await this.transaction(
      async (c) => [
        (await c.query<ArticleRow>(`SELECT id, lang, file, title, title_en, publisher, url, note, date, status, body FROM ${s}.articles`)).rows,
        (await c.query<SpeakerRow>(`SELECT article_id, id, name, name_ar, aliases, role, role_ar, kind FROM ${s}.speakers ORDER BY article_id, position`)).rows,
        (await c.query<QuoteRow>(`SELECT article_id, id, speaker, text, text_en, verb, type, paragraph, topics, confidence FROM ${s}.quotes ORDER BY article_id, position`)).rows,
        (await c.query<FactRow>(`SELECT article_id, id, text, text_en, paragraph, topics FROM ${s}.facts ORDER BY article_id, position`)).rows,
      ] as const,
      "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    );
    const byArticle = new Map<string, { data: CorpusFile; text: string }>();
    for (const a of articles) {
      byArticle.set(a.id, { data: { article: metaOf(a), speakers: [], quotes: [], facts: [] }, text: a.body });
    }
    for (const r of speakers) {
      byArticle.get(r.article_id)?.data.speakers.push({
        id: r.id, name: r.name, nameAr: r.name_ar, aliases: r.aliases, role: r.role, roleAr: r.role_ar, kind: r.kind as CorpusFile["speakers"][number]["kind"],
      });
    }
    for (const r of quotes) {
      byArticle.get(r.article_id)?.data.quotes.push({
        id: r.id, speaker: r.speaker, text: r.text, textEn: r.text_en, verb: r.verb, type: r.type as CorpusFile["quotes"][number]["type"],
        paragraph: r.paragraph, topics: r.topics, ...(r.confidence === null ? {} : { confidence: r.confidence }),
      });
    }
    for (const r of facts) {
      byArticle.get(r.article_id)?.data.facts.push({ id: r.id, text: r.text, textEn: r.text_en, paragraph: r.paragraph, topics: r.topics });
    }
    return [...byArticle.values()].sort((a, b) => byFileName(a.data, b.data));
  }

  async put(incoming: ArticleFile[], guard?: ReplaceGuard): Promise<void> {
    const articles = checkArticles(incoming, this.where);
    if (!articles.length) return;
    const s = this.schema;
    const ids = articles.map((a) => a.data.article.id);
    await this.transaction(async (c) => {
      // Taking the row lock first makes concurrent writers wait their turn.
      const { rows } = await c.query<{ revision: string }>(`UPDATE ${s}.corpus_state SET revision = revision + 1 RETURNING revision`);
      const revision = rows[0].revision;
      if (guard) {
        const existing = await c.query<Omit<ArticleRow, "body">>(
          `SELECT id, lang, file, title, title_en, publisher, url, note, date, status FROM ${s}.articles WHERE id = ANY($1) FOR UPDATE`, [ids],
        );
        const byId = new Map(existing.rows.map((r) => [r.id, metaOf(r)]));
        for (const a of articles) {
          const old = byId.get(a.data.article.id);
          if (old) guard(a, old);
        }
      }
      await c.query(`DELETE FROM ${s}.articles WHERE id = ANY($1)`, [ids]);
      const rows4 = articleRows(articles, revision);
      await this.insert(c, "articles", "id text, lang text, file text, title text, title_en text, publisher text, url text, note text, date text, status text, body text, revision bigint", rows4.articles);
      await this.insert(c, "speakers", "article_id text, id text, position int, name text, name_ar text, aliases text[], role text, role_ar text, kind text, names text", rows4.speakers);
      await this.insert(c, "quotes", "article_id text, id text, position int, speaker text, text text, text_en text, verb text, type text, paragraph int, topics text[], confidence double precision, keys text[]", rows4.quotes);
      await this.insert(c, "facts", "article_id text, id text, position int, text text, text_en text, paragraph int, topics text[], keys text[]", rows4.facts);
      // Delivered to every listener when (and only if) the transaction commits.
      await c.query("SELECT pg_notify($1, $2)", [this.channel, revision]);
    });
  }

  async revision(): Promise<string> {
    const { rows } = await this.pool.query<{ revision: string }>(`SELECT revision FROM ${this.schema}.corpus_state`);
    return rows[0]?.revision ?? "0";
  }

  async watch(onChange: () => void, onError: (err: Error) => void): Promise<() => Promise<void>> {
    let stopped = false;
    let current: Client | undefined;
    let retry: NodeJS.Timeout | undefined;
    let delay = 500;
    const connect = async (): Promise<void> => {
      const client = new this.pg.Client({ connectionString: this.url, keepAlive: true, connectionTimeoutMillis: 10_000 });
      let lost = false;
      const onLost = (err?: Error) => {
        if (lost || stopped) return;
        lost = true;
        if (err) onError(err);
        if (current === client) current = undefined;
        client.end().catch(() => {});
        schedule();
      };
      client.on("notification", (m) => {
        if (m.channel === this.channel) onChange();
      });
      client.on("error", onLost);
      client.on("end", () => onLost(new Error("the PostgreSQL connection that listens for corpus changes closed")));
      try {
        await client.connect();
        await client.query(`LISTEN ${this.channel}`);
      } catch (err) {
        lost = true;
        client.end().catch(() => {});
        throw err;
      }
      if (stopped) {
        await client.end().catch(() => {});
        return;
      }
      current = client;
      delay = 500;
    };
    const schedule = () => {
      if (stopped || retry) return;
      retry = setTimeout(() => {
        retry = undefined;
        connect().then(
          // Changes made while no one listened are not sent again: check now.
          () => onChange(),
          (err: Error) => {
            onError(err);
            delay = Math.min(delay * 2, MAX_RETRY_MS);
            schedule();
          },
        );
      }, delay);
      retry.unref();
    };
    await connect();
    return async () => {
      stopped = true;
      clearTimeout(retry);
      await current?.end().catch(() => {});
      current = undefined;
    };
  }

  /** The disk the corpus takes, tables and indexes. */
  async size(): Promise<string> {
    const { rows } = await this.pool.query<{ size: string }>(
      "SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS size FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1",
      [this.schema],
    );
    return rows[0]?.size ?? "0 bytes";
  }

  /** Removes the schema and all it holds (scratch schemas of tests and benchmarks). */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  private async transaction<T>(work: (c: PoolClient) => Promise<T>, begin = "BEGIN"): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query(begin);
      const out = await work(c);
      await c.query("COMMIT");
      return out;
    } catch (err) {
      await c.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  private async insert(c: PoolClient, table: string, columns: string, rows: object[]): Promise<void> {
    const names = columns.split(",").map((col) => col.trim().split(" ")[0]).join(", ");
    for (let i = 0; i < rows.length; i += BATCH) {
      await c.query(
        `INSERT INTO ${this.schema}.${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`,
        [JSON.stringify(rows.slice(i, i + BATCH))],
      );
    }
  }
}

/** The rows of the four tables for a batch of checked articles. */
function articleRows(articles: ArticleFile[], revision: string) {
  const out = { articles: [] as object[], speakers: [] as object[], quotes: [] as object[], facts: [] as object[] };
  const keysOf = recordKeys(articles);
  articles.forEach((a, n) => {
    const { article: m, speakers, quotes, facts } = a.data;
    const keys = keysOf[n];
    out.articles.push({
      id: m.id, lang: m.lang, file: m.file, title: m.title, title_en: m.titleEn, publisher: m.source.publisher, url: m.source.url,
      note: m.source.note, date: m.date, status: m.status, body: a.text, revision,
    });
    speakers.forEach((sp, position) => out.speakers.push({
      article_id: m.id, id: sp.id, position, name: sp.name, name_ar: sp.nameAr, aliases: sp.aliases, role: sp.role, role_ar: sp.roleAr,
      kind: sp.kind, names: speakerNames(sp),
    }));
    quotes.forEach((q, position) => out.quotes.push({
      article_id: m.id, id: q.id, position, speaker: q.speaker, text: q.text, text_en: q.textEn, verb: q.verb, type: q.type,
      paragraph: q.paragraph, topics: q.topics, confidence: q.confidence ?? null, keys: keys.quotes[position],
    }));
    facts.forEach((f, position) => out.facts.push({
      article_id: m.id, id: f.id, position, text: f.text, text_en: f.textEn, paragraph: f.paragraph, topics: f.topics, keys: keys.facts[position],
    }));
  });
  return out;
}
