import path from 'node:path';
import type { CorpusWarning, OpenedKnowledgeBase } from './core/mod.js';
import { cacheSize, errorText } from './core/mod.js';
import { readSubscriptions } from './digest/readSubscriptions.js';
import type { DigestPlatform } from './digest/transport.js';

/** `factdesk status`: what the corpus gave, what it could not, the cache, and the chats that get digests. */
export interface Status {
  corpus: {
    folder: string;
    articles: number;
    people: number;
    events: number;
    quotes: number;
    /** Files (or `.jsonl` lines) skipped, and values ignored, with the reason: told once in the log. */
    warnings: CorpusWarning[];
    /** Documentation files (`README.md`…), left out of the corpus. */
    leftOut: string[];
  };
  cache: { folder: string; files: number; bytes: number };
  digests: {
    database: string;
    /** Whether there is a database at `database` (none is made to find out). */
    found: boolean;
    /** Why the database could not be read. */
    error?: string;
    subscriptions: DigestChat[];
  };
}

/** A chat's digest as `factdesk status` shows it. */
export interface DigestChat {
  platform: DigestPlatform;
  chat: string;
  on: boolean;
  /** Why it is off: `off` (the chat asked) or `gone` (the platform said the chat is gone); null if never on. */
  stopped: string | null;
  time: string;
  timeZone: string;
  topic: string | null;
  /** When its last daily digest was sent (ISO 8601), or null. */
  lastSent: string | null;
}

/**
 * The status of a loaded corpus, its cache folder and the digests' database at `databasePath`, which is
 * only read: a missing one is reported, not made.
 */
export async function collectStatus(
  opened: OpenedKnowledgeBase,
  options: { corpusDir: string; cacheDir: string; databasePath: string },
): Promise<Status> {
  const { articles, people, events, quotes } = opened.kb.stats;
  const database = path.resolve(options.databasePath);
  let digests: Status['digests'];
  try {
    const subscriptions = readSubscriptions(database);
    digests = {
      database,
      found: subscriptions !== undefined,
      subscriptions: (subscriptions ?? []).map((s) => ({
        platform: s.platform,
        chat: s.chatId,
        on: s.active,
        stopped: s.stoppedReason,
        time: s.schedule.time,
        timeZone: s.schedule.timeZone,
        topic: s.topic,
        lastSent: s.lastSentAt === undefined ? null : new Date(s.lastSentAt).toISOString(),
      })),
    };
  } catch (error) {
    digests = {
      database,
      found: true,
      error: errorText(error),
      subscriptions: [],
    };
  }
  return {
    corpus: {
      folder: path.resolve(options.corpusDir),
      articles,
      people,
      events,
      quotes,
      warnings: opened.corpus.warnings,
      leftOut: opened.corpus.leftOut,
    },
    cache: { folder: path.resolve(options.cacheDir), ...(await cacheSize(options.cacheDir)) },
    digests,
  };
}
