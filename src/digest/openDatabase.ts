import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { migrate } from './migrations.js';

/** How long a write waits for another process's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens (creating it and its folder on first run) the SQLite file of digests, in WAL mode so that a crash
 * loses no committed transaction and readers never block the writer, and brings its schema up to date.
 * Opening waits `lockWaitMs` for a lock another process holds; writes after it wait `BUSY_TIMEOUT_MS`.
 */
export function openDatabase(file: string, lockWaitMs = BUSY_TIMEOUT_MS): Database.Database {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: lockWaitMs });
  try {
    db.pragma('journal_mode = WAL');
    // A claimed delivery must be on disk before the digest is sent, or a power cut could send it twice.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Whether opening failed because another process holds the database locked: worth trying again later. */
export function isLocked(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}
