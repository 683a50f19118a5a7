import type { DigestSchedule } from '../core/digest/types.js';
import type { KnowledgeBase } from '../core/knowledgeBase.js';
import type { Logger } from '../logger.js';
import { DigestComposer } from './digestComposer.js';
import type { DigestSchedulerOptions } from './digestScheduler.js';
import { DigestScheduler } from './digestScheduler.js';
import type { DigestService } from './digestService.js';
import { DIGESTS_UNAVAILABLE, DigestCommands } from './digestService.js';
import { DigestStore } from './digestStore.js';
import { openWhenUnlocked } from './openDatabase.js';
import type { OpenRetryPolicy } from './openDatabase.js';
import type { DigestTransport } from './transport.js';

export interface OpenDigestsOptions {
  /** `DATABASE_PATH`. */
  databasePath: string;
  kb: KnowledgeBase;
  defaults: DigestSchedule;
  /** One for each platform this process serves; other platforms' digests are left to other processes. */
  transports: readonly DigestTransport[];
  logger?: Logger;
  clock?: () => number;
  /** Scheduler settings for tests: retries, lease, owner name. */
  scheduler?: Pick<DigestSchedulerOptions, 'retry' | 'leaseMs' | 'concurrency' | 'owner'>;
  /** How long opening waits for a lock another process holds (see `openDatabase`). */
  lockWaitMs?: number;
}

/** The digests of one process: its store, the command handler for its chats, and the scheduler. */
export interface Digests {
  store: DigestStore;
  service: DigestService;
  scheduler: DigestScheduler;
  /** Stops the scheduler (waiting for a tick under way) and closes the database. */
  close(): Promise<void>;
}

/** Opens the database (created on first run) and wires store, service and scheduler; `scheduler.start()` runs it. */
export function openDigests(options: OpenDigestsOptions): Digests {
  const clock = options.clock ?? Date.now;
  const store = DigestStore.open(options.databasePath, options.lockWaitMs);
  const composer = new DigestComposer(options.kb, store);
  try {
    composer.syncArticles(clock());
  } catch (error) {
    store.close();
    throw error;
  }
  const service = new DigestCommands({ store, composer, defaults: options.defaults, clock });
  const scheduler = new DigestScheduler({
    ...options.scheduler,
    store,
    composer,
    transports: options.transports,
    clock,
    logger: options.logger,
  });
  return {
    store,
    service,
    scheduler,
    close: async () => {
      await scheduler.stop();
      store.close();
    },
  };
}

/** Digests that may open only after start-up, while the bot already answers (see `openDigestsWhenPossible`). */
export interface PendingDigests {
  /** For the adapters: the digests' own once they are open; until then every `/digest` is told they are unavailable. */
  readonly service: DigestService;
  /** The digests once open; `undefined` when they cannot be, or were closed first. */
  readonly opened: Promise<Digests | undefined>;
  /** Runs the scheduler, now or as soon as the digests open. */
  start(): void;
  /** Stops the scheduler, waiting for a tick under way. */
  stop(): Promise<void>;
  /** Stops trying to open, and closes the digests if they are open. */
  close(): Promise<void>;
}

/**
 * Opens the digests now if it can. While another process holds the database locked (a migration, a backup,
 * a long write) it tries again in the background with growing waits, so that neither start-up waits for
 * the lock nor do digests stay off until a restart. Another failure (a newer schema, no permission) is
 * logged once and leaves them unavailable.
 */
export function openDigestsWhenPossible(
  options: OpenDigestsOptions & { retry?: Partial<OpenRetryPolicy> },
): PendingDigests {
  const { retry, ...openOptions } = options;
  const { logger, databasePath } = options;
  let digests: Digests | undefined;
  let running = false;
  let closed = false;
  const opened = openWhenUnlocked(
    (lockWaitMs) => {
      digests = openDigests({ ...openOptions, lockWaitMs });
      if (running) digests.scheduler.start();
      return digests;
    },
    {
      unavailable: 'digests are unavailable',
      database: `the digest database ${databasePath}`,
      openedAfter: (tries) => `digests are available: the digest database opened after ${tries} tries`,
    },
    { retry, logger, abandoned: () => closed },
  );
  return {
    // Word of a chat that moved or went away is lost while unavailable: the first send there finds it out.
    service: {
      handleCommand: (request) => digests?.service.handleCommand(request) ?? { text: DIGESTS_UNAVAILABLE },
      needsAdmin: (args) => digests?.service.needsAdmin(args) ?? false,
      chatMigrated: (platform, from, to) => digests?.service.chatMigrated(platform, from, to),
      chatGone: (chat) => digests?.service.chatGone(chat),
    },
    opened,
    start() {
      running = true;
      digests?.scheduler.start();
    },
    async stop() {
      running = false;
      await digests?.scheduler.stop();
    },
    async close() {
      closed = true;
      running = false;
      await digests?.close();
    },
  };
}
