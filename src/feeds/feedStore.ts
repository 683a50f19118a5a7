import { idOf } from '../core/corpus/loadCorpus.js';
import { SqliteStore } from '../digest/sqliteStore.js';
import { openDatabase } from '../digest/openDatabase.js';
import { FollowStore } from '../follows/followStore.js';

/** Where a feed comes from: `FEED_URLS`, or a chat's `/feeds add`. */
export type FeedOrigin = 'env' | 'chat';

/** A feed followed, with what its polls need to remember. */
export interface FeedState {
  url: string;
  origin: FeedOrigin;
  /** The chat that added it (`platform:chat`), for a feed added in a chat. */
  addedBy: string | null;
  /** The feed's own title, once polled. */
  title: string | null;
  /** The validators of the last response taken in full, sent back for a conditional GET. */
  etag: string | null;
  lastModified: string | null;
  /** Polls that failed in a row; 0 while the feed works. */
  failures: number;
  /** Why the last poll failed. */
  failure: string | null;
  nextPollAt: number;
  /** When its last poll ended, if it has been polled. */
  polledAt: number | null;
}

/** How a poll ended: with the feed read (and validators to keep), or failed. */
export type PollRecord =
  | { ok: true; title?: string; validators?: { etag: string | null; lastModified: string | null } }
  | { ok: false; reason: string };

/** An item's state: taken by a poll (`claimed`), to be tried again (`retry`), or done for good. */
export type ItemStatus = 'claimed' | 'retry' | 'written' | 'skipped';

interface FeedRow {
  url: string;
  origin: FeedOrigin;
  added_by: string | null;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  failure: string | null;
  next_poll_at: number;
  polled_at: number | null;
}

interface ItemRow {
  status: ItemStatus;
  attempts: number;
  claimed_at: number;
}

/**
 * The feeds' SQLite store, in the digests' database (`DATABASE_PATH`): the feeds followed and their polling
 * state, and every item taken from them. An item is claimed before its page is fetched, in a transaction
 * under the write lock, so that neither a later poll nor another process sharing the file fetches it again.
 */
export class FeedStore extends SqliteStore {
  /** On the same connection, so that a file's name and its article's alerts are recorded in one transaction. */
  private readonly follows = new FollowStore(this.db);

  /** See `openDatabase`. */
  static open(file: string, lockWaitMs?: number): FeedStore {
    return new FeedStore(openDatabase(file, lockWaitMs));
  }

  /** Follows `url` (normalised, see `parseFeedUrl`) unless it is followed already; returns whether it was new. */
  addFeed(url: string, origin: FeedOrigin, now: number, addedBy?: string): boolean {
    const result = this.sql(
      `INSERT OR IGNORE INTO feeds (url, origin, added_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
    ).run(url, origin, addedBy ?? null, now, now);
    return result.changes > 0;
  }

  /**
   * Follows `url` for a chat (`addedBy`, `platform:chat`), to be polled at once. A feed left over from an
   * earlier `FEED_URLS` becomes the chat's. Returns false when a chat follows it already.
   */
  addChatFeed(url: string, addedBy: string, now: number): boolean {
    const result = this.sql(
      `INSERT INTO feeds (url, origin, added_by, created_at, updated_at) VALUES (?, 'chat', ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET origin = 'chat', added_by = excluded.added_by, next_poll_at = 0,
         updated_at = excluded.updated_at WHERE origin = 'env'`,
    ).run(url, addedBy, now, now);
    return result.changes > 0;
  }

  /** Stops following a feed a chat added; its items stay recorded, so that none is taken twice. */
  removeChatFeed(url: string): boolean {
    return this.sql("DELETE FROM feeds WHERE url = ? AND origin = 'chat'").run(url).changes > 0;
  }

  /** How many feeds chats have added. */
  chatFeedCount(): number {
    return this.sql<number>("SELECT count(*) FROM feeds WHERE origin = 'chat'").pluck().get()!;
  }

  /** How many articles each feed has given, by feed url. */
  writtenCounts(): Map<string, number> {
    const rows = this.sql<{ feed_url: string; n: number }>(
      "SELECT feed_url, count(*) AS n FROM feed_items WHERE status = 'written' GROUP BY feed_url",
    ).all();
    return new Map(rows.map((row) => [row.feed_url, row.n]));
  }

  feed(url: string): FeedState | undefined {
    const row = this.sql<FeedRow>('SELECT * FROM feeds WHERE url = ?').get(url);
    return row && toFeed(row);
  }

  /** Every feed stored, by url. */
  feeds(): FeedState[] {
    return this.sql<FeedRow>('SELECT * FROM feeds ORDER BY url').all().map(toFeed);
  }

  /**
   * Records a poll's end and when the feed is next due. A feed read keeps its title and, when `validators`
   * are given, the new ones (without them, those of the last full read stand); a failure counts one more.
   */
  recordPoll(url: string, record: PollRecord, nextPollAt: number, now: number): void {
    if (!record.ok) {
      this.sql(
        `UPDATE feeds SET failures = failures + 1, failure = ?, next_poll_at = ?, polled_at = ?, updated_at = ?
         WHERE url = ?`,
      ).run(record.reason, nextPollAt, now, now, url);
      return;
    }
    this.sql(
      `UPDATE feeds SET failures = 0, failure = NULL, title = coalesce(?, title), next_poll_at = ?, polled_at = ?,
         updated_at = ? WHERE url = ?`,
    ).run(record.title ?? null, nextPollAt, now, now, url);
    if (record.validators) {
      this.sql('UPDATE feeds SET etag = ?, last_modified = ? WHERE url = ?').run(
        record.validators.etag,
        record.validators.lastModified,
        url,
      );
    }
  }

  /** The keys of `feedUrl`'s items done for good (written or skipped): no poll need look at them again. */
  settledKeys(feedUrl: string): Set<string> {
    const keys = this.sql<string>(
      `SELECT item_key FROM feed_items WHERE feed_url = ? AND status IN ('written', 'skipped')`,
    )
      .pluck()
      .all(feedUrl);
    return new Set(keys);
  }

  /**
   * Takes an item for this poll: true when it is new, to be tried again, or claimed by a poll that died before
   * `staleBefore` (its process ended mid-fetch). An item whose url another item (of any feed) has is recorded
   * as skipped, the article being taken already.
   */
  claimItem(feedUrl: string, item: { key: string; url?: string }, now: number, staleBefore: number): boolean {
    return this.immediate((): boolean => {
      const row = this.sql<ItemRow>(
        'SELECT status, attempts, claimed_at FROM feed_items WHERE feed_url = ? AND item_key = ?',
      ).get(feedUrl, item.key);
      if (row) {
        if (row.status === 'written' || row.status === 'skipped') return false;
        if (row.status === 'claimed' && row.claimed_at > staleBefore) return false;
        this.sql(
          `UPDATE feed_items SET status = 'claimed', attempts = attempts + 1, claimed_at = ?
           WHERE feed_url = ? AND item_key = ?`,
        ).run(now, feedUrl, item.key);
        return true;
      }
      const taken =
        item.url !== undefined && this.sql('SELECT 1 FROM feed_items WHERE url = ?').get(item.url);
      this.sql(
        `INSERT INTO feed_items (feed_url, item_key, url, status, attempts, claimed_at, reason, done_at)
         VALUES (?, ?, ?, ?, 1, ?, ?, ?)`,
      ).run(
        feedUrl,
        item.key,
        item.url ?? null,
        taken ? 'skipped' : 'claimed',
        now,
        taken ? 'its page was taken from another item' : null,
        taken ? now : null,
      );
      return !taken;
    });
  }

  /**
   * The file (relative to the corpus folder) a claimed item's article is written to, recorded before it is
   * written: the one recorded already (a write a killed process began, to be done again over it), else
   * `wanted`, or beside it with `-2`, `-3`… when another item has the name or `exists` says a file has it.
   * Under the write lock, so that two processes never take one name. A new name's article is recorded as
   * coming (see `FollowStore.articleComing`).
   */
  reserveFile(
    feedUrl: string,
    key: string,
    wanted: string,
    now: number,
    exists: (file: string) => boolean,
  ): string {
    return this.immediate((): string => {
      const recorded = this.sql<string | null>(
        'SELECT file FROM feed_items WHERE feed_url = ? AND item_key = ?',
      )
        .pluck()
        .get(feedUrl, key);
      if (recorded) return recorded;
      const base = wanted.replace(/\.md$/, '');
      for (let n = 1; ; n++) {
        const file = n === 1 ? wanted : `${base}-${n}.md`;
        if (this.sql('SELECT 1 FROM feed_items WHERE file = ?').get(file) || exists(file)) continue;
        this.sql('UPDATE feed_items SET file = ? WHERE feed_url = ? AND item_key = ?').run(
          file,
          feedUrl,
          key,
        );
        this.follows.articleComing(idOf(file), now);
        return file;
      }
    });
  }

  /** The item's article is in the corpus, at `file`. */
  itemWritten(feedUrl: string, key: string, file: string, now: number): void {
    this.sql(
      `UPDATE feed_items SET status = 'written', file = ?, reason = NULL, done_at = ? WHERE feed_url = ? AND item_key = ?`,
    ).run(file, now, feedUrl, key);
  }

  /**
   * The item gave no article. It is tried again at a later poll when the failure may pass (`transient`) and
   * it has been tried fewer than `maxAttempts` times, else skipped for good. Returns its status now.
   */
  itemFailed(
    feedUrl: string,
    key: string,
    failure: { reason: string; transient: boolean; maxAttempts: number },
    now: number,
  ): ItemStatus {
    const attempts = this.sql<number>('SELECT attempts FROM feed_items WHERE feed_url = ? AND item_key = ?')
      .pluck()
      .get(feedUrl, key)!;
    const status: ItemStatus = failure.transient && attempts < failure.maxAttempts ? 'retry' : 'skipped';
    this.sql(
      `UPDATE feed_items SET status = ?, reason = ?, done_at = ? WHERE feed_url = ? AND item_key = ?`,
    ).run(status, failure.reason, status === 'skipped' ? now : null, feedUrl, key);
    return status;
  }

  /** Gives back an item claimed by a poll that stopped before trying it to the end: it was not an attempt. */
  releaseItem(feedUrl: string, key: string): void {
    this.sql(
      `UPDATE feed_items SET status = 'retry', attempts = attempts - 1 WHERE feed_url = ? AND item_key = ? AND status = 'claimed'`,
    ).run(feedUrl, key);
  }

  /** What became of an item. */
  item(feedUrl: string, key: string) {
    return this.sql<{ status: ItemStatus; attempts: number; file: string | null; reason: string | null }>(
      'SELECT status, attempts, file, reason FROM feed_items WHERE feed_url = ? AND item_key = ?',
    ).get(feedUrl, key);
  }
}

function toFeed(row: FeedRow): FeedState {
  return {
    url: row.url,
    origin: row.origin,
    addedBy: row.added_by,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    failures: row.failures,
    failure: row.failure,
    nextPollAt: row.next_poll_at,
    polledAt: row.polled_at,
  };
}
