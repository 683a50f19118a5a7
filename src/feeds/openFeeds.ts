import type { OpenRetryPolicy } from '../digest/openDigests.js';
import { DEFAULT_OPEN_RETRY } from '../digest/openDigests.js';
import { isLocked } from '../digest/openDatabase.js';
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
  const policy = { ...DEFAULT_OPEN_RETRY, ...retry };
  let store: FeedStore | undefined;
  let running: FeedPoller | undefined;
  let service: FeedService | undefined;
  let stopped = false;
  const poller = (async (): Promise<FeedPoller | undefined> => {
    for (let tries = 1; ; tries++) {
      try {
        store = FeedStore.open(databasePath, policy.lockWaitMs);
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
          ...(options.clock ? { clock: options.clock } : {}),
        });
        if (tries > 1) logger?.info(`feeds: the database opened after ${tries} tries`);
        return running;
      } catch (error) {
        store?.close();
        store = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        if (!isLocked(error)) {
          logger?.error(`feeds are not polled: cannot open the database ${databasePath} (${reason})`);
          return undefined;
        }
        if (tries === 1) {
          logger?.warn(
            `feeds are not polled for now: the database ${databasePath} is locked by another process (${reason}); trying again in the background`,
          );
        }
      }
      await policy.sleep(policy.delaysMs[Math.min(tries, policy.delaysMs.length) - 1]!);
      if (stopped) return undefined;
    }
  })();
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
