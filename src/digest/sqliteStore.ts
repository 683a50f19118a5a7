import type { Database, Statement } from 'better-sqlite3';

/**
 * What the stores over the digests' database (digests, feeds, follows) share: its connection, each SQL
 * statement prepared once, and read-then-write transactions under the write lock, as several processes
 * may share the file.
 */
export class SqliteStore {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Database) {}

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Runs `fn` in a transaction that takes the write lock at once, so what it read is still true at commit. */
  immediate<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** The statement of `source`, whose rows (or plucked values) are `Result`s. */
  protected sql<Result = unknown>(source: string): Statement<unknown[], Result> {
    let statement = this.statements.get(source);
    if (!statement) this.statements.set(source, (statement = this.db.prepare(source)));
    return statement as Statement<unknown[], Result>;
  }
}
