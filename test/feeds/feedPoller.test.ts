import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMarkdown } from '../../src/core/corpus/parseMarkdown.js';
import type { FeedPollerOptions } from '../../src/feeds/feedPoller.js';
import { FeedPoller } from '../../src/feeds/feedPoller.js';
import { FeedStore } from '../../src/feeds/feedStore.js';
import { createLogger } from '../../src/logger.js';
import { TempFolders, TestClock } from '../helpers/digestHarness.js';
import type { SiteItem } from './newsSite.js';
import { NewsSite } from './newsSite.js';

const temp = new TempFolders();
let site: NewsSite;
let corpus: string;
let database: string;
let clock: TestClock;
let logs: string[];
const running: { poller: FeedPoller; store: FeedStore }[] = [];

beforeEach(async () => {
  site = await NewsSite.start();
  const dir = temp.make();
  corpus = path.join(dir, 'corpus');
  database = path.join(dir, 'factdesk.db');
  clock = new TestClock(Date.parse('2024-03-05T10:00:00Z'));
  logs = [];
});
afterEach(async () => {
  for (const { poller, store } of running.splice(0)) {
    await poller.stop();
    store.close();
  }
  await site.close();
  temp.cleanup();
});

const INTERVAL = 5000;

/** A poller on the test's database and corpus, as a (re)started process would make it. */
function poller(
  urls: string[],
  options: Partial<FeedPollerOptions> = {},
): { poller: FeedPoller; store: FeedStore } {
  const store = FeedStore.open(database);
  const made = new FeedPoller({
    store,
    corpusDir: corpus,
    urls,
    intervalMs: INTERVAL,
    logger: createLogger('debug', [], (line) => logs.push(line)),
    clock: clock.read,
    random: () => 0.5,
    limits: { timeoutMs: 2000, maxBytes: 1024 * 1024, maxRedirects: 3 },
    ...options,
  });
  running.push({ poller: made, store });
  return { poller: made, store };
}

const feedsFolder = () => path.join(corpus, 'feeds', '127.0.0.1');
async function files(): Promise<string[]> {
  return (await readdir(feedsFolder()).catch(() => [])).sort();
}
async function article(name: string) {
  return parseMarkdown(await readFile(path.join(feedsFolder(), name), 'utf8'));
}
const warnings = () => logs.filter((line) => line.startsWith('warning: '));
const nonDebug = () => logs.filter((line) => !line.startsWith('debug: '));

/** An item whose page (at /news/<id>) the site serves as a news site does. */
function story(id: string, title: string, paragraphs: string[], date = '2024-03-04T09:00:00Z'): SiteItem {
  site.page(`/news/${id}`, title, paragraphs);
  return { id: `urn:${id}`, title, link: `/news/${id}`, date };
}

const SEMINAR = [
  'ASTANA – Deputy Foreign Minister Roman Vassilenko said the Kazakh leadership is committed to upholding gender equality and protecting women’s rights during a two-day seminar on April 4.',
  '“Domestic violence and use of force against women and girls have no place in a just society,” stressed EU Ambassador to Kazakhstan Kęstutis Jankauskas.',
];
const SCHOOL = [
  'Mayor Clara Benz opened the new school in the northern district on Monday, two years after the city council approved its construction.',
  'The school will teach 600 pupils from September, the mayor said.',
];
const BRIDGE = [
  'Governor Tomas Reyes inaugurated the river bridge on Friday, ending a decade of ferry crossings for the villages of the valley.',
  'The bridge cost 40 million dollars, according to the regional government.',
];

describe('polling feeds', () => {
  it('writes each new item of an RSS, an Atom and a JSON feed as a Markdown article, its text from its page', async () => {
    site
      .feed('/rss.xml', 'rss', 'Steppe Herald')
      .publish(story('seminar', 'Seminar on women’s rights', SEMINAR));
    site
      .feed('/atom.xml', 'atom', 'City Atom')
      .publish(story('school', 'A new school', SCHOOL, '2024-03-01T08:00:00Z'));
    site
      .feed('/feed.json', 'json', 'Valley JSON')
      .publish(story('bridge', 'Bridge: "at last"', BRIDGE, '2024-02-29T20:00:00-05:00'));
    const { poller: feeds } = poller(['/rss.xml', '/atom.xml', '/feed.json'].map((p) => site.url(p)));
    await feeds.runDue();

    expect(await files()).toEqual([
      '2024-02-29-bridge-at-last.md',
      '2024-03-01-a-new-school.md',
      '2024-03-04-seminar-on-women-s-rights.md',
    ]);
    expect(await article('2024-03-04-seminar-on-women-s-rights.md')).toEqual({
      title: 'Seminar on women’s rights',
      date: '2024-03-04',
      url: site.url('/news/seminar'),
      source: 'Steppe Herald',
      text: SEMINAR.join('\n\n'),
    });
    expect(await article('2024-03-01-a-new-school.md')).toMatchObject({
      source: 'City Atom',
      text: SCHOOL.join('\n\n'),
    });
    expect(await article('2024-02-29-bridge-at-last.md')).toMatchObject({
      title: 'Bridge: "at last"',
      source: 'Valley JSON',
      text: BRIDGE.join('\n\n'),
    });
    const texts = await Promise.all(
      (await files()).map((name) => readFile(path.join(feedsFolder(), name), 'utf8')),
    );
    for (const furniture of ['Politics', 'Subscribe', 'Dana Reporter', 'All rights reserved', 'Most read']) {
      expect(texts.join('\n')).not.toContain(furniture);
    }
    expect(nonDebug().filter((line) => line.includes('new article'))).toHaveLength(3);
    expect(warnings()).toEqual([]);
  });

  it('asks again with a conditional GET, takes nothing from a 304, and only the new item after a change', async () => {
    const feed = site.feed('/rss.xml', 'rss', 'Steppe Herald');
    feed.publish(story('seminar', 'Seminar', SEMINAR));
    const { poller: feeds, store } = poller([feed.url]);
    await feeds.runDue();
    expect(store.feed(feed.url)).toMatchObject({
      etag: expect.stringMatching(/^"/),
      lastModified: feed.lastModified,
    });

    clock.advance(INTERVAL);
    await feeds.runDue();
    const conditional = site.requests.filter((request) => request.path === '/rss.xml')[1]!;
    expect(conditional.headers['if-none-match']).toBe(store.feed(feed.url)!.etag);
    expect(conditional.headers['if-modified-since']).toBe(feed.lastModified);
    expect(store.feed(feed.url)).toMatchObject({ failures: 0 });

    feed.publish(story('school', 'School', SCHOOL));
    clock.advance(INTERVAL);
    await feeds.runDue();
    expect(site.count('/rss.xml')).toBe(3);
    expect(site.count('/news/seminar')).toBe(1);
    expect(site.count('/news/school')).toBe(1);
    expect(await files()).toHaveLength(2);
  });

  it('polls each feed every interval, a little earlier or later at random', async () => {
    site.feed('/rss.xml', 'rss', 'Herald');
    const jittered = (random: number) => {
      const { poller: feeds, store } = poller([site.url('/rss.xml')], { random: () => random });
      return { feeds, store };
    };
    const early = jittered(0);
    await early.feeds.runDue();
    expect(early.store.feed(site.url('/rss.xml'))!.nextPollAt).toBe(clock.now + INTERVAL * 0.9);
    // Not due yet: no request.
    clock.advance(INTERVAL * 0.9 - 1);
    await early.feeds.runDue();
    expect(site.count('/rss.xml')).toBe(1);
    clock.advance(1);
    await early.feeds.runDue();
    expect(site.count('/rss.xml')).toBe(2);
  });

  it('never fetches an item again, also after a restart on the same database', async () => {
    const feed = site.feed('/atom.xml', 'atom', 'City Atom');
    feed.publish(story('seminar', 'Seminar', SEMINAR), story('school', 'School', SCHOOL));
    const first = poller([feed.url]);
    await first.poller.runDue();
    await first.poller.stop();
    expect(await files()).toHaveLength(2);

    // A restart, with the feed changed since (its ETag too): only the new item is fetched.
    feed.publish(story('bridge', 'Bridge', BRIDGE));
    clock.advance(INTERVAL * 2);
    const second = poller([feed.url]);
    await second.poller.runDue();
    expect(site.count('/news/seminar')).toBe(1);
    expect(site.count('/news/school')).toBe(1);
    expect(site.count('/news/bridge')).toBe(1);
    expect(await files()).toHaveLength(3);
  });

  it('takes an article two feeds carry once', async () => {
    const item = story('seminar', 'Seminar', SEMINAR);
    site.feed('/rss.xml', 'rss', 'Herald').publish(item);
    site.feed('/politics.xml', 'rss', 'Herald: Politics').publish({ ...item, id: 'politics-1' });
    const { poller: feeds } = poller([site.url('/rss.xml'), site.url('/politics.xml')], { concurrency: 1 });
    await feeds.runDue();
    expect(site.count('/news/seminar')).toBe(1);
    expect(await files()).toHaveLength(1);
  });

  it('takes the item’s own content when its page is not HTML or holds no article, and skips one with neither, once', async () => {
    site.route('/report.pdf', (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
    );
    site.route('/empty', (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body><nav>Home</nav></body></html>'),
    );
    const feed = site.feed('/feed.json', 'json', 'Valley JSON');
    feed.publish(
      { id: 'pdf', title: 'The report', link: '/report.pdf', html: `<p>${SCHOOL[0]}</p><p>${SCHOOL[1]}</p>` },
      { id: 'empty', title: 'Empty page', link: '/empty', html: `<p>${BRIDGE[0]}</p>` },
      { id: 'nothing', title: 'Nothing at all', link: '/missing' },
    );
    const { poller: feeds, store } = poller([feed.url]);
    await feeds.runDue();
    expect(await article('2024-03-05-the-report.md')).toEqual({
      title: 'The report',
      date: '2024-03-05', // the item has no date: the day it was taken
      url: site.url('/report.pdf'),
      source: 'Valley JSON',
      text: SCHOOL.join('\n\n'),
    });
    expect((await article('2024-03-05-empty-page.md')).text).toBe(BRIDGE[0]);
    expect(warnings()).toEqual([
      `warning: feeds: skipped "Nothing at all" from ${feed.url}: its page: HTTP 404, and the item has no text of its own`,
    ]);
    expect(store.item(feed.url, 'nothing')).toMatchObject({ status: 'skipped' });

    feed.publish(story('school', 'School', SCHOOL));
    clock.advance(INTERVAL);
    await feeds.runDue();
    expect(site.count('/missing')).toBe(1);
    expect(warnings()).toHaveLength(1);
  });

  it('tries an item whose page fails for a while again at later polls, three times at most', async () => {
    site.status('/news/busy', 503);
    const feed = site.feed('/rss.xml', 'rss', 'Herald');
    feed.publish({ id: 'busy', title: 'Busy page', link: '/news/busy' });
    const { poller: feeds, store } = poller([feed.url]);
    for (let poll = 0; poll < 4; poll++) {
      await feeds.runDue();
      clock.advance(INTERVAL * 2);
    }
    expect(site.count('/news/busy')).toBe(3);
    // While an item waits to be tried again, the feed is asked for in full: a 304 would hide it.
    expect(
      site.requests.filter((r) => r.path === '/rss.xml').map((r) => r.headers['if-none-match'] !== undefined),
    ).toEqual([false, false, false, true]);
    expect(store.item(feed.url, 'busy')).toMatchObject({ status: 'skipped', attempts: 3 });
    expect(warnings()).toEqual([
      `warning: feeds: skipped "Busy page" from ${feed.url}: its page: HTTP 503, and the item has no text of its own`,
    ]);
  });
});

describe('a feed that fails', () => {
  it('never stops the others: malformed XML, 404, 500, 429, 503, a redirect loop, a slow server, a 20 MB body', async () => {
    const good = site.feed('/good.xml', 'rss', 'Good News');
    good.publish(story('seminar', 'Seminar', SEMINAR));
    site.route('/malformed.xml', (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>unclosed</channel>',
        ),
    );
    site.status('/500.xml', 500);
    site.status('/429.xml', 429, { 'retry-after': '120' });
    site.status('/503.xml', 503, { 'retry-after': new Date(clock.now + 3_600_000).toUTCString() });
    site.status('/loop-a.xml', 302, { location: '/loop-b.xml' });
    site.status('/loop-b.xml', 302, { location: '/loop-a.xml' });
    site.slow('/slow.xml', 10_000);
    const huge = site.huge('/huge.xml', 20 * 1024 * 1024);
    const faults = {
      '/malformed.xml': 'not a feed (Invalid feed format)',
      '/404.xml': 'HTTP 404',
      '/500.xml': 'HTTP 500',
      '/429.xml': 'HTTP 429',
      '/503.xml': 'HTTP 503',
      '/loop-a.xml': `redirect loop (back to ${site.url('/loop-a.xml')})`,
      '/slow.xml': 'no answer within 2 s',
      '/huge.xml': 'larger than 1 MB',
    };
    const urls = Object.keys(faults).map((p) => site.url(p));
    const { poller: feeds, store } = poller([...urls, good.url], { concurrency: 3 });
    await feeds.runDue();

    expect(await files()).toEqual(['2024-03-04-seminar.md']);
    for (const [at, reason] of Object.entries(faults)) {
      expect(store.feed(site.url(at)), at).toMatchObject({ failures: 1, failure: reason });
    }
    expect(store.feed(good.url)).toMatchObject({ failures: 0 });
    expect(huge.sent()).toBeLessThan(12 * 1024 * 1024);
    // Retry-After in seconds and as a date; the others back off to twice the interval.
    expect(store.feed(site.url('/429.xml'))!.nextPollAt).toBe(clock.now + 120_000);
    expect(store.feed(site.url('/503.xml'))!.nextPollAt).toBe(clock.now + 3_600_000);
    expect(store.feed(site.url('/500.xml'))!.nextPollAt).toBe(clock.now + 2 * INTERVAL);
    expect(warnings().sort()).toEqual(
      Object.entries(faults)
        .map(
          ([at, reason]) =>
            `warning: feeds: ${site.url(at)} is failing: ${reason}; trying again in ${
              at === '/429.xml' ? '2m' : at === '/503.xml' ? '1h' : '10s'
            }, then less often while it fails`,
        )
        .sort(),
    );

    // Still failing: not said again, and each waits longer.
    clock.advance(3_600_000);
    await feeds.runDue();
    expect(warnings()).toHaveLength(8);
    expect(store.feed(site.url('/500.xml'))).toMatchObject({
      failures: 2,
      nextPollAt: clock.now + 4 * INTERVAL,
    });

    // Recovered: said once.
    site.feed('/500.xml', 'rss', 'Back').publish(story('school', 'School', SCHOOL));
    clock.advance(3_600_000);
    await feeds.runDue();
    expect(logs.filter((line) => line.includes('works again'))).toEqual([
      `info: feeds: ${site.url('/500.xml')} works again`,
    ]);
    expect(store.feed(site.url('/500.xml'))).toMatchObject({ failures: 0, failure: null });
    expect(await files()).toEqual(['2024-03-04-school.md', '2024-03-04-seminar.md']);
  });

  it('is not said again after a restart while it still fails', async () => {
    site.status('/500.xml', 500);
    const first = poller([site.url('/500.xml')]);
    await first.poller.runDue();
    await first.poller.stop();
    clock.advance(3_600_000);
    await poller([site.url('/500.xml')]).poller.runDue();
    expect(site.count('/500.xml')).toBe(2);
    expect(warnings()).toHaveLength(1);
  });
});

describe('stopping', () => {
  it('aborts a feed request under way and leaves its poll unrecorded', async () => {
    site.slow('/slow.xml', 30_000);
    const { poller: feeds, store } = poller([site.url('/slow.xml')], {
      limits: { timeoutMs: 15_000, maxBytes: 1024 * 1024, maxRedirects: 3 },
    });
    const polling = feeds.runDue();
    await until(() => site.count('/slow.xml') === 1);
    await feeds.stop();
    await polling;
    expect(store.feed(site.url('/slow.xml'))).toMatchObject({ failures: 0, nextPollAt: 0 });
    expect(warnings()).toEqual([]);
  });

  it('gives back an item whose page was being fetched, to be taken at the next start', async () => {
    site.slow('/news/slow', 30_000);
    const feed = site.feed('/rss.xml', 'rss', 'Herald');
    feed.publish({ id: 'slow', title: 'Slow page', link: '/news/slow' });
    const { poller: feeds, store } = poller([feed.url], {
      limits: { timeoutMs: 15_000, maxBytes: 1024 * 1024, maxRedirects: 3 },
    });
    const polling = feeds.runDue();
    await until(() => site.count('/news/slow') === 1);
    await feeds.stop();
    await polling;
    expect(store.item(feed.url, 'slow')).toMatchObject({ status: 'retry', attempts: 0 });
    expect(await files()).toEqual([]);
  });
});

describe('after a crash', () => {
  it('takes an item a killed process had claimed once its claim runs out, though the feed has not changed', async () => {
    const feed = site.feed('/rss.xml', 'rss', 'Herald');
    feed.publish(story('seminar', 'Seminar', SEMINAR));
    const { poller: feeds, store } = poller([feed.url]);
    // The killed process claimed the item, and died before fetching its page.
    store.claimItem(feed.url, { key: 'urn:seminar', url: site.url('/news/seminar') }, clock.now, 0);
    await feeds.runDue();
    expect(await files()).toEqual([]);
    expect(store.feed(feed.url)).toMatchObject({ etag: null, lastModified: null });

    clock.advance(31 * 60_000);
    await feeds.runDue();
    expect(site.requests.filter((request) => request.path === '/rss.xml')[1]!.headers).not.toHaveProperty(
      'if-none-match',
    );
    expect(await files()).toEqual(['2024-03-04-seminar.md']);
    expect(store.feed(feed.url)!.etag).toMatch(/^"/);
  });

  it('writes an item taken again after its file was written but not recorded over that file, not beside it', async () => {
    const feed = site.feed('/rss.xml', 'rss', 'Herald');
    feed.publish(story('seminar', 'Seminar', SEMINAR));
    const first = poller([feed.url]);
    vi.spyOn(first.store, 'itemWritten').mockImplementationOnce(() => {
      throw new Error('disk I/O error');
    });
    await first.poller.runDue();
    expect(await files()).toEqual(['2024-03-04-seminar.md']);
    expect(first.store.item(feed.url, 'urn:seminar')).toMatchObject({ status: 'retry' });

    clock.advance(INTERVAL * 2);
    const second = poller([feed.url]);
    await second.poller.runDue();
    expect(await files()).toEqual(['2024-03-04-seminar.md']);
    expect(second.store.item(feed.url, 'urn:seminar')).toMatchObject({
      status: 'written',
      file: path.join('feeds', '127.0.0.1', '2024-03-04-seminar.md'),
    });
  });

  it('still names a second article of the same title and day with -2', async () => {
    const feed = site.feed('/rss.xml', 'rss', 'Herald');
    feed.publish(story('seminar', 'Seminar', SEMINAR), story('seminar-again', 'Seminar', SCHOOL));
    await poller([feed.url]).poller.runDue();
    expect(await files()).toEqual(['2024-03-04-seminar-2.md', '2024-03-04-seminar.md']);
  });
});

describe('running', () => {
  it('polls on its own timer, never two polls of one feed at once, until stopped', async () => {
    const herald = site.feed('/rss.xml', 'rss', 'Herald');
    const city = site.feed('/atom.xml', 'atom', 'City');
    herald.publish(story('seminar', 'Seminar', SEMINAR));
    // Polls that take longer than the interval, and end at different moments.
    const slow = [site.delay('/rss.xml', 100), site.delay('/atom.xml', 30)];
    const { poller: feeds } = poller([herald.url, city.url], { clock: Date.now, intervalMs: 10 });
    feeds.start();
    await until(() => site.count('/rss.xml') >= 4);
    await feeds.stop();
    const polls = site.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(site.requests.length).toBe(polls);
    expect(slow.map((feed) => feed.most())).toEqual([1, 1]);
    expect(logs[0]).toBe('info: feeds: following 2 feeds every 0s');
    expect(await files()).toHaveLength(1);
  });

  it('waits for a poll to end, not in a loop, when more feeds are due than it polls at once', async () => {
    const paths = ['/a.xml', '/b.xml', '/c.xml', '/d.xml', '/e.xml', '/f.xml'];
    for (const at of paths) {
      site.feed(at, 'rss', at);
      site.delay(at, 50);
    }
    const { poller: feeds, store } = poller(
      paths.map((at) => site.url(at)),
      { clock: Date.now, intervalMs: 60_000, concurrency: 2 },
    );
    const looks = vi.spyOn(store, 'feeds');
    feeds.start();
    await until(() => paths.every((at) => store.feed(site.url(at))!.nextPollAt > 0));
    // One look at start, one each time a poll ends, and a few besides; a busy loop would look thousands of times.
    expect(looks.mock.calls.length).toBeLessThan(20);
  });
});

describe('starting', () => {
  it('sweeps away the temporary file of an article a killed process was writing, and no other file', async () => {
    const folder = path.join(corpus, 'feeds', 'news.example.org');
    await mkdir(folder, { recursive: true });
    const stale = path.join(folder, '2024-03-04-seminar.md.4242.abc.tmp');
    const fresh = path.join(folder, '2024-03-04-school.md.4243.def.tmp');
    const kept = path.join(folder, '2024-03-04-bridge.md');
    for (const file of [stale, fresh, kept]) await writeFile(file, 'text');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(stale, hourAgo, hourAgo);
    await utimes(kept, hourAgo, hourAgo);
    poller([]).poller.start();
    await until(() => !existsSync(stale));
    expect((await readdir(folder)).sort()).toEqual([path.basename(kept), path.basename(fresh)]);
  });
});

/** Resolves once `check` holds, polling; fails after 5 s. */
async function until(check: () => boolean): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 5000) throw new Error('not within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
