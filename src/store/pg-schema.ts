// The PostgreSQL tables of a corpus, in a schema of their own (default "quotebot"). Speakers, quotes
// and facts belong to their article (as in the corpus files) and go with it; positions keep the
// files' order, so that the engine built from the database is the engine built from the folder.
export const DEFAULT_SCHEMA = "quotebot";

/** A schema name safe to splice into SQL. */
export function checkSchemaName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name)) throw new Error(`invalid PostgreSQL schema name "${name}" (lowercase letters, digits, _)`);
  return name;
}

/** The channel every replica listens on for changes to this schema's corpus. */
export const channelOf = (schema: string) => `${schema}_corpus`;

export function schemaSql(s: string): string {
  return `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE SCHEMA IF NOT EXISTS ${s};
-- One row: bumped by every write (which also serializes writers) and sent to listeners.
CREATE TABLE IF NOT EXISTS ${s}.corpus_state (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  revision bigint NOT NULL
);
INSERT INTO ${s}.corpus_state (one, revision) VALUES (true, 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS ${s}.articles (
  id text PRIMARY KEY,
  lang text NOT NULL CHECK (lang IN ('ar', 'en')),
  file text NOT NULL,
  title text NOT NULL,
  title_en text,
  publisher text,
  url text,
  note text,
  date text,
  status text NOT NULL CHECK (status IN ('reviewed', 'draft')),
  body text NOT NULL,
  revision bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS ${s}.speakers (
  article_id text NOT NULL REFERENCES ${s}.articles (id) ON DELETE CASCADE,
  id text NOT NULL,
  position int NOT NULL,
  name text NOT NULL,
  name_ar text,
  aliases text[] NOT NULL,
  role text,
  role_ar text,
  kind text NOT NULL,
  -- name, Arabic name and aliases, normalized as the engine does: the trigram index's column
  names text NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX IF NOT EXISTS speakers_id ON ${s}.speakers (id);
CREATE INDEX IF NOT EXISTS speakers_names_trgm ON ${s}.speakers USING gin (names gin_trgm_ops);
CREATE TABLE IF NOT EXISTS ${s}.quotes (
  article_id text NOT NULL REFERENCES ${s}.articles (id) ON DELETE CASCADE,
  id text NOT NULL,
  position int NOT NULL,
  speaker text,
  text text NOT NULL,
  text_en text,
  verb text NOT NULL,
  type text NOT NULL,
  paragraph int NOT NULL,
  topics text[] NOT NULL,
  confidence double precision,
  -- the engine's own search keys of the text and its English rendering
  keys text[] NOT NULL,
  PRIMARY KEY (article_id, id),
  FOREIGN KEY (article_id, speaker) REFERENCES ${s}.speakers (article_id, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS quotes_keys ON ${s}.quotes USING gin (keys);
CREATE INDEX IF NOT EXISTS quotes_speaker ON ${s}.quotes (speaker);
CREATE TABLE IF NOT EXISTS ${s}.facts (
  article_id text NOT NULL REFERENCES ${s}.articles (id) ON DELETE CASCADE,
  id text NOT NULL,
  position int NOT NULL,
  text text NOT NULL,
  text_en text,
  paragraph int NOT NULL,
  topics text[] NOT NULL,
  keys text[] NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX IF NOT EXISTS facts_keys ON ${s}.facts USING gin (keys);
`;
}
