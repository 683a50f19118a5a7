import { followKey } from '../core/follows/parseFollowCommand.js';
import { SqliteStore } from '../digest/sqliteStore.js';
import { openDatabase } from '../digest/openDatabase.js';
import type { ChatKey, DigestPlatform } from '../digest/transport.js';

/** A chat's follows, as it typed them. */
export interface ChatFollows extends ChatKey {
  follows: string[];
}

/** What claiming a (chat, article) alert found. */
export type AlertClaim =
  /** This process sends it. */
  | { kind: 'claimed' }
  /** Sent or failed already, or claimed by a process still within its lease. */
  | { kind: 'done' | 'busy' }
  /** The chat no longer follows what the alert is about: nothing is sent. */
  | { kind: 'unfollowed' }
  /** Its owner died while sending it: closed, never sent again (it may have arrived). */
  | { kind: 'interrupted'; owner: string };

interface AlertRow {
  status: 'sending' | 'sent' | 'failed';
  owner: string;
  lease_until: number;
  send_started_at: number | null;
}

/**
 * The follows' SQLite store, in the digests' database: what each chat follows, and each alert sent, claimed
 * once per (chat, article) under the write lock, so that neither a later sync, a restart nor another process
 * sharing the file sends it again.
 */
export class FollowStore extends SqliteStore {
  /** See `openDatabase`. */
  static open(file: string, lockWaitMs?: number): FollowStore {
    return new FollowStore(openDatabase(file, lockWaitMs));
  }

  /** The chat's follows, the oldest first. */
  follows(chat: ChatKey): string[] {
    return this.sql<string>(
      'SELECT words FROM follows WHERE platform = ? AND chat_id = ? ORDER BY created_at, follow_key',
    )
      .pluck()
      .all(chat.platform, chat.chatId);
  }

  /** Every chat of `platforms` that follows something, with its follows. */
  followingChats(platforms: readonly DigestPlatform[]): ChatFollows[] {
    const rows = this.sql<{ platform: DigestPlatform; chat_id: string; words: string }>(
      `SELECT platform, chat_id, words FROM follows WHERE platform IN (SELECT value FROM json_each(?))
       ORDER BY platform, chat_id, created_at, follow_key`,
    ).all(JSON.stringify(platforms));
    const chats = new Map<string, ChatFollows>();
    for (const row of rows) {
      const key = `${row.platform}:${row.chat_id}`;
      let chat = chats.get(key);
      if (!chat) chats.set(key, (chat = { platform: row.platform, chatId: row.chat_id, follows: [] }));
      chat.follows.push(row.words);
    }
    return [...chats.values()];
  }

  /** Follows `words` in the chat unless it does already, or has `max` follows. */
  addFollow(chat: ChatKey, words: string, max: number, now: number): 'added' | 'exists' | 'full' {
    return this.immediate(() => {
      const key = followKey(words);
      const exists = this.sql(
        'SELECT 1 FROM follows WHERE platform = ? AND chat_id = ? AND follow_key = ?',
      ).get(chat.platform, chat.chatId, key);
      if (exists) return 'exists';
      if (this.follows(chat).length >= max) return 'full';
      this.sql(
        'INSERT INTO follows (platform, chat_id, follow_key, words, created_at) VALUES (?, ?, ?, ?, ?)',
      ).run(chat.platform, chat.chatId, key, words, now);
      return 'added';
    });
  }

  /** Stops following `words` (any case and spacing); returns whether the chat followed them. */
  removeFollow(chat: ChatKey, words: string): boolean {
    return (
      this.sql('DELETE FROM follows WHERE platform = @platform AND chat_id = @chatId AND follow_key = ?').run(
        chat,
        followKey(words),
      ).changes > 0
    );
  }

  /** Stops every follow of the chat; returns how many there were. */
  removeAll(chat: ChatKey): number {
    return this.sql('DELETE FROM follows WHERE platform = ? AND chat_id = ?').run(chat.platform, chat.chatId)
      .changes;
  }

  /** A Telegram group that became a supergroup: its follows go with it (merged into any the new id has). */
  moveChat(platform: DigestPlatform, fromId: string, toId: string): void {
    this.immediate(() => {
      for (const table of ['follows', 'alerts']) {
        this.sql(`UPDATE OR IGNORE ${table} SET chat_id = ? WHERE platform = ? AND chat_id = ?`).run(
          toId,
          platform,
          fromId,
        );
        this.sql(`DELETE FROM ${table} WHERE platform = ? AND chat_id = ?`).run(platform, fromId);
      }
    });
  }

  /**
   * Records that the live sync added `articleIds` (new, or back after their file was removed): their alerts
   * are owed to every platform until `articleSettled`. Written as the sync tells of them, so that a restart
   * sends what the process before it did not. A feed's article is recorded sooner (see `articleComing`).
   */
  articlesAdded(articleIds: readonly string[], now: number): void {
    this.immediate(() => {
      for (const id of articleIds) {
        this.sql(
          `INSERT INTO live_articles (article_id, added_at) VALUES (?, ?)
           ON CONFLICT (article_id) DO UPDATE SET added_at = excluded.added_at`,
        ).run(id, now);
        this.sql('DELETE FROM live_articles_settled WHERE article_id = ?').run(id);
      }
    });
  }

  /**
   * Records a feed's article as added live when its file is named, before it is written: its follows' alerts
   * are owed even if the process is killed before the corpus watcher reads it (the next start reads it as
   * there at start-up). One recorded already keeps its time.
   */
  articleComing(articleId: string, now: number): void {
    this.sql('INSERT OR IGNORE INTO live_articles (article_id, added_at) VALUES (?, ?)').run(articleId, now);
  }

  /** The articles added live whose alerts to the chats of some of `platforms` are owed, the oldest first. */
  owedArticles(platforms: readonly DigestPlatform[]): string[] {
    return this.sql<string>(
      `SELECT article_id FROM live_articles AS live WHERE EXISTS (SELECT 1 FROM json_each(?) AS platform
         WHERE NOT EXISTS (SELECT 1 FROM live_articles_settled AS settled
           WHERE settled.platform = platform.value AND settled.article_id = live.article_id))
       ORDER BY added_at, article_id`,
    )
      .pluck()
      .all(JSON.stringify(platforms));
  }

  /** No alert of `articleId` to the chats of `platforms` is owed any more. */
  articleSettled(platforms: readonly DigestPlatform[], articleId: string): void {
    this.immediate(() => {
      for (const platform of platforms) {
        this.sql('INSERT OR IGNORE INTO live_articles_settled (platform, article_id) VALUES (?, ?)').run(
          platform,
          articleId,
        );
      }
    });
  }

  /**
   * Forgets the articles added before `before`, giving up the alerts still owed of them; returns those whose
   * alerts to the chats of some of `platforms` were owed.
   */
  dropAddedBefore(platforms: readonly DigestPlatform[], before: number): string[] {
    return this.immediate(() => {
      const owed = this.owedArticles(platforms);
      const dropped = this.sql<string>('DELETE FROM live_articles WHERE added_at < ? RETURNING article_id')
        .pluck()
        .all(before);
      const gone = new Set(dropped);
      return owed.filter((id) => gone.has(id));
    });
  }

  /** The alert of `articleId` to the chat, if one was claimed. */
  alertStatus(chat: ChatKey, articleId: string): AlertRow['status'] | undefined {
    return this.sql<AlertRow['status']>(
      'SELECT status FROM alerts WHERE platform = ? AND chat_id = ? AND article_id = ?',
    )
      .pluck()
      .get(chat.platform, chat.chatId, articleId);
  }

  /**
   * Decides under the write lock whether `owner` sends the chat its alert of `articleId`, about the follows
   * `followKeys`: when none was claimed, or the claim's owner died (its lease ran out) before it began
   * sending, and the chat still follows one of them (it may have unfollowed since the pass read its follows).
   * A claim whose owner died while sending it is closed as failed: an alert is better missed than sent twice.
   */
  claimAlert(
    chat: ChatKey,
    articleId: string,
    followKeys: readonly string[],
    owner: string,
    now: number,
    leaseUntil: number,
  ): AlertClaim {
    return this.immediate((): AlertClaim => {
      const row = this.sql<AlertRow>(
        'SELECT status, owner, lease_until, send_started_at FROM alerts WHERE platform = ? AND chat_id = ? AND article_id = ?',
      ).get(chat.platform, chat.chatId, articleId);
      if (row) {
        if (row.status !== 'sending') return { kind: 'done' };
        if (row.lease_until > now) return { kind: 'busy' };
        if (row.send_started_at !== null) {
          this.sql(
            "UPDATE alerts SET status = 'failed', error = ? WHERE platform = @platform AND chat_id = @chatId AND article_id = ?",
          ).run(`${row.owner} stopped while sending it; not sent again in case it arrived`, chat, articleId);
          return { kind: 'interrupted', owner: row.owner };
        }
        // The dead owner's claim goes; it is made again below, for this owner, if the chat still follows.
        this.sql(
          'DELETE FROM alerts WHERE platform = @platform AND chat_id = @chatId AND article_id = ?',
        ).run(chat, articleId);
      }
      const claimed = this.sql(
        `INSERT INTO alerts (platform, chat_id, article_id, status, owner, claimed_at, lease_until)
         SELECT @platform, @chatId, ?, 'sending', ?, ?, ?
         WHERE EXISTS (SELECT 1 FROM follows WHERE platform = @platform AND chat_id = @chatId
           AND follow_key IN (SELECT value FROM json_each(?)))`,
      ).run(chat, articleId, owner, now, leaseUntil, JSON.stringify(followKeys));
      return claimed.changes > 0 ? { kind: 'claimed' } : { kind: 'unfollowed' };
    });
  }

  /** Notes, committed before the platform is called, that the claim's owner has begun sending it. */
  startSending(chat: ChatKey, articleId: string, owner: string, now: number): void {
    this.sql(
      `UPDATE alerts SET send_started_at = ? WHERE platform = ? AND chat_id = ? AND article_id = ? AND owner = ?
         AND status = 'sending'`,
    ).run(now, chat.platform, chat.chatId, articleId, owner);
  }

  /** Closes the claim as sent, or as failed for good with `error`. */
  finishAlert(chat: ChatKey, articleId: string, owner: string, now: number, error?: string): void {
    this.sql(
      `UPDATE alerts SET status = ?, sent_at = ?, error = ? WHERE platform = @platform AND chat_id = @chatId
         AND article_id = ? AND owner = ? AND status = 'sending'`,
    ).run(
      error === undefined ? 'sent' : 'failed',
      error === undefined ? now : null,
      error ?? null,
      chat,
      articleId,
      owner,
    );
  }

  /** Gives a claim back after sends that failed for now, so that a later pass sends it. */
  releaseAlert(chat: ChatKey, articleId: string, owner: string): void {
    this.sql(
      "DELETE FROM alerts WHERE platform = ? AND chat_id = ? AND article_id = ? AND owner = ? AND status = 'sending'",
    ).run(chat.platform, chat.chatId, articleId, owner);
  }
}
