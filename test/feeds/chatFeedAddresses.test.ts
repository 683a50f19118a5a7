import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedPoller } from '../../src/feeds/feedPoller.js';
import { FeedStore } from '../../src/feeds/feedStore.js';
import { TempFolders } from '../helpers/digestHarness.js';
import { NewsSite } from './newsSite.js';

const temp = new TempFolders();
let site: NewsSite;
let store: FeedStore;
afterEach(async () => {
  store.close();
  await site.close();
  temp.cleanup();
});

/** Stands for `refusedFeedAddress`: the site's `/internal/` paths play the local addresses. */
const refuse = async (url: string) =>
  new URL(url).pathname.startsWith('/internal/') ? 'it points at a local or private address' : undefined;

describe('a feed a chat added', () => {
  it('fetches no page and follows no redirect to an address a chat may not add; FEED_URLS may', async () => {
    site = await NewsSite.start();
    const dir = temp.make();
    store = FeedStore.open(path.join(dir, 'factdesk.db'));
    site.page('/internal/secret', 'Secret', [
      'The instance’s credentials are AKIA-SECRET-KEY-0123 and must stay here.',
    ]);
    const feed = site.feed('/chat.xml', 'rss', 'Chat Herald');
    feed.publish({
      id: 'secret',
      title: 'Secret',
      link: '/internal/secret',
      html: '<p>A short item of its own.</p>',
    });
    site.route('/moved.xml', (_request, response) =>
      response.writeHead(302, { location: site.url('/internal/feed.xml') }).end(),
    );
    const env = site.feed('/internal/env.xml', 'rss', 'Env Herald');
    const now = Date.now();
    store.addChatFeed(feed.url, 'telegram:70', now);
    store.addChatFeed(site.url('/moved.xml'), 'telegram:70', now);
    const poller = new FeedPoller({
      store,
      corpusDir: path.join(dir, 'corpus'),
      urls: [env.url],
      intervalMs: 60_000,
      refuseChatAddress: refuse,
    });
    await poller.runDue();
    await poller.stop();

    expect(site.count('/internal/secret')).toBe(0);
    expect(site.count('/internal/feed.xml')).toBe(0);
    expect(site.count('/internal/env.xml')).toBe(1);
    expect(store.item(feed.url, 'secret')).toMatchObject({ status: 'written' });
    expect(store.feed(site.url('/moved.xml'))?.failure).toBe(
      `refused ${site.url('/internal/feed.xml')}: it points at a local or private address`,
    );
  });
});
