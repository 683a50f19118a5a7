import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedStore } from '../../src/feeds/feedStore.js';
import { TempFolders } from '../helpers/digestHarness.js';

const temp = new TempFolders();
const stores: FeedStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  temp.cleanup();
});

function open(file = path.join(temp.make(), 'factdesk.db')): FeedStore {
  const store = FeedStore.open(file);
  stores.push(store);
  return store;
}

const FEED = 'https://news.example.org/rss';
const NOW = Date.parse('2024-03-05T10:00:00Z');
const LONG_AGO = NOW - 3_600_000;

describe('the feed store', () => {
  it('follows a feed once, from the environment or from a chat, and keeps its polling state', () => {
    const store = open();
    expect(store.addFeed(FEED, 'env', NOW)).toBe(true);
    expect(store.addFeed(FEED, 'chat', NOW, 'telegram:-100')).toBe(false);
    expect(store.addFeed('https://other.example.org/atom', 'chat', NOW, 'slack:C1')).toBe(true);
    expect(store.feeds().map((feed) => [feed.url, feed.origin, feed.addedBy])).toEqual([
      [FEED, 'env', null],
      ['https://other.example.org/atom', 'chat', 'slack:C1'],
    ]);

    store.recordPoll(FEED, { ok: false, reason: 'HTTP 500' }, NOW + 60_000, NOW);
    store.recordPoll(FEED, { ok: false, reason: 'HTTP 503' }, NOW + 120_000, NOW);
    expect(store.feed(FEED)).toMatchObject({ failures: 2, failure: 'HTTP 503', nextPollAt: NOW + 120_000 });

    const validators = { etag: '"v1"', lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT' };
    store.recordPoll(FEED, { ok: true, title: 'Herald', validators }, NOW + 900_000, NOW);
    expect(store.feed(FEED)).toMatchObject({
      title: 'Herald',
      etag: '"v1"',
      lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT',
      failures: 0,
      failure: null,
    });
    // A poll that took the feed but left items for later keeps the validators of the last full read.
    store.recordPoll(FEED, { ok: true }, NOW + 1_800_000, NOW);
    expect(store.feed(FEED)).toMatchObject({ title: 'Herald', etag: '"v1"', nextPollAt: NOW + 1_800_000 });
  });

  it('lets one process claim an item, and none claim it again once it is written or skipped', () => {
    const file = path.join(temp.make(), 'factdesk.db');
    const [one, two] = [open(file), open(file)];
    const item = { key: 'urn:1', url: 'https://news.example.org/1' };
    expect(one.claimItem(FEED, item, NOW, LONG_AGO)).toBe(true);
    expect(two.claimItem(FEED, item, NOW, LONG_AGO)).toBe(false);
    one.itemWritten(FEED, item.key, 'feeds/news.example.org/2024-03-05-one.md', NOW);
    expect(two.claimItem(FEED, item, NOW + 7_200_000, NOW + 3_600_000)).toBe(false);
    expect(two.item(FEED, item.key)).toEqual({
      status: 'written',
      attempts: 1,
      file: 'feeds/news.example.org/2024-03-05-one.md',
      reason: null,
    });
    expect(two.settledKeys(FEED)).toEqual(new Set(['urn:1']));
  });

  it('takes an item whose page another item (of any feed) has as taken already', () => {
    const store = open();
    expect(store.claimItem(FEED, { key: 'a', url: 'https://news.example.org/1' }, NOW, LONG_AGO)).toBe(true);
    expect(
      store.claimItem(
        'https://other.example.org/atom',
        { key: 'b', url: 'https://news.example.org/1' },
        NOW,
        LONG_AGO,
      ),
    ).toBe(false);
    expect(store.item('https://other.example.org/atom', 'b')).toMatchObject({ status: 'skipped' });
    expect(store.claimItem(FEED, { key: 'c' }, NOW, LONG_AGO)).toBe(true);
  });

  it('gives an item claimed by a poll that died to a later one, after the lease', () => {
    const store = open();
    const item = { key: 'urn:1' };
    expect(store.claimItem(FEED, item, NOW, LONG_AGO)).toBe(true);
    expect(store.claimItem(FEED, item, NOW + 60_000, NOW - 1)).toBe(false);
    expect(store.claimItem(FEED, item, NOW + 60_000, NOW + 1)).toBe(true);
    expect(store.item(FEED, item.key)).toMatchObject({ status: 'claimed', attempts: 2 });
  });

  it('tries an item again after a failure that may pass, a bounded number of times, and skips it after another', () => {
    const store = open();
    const failure = { reason: 'its page: HTTP 503', transient: true, maxAttempts: 3 };
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(store.claimItem(FEED, { key: 'flaky' }, NOW, LONG_AGO)).toBe(true);
      expect(store.itemFailed(FEED, 'flaky', failure, NOW)).toBe(attempt < 3 ? 'retry' : 'skipped');
    }
    expect(store.claimItem(FEED, { key: 'flaky' }, NOW, LONG_AGO)).toBe(false);
    expect(store.item(FEED, 'flaky')).toMatchObject({
      status: 'skipped',
      attempts: 3,
      reason: 'its page: HTTP 503',
    });

    expect(store.claimItem(FEED, { key: 'empty' }, NOW, LONG_AGO)).toBe(true);
    expect(store.itemFailed(FEED, 'empty', { ...failure, transient: false }, NOW)).toBe('skipped');
  });

  it('names an item’s file before it is written: the same name again for it, never another item’s nor a file’s', () => {
    const store = open();
    for (const key of ['a', 'b', 'c']) store.claimItem(FEED, { key }, NOW, LONG_AGO);
    const none = () => false;
    expect(store.reserveFile(FEED, 'a', 'feeds/x/school.md', NOW, none)).toBe('feeds/x/school.md');
    expect(store.reserveFile(FEED, 'b', 'feeds/x/school.md', NOW, none)).toBe('feeds/x/school-2.md');
    expect(store.reserveFile(FEED, 'a', 'feeds/x/school.md', NOW, none)).toBe('feeds/x/school.md');
    const onDisk = (file: string) => file === 'feeds/x/bridge.md';
    expect(store.reserveFile(FEED, 'c', 'feeds/x/bridge.md', NOW, onDisk)).toBe('feeds/x/bridge-2.md');
    expect(store.item(FEED, 'b')).toMatchObject({ status: 'claimed', file: 'feeds/x/school-2.md' });
  });

  it('gives back an item whose poll stopped before trying it, without counting an attempt', () => {
    const store = open();
    expect(store.claimItem(FEED, { key: 'k' }, NOW, LONG_AGO)).toBe(true);
    store.releaseItem(FEED, 'k');
    expect(store.item(FEED, 'k')).toMatchObject({ status: 'retry', attempts: 0 });
    expect(store.claimItem(FEED, { key: 'k' }, NOW, LONG_AGO)).toBe(true);
    expect(store.item(FEED, 'k')).toMatchObject({ status: 'claimed', attempts: 1 });
  });
});
