import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { composeAlert } from '../core/follows/composeAlert.js';
import { MAX_ALERT_FACTS, followedFacts } from '../core/follows/followedFacts.js';
import { followKey } from '../core/follows/parseFollowCommand.js';
import type { KnowledgeBase } from '../core/knowledgeBase.js';
import type { Fact } from '../core/types.js';
import type { RetryPolicy } from '../digest/sendWithRetry.js';
import { DEFAULT_RETRY_POLICY, sendWithRetry } from '../digest/sendWithRetry.js';
import type { ChatKey, DigestPlatform, DigestTransport } from '../digest/transport.js';
import { formatInterval } from '../feeds/interval.js';
import type { Logger } from '../logger.js';
import type { ChatFollows, FollowStore } from './followStore.js';
import { counted } from '../core/text/counted.js';
import { errorText } from '../core/errors.js';

/** How long a claim stays its owner's: far longer than one send's retries, as for digests. */
const DEFAULT_LEASE_MS = 10 * 60_000;
/**
 * How long an article added live stays owed its alerts (a send to retry, a claim of a process that died, a
 * process stopped for a while): then they are given up, with a warning, rather than sent as news a day late.
 */
const DEFAULT_OWED_MS = 24 * 60 * 60_000;
/** How often the articles still owed an alert are looked at again: an alert retried comes within a minute. */
const DEFAULT_RESCAN_MS = 30_000;

export interface FollowAlerterOptions {
  store: FollowStore;
  kb: KnowledgeBase;
  /** One for each platform this process serves; other platforms' chats are left to other processes. */
  transports: readonly DigestTransport[];
  clock?: () => number;
  logger?: Logger;
  retry?: Partial<RetryPolicy>;
  leaseMs?: number;
  owedMs?: number;
  rescanMs?: number;
  /** Names this process in its claims; unique per process by default. */
  owner?: string;
}

/** What one pass did. */
export interface AlertReport {
  sent: number;
  /** Sent or claimed by another process, or by an earlier pass. */
  skipped: number;
  /** Failed for now: given back, and tried again at a later pass. */
  released: number;
  failed: number;
  /** Chats gone: they follow nothing any more. */
  gone: number;
  /** Claims whose owner died while sending them: closed, not sent again. */
  interrupted: number;
}

/**
 * Alerts the chats that follow something when an article is added while factdesk runs (a feed's, or a file
 * dropped into the corpus; never one there at a first start, nor a changed one) and has facts about it: once
 * per article and chat, claimed in the database before it is sent, as digests are, so that neither a restart
 * nor another process on the same database sends it again, and a crash mid-send never sends it twice. The
 * articles owed alerts are kept in the database too (see `FollowStore.articlesAdded`): a restart sends what
 * the process before it did not, a retry or a claim of a process that died once its lease runs out.
 */
export class FollowAlerter {
  private readonly transports = new Map<DigestPlatform, DigestTransport>();
  private readonly platforms: DigestPlatform[];
  private readonly clock: () => number;
  private readonly retry: RetryPolicy;
  private readonly leaseMs: number;
  private readonly owedMs: number;
  readonly owner: string;
  /** Articles added whose record in the database failed (it was busy): recorded at the next pass. */
  private readonly unrecorded = new Map<string, number>();
  private running: Promise<AlertReport> = Promise.resolve(emptyReport());
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: FollowAlerterOptions) {
    for (const transport of options.transports) this.transports.set(transport.platform, transport);
    this.platforms = [...this.transports.keys()];
    this.clock = options.clock ?? Date.now;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.owedMs = options.owedMs ?? DEFAULT_OWED_MS;
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  /** Sends the alerts still owed from before (an earlier run's), then looks again every `rescanMs`. */
  start(): void {
    if (this.timer) return;
    void this.pass();
    this.timer = setInterval(() => void this.pass(), this.options.rescanMs ?? DEFAULT_RESCAN_MS);
    this.timer.unref();
  }

  /** Stops looking, and waits for a pass under way, so that no claim is left half-done. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /**
   * Articles the live sync added: recorded at once as owed their alerts, which go out now. Resolves when the
   * pass that sends them ends.
   */
  articlesAdded(ids: readonly string[]): Promise<AlertReport> {
    const now = this.clock();
    try {
      this.options.store.articlesAdded(ids, now);
    } catch (error) {
      this.options.logger?.warn(
        `follows: cannot record the new articles yet (${errorText(error)}); trying again at the next pass`,
      );
      for (const id of ids) this.unrecorded.set(id, now);
    }
    return this.pass();
  }

  /** One pass over the articles still owed an alert; passes run one after another. */
  pass(): Promise<AlertReport> {
    this.running = this.running.then(() =>
      this.runPass().catch((error: unknown) => {
        this.options.logger?.error(`follows: alerts failed: ${errorText(error)}`);
        return emptyReport();
      }),
    );
    return this.running;
  }

  private async runPass(): Promise<AlertReport> {
    const { store, kb, logger } = this.options;
    const report = emptyReport();
    const now = this.clock();
    for (const [id, addedAt] of this.unrecorded) {
      store.articlesAdded([id], addedAt);
      this.unrecorded.delete(id);
    }
    const dropped = store.dropAddedBefore(this.platforms, now - this.owedMs);
    if (dropped.length > 0) {
      logger?.warn(
        `follows: alerts of ${counted(dropped.length, 'article')} added more than ${formatInterval(this.owedMs)} ago given up unsent: ${dropped.join(', ')}`,
      );
    }
    const owedArticles = store.owedArticles(this.platforms);
    if (owedArticles.length === 0) return report;
    const chats = store.followingChats(this.platforms);
    for (const articleId of owedArticles) {
      let owed = false;
      if (kb.has(articleId)) {
        const facts = new Map<string, Fact[]>();
        const factsAbout = (words: string) => {
          const key = followKey(words);
          let found = facts.get(key);
          if (!found) facts.set(key, (found = followedFacts(kb, articleId, words)));
          return found;
        };
        for (const chat of chats) {
          // One chat's trouble (a database busy for too long) must not hold up the others.
          owed =
            (await this.alert(chat, articleId, factsAbout, report).catch((error: unknown) => {
              logger?.error(`follows: alert to ${chat.platform} chat ${chat.chatId}: ${errorText(error)}`);
              return true;
            })) || owed;
        }
      }
      if (!owed) store.articleSettled(this.platforms, articleId);
    }
    const { sent, released, failed, gone } = report;
    if (sent + released + failed + gone > 0) {
      logger?.info(
        `follows: ${sent} alerts sent, ${released} to retry, ${failed} failed, ${gone} chats gone`,
      );
    }
    return report;
  }

  /** Sends the chat its alert of the article if it follows something the article is about; returns whether one is still owed. */
  private async alert(
    following: ChatFollows,
    articleId: string,
    factsAbout: (words: string) => Fact[],
    report: AlertReport,
  ): Promise<boolean> {
    const { store, kb, logger } = this.options;
    let chat: ChatKey = { platform: following.platform, chatId: following.chatId };
    const follows = following.follows.filter((words) => factsAbout(words).length > 0);
    if (follows.length === 0) return false;
    const facts = [...new Map(follows.flatMap(factsAbout).map((fact) => [fact.id, fact])).values()];
    const alert = composeAlert(kb.article(articleId)!, { follows, facts: facts.slice(0, MAX_ALERT_FACTS) });
    const now = this.clock();
    const claim = store.claimAlert(
      chat,
      articleId,
      follows.map(followKey),
      this.owner,
      now,
      now + this.leaseMs,
    );
    if (claim.kind === 'busy' || claim.kind === 'done') {
      report.skipped++;
      // Claimed by a process still within its lease: owed until that one is done.
      return claim.kind === 'busy';
    }
    if (claim.kind === 'unfollowed') return false;
    if (claim.kind === 'interrupted') {
      report.interrupted++;
      logger?.warn(
        `follows: alert of ${articleId} to ${chat.platform} chat ${chat.chatId}: ${claim.owner} stopped while sending it; not sent again in case it arrived`,
      );
      return false;
    }
    // Committed before the platform is called: from here on, no other process sends this alert.
    store.startSending(chat, articleId, this.owner, this.clock());
    const transport = this.transports.get(chat.platform)!;
    let outcome = await sendWithRetry(transport, chat.chatId, alert, this.retry);
    if (outcome.status === 'migrated') {
      store.moveChat(chat.platform, chat.chatId, outcome.newChatId);
      logger?.info(`follows: ${chat.platform} chat ${chat.chatId} moved to ${outcome.newChatId}`);
      chat = { platform: chat.platform, chatId: outcome.newChatId };
      outcome = await sendWithRetry(transport, chat.chatId, alert, this.retry);
    }
    const where = `${chat.platform} chat ${chat.chatId}`;
    switch (outcome.status) {
      case 'sent':
        store.finishAlert(chat, articleId, this.owner, this.clock());
        report.sent++;
        logger?.debug(`follows: alert of ${articleId} sent to ${where}`);
        return false;
      case 'gone':
        store.immediate(() => {
          store.releaseAlert(chat, articleId, this.owner);
          store.removeAll(chat);
        });
        report.gone++;
        logger?.info(`follows: ${where} is gone (${outcome.reason}); it follows nothing any more`);
        return false;
      case 'retry':
        store.releaseAlert(chat, articleId, this.owner);
        report.released++;
        logger?.warn(
          `follows: alert of ${articleId} to ${where} not sent (${outcome.reason}); trying again soon`,
        );
        return true;
      case 'failed':
      case 'migrated': {
        const reason = outcome.status === 'failed' ? outcome.reason : 'the chat moved twice';
        store.finishAlert(chat, articleId, this.owner, this.clock(), reason);
        report.failed++;
        logger?.warn(`follows: alert of ${articleId} to ${where} failed (${reason}); not tried again`);
        return false;
      }
    }
  }
}

function emptyReport(): AlertReport {
  return { sent: 0, skipped: 0, released: 0, failed: 0, gone: 0, interrupted: 0 };
}
