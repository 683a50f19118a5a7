import type { DigestSchedule } from '../core/digest/types.js';
import { SqliteStore } from './sqliteStore.js';
import { openDatabase } from './openDatabase.js';
import type { ChatKey, DigestPlatform } from './transport.js';

/** A chat's digest settings. A chat that only previewed or set a topic has one too, inactive. */
export interface Subscription extends ChatKey {
  active: boolean;
  schedule: DigestSchedule;
  topic: string | null;
  /** When the current schedule took effect: a digest due before it is not owed. */
  since: number;
  /** The scheduler need not look at this chat before then. */
  nextDueAt: number;
  /** Counts the passes through the topic's facts; facts seen in earlier cycles may come again. */
  cycle: number;
  /** Why the digest stopped: `off` (the chat asked) or `gone` (the platform said the chat is gone). */
  stoppedReason: string | null;
}

export type DeliveryStatus = 'sending' | 'sent' | 'failed';

/** The day's digest of a chat: claimed once, with the facts it carries, then sent or failed. */
export interface Delivery extends ChatKey {
  id: number;
  localDate: string;
  status: DeliveryStatus;
  owner: string;
  leaseUntil: number;
  attempts: number;
  cycle: number;
  cycleRestarted: boolean;
  sentAt: number | null;
  /** When its owner began sending it: from then on it may have arrived, so it is never sent again. */
  sendStartedAt: number | null;
  factIds: string[];
}

export interface NewDelivery extends ChatKey {
  localDate: string;
  owner: string;
  now: number;
  leaseUntil: number;
  cycle: number;
  cycleRestarted: boolean;
  factIds: readonly string[];
}

interface SubscriptionRow {
  platform: DigestPlatform;
  chat_id: string;
  active: number;
  time: string;
  time_zone: string;
  topic: string | null;
  since: number;
  next_due_at: number;
  cycle: number;
  stopped_reason: string | null;
}

interface DeliveryRow {
  id: number;
  platform: DigestPlatform;
  chat_id: string;
  local_date: string;
  status: DeliveryStatus;
  owner: string;
  lease_until: number;
  attempts: number;
  cycle: number;
  cycle_restarted: number;
  sent_at: number | null;
  send_started_at: number | null;
}

/**
 * The digests' SQLite store: every read and write of subscriptions, deliveries, seen facts and articles.
 * Several stores (processes) may share one file; `immediate` runs a read-then-write under the write lock.
 */
export class DigestStore extends SqliteStore {
  /** See `openDatabase`. */
  static open(file: string, lockWaitMs?: number): DigestStore {
    return new DigestStore(openDatabase(file, lockWaitMs));
  }

  subscription({ platform, chatId }: ChatKey): Subscription | undefined {
    const row = this.sql<SubscriptionRow>(
      'SELECT * FROM subscriptions WHERE platform = ? AND chat_id = ?',
    ).get(platform, chatId);
    return row && toSubscription(row);
  }

  /** Every chat's digest settings, active or not, by platform and chat. */
  subscriptions(): Subscription[] {
    const rows = this.sql<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY platform, chat_id').all();
    return rows.map(toSubscription);
  }

  /** Creates the chat's settings, inactive with `schedule`, unless it has some. */
  ensureChat(chat: ChatKey, schedule: DigestSchedule, now: number): Subscription {
    this.sql(
      `INSERT OR IGNORE INTO subscriptions
         (platform, chat_id, active, time, time_zone, since, next_due_at, created_at, updated_at)
       VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)`,
    ).run(chat.platform, chat.chatId, schedule.time, schedule.timeZone, now, now, now, now);
    return this.subscription(chat)!;
  }

  /** Turns the daily digest on at `schedule`, from `now` on; the topic and seen facts stay. */
  subscribe(chat: ChatKey, schedule: DigestSchedule, now: number): void {
    this.sql(
      `INSERT INTO subscriptions
         (platform, chat_id, active, time, time_zone, since, next_due_at, created_at, updated_at)
       VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, chat_id) DO UPDATE SET active = 1, time = excluded.time,
         time_zone = excluded.time_zone, since = excluded.since, next_due_at = excluded.next_due_at,
         stopped_reason = NULL, updated_at = excluded.updated_at`,
    ).run(chat.platform, chat.chatId, schedule.time, schedule.timeZone, now, now, now, now);
  }

  /** Stops the daily digest; returns whether it was on. */
  unsubscribe(chat: ChatKey, reason: 'off' | 'gone', now: number): boolean {
    const result = this.sql(
      `UPDATE subscriptions SET active = 0, stopped_reason = ?, updated_at = ?
       WHERE platform = ? AND chat_id = ? AND active = 1`,
    ).run(reason, now, chat.platform, chat.chatId);
    return result.changes > 0;
  }

  setTopic(chat: ChatKey, topic: string | null, defaults: DigestSchedule, now: number): void {
    this.ensureChat(chat, defaults, now);
    this.sql(
      'UPDATE subscriptions SET topic = ?, updated_at = ? WHERE platform = @platform AND chat_id = @chatId',
    ).run(topic, now, chat);
  }

  /** Active subscriptions of `platforms` the scheduler should look at now, the longest waiting first. */
  dueSubscriptions(now: number, platforms: readonly DigestPlatform[]): Subscription[] {
    if (platforms.length === 0) return [];
    const rows = this.sql<SubscriptionRow>(
      `SELECT * FROM subscriptions WHERE active = 1 AND next_due_at <= ?
         AND platform IN (SELECT value FROM json_each(?)) ORDER BY next_due_at`,
    ).all(now, JSON.stringify(platforms));
    return rows.map(toSubscription);
  }

  setNextDue(chat: ChatKey, at: number): void {
    this.sql('UPDATE subscriptions SET next_due_at = ? WHERE platform = @platform AND chat_id = @chatId').run(
      at,
      chat,
    );
  }

  /**
   * Sets when the scheduler next looks at each subscription, in one transaction, unless its schedule
   * changed since it was read (then its own new next due time stands).
   */
  postpone(later: readonly { subscription: Subscription; nextAt: number }[]): void {
    const update = this.sql(
      `UPDATE subscriptions SET next_due_at = ? WHERE platform = ? AND chat_id = ? AND active = 1
         AND time = ? AND time_zone = ? AND since = ?`,
    );
    this.immediate(() => {
      for (const { subscription: s, nextAt } of later) {
        update.run(nextAt, s.platform, s.chatId, s.schedule.time, s.schedule.timeZone, s.since);
      }
    });
  }

  delivery(chat: ChatKey, localDate: string): Delivery | undefined {
    const row = this.sql<DeliveryRow>(
      'SELECT * FROM deliveries WHERE platform = ? AND chat_id = ? AND local_date = ?',
    ).get(chat.platform, chat.chatId, localDate);
    return row && this.toDelivery(row);
  }

  deliveryById(id: number): Delivery | undefined {
    const row = this.sql<DeliveryRow>('SELECT * FROM deliveries WHERE id = ?').get(id);
    return row && this.toDelivery(row);
  }

  /** Every delivery of a chat, oldest first. */
  deliveries(chat: ChatKey): Delivery[] {
    const rows = this.sql<DeliveryRow>(
      'SELECT * FROM deliveries WHERE platform = ? AND chat_id = ? ORDER BY local_date',
    ).all(chat.platform, chat.chatId);
    return rows.map((row) => this.toDelivery(row));
  }

  /** Claims the (chat, local date) digest with the facts it will carry. Throws if it is claimed already. */
  insertDelivery(d: NewDelivery): number {
    const { lastInsertRowid } = this.sql(
      `INSERT INTO deliveries (platform, chat_id, local_date, status, owner, claimed_at, lease_until, cycle, cycle_restarted)
       VALUES (?, ?, ?, 'sending', ?, ?, ?, ?, ?)`,
    ).run(d.platform, d.chatId, d.localDate, d.owner, d.now, d.leaseUntil, d.cycle, d.cycleRestarted ? 1 : 0);
    const id = Number(lastInsertRowid);
    this.setDeliveryFacts(id, d.factIds);
    return id;
  }

  /** Notes, committed before the platform is called, that the claim's owner has begun sending it. */
  startSending(id: number, owner: string, now: number): void {
    this.sql(
      "UPDATE deliveries SET send_started_at = ? WHERE id = ? AND owner = ? AND status = 'sending'",
    ).run(now, id, owner);
  }

  /** Takes over a claim whose owner died before it began sending, with freshly picked facts. */
  takeOverDelivery(id: number, d: NewDelivery): void {
    this.sql(
      `UPDATE deliveries SET owner = ?, claimed_at = ?, lease_until = ?, attempts = attempts + 1, cycle = ?,
         cycle_restarted = ? WHERE id = ?`,
    ).run(d.owner, d.now, d.leaseUntil, d.cycle, d.cycleRestarted ? 1 : 0, id);
    this.sql('DELETE FROM delivery_facts WHERE delivery_id = ?').run(id);
    this.setDeliveryFacts(id, d.factIds);
  }

  private setDeliveryFacts(id: number, factIds: readonly string[]): void {
    const insert = this.sql('INSERT INTO delivery_facts (delivery_id, position, fact_id) VALUES (?, ?, ?)');
    factIds.forEach((factId, position) => insert.run(id, position, factId));
  }

  /**
   * Records a claimed digest as sent: its facts become seen (in a new cycle if the pick started one) and the
   * chat is next looked at when `nextDueAt` comes. Returns false if the claim was no longer this owner's.
   */
  completeDelivery(id: number, owner: string, now: number, nextDueAt: number): boolean {
    return this.immediate(() => {
      const delivery = this.deliveryById(id);
      if (!delivery || delivery.status !== 'sending' || delivery.owner !== owner) return false;
      this.sql("UPDATE deliveries SET status = 'sent', sent_at = ?, error = NULL WHERE id = ?").run(now, id);
      this.markSeen(delivery, delivery.cycle, delivery.factIds, now);
      this.setNextDue(delivery, nextDueAt);
      return true;
    });
  }

  /** Gives a claim back after sends that failed, so that a later tick claims and sends it again. */
  releaseDelivery(id: number, owner: string): void {
    this.sql("DELETE FROM deliveries WHERE id = ? AND owner = ? AND status = 'sending'").run(id, owner);
  }

  /**
   * Closes a claim whose owner died while sending it: it may have arrived, so it is not sent again. It counts
   * as failed, and its facts as seen, so that the chat's next digest carries on without repeating them.
   */
  abandonDelivery(id: number, now: number, nextDueAt: number): void {
    const delivery = this.deliveryById(id);
    if (!delivery || delivery.status !== 'sending') return;
    this.sql("UPDATE deliveries SET status = 'failed', error = ? WHERE id = ?").run(
      `${delivery.owner} stopped while sending it; not sent again in case it arrived`,
      id,
    );
    this.markSeen(delivery, delivery.cycle, delivery.factIds, now);
    this.setNextDue(delivery, nextDueAt);
  }

  /** Keeps a claim the platform refused for good as failed: the day's digest is not tried again. */
  failDelivery(id: number, owner: string, error: string, nextDueAt: number): void {
    this.immediate(() => {
      const delivery = this.deliveryById(id);
      if (!delivery || delivery.status !== 'sending' || delivery.owner !== owner) return;
      this.sql("UPDATE deliveries SET status = 'failed', error = ? WHERE id = ?").run(error, id);
      this.setNextDue(delivery, nextDueAt);
    });
  }

  /**
   * Records facts a chat has now seen, in `cycle`; a cycle later than the chat's starts it, and the facts of
   * earlier cycles are forgotten (they may come again).
   */
  markSeen(chat: ChatKey, cycle: number, factIds: readonly string[], now: number): void {
    const current = this.subscription(chat)?.cycle ?? 1;
    if (cycle > current) {
      this.sql('UPDATE subscriptions SET cycle = ? WHERE platform = @platform AND chat_id = @chatId').run(
        cycle,
        chat,
      );
      this.sql('DELETE FROM seen_facts WHERE platform = @platform AND chat_id = @chatId AND cycle < ?').run(
        chat,
        cycle,
      );
    }
    const insert = this.sql(
      'INSERT OR IGNORE INTO seen_facts (platform, chat_id, cycle, fact_id, seen_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (const factId of factIds)
      insert.run(chat.platform, chat.chatId, Math.max(cycle, current), factId, now);
  }

  seenFacts(chat: ChatKey, cycle: number): Set<string> {
    const rows = this.sql<string>(
      'SELECT fact_id FROM seen_facts WHERE platform = ? AND chat_id = ? AND cycle = ?',
    )
      .pluck()
      .all(chat.platform, chat.chatId, cycle);
    return new Set(rows);
  }

  /** When the chat's last daily digest was sent (previews do not count). */
  lastSentAt(chat: ChatKey): number | undefined {
    const at = this.sql<number | null>(
      "SELECT max(sent_at) FROM deliveries WHERE platform = ? AND chat_id = ? AND status = 'sent'",
    )
      .pluck()
      .get(chat.platform, chat.chatId);
    return at ?? undefined;
  }

  knownArticles(): Set<string> {
    return new Set(this.sql<string>('SELECT article_id FROM articles').pluck().all());
  }

  /** Notes articles as first seen `now`; an article seen before keeps its first time. */
  recordArticles(ids: Iterable<string>, now: number): void {
    const insert = this.sql('INSERT OR IGNORE INTO articles (article_id, first_seen_at) VALUES (?, ?)');
    this.immediate(() => {
      for (const id of ids) insert.run(id, now);
    });
  }

  /** Articles first seen after `since`, the latest first, at most `limit`. */
  articlesSince(since: number, limit: number): string[] {
    return this.sql<string>(
      'SELECT article_id FROM articles WHERE first_seen_at > ? ORDER BY first_seen_at DESC, article_id LIMIT ?',
    )
      .pluck()
      .all(since, limit);
  }

  /**
   * Moves a chat's settings, seen facts and deliveries to its new id (a Telegram group that became a
   * supergroup). If the new id has settings already, they were made in the live chat and win.
   */
  moveChat(platform: DigestPlatform, fromId: string, toId: string): void {
    this.immediate(() => {
      const movedTo = this.subscription({ platform, chatId: toId });
      for (const table of ['subscriptions', 'seen_facts', 'deliveries']) {
        if (movedTo && table !== 'deliveries') {
          this.sql(`DELETE FROM ${table} WHERE platform = ? AND chat_id = ?`).run(platform, fromId);
        } else {
          // OR IGNORE: a (chat, date) the new id already has stays the new id's.
          this.sql(`UPDATE OR IGNORE ${table} SET chat_id = ? WHERE platform = ? AND chat_id = ?`).run(
            toId,
            platform,
            fromId,
          );
          this.sql(`DELETE FROM ${table} WHERE platform = ? AND chat_id = ?`).run(platform, fromId);
        }
      }
    });
  }

  private toDelivery(row: DeliveryRow): Delivery {
    const factIds = this.sql<string>(
      'SELECT fact_id FROM delivery_facts WHERE delivery_id = ? ORDER BY position',
    )
      .pluck()
      .all(row.id);
    return {
      id: row.id,
      platform: row.platform,
      chatId: row.chat_id,
      localDate: row.local_date,
      status: row.status,
      owner: row.owner,
      leaseUntil: row.lease_until,
      attempts: row.attempts,
      cycle: row.cycle,
      cycleRestarted: row.cycle_restarted === 1,
      sentAt: row.sent_at,
      sendStartedAt: row.send_started_at,
      factIds,
    };
  }
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    platform: row.platform,
    chatId: row.chat_id,
    active: row.active === 1,
    schedule: { time: row.time, timeZone: row.time_zone },
    topic: row.topic,
    since: row.since,
    nextDueAt: row.next_due_at,
    cycle: row.cycle,
    stoppedReason: row.stopped_reason,
  };
}
