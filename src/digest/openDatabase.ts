import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { migrate } from './migrations.js';
import { errorText } from '../core/errors.js';

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

/** How opening is tried again while another process holds the database locked. */
export interface OpenRetryPolicy {
  /** The waits between tries; the last is repeated for as long as the lock lasts. */
  delaysMs: readonly number[];
  /** How long one try waits for the lock: short, as the wait holds the thread that answers. */
  lockWaitMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_OPEN_RETRY: OpenRetryPolicy = {
  delaysMs: [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000],
  lockWaitMs: 1_000,
  // Unreferenced: a try still to come does not keep a process that is done from ending.
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
};

/** What a part of factdesk kept in the database (digests, feeds, follows) says of its opening. */
export interface OpenWords {
  /** "digests are unavailable": the part, while it cannot be used. */
  unavailable: string;
  /** "the digest database data/factdesk.db". */
  database: string;
  /** Said once it opens after being locked, if anything. */
  openedAfter?: (tries: number) => string;
}

/**
 * Runs `open` (given how long to wait for a lock) now, and while another process holds the database locked
 * (a migration, a backup, a long write) again in the background with growing waits, so that neither
 * start-up waits for the lock nor does the part stay off until a restart. Another failure (a newer schema,
 * no permission) is logged once and gives `undefined`, as does `abandoned()` becoming true meanwhile.
 */
export async function openWhenUnlocked<T>(
  open: (lockWaitMs: number) => T,
  words: OpenWords,
  {
    retry,
    logger,
    abandoned,
  }: { retry?: Partial<OpenRetryPolicy>; logger?: Logger; abandoned: () => boolean },
): Promise<T | undefined> {
  const policy = { ...DEFAULT_OPEN_RETRY, ...retry };
  for (let tries = 1; ; tries++) {
    try {
      const opened = open(policy.lockWaitMs);
      if (tries > 1 && words.openedAfter) logger?.info(words.openedAfter(tries));
      return opened;
    } catch (error) {
      const reason = errorText(error);
      if (!isLocked(error)) {
        logger?.error(`${words.unavailable}: cannot open ${words.database} (${reason})`);
        return undefined;
      }
      if (tries === 1) {
        logger?.warn(
          `${words.unavailable} for now: ${words.database} is locked by another process (${reason}); trying again in the background`,
        );
      }
    }
    await policy.sleep(policy.delaysMs[Math.min(tries, policy.delaysMs.length) - 1]!);
    if (abandoned()) return undefined;
  }
}
