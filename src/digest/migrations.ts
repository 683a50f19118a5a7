import type { Database } from 'better-sqlite3';
import { SchemaTooNewError } from '../core/errors.js';

/**
 * The schema, one step per version, applied in order and never edited once released: a database records
 * its version in `PRAGMA user_version`, and opening it applies the steps it has not had yet.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: subscriptions, deliveries and the facts each carried, facts seen per chat and cycle, articles seen.
  `
  CREATE TABLE subscriptions (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    active INTEGER NOT NULL,
    time TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    topic TEXT,
    since INTEGER NOT NULL,
    next_due_at INTEGER NOT NULL,
    cycle INTEGER NOT NULL DEFAULT 1,
    stopped_reason TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id)
  ) WITHOUT ROWID;
  CREATE INDEX subscriptions_due ON subscriptions (next_due_at) WHERE active = 1;

  CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    local_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
    owner TEXT NOT NULL,
    claimed_at INTEGER NOT NULL,
    lease_until INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1,
    cycle INTEGER NOT NULL,
    cycle_restarted INTEGER NOT NULL,
    sent_at INTEGER,
    error TEXT,
    UNIQUE (platform, chat_id, local_date)
  );

  CREATE TABLE delivery_facts (
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    fact_id TEXT NOT NULL,
    PRIMARY KEY (delivery_id, position)
  ) WITHOUT ROWID;

  CREATE TABLE seen_facts (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    cycle INTEGER NOT NULL,
    fact_id TEXT NOT NULL,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id, cycle, fact_id)
  ) WITHOUT ROWID;

  CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    first_seen_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX articles_first_seen ON articles (first_seen_at);
  `,
  // 2: when the claim's owner began handing the digest to the platform; another process never sends it again.
  `ALTER TABLE deliveries ADD COLUMN send_started_at INTEGER;`,
  // 3: feeds followed (from FEED_URLS, or added in a chat) with their polling state, and each item taken from
  // them: claimed before its page is fetched, so that no process fetches it twice; its url is indexed so
  // that an article two feeds carry is taken once.
  `
  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    origin TEXT NOT NULL CHECK (origin IN ('env', 'chat')),
    added_by TEXT,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    failure TEXT,
    next_poll_at INTEGER NOT NULL DEFAULT 0,
    polled_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE feed_items (
    feed_url TEXT NOT NULL,
    item_key TEXT NOT NULL,
    url TEXT,
    status TEXT NOT NULL CHECK (status IN ('claimed', 'retry', 'written', 'skipped')),
    attempts INTEGER NOT NULL,
    claimed_at INTEGER NOT NULL,
    file TEXT,
    reason TEXT,
    done_at INTEGER,
    PRIMARY KEY (feed_url, item_key)
  ) WITHOUT ROWID;
  CREATE INDEX feed_items_url ON feed_items (url) WHERE url IS NOT NULL;
  `,
  // 4: what each chat follows (/follow), and each alert of a new article to a chat: claimed once per (chat,
  // article), with the same lease and send_started_at as deliveries, so that no alert is ever sent twice.
  `
  CREATE TABLE follows (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    follow_key TEXT NOT NULL,
    words TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id, follow_key)
  ) WITHOUT ROWID;

  CREATE TABLE alerts (
    platform TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
    owner TEXT NOT NULL,
    claimed_at INTEGER NOT NULL,
    lease_until INTEGER NOT NULL,
    send_started_at INTEGER,
    sent_at INTEGER,
    error TEXT,
    PRIMARY KEY (platform, chat_id, article_id)
  ) WITHOUT ROWID;
  `,
  // 5: the articles added while factdesk runs (the live sync's, and a feed's as soon as its file is named,
  // before it is written), and the platforms whose alerts of each are settled: what is owed survives a
  // restart. Feed items' files are indexed, as a name is reserved in the database before it is written.
  `
  CREATE TABLE live_articles (
    article_id TEXT PRIMARY KEY,
    added_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX live_articles_added ON live_articles (added_at);

  CREATE TABLE live_articles_settled (
    platform TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES live_articles (article_id) ON DELETE CASCADE,
    PRIMARY KEY (platform, article_id)
  ) WITHOUT ROWID;

  CREATE INDEX feed_items_file ON feed_items (file) WHERE file IS NOT NULL;
  `,
];

/**
 * Brings the schema up to date in one immediate transaction, so that two processes opening the same new
 * database at once apply each step once. Returns the version the database had.
 */
export function migrate(db: Database, migrations: readonly string[] = MIGRATIONS): number {
  return db
    .transaction(() => {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > migrations.length) {
        throw new SchemaTooNewError(
          `the database has schema version ${version}, newer than this factdesk knows (${migrations.length}); use a newer factdesk or another DATABASE_PATH`,
        );
      }
      for (let v = version; v < migrations.length; v++) db.exec(migrations[v]!);
      db.pragma(`user_version = ${migrations.length}`);
      return version;
    })
    .immediate();
}
