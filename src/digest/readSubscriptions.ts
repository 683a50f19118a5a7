import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import type { Subscription } from './digestStore.js';
import { DigestStore } from './digestStore.js';
import { SchemaTooNewError } from '../core/errors.js';
import { MIGRATIONS } from './migrations.js';

/** A chat's digest settings, and when its last daily digest was sent (`undefined`: never). */
export interface SubscriptionReport extends Subscription {
  lastSentAt: number | undefined;
}

/**
 * Every chat's digest settings in the database at `file`, read without changing it (a process may be
 * running on it): `undefined` when there is no database, and none is made. Throws when the file cannot
 * be read as the digests' database.
 */
export function readSubscriptions(file: string): SubscriptionReport[] | undefined {
  if (!existsSync(file)) return undefined;
  const db = openReadOnly(file);
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    // A database that was never given the schema holds no subscription.
    if (version === 0) return [];
    if (version > MIGRATIONS.length) {
      throw new SchemaTooNewError(
        `the database has schema version ${version}, newer than this factdesk knows (${MIGRATIONS.length})`,
      );
    }
    const store = new DigestStore(db);
    return store.subscriptions().map((subscription) => ({
      ...subscription,
      lastSentAt: store.lastSentAt(subscription),
    }));
  } finally {
    db.close();
  }
}

/**
 * The database at `file`, read-only (no schema step is applied). A database no process has open (it has no
 * -wal file) is read from a copy in memory: a read-only connection to a WAL-mode file would create its -wal
 * and -shm files, owned by whoever runs `factdesk status` (root, say) and then in the way of the service's
 * own user. One a process has open is read in place, beside it.
 */
function openReadOnly(file: string): Database.Database {
  const wal = `${file}-wal`;
  if (!existsSync(wal)) {
    const bytes = readFileSync(file);
    // A -wal file made while the copy was read may mean a checkpoint wrote into the file meanwhile.
    if (!existsSync(wal)) {
      // Bytes 18 and 19 of the header say "WAL mode", which a database in memory cannot be in: the copy is
      // read as a database with a rollback journal, which it has in every other respect.
      if (bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
      return new Database(bytes, { readonly: true });
    }
  }
  return new Database(file, { readonly: true, fileMustExist: true });
}
