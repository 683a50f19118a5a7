import { existsSync } from 'node:fs';
import path from 'node:path';
import { removeStaleTemporaries } from '../core/cache/temporaryFiles.js';
import { errorText, FeedFormatError } from '../core/errors.js';
import type { Logger } from '../logger.js';
import { articleFromItem } from './articleFromItem.js';
import { FEEDS_FOLDER, articlePath, renderArticle, writeArticleFile } from './articleFile.js';
import { bodyText } from './bodyText.js';
import type { FetchLimits } from './fetchLimited.js';
import { DEFAULT_FETCH_LIMITS, FetchError, fetchLimited } from './fetchLimited.js';
import type { FeedState, FeedStore, PollRecord } from './feedStore.js';
import { formatInterval } from './interval.js';
import { pollDelay } from './pollDelay.js';
import type { FeedDocument, FeedItem } from './readFeed.js';
import { readFeed } from './readFeed.js';
import { parseRetryAfter } from './retryAfter.js';
import { shownUrl } from './shownUrl.js';
import { counted } from '../core/text/counted.js';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
/** The stored feeds are looked at again at least this often: one added meanwhile (in a chat) is polled soon. */
const RESCAN_MS = 30_000;
/** An item claimed longer ago than this belongs to a poll whose process died: it may be taken again. */
const CLAIM_LEASE_MS = 30 * 60_000;

export interface FeedPollerOptions {
  store: FeedStore;
  /** The corpus folder: articles are written under its `feeds/` folder. */
  corpusDir: string;
  /** `FEED_URLS` (normalised): followed, as well as the feeds chats added. */
  urls: readonly string[];
  /** `FEED_INTERVAL`: how often each feed is polled while it works. */
  intervalMs: number;
  logger?: Logger;
  clock?: () => number;
  /** For the jitter of the polls' times; `Math.random` unless a test fixes it. */
  random?: () => number;
  limits?: FetchLimits;
  /** Feeds polled at the same time. */
  concurrency?: number;
  /** New items taken from a feed in one poll; the others are taken at the next. */
  maxItemsPerPoll?: number;
  /** How many times an item is tried when its page fails for a reason that may pass. */
  maxItemAttempts?: number;
  /**
   * Asked of every request of a feed a chat added (the feed, its items' pages, every redirect): why its
   * address may not be fetched (a local or private one, see `refusedFeedAddress`). Unset: all may be.
   */
  refuseChatAddress?: (url: string) => Promise<string | undefined>;
}

type PollResult = { record: PollRecord; retryAfterMs?: number };

/**
 * Polls each feed followed every `intervalMs` (a little earlier or later at random; less often while it
 * fails, and never before its `Retry-After`), never two polls of one feed at once, and writes each new
 * item's article into the corpus folder, from where the corpus watcher indexes it. A feed that fails is
 * logged when it begins failing and when it works again, not at every poll.
 */
export class FeedPoller {
  private readonly store: FeedStore;
  private readonly urls: ReadonlySet<string>;
  private readonly logger: Logger | undefined;
  private readonly clock: () => number;
  private readonly random: () => number;
  private readonly limits: FetchLimits;
  private readonly concurrency: number;
  private readonly maxItemsPerPoll: number;
  private readonly maxItemAttempts: number;
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Feeds whose last poll broke down before it could be recorded (the database failing): when to try again. */
  private readonly heldUntil = new Map<string, number>();
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  /** Whether the feeds could not be read from the database at the last look (said once, until they can). */
  private readFailing = false;

  constructor(private readonly options: FeedPollerOptions) {
    this.store = options.store;
    this.urls = new Set(options.urls);
    this.logger = options.logger;
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.limits = options.limits ?? DEFAULT_FETCH_LIMITS;
    this.concurrency = options.concurrency ?? 4;
    this.maxItemsPerPoll = options.maxItemsPerPoll ?? 50;
    this.maxItemAttempts = options.maxItemAttempts ?? 3;
    for (const url of options.urls) this.store.addFeed(url, 'env', this.clock());
  }

  /**
   * Polls every feed due now, then each when it is due, until `stop`; first sweeps away the temporary files
   * of articles a killed process was writing.
   */
  start(): void {
    if (this.running || this.controller.signal.aborted) return;
    this.running = true;
    void removeStaleTemporaries(path.join(this.options.corpusDir, FEEDS_FOLDER));
    const count = this.followed().length;
    if (count > 0) {
      this.logger?.info(
        `feeds: following ${counted(count, 'feed')} every ${formatInterval(this.options.intervalMs)}`,
      );
    }
    this.wake();
  }

  /** Polls every feed due now (and those that fall due meanwhile), and resolves when none is being polled. */
  async runDue(): Promise<void> {
    for (;;) {
      this.launchDue();
      if (this.inFlight.size === 0) return;
      await Promise.all(this.inFlight.values());
    }
  }

  /**
   * Polls `url` now, whenever it was due (a feed a chat has just added), and resolves when that poll ends;
   * joins a poll of it under way.
   */
  async pollNow(url: string): Promise<void> {
    if (this.controller.signal.aborted) return;
    if (!this.inFlight.has(url)) {
      const feed = this.store.feed(url);
      if (!feed) return;
      this.launch(feed);
    }
    await this.inFlight.get(url);
  }

  /** Stops polling: requests under way are aborted, and the polls they belong to end unrecorded. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.controller.abort();
    await Promise.allSettled(this.inFlight.values());
  }

  /** The feeds polled: those of `FEED_URLS` and those chats added. */
  private followed(): FeedState[] {
    return this.store.feeds().filter((feed) => feed.origin === 'chat' || this.urls.has(feed.url));
  }

  private dueAt(feed: FeedState): number {
    return Math.max(feed.nextPollAt, this.heldUntil.get(feed.url) ?? 0);
  }

  /** Starts the polls of the feeds due by `now`, as many as `concurrency` allows; returns the others. */
  private launchDue(now = this.clock()): FeedState[] {
    if (this.controller.signal.aborted) return [];
    const waiting: FeedState[] = [];
    const feeds = this.followed().sort((a, b) => this.dueAt(a) - this.dueAt(b));
    for (const feed of feeds) {
      if (this.inFlight.has(feed.url)) continue;
      if (this.dueAt(feed) <= now && this.inFlight.size < this.concurrency) this.launch(feed);
      else waiting.push(feed);
    }
    return waiting;
  }

  /** Starts what is due and sets the timer for the next feed to fall due. */
  private wake(): void {
    clearTimeout(this.timer);
    if (!this.running) return;
    // One `now` for both: a feed that fell due between two readings of the clock (a timer fires a
    // millisecond early) would be neither started nor waited for, and left to the next rescan.
    const now = this.clock();
    let waiting: FeedState[] = [];
    try {
      waiting = this.launchDue(now);
      this.readFailing = false;
    } catch (error) {
      if (!this.readFailing) {
        this.logger?.warn(`feeds: cannot read the feeds from the database (${errorText(error)})`);
      }
      this.readFailing = true;
    }
    // A feed due but held back by `concurrency` starts when a poll ends, which wakes this again: no timer for it.
    const later = waiting.map((feed) => this.dueAt(feed)).filter((at) => at > now);
    const next = Math.min(now + RESCAN_MS, ...later);
    this.timer = setTimeout(() => this.wake(), Math.max(0, next - now));
    // A process that is done otherwise does not stay for the next poll.
    this.timer.unref();
  }

  private launch(feed: FeedState): void {
    const poll = this.poll(feed)
      .then(() => {
        this.heldUntil.delete(feed.url);
      })
      .catch((error: unknown) => {
        if (!this.heldUntil.has(feed.url)) {
          this.logger?.error(`feeds: ${shownUrl(feed.url)}: the poll broke down (${errorText(error)})`);
        }
        this.heldUntil.set(feed.url, this.clock() + this.options.intervalMs);
      })
      .finally(() => {
        this.inFlight.delete(feed.url);
        this.wake();
      });
    this.inFlight.set(feed.url, poll);
  }

  private async poll(feed: FeedState): Promise<void> {
    let result: PollResult;
    try {
      result = await this.read(feed);
    } catch (error) {
      // Stopping: the poll is left unrecorded, and the next start polls the feed again.
      if (this.controller.signal.aborted) return;
      throw error;
    }
    const now = this.clock();
    const failures = result.record.ok ? 0 : feed.failures + 1;
    const delay = pollDelay({
      intervalMs: this.options.intervalMs,
      failures,
      retryAfterMs: result.retryAfterMs,
      random: this.random(),
    });
    this.store.recordPoll(feed.url, result.record, now + delay, now);
    if (!result.record.ok && feed.failures === 0) {
      this.logger?.warn(
        `feeds: ${shownUrl(feed.url)} is failing: ${result.record.reason}; trying again in ${formatInterval(delay)}, then less often while it fails`,
      );
    } else if (!result.record.ok) {
      this.logger?.debug(`feeds: ${shownUrl(feed.url)} still failing: ${result.record.reason}`);
    } else if (feed.failures > 0) {
      this.logger?.info(`feeds: ${shownUrl(feed.url)} works again`);
    }
  }

  /** Fetches the feed (a conditional GET) and takes its new items; what went wrong is the poll's record. */
  private async read(feed: FeedState): Promise<PollResult> {
    const headers: Record<string, string> = { accept: FEED_ACCEPT };
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    let fetched;
    try {
      fetched = await fetchLimited(feed.url, {
        limits: this.limits,
        headers,
        signal: this.controller.signal,
        ...this.refusal(feed),
      });
    } catch (error) {
      this.controller.signal.throwIfAborted();
      if (error instanceof FetchError) return { record: { ok: false, reason: error.message } };
      throw error;
    }
    const { status } = fetched;
    if (status === 304) return { record: { ok: true } };
    if (status < 200 || status > 299) {
      const retryAfterMs =
        status === 429 || status === 503
          ? parseRetryAfter(fetched.headers.get('retry-after'), this.clock())
          : undefined;
      return { record: { ok: false, reason: `HTTP ${status}` }, retryAfterMs };
    }
    let document: FeedDocument;
    try {
      document = readFeed(bodyText(fetched.body, fetched.headers.get('content-type')), fetched.url);
    } catch (error) {
      if (error instanceof FeedFormatError) return { record: { ok: false, reason: error.message } };
      throw error;
    }
    const complete = await this.takeItems(feed, document);
    // Validators are kept only when every item was taken: else a 304 would hide the ones left for later.
    const validators = complete
      ? { etag: fetched.headers.get('etag'), lastModified: fetched.headers.get('last-modified') }
      : undefined;
    return { record: { ok: true, title: document.title || undefined, validators } };
  }

  /** Takes the feed's items not taken before; returns whether none was left for a later poll. */
  private async takeItems(feed: FeedState, document: FeedDocument): Promise<boolean> {
    const staleBefore = this.clock() - CLAIM_LEASE_MS;
    const settled = this.store.settledKeys(feed.url);
    const fresh = new Map<string, FeedItem>();
    for (const item of document.items)
      if (!settled.has(item.key) && !fresh.has(item.key)) fresh.set(item.key, item);
    let complete = fresh.size <= this.maxItemsPerPoll;
    const source = document.title ?? new URL(feed.url).hostname;
    for (const item of [...fresh.values()].slice(0, this.maxItemsPerPoll)) {
      this.controller.signal.throwIfAborted();
      if (!this.store.claimItem(feed.url, item, this.clock(), staleBefore)) {
        // Claimed by a poll under way elsewhere, or by one whose process died (until its lease runs out):
        // not taken yet, so the validators are not kept, lest a 304 hide it once it may be taken again.
        if (this.store.item(feed.url, item.key)?.status === 'claimed') complete = false;
        continue;
      }
      if (!(await this.takeItem(feed, item, source))) complete = false;
    }
    return complete;
  }

  /** The address check of a feed's requests: only a feed a chat added has one. */
  private refusal(feed: FeedState): { refuse?: (url: string) => Promise<string | undefined> } {
    const refuse = this.options.refuseChatAddress;
    return feed.origin === 'chat' && refuse ? { refuse } : {};
  }

  /** Writes one claimed item's article; returns false when it is left to be tried again. */
  private async takeItem(feed: FeedState, item: FeedItem, source: string): Promise<boolean> {
    let failure: { reason: string; transient: boolean };
    try {
      const outcome = await articleFromItem(item, {
        source,
        today: new Date(this.clock()).toISOString().slice(0, 10),
        limits: this.limits,
        signal: this.controller.signal,
        ...this.refusal(feed),
      });
      if ('article' in outcome) {
        const { article } = outcome;
        const { corpusDir } = this.options;
        // Named in the database before it is written: an item taken again after a crash mid-write is written
        // over its own file, never beside it as a second article.
        const file = this.store.reserveFile(
          feed.url,
          item.key,
          articlePath(feed.url, article),
          this.clock(),
          (name) => existsSync(path.join(corpusDir, name)),
        );
        await writeArticleFile(corpusDir, file, renderArticle(article), { replace: true });
        this.store.itemWritten(feed.url, item.key, file, this.clock());
        this.logger?.info(`feeds: new article ${file} from ${source}`);
        return true;
      }
      failure = { reason: outcome.failure, transient: outcome.transient };
    } catch (error) {
      if (this.controller.signal.aborted) {
        this.store.releaseItem(feed.url, item.key);
        throw error;
      }
      failure = { reason: `cannot write it (${errorText(error)})`, transient: true };
    }
    const status = this.store.itemFailed(
      feed.url,
      item.key,
      { ...failure, maxAttempts: this.maxItemAttempts },
      this.clock(),
    );
    const name = item.title ? `"${item.title}"` : item.url ? shownUrl(item.url) : item.key;
    if (status === 'skipped')
      this.logger?.warn(`feeds: skipped ${name} from ${shownUrl(feed.url)}: ${failure.reason}`);
    else this.logger?.debug(`feeds: ${name} from ${shownUrl(feed.url)} to be tried again: ${failure.reason}`);
    return status !== 'retry';
  }
}
