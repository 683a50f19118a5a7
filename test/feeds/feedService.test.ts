import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedPoller } from '../../src/feeds/feedPoller.js';
import { FeedCommands } from '../../src/feeds/feedService.js';
import { FeedStore } from '../../src/feeds/feedStore.js';
import { TempFolders } from '../helpers/digestHarness.js';
import { NewsSite } from './newsSite.js';

const temp = new TempFolders();
const open: { site: NewsSite; store: FeedStore; poller: FeedPoller }[] = [];
afterEach(async () => {
  for (const { site, store, poller } of open.splice(0)) {
    await poller.stop();
    store.close();
    await site.close();
  }
  temp.cleanup();
});

async function setUp(options: { maxChatFeeds?: number; firstPollWaitMs?: number } = {}) {
  const site = await NewsSite.start();
  const dir = temp.make();
  const store = FeedStore.open(path.join(dir, 'factdesk.db'));
  const poller = new FeedPoller({ store, corpusDir: path.join(dir, 'corpus'), urls: [], intervalMs: 60_000 });
  open.push({ site, store, poller });
  const feeds = new FeedCommands({ store, poller, envUrls: [], allowPrivate: true, ...options });
  const add = (url: string) =>
    feeds.handleCommand({ platform: 'console', chatId: 'console', args: `add ${url}`, isAdmin: true });
  const remove = (url: string) =>
    feeds.handleCommand({ platform: 'console', chatId: 'console', args: `remove ${url}`, isAdmin: true });
  return { site, store, add, remove };
}

describe('/feeds add', () => {
  it('stops at the most feeds chats may add, and records who added each', async () => {
    const { site, store, add } = await setUp({ maxChatFeeds: 1 });
    site.feed('/one.xml', 'rss', 'One');
    site.feed('/two.xml', 'rss', 'Two');
    expect(await add(site.url('/one.xml'))).toMatch(/^Following One/);
    expect(await add(site.url('/two.xml'))).toBe(
      'Chats have added 1 feeds, the most they may: /feeds remove one first.',
    );
    expect(store.feeds().map((feed) => [feed.url, feed.origin, feed.addedBy])).toEqual([
      [site.url('/one.xml'), 'chat', 'console:console'],
    ]);
  });

  it('answers without waiting for a first poll that takes long, saying it is under way', async () => {
    const { site, add } = await setUp({ firstPollWaitMs: 50 });
    site.slow('/slow.xml', 2_000);
    expect(await add(site.url('/slow.xml'))).toBe(
      `Following ${site.url('/slow.xml')}. Its first poll is under way: /feeds tells how it went.`,
    );
  });
});

describe('/feeds remove', () => {
  it('takes the address as /feeds shows it, its token left out, for the one feed shown so', async () => {
    const { site, store, add, remove } = await setUp();
    site.feed('/atom.xml?key=ZZZ', 'atom', 'Keyed');
    expect(await add(site.url('/atom.xml?key=ZZZ'))).toMatch(/^Following Keyed/);
    expect(await remove(`${site.url('/atom.xml')}?key=…`)).toBe(
      `No longer following ${site.url('/atom.xml')}?key=…. Its articles stay in the corpus.`,
    );
    expect(store.feeds()).toEqual([]);
  });
});
