import type { DigestSchedule } from '../core/digest/types.js';
import type { KnowledgeBase } from '../core/knowledgeBase.js';
import type { Logger } from '../logger.js';
import { DigestComposer } from './digestComposer.js';
import type { DigestSchedulerOptions } from './digestScheduler.js';
import { DigestScheduler } from './digestScheduler.js';
import { DigestService } from './digestService.js';
import { DigestStore } from './digestStore.js';
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
}

/** The digests of one process: its store, the command handler for its chats, and the scheduler. */
export interface Digests {
  store: DigestStore;
  service: DigestService;
  scheduler: DigestScheduler;
  /** Call when articles were added to the knowledge base: they count as new from now, not from the next tick. */
  noteArticles(): void;
  /** Stops the scheduler (waiting for a tick under way) and closes the database. */
  close(): Promise<void>;
}

/** Opens the database (created on first run) and wires store, service and scheduler; `scheduler.start()` runs it. */
export function openDigests(options: OpenDigestsOptions): Digests {
  const clock = options.clock ?? Date.now;
  const store = DigestStore.open(options.databasePath);
  const composer = new DigestComposer(options.kb, store);
  composer.syncArticles(clock());
  const service = new DigestService({ store, composer, defaults: options.defaults, clock });
  const scheduler = new DigestScheduler({
    ...options.scheduler,
    store,
    composer,
    transports: options.transports,
    clock,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    store,
    service,
    scheduler,
    noteArticles: () => composer.syncArticles(clock()),
    close: async () => {
      await scheduler.stop();
      store.close();
    },
  };
}
