import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SchemaTooNewError } from '../../src/core/errors.js';
import { MIGRATIONS, migrate } from '../../src/digest/migrations.js';
import { openDatabase } from '../../src/digest/openDatabase.js';
import { TempFolders } from '../helpers/digestHarness.js';

const temp = new TempFolders();
afterEach(() => temp.cleanup());

describe('the digest database', () => {
  it('is created on first run with its folder, in WAL mode, at the latest schema version', () => {
    const file = path.join(temp.make(), 'data', 'nested', 'factdesk.db');
    const db = openDatabase(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      'alerts',
      'articles',
      'deliveries',
      'delivery_facts',
      'feed_items',
      'feeds',
      'follows',
      'live_articles',
      'live_articles_settled',
      'seen_facts',
      'subscriptions',
    ]);
    db.close();
  });

  it('applies only the migrations a database has not had, in order, and keeps its data', () => {
    const file = path.join(temp.make(), 'factdesk.db');
    const steps = [
      'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)',
      "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'unknown'",
    ];
    const db = new Database(file);
    expect(migrate(db, steps.slice(0, 1))).toBe(0);
    db.prepare("INSERT INTO notes (text) VALUES ('kept')").run();
    expect(migrate(db, steps)).toBe(1);
    expect(migrate(db, steps)).toBe(2);
    expect(db.prepare('SELECT text, author FROM notes').all()).toEqual([{ text: 'kept', author: 'unknown' }]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('gets the feeds and their items at step 3, keeping what a database of step 2 holds', () => {
    const file = path.join(temp.make(), 'factdesk.db');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare('INSERT INTO articles (article_id, first_seen_at) VALUES (?, ?)').run('kept', 1);
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(upgraded.prepare('SELECT article_id FROM articles').pluck().all()).toEqual(['kept']);
    upgraded
      .prepare(
        "INSERT INTO feeds (url, origin, created_at, updated_at) VALUES ('https://x.org/rss', 'env', 1, 1)",
      )
      .run();
    expect(() =>
      upgraded
        .prepare(
          "INSERT INTO feeds (url, origin, created_at, updated_at) VALUES ('https://y.org/rss', 'bot', 1, 1)",
        )
        .run(),
    ).toThrow(/CHECK constraint failed/);
    upgraded
      .prepare(
        "INSERT INTO feed_items (feed_url, item_key, url, status, attempts, claimed_at) VALUES ('https://x.org/rss', 'k', 'https://x.org/1', 'claimed', 1, 1)",
      )
      .run();
    expect(() =>
      upgraded
        .prepare(
          "INSERT INTO feed_items (feed_url, item_key, status, attempts, claimed_at) VALUES ('https://x.org/rss', 'k', 'written', 1, 1)",
        )
        .run(),
    ).toThrow(/UNIQUE constraint failed/);
    upgraded.close();
  });

  it('gets the follows and their alerts at step 4, keeping what a database of step 3 holds', () => {
    const file = path.join(temp.make(), 'factdesk.db');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      "INSERT INTO feeds (url, origin, created_at, updated_at) VALUES ('https://x.org/rss', 'env', 1, 1)",
    ).run();
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(upgraded.prepare('SELECT url FROM feeds').pluck().all()).toEqual(['https://x.org/rss']);
    const follow = upgraded.prepare(
      "INSERT INTO follows (platform, chat_id, follow_key, words, created_at) VALUES ('slack', 'C1', 'clara benz', ?, 1)",
    );
    follow.run('Clara Benz');
    expect(() => follow.run('clara  Benz')).toThrow(/UNIQUE constraint failed/);
    const alert = upgraded.prepare(
      "INSERT INTO alerts (platform, chat_id, article_id, status, owner, claimed_at, lease_until) VALUES ('slack', 'C1', 'a', ?, 'me', 1, 2)",
    );
    expect(() => alert.run('queued')).toThrow(/CHECK constraint failed/);
    alert.run('sending');
    expect(() => alert.run('sent')).toThrow(/UNIQUE constraint failed/);
    upgraded.close();
  });

  it('gets the articles added live and where their alerts are settled at step 5, keeping what a database of step 4 holds', () => {
    const file = path.join(temp.make(), 'factdesk.db');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 4));
    db.prepare(
      "INSERT INTO alerts (platform, chat_id, article_id, status, owner, claimed_at, lease_until) VALUES ('slack', 'C1', 'a', 'sent', 'me', 1, 2)",
    ).run();
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(5);
    expect(upgraded.prepare('SELECT article_id FROM alerts').pluck().all()).toEqual(['a']);
    const added = upgraded.prepare('INSERT INTO live_articles (article_id, added_at) VALUES (?, 1)');
    added.run('feeds/x.org/2024-03-04-school');
    expect(() => added.run('feeds/x.org/2024-03-04-school')).toThrow(/UNIQUE constraint failed/);
    const settled = upgraded.prepare(
      'INSERT INTO live_articles_settled (platform, article_id) VALUES (?, ?)',
    );
    settled.run('slack', 'feeds/x.org/2024-03-04-school');
    expect(() => settled.run('slack', 'unknown')).toThrow(/FOREIGN KEY constraint failed/);
    // An article forgotten takes its settled platforms with it.
    upgraded.prepare('DELETE FROM live_articles').run();
    expect(upgraded.prepare('SELECT count(*) FROM live_articles_settled').pluck().get()).toBe(0);
    upgraded.close();
  });

  it('refuses a database written by a newer version, and leaves it untouched', () => {
    const file = path.join(temp.make(), 'factdesk.db');
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(SchemaTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer than this factdesk knows/);
    const again = new Database(file);
    expect(again.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    again.close();
  });
});
