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
    return this.sql(
      'SELECT words FROM follows WHERE platform = ? AND chat_id = ? ORDER BY created_at, follow_key',
    )
      .pluck()
      .all(chat.platform, chat.chatId) as string[];
  }

  /** Every chat of `platforms` that follows something, with its follows. */
  followingChats(platforms: readonly DigestPlatform[]): ChatFollows[] {
    const rows = this.sql(
      `SELECT platform, chat_id, words FROM follows WHERE platform IN (SELECT value FROM json_each(?))
       ORDER BY platform, chat_id, created_at, follow_key`,
    ).all(JSON.stringify(platforms)) as { platform: DigestPlatform; chat_id: string; words: string }[];
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
      this.sql('DELETE FROM follows WHERE platform = ? AND chat_id = ? AND follow_key = ?').run(
        chat.platform,
        chat.chatId,
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

  /** The alert of `articleId` to the chat, if one was claimed. */
  alertStatus(chat: ChatKey, articleId: string): AlertRow['status'] | undefined {
    return this.sql('SELECT status FROM alerts WHERE platform = ? AND chat_id = ? AND article_id = ?')
      .pluck()
      .get(chat.platform, chat.chatId, articleId) as AlertRow['status'] | undefined;
  }

  /**
   * Decides under the write lock whether `owner` sends the chat its alert of `articleId`: when none was
   * claimed, or the claim's owner died (its lease ran out) before it began sending. A claim whose owner died
   * while sending is closed as failed: an alert is better missed than sent twice.
   */
  claimAlert(chat: ChatKey, articleId: string, owner: string, now: number, leaseUntil: number): AlertClaim {
    return this.immediate((): AlertClaim => {
      const row = this.sql(
        'SELECT status, owner, lease_until, send_started_at FROM alerts WHERE platform = ? AND chat_id = ? AND article_id = ?',
      ).get(chat.platform, chat.chatId, articleId) as AlertRow | undefined;
      if (!row) {
        this.sql(
          `INSERT INTO alerts (platform, chat_id, article_id, status, owner, claimed_at, lease_until)
           VALUES (?, ?, ?, 'sending', ?, ?, ?)`,
        ).run(chat.platform, chat.chatId, articleId, owner, now, leaseUntil);
        return { kind: 'claimed' };
      }
      if (row.status !== 'sending') return { kind: 'done' };
      if (row.lease_until > now) return { kind: 'busy' };
      if (row.send_started_at !== null) {
        this.sql(
          "UPDATE alerts SET status = 'failed', error = ? WHERE platform = ? AND chat_id = ? AND article_id = ?",
        ).run(
          `${row.owner} stopped while sending it; not sent again in case it arrived`,
          chat.platform,
          chat.chatId,
          articleId,
        );
        return { kind: 'interrupted', owner: row.owner };
      }
      this.sql(
        `UPDATE alerts SET owner = ?, claimed_at = ?, lease_until = ? WHERE platform = ? AND chat_id = ? AND article_id = ?`,
      ).run(owner, now, leaseUntil, chat.platform, chat.chatId, articleId);
      return { kind: 'claimed' };
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
      `UPDATE alerts SET status = ?, sent_at = ?, error = ? WHERE platform = ? AND chat_id = ? AND article_id = ?
         AND owner = ? AND status = 'sending'`,
    ).run(
      error === undefined ? 'sent' : 'failed',
      error === undefined ? now : null,
      error ?? null,
      chat.platform,
      chat.chatId,
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
