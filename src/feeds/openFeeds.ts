import type { OpenRetryPolicy } from '../digest/openDatabase.js';
import { openWhenUnlocked } from '../digest/openDatabase.js';
import type { FeedPollerOptions } from './feedPoller.js';
import { FeedPoller } from './feedPoller.js';
import type { FeedCommandsOptions, FeedService } from './feedService.js';
import { FEEDS_UNAVAILABLE, FeedCommands } from './feedService.js';
import { FeedStore } from './feedStore.js';
import { refusedFeedAddress } from './feedAddress.js';

export interface StartFeedsOptions extends Omit<FeedPollerOptions, 'store'> {
  /** `DATABASE_PATH`: the feeds' state is kept with the digests'. */
  databasePath: string;
  retry?: Partial<OpenRetryPolicy>;
  /** `FEEDS_ALLOW_PRIVATE`: chats may add feeds on local and private addresses. */
  allowPrivate?: boolean;
  /** `/feeds` settings for tests: how long `add` waits for the first poll, how the host is resolved. */
  commands?: Pick<FeedCommandsOptions, 'firstPollWaitMs' | 'lookup' | 'maxChatFeeds'>;
}

/** The feeds of one process, polled from the moment their database opens. */
export interface RunningFeeds {
  /** For the adapters: `/feeds`, told feeds are unavailable until the database opens. */
  readonly service: FeedService;
  /** The poller once the database is open; `undefined` when it cannot be, or the feeds were stopped first. */
  readonly poller: Promise<FeedPoller | undefined>;
  /** Stops polling (requests under way are aborted) and closes the database. */
  stop(): Promise<void>;
}

/**
 * Opens the feeds' database and polls the feeds followed. While another process holds the database locked
 * it tries again in the background with growing waits, as the digests do; another failure (a newer schema,
 * no permission) is logged once and leaves the feeds unpolled, the bot answering as ever.
 */
export function startFeeds(options: StartFeedsOptions): RunningFeeds {
  const { databasePath, retry, allowPrivate, commands, ...pollerOptions } = options;
  const { logger } = options;
  let store: FeedStore | undefined;
  let running: FeedPoller | undefined;
  let service: FeedService | undefined;
  let stopped = false;
  const open = (lockWaitMs: number): FeedPoller => {
    store = FeedStore.open(databasePath, lockWaitMs);
    try {
      running = new FeedPoller({
        ...pollerOptions,
        store,
        ...(allowPrivate ? {} : { refuseChatAddress: (url) => refusedFeedAddress(url, commands?.lookup) }),
      });
      running.start();
      service = new FeedCommands({
        ...commands,
        store,
        poller: running,
        envUrls: options.urls,
        allowPrivate: allowPrivate ?? false,
        clock: options.clock,
      });
      return running;
    } catch (error) {
      store.close();
      store = undefined;
      throw error;
    }
  };
  const poller = openWhenUnlocked(
    open,
    {
      unavailable: 'feeds are not polled',
      database: `the database ${databasePath}`,
      openedAfter: (tries) => `feeds: the database opened after ${tries} tries`,
    },
    { retry, logger, abandoned: () => stopped },
  );
  return {
    service: {
      handleCommand: async (request) => (service ? service.handleCommand(request) : FEEDS_UNAVAILABLE),
      needsAdmin: (args) => service?.needsAdmin(args) ?? false,
    },
    poller,
    async stop() {
      stopped = true;
      await running?.stop();
      store?.close();
    },
  };
}
