import type { KnowledgeBase } from '../core/knowledgeBase.js';
import type { OpenRetryPolicy } from '../digest/openDatabase.js';
import { openWhenUnlocked } from '../digest/openDatabase.js';
import type { DigestTransport } from '../digest/transport.js';
import type { Logger } from '../logger.js';
import type { FollowAlerterOptions } from './followAlerter.js';
import { FollowAlerter } from './followAlerter.js';
import type { FollowService } from './followService.js';
import { FOLLOWS_UNAVAILABLE, FollowCommands } from './followService.js';
import { FollowStore } from './followStore.js';

export interface OpenFollowsOptions {
  /** `DATABASE_PATH`: follows are kept with the digests. */
  databasePath: string;
  kb: KnowledgeBase;
  /** One for each platform this process serves, as for digests. */
  transports: readonly DigestTransport[];
  logger?: Logger;
  clock?: () => number;
  /** Alerter settings for tests: retries, lease, owner name, how often to look again. */
  alerter?: Pick<FollowAlerterOptions, 'retry' | 'leaseMs' | 'owedMs' | 'rescanMs' | 'owner'>;
  retry?: Partial<OpenRetryPolicy>;
}

/** The follows of one process, usable from the start while their database may open only later. */
export interface Follows {
  /** For the adapters: every `/follow` is told follows are unavailable until the database opens. */
  readonly service: FollowService;
  /** The alerter once the database is open; `undefined` when it cannot be, or the follows were closed first. */
  readonly alerter: Promise<FollowAlerter | undefined>;
  /** Articles the live sync added (see `CorpusSync.onArticlesAdded`): alerts go out for them. */
  articlesAdded(ids: readonly string[]): void;
  /** Stops alerting (waiting for a pass under way) and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the follows' database and alerts for the articles the live sync adds. While another process holds
 * the database locked it tries again in the background, as the digests do; articles added meanwhile are
 * alerted once it opens. Another failure is logged once and leaves follows unavailable, the bot answering.
 */
export function openFollows(options: OpenFollowsOptions): Follows {
  const { databasePath, logger } = options;
  let store: FollowStore | undefined;
  let service: FollowService | undefined;
  let alerter: FollowAlerter | undefined;
  let closed = false;
  const waiting: string[] = [];
  const open = (lockWaitMs: number): FollowAlerter => {
    store = FollowStore.open(databasePath, lockWaitMs);
    service = new FollowCommands(store, options.clock);
    alerter = new FollowAlerter({
      ...options.alerter,
      store,
      kb: options.kb,
      transports: options.transports,
      clock: options.clock,
      logger,
    });
    alerter.start();
    if (waiting.length > 0) void alerter.articlesAdded(waiting.splice(0));
    return alerter;
  };
  const opened = openWhenUnlocked(
    open,
    { unavailable: 'follows are unavailable', database: `the database ${databasePath}` },
    { retry: options.retry, logger, abandoned: () => closed },
  );
  return {
    service: {
      handleCommand: (request) => service?.handleCommand(request) ?? FOLLOWS_UNAVAILABLE,
      needsAdmin: (name, args) => service?.needsAdmin(name, args) ?? false,
      chatMigrated: (platform, from, to) => service?.chatMigrated(platform, from, to),
      chatGone: (chat) => service?.chatGone(chat),
    },
    alerter: opened,
    articlesAdded(ids) {
      if (alerter) void alerter.articlesAdded(ids);
      else if (!closed) waiting.push(...ids);
    },
    async close() {
      closed = true;
      await alerter?.stop();
      store?.close();
    },
  };
}
