import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/digest/migrations.js';
import { FeedPoller } from '../../src/feeds/feedPoller.js';
import { startFeeds } from '../../src/feeds/openFeeds.js';
import { createLogger } from '../../src/logger.js';
import { TempFolders } from '../helpers/digestHarness.js';
import { NewsSite } from './newsSite.js';

const temp = new TempFolders();
let site: NewsSite;
let dir: string;
let logs: string[];
beforeEach(async () => {
  site = await NewsSite.start();
  dir = temp.make();
  logs = [];
});
afterEach(async () => {
  await site.close();
  temp.cleanup();
});

/** Waits that end when the test says. */
class ManualSleep {
  readonly waits: number[] = [];
  private readonly wakers: (() => void)[] = [];
  readonly sleep = (ms: number): Promise<void> => {
    this.waits.push(ms);
    return new Promise((resolve) => this.wakers.push(resolve));
  };
  wake(): void {
    this.wakers.shift()!();
  }
}

function follow(databasePath: string, sleep: ManualSleep) {
  return startFeeds({
    databasePath,
    corpusDir: path.join(dir, 'corpus'),
    urls: [site.url('/rss.xml')],
    intervalMs: 60_000,
    logger: createLogger('info', [], (line) => logs.push(line)),
    retry: { delaysMs: [1_000, 2_000], lockWaitMs: 10, sleep: sleep.sleep },
  });
}

describe("the feeds' database", () => {
  it('that cannot be opened leaves the feeds unpolled, said once, and nothing thrown', async () => {
    const file = path.join(dir, 'factdesk.db');
    const newer = new Database(file);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    const sleep = new ManualSleep();
    const feeds = follow(file, sleep);
    expect(await feeds.poller).toBeUndefined();
    await feeds.stop();
    expect(sleep.waits).toEqual([]);
    expect(logs).toEqual([
      expect.stringMatching(
        /^error: feeds are not polled: cannot open the database .*newer than this factdesk knows/,
      ),
    ]);
    expect(site.requests).toEqual([]);

    const notAFolder = path.join(dir, 'file');
    writeFileSync(notAFolder, '');
    expect(await follow(path.join(notAFolder, 'factdesk.db'), sleep).poller).toBeUndefined();
  });

  it('locked by another process is tried again in the background, and the feeds polled once it opens', async () => {
    const file = path.join(dir, 'factdesk.db');
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    const sleep = new ManualSleep();
    const feeds = follow(file, sleep);
    try {
      expect(sleep.waits).toEqual([1_000]);
      sleep.wake();
      while (sleep.waits.length < 2) await nextTurn();
      expect(sleep.waits).toEqual([1_000, 2_000]);
      holder.exec('COMMIT');
      holder.close();
      sleep.wake();
      expect(await feeds.poller).toBeInstanceOf(FeedPoller);
      while (site.count('/rss.xml') === 0) await nextTurn();
      expect(logs[0]).toMatch(
        /^warning: feeds are not polled for now: the database .* is locked by another process \(database is locked\); trying again in the background$/,
      );
      expect(logs).toContain('info: feeds: the database opened after 3 tries');
    } finally {
      await feeds.stop();
    }
  });

  it('stops trying when the feeds are stopped while it is locked', async () => {
    const file = path.join(dir, 'factdesk.db');
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    const sleep = new ManualSleep();
    const feeds = follow(file, sleep);
    await feeds.stop();
    sleep.wake();
    expect(await feeds.poller).toBeUndefined();
    holder.exec('COMMIT');
    holder.close();
  });
});
