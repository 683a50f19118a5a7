import { Cron } from 'croner';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { digestSlot, nextDueAfter } from '../core/digest/digestSlot.js';
import type { Digest } from '../core/digest/types.js';
import type { Logger } from '../logger.js';
import type { CatalogsByTopic, DigestComposer } from './digestComposer.js';
import type { DigestStore, Subscription } from './digestStore.js';
import type { RetryPolicy } from './sendWithRetry.js';
import { DEFAULT_RETRY_POLICY, sendWithRetry } from './sendWithRetry.js';
import type { DigestPlatform, DigestTransport, SendOutcome } from './transport.js';
import { errorText } from '../core/errors.js';

/** Once a minute: a digest goes out within a minute of its time. */
const EVERY_MINUTE = '* * * * *';
/**
 * How long a claim stays its owner's. Far longer than the retries of one send take (see RetryPolicy), so
 * a claim that outlives it belongs to a process that died: another takes it over if it had not begun
 * sending, and closes it unsent if it had.
 */
const DEFAULT_LEASE_MS = 10 * 60_000;
/** Digests sent at the same time: enough to keep a slow platform busy, few enough not to flood it. */
const DEFAULT_CONCURRENCY = 4;

export interface DigestSchedulerOptions {
  store: DigestStore;
  composer: DigestComposer;
  transports: readonly DigestTransport[];
  clock?: () => number;
  logger?: Logger;
  retry?: Partial<RetryPolicy>;
  leaseMs?: number;
  concurrency?: number;
  /** Names this process in its claims; unique per process by default. */
  owner?: string;
}

/** What one tick did. */
export interface TickReport {
  /** Subscriptions looked at (their next due time had come). */
  looked: number;
  sent: number;
  /** Claimed by another process that is still sending, or sent already. */
  skipped: number;
  /** Sends that failed for now, given back for a later tick. */
  released: number;
  /** Refused for good today. */
  failed: number;
  /** Chats gone, and unsubscribed. */
  gone: number;
  /** Chats moved to a new id. */
  migrated: number;
  /** Claims whose owner died while sending them: closed, not sent again. */
  interrupted: number;
}

/** How a send ended once a move to a new chat id has been followed. */
type FinalOutcome = Exclude<SendOutcome, { status: 'migrated' }>;

type Claim =
  | { kind: 'claimed'; id: number; subscription: Subscription; localDate: string; digest: Digest }
  | { kind: 'interrupted'; owner: string; localDate: string }
  | { kind: 'not-owed' | 'skipped' };

/**
 * Sends each chat's daily digest once per local day. Every minute (croner) it looks at the subscriptions
 * whose time has come; for each, one immediate transaction checks that today's digest is owed and not yet
 * claimed, picks its facts and claims the unique (chat, local date) delivery with them. Only the claim's
 * owner sends; a send that keeps failing is given back for a later tick. Any number of processes may
 * run against one database: the claim decides which of them sends.
 */
export class DigestScheduler {
  private readonly transports = new Map<DigestPlatform, DigestTransport>();
  private readonly clock: () => number;
  private readonly retry: RetryPolicy;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  readonly owner: string;
  private cron: Cron | undefined;
  private running: Promise<TickReport> | undefined;

  constructor(private readonly options: DigestSchedulerOptions) {
    for (const transport of options.transports) this.transports.set(transport.platform, transport);
    this.clock = options.clock ?? Date.now;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  /** Ticks every minute from now on, and once at once: a digest missed while down goes out now. */
  start(): void {
    if (this.cron) return;
    this.cron = new Cron(EVERY_MINUTE, { protect: true }, () => this.tick().then(() => undefined));
    void this.tick();
  }

  /** Stops ticking and waits for a tick under way, so that no claim is left half-done. */
  async stop(): Promise<void> {
    this.cron?.stop();
    this.cron = undefined;
    await this.running;
  }

  /** One pass over the due subscriptions. A tick asked for while one runs joins it. */
  tick(): Promise<TickReport> {
    this.running ??= this.runTick()
      .catch((error: unknown) => {
        this.options.logger?.error(`digest tick failed: ${errorText(error)}`);
        return emptyReport();
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async runTick(): Promise<TickReport> {
    const { store, composer, logger } = this.options;
    const report = emptyReport();
    const now = this.clock();
    const looked = store.dueSubscriptions(now, [...this.transports.keys()]);
    if (looked.length === 0) return report;
    report.looked = looked.length;
    // Most subscriptions looked at after a restart owe nothing yet: note when to look again, in one
    // transaction, and claim only those that owe today's digest.
    const due: Subscription[] = [];
    const later: { subscription: Subscription; nextAt: number }[] = [];
    for (const subscription of looked) {
      const slot = digestSlot(subscription.schedule, subscription.since, now);
      if (slot.owed) due.push(subscription);
      else later.push({ subscription, nextAt: slot.nextAt });
    }
    if (later.length > 0) store.postpone(later);
    if (due.length === 0) return report;
    composer.syncArticles(now);
    const catalogs = composer.catalogs();
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const subscription = due[next++]!;
        // One chat's trouble (a database busy for too long) must not hold up the others.
        await this.serve(subscription, catalogs, report).catch((error: unknown) => {
          logger?.error(
            `digest for ${subscription.platform} chat ${subscription.chatId}: ${errorText(error)}`,
          );
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, worker));
    const { sent, released, failed, gone, migrated } = report;
    if (sent + released + failed + gone + migrated > 0) {
      logger?.info(
        `digests: ${sent} sent, ${released} to retry, ${failed} failed, ${gone} chats gone, ${migrated} moved`,
      );
    }
    return report;
  }

  private async serve(due: Subscription, catalogs: CatalogsByTopic, report: TickReport): Promise<void> {
    const { store, logger } = this.options;
    const claim = this.claim(due, catalogs);
    if (claim.kind === 'skipped') report.skipped++;
    if (claim.kind === 'interrupted') {
      report.interrupted++;
      logger?.warn(
        `digest to ${due.platform} chat ${due.chatId} for ${claim.localDate}: ${claim.owner} stopped while sending it; not sent again in case it arrived`,
      );
    }
    if (claim.kind !== 'claimed') return;
    const { id, subscription, localDate, digest } = claim;
    // Committed before the platform is called: from here on, no other process sends this digest.
    store.startSending(id, this.owner, this.clock());
    const transport = this.transports.get(subscription.platform)!;
    let chatId = subscription.chatId;
    let outcome = await sendWithRetry(transport, chatId, digest, this.retry);
    if (outcome.status === 'migrated') {
      store.moveChat(subscription.platform, chatId, outcome.newChatId);
      report.migrated++;
      logger?.info(`digest: ${subscription.platform} chat ${chatId} moved to ${outcome.newChatId}`);
      // The new chat may have had its own digest today already; then the move dropped this claim.
      if (store.deliveryById(id)?.chatId !== outcome.newChatId) return;
      chatId = outcome.newChatId;
      outcome = await sendWithRetry(transport, chatId, digest, this.retry);
    }
    const final: FinalOutcome =
      outcome.status === 'migrated' ? { status: 'failed', reason: 'the chat moved twice' } : outcome;
    this.record(final, { id, chatId, subscription, localDate }, report);
  }

  /** Decides under the write lock whether this process sends the chat's digest today, and claims it. */
  private claim(due: Subscription, catalogs: CatalogsByTopic): Claim {
    const { store, composer } = this.options;
    return store.immediate((): Claim => {
      const now = this.clock();
      const subscription = store.subscription(due);
      if (!subscription?.active) return { kind: 'not-owed' };
      const slot = digestSlot(subscription.schedule, subscription.since, now);
      if (!slot.owed) {
        store.setNextDue(subscription, slot.nextAt);
        return { kind: 'not-owed' };
      }
      const existing = store.delivery(subscription, slot.localDate);
      if (existing?.status === 'sending' && existing.leaseUntil <= now && existing.sendStartedAt !== null) {
        // Its owner died mid-send: the digest may have arrived, and a missed digest beats a repeated one.
        store.abandonDelivery(existing.id, now, nextDueAfter(subscription.schedule, slot.localDate));
        return { kind: 'interrupted', owner: existing.owner, localDate: slot.localDate };
      }
      if (existing && (existing.status !== 'sending' || existing.leaseUntil > now)) {
        if (existing.status !== 'sending') {
          store.setNextDue(subscription, nextDueAfter(subscription.schedule, slot.localDate));
        }
        return { kind: 'skipped' };
      }
      const composed = composer.compose(subscription, slot.localDate, catalogs, false);
      const delivery = {
        platform: subscription.platform,
        chatId: subscription.chatId,
        localDate: slot.localDate,
        owner: this.owner,
        now,
        leaseUntil: now + this.leaseMs,
        cycle: composed.cycle,
        cycleRestarted: composed.cycleRestarted,
        factIds: composed.factIds,
      };
      let id: number;
      if (existing) {
        // Its owner died before it began sending: this process sends instead.
        store.takeOverDelivery(existing.id, delivery);
        id = existing.id;
      } else id = store.insertDelivery(delivery);
      return { kind: 'claimed', id, subscription, localDate: slot.localDate, digest: composed.digest };
    });
  }

  private record(
    outcome: FinalOutcome,
    sent: { id: number; chatId: string; subscription: Subscription; localDate: string },
    report: TickReport,
  ): void {
    const { store, logger } = this.options;
    const { id, chatId, subscription, localDate } = sent;
    const chat = { platform: subscription.platform, chatId };
    const where = `${chat.platform} chat ${chatId}`;
    switch (outcome.status) {
      case 'sent':
        store.completeDelivery(id, this.owner, this.clock(), nextDueAfter(subscription.schedule, localDate));
        report.sent++;
        return;
      case 'gone':
        store.immediate(() => {
          store.releaseDelivery(id, this.owner);
          store.unsubscribe(chat, 'gone', this.clock());
        });
        report.gone++;
        logger?.info(`digest: ${where} is gone (${outcome.reason}); unsubscribed`);
        return;
      case 'retry':
        store.releaseDelivery(id, this.owner);
        if (outcome.retryAfterMs) store.setNextDue(chat, this.clock() + outcome.retryAfterMs);
        report.released++;
        logger?.warn(`digest to ${where} not sent (${outcome.reason}); a later tick tries again`);
        return;
      case 'failed':
        store.failDelivery(id, this.owner, outcome.reason, nextDueAfter(subscription.schedule, localDate));
        report.failed++;
        logger?.warn(`digest to ${where} failed (${outcome.reason}); not tried again today`);
        return;
    }
  }
}

function emptyReport(): TickReport {
  return { looked: 0, sent: 0, skipped: 0, released: 0, failed: 0, gone: 0, migrated: 0, interrupted: 0 };
}
