import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusWatcher } from '../../src/core/load/watchCorpus.js';
import { watchCorpus } from '../../src/core/load/watchCorpus.js';
import type { OpenedKnowledgeBase } from '../../src/core/load/openKnowledgeBase.js';
import { openKnowledgeBase } from '../../src/core/load/openKnowledgeBase.js';
import { ask } from '../../src/core/ask/ask.js';
import { FeedPoller } from '../../src/feeds/feedPoller.js';
import type { RunningFeeds } from '../../src/feeds/openFeeds.js';
import { startFeeds } from '../../src/feeds/openFeeds.js';
import { createLogger } from '../../src/logger.js';
import { TempFolders } from '../helpers/digestHarness.js';
import { SEED_CORPUS } from '../helpers/seedCorpus.js';
import { NewsSite } from './newsSite.js';

const temp = new TempFolders();
let site: NewsSite;
let dir: string;
let corpus: string;
let opened: OpenedKnowledgeBase;
let watcher: CorpusWatcher;
let feeds: RunningFeeds | undefined;
let logs: string[];

beforeEach(async () => {
  site = await NewsSite.start();
  dir = temp.make();
  corpus = path.join(dir, 'corpus');
  await cp(SEED_CORPUS, corpus, { recursive: true });
  // As main.ts does: the knowledge base, then the live watcher, then the feeds.
  opened = await openKnowledgeBase(corpus, { cacheDir: path.join(dir, 'cache') });
  watcher = watchCorpus(opened.corpus, { debounceMs: 100 });
  logs = [];
});
afterEach(async () => {
  await feeds?.stop();
  feeds = undefined;
  watcher.close();
  await site.close();
  temp.cleanup();
});

function follow(urls: string[]): RunningFeeds {
  feeds = startFeeds({
    databasePath: path.join(dir, 'data', 'factdesk.db'),
    corpusDir: corpus,
    urls,
    // Far below FEED_INTERVAL's 5 s least, to keep the test short.
    intervalMs: 100,
    logger: createLogger('info', [], (line) => logs.push(line)),
  });
  return feeds;
}

/** Resolves with the ids of the first articles a sync adds. */
function nextArticles(): Promise<string[]> {
  return new Promise((resolve) => {
    const stop = opened.corpus.onArticlesAdded((ids) => {
      stop();
      resolve(ids);
    });
  });
}

describe('a feed item, end to end', () => {
  it('is published on the site, written into feeds/<site>/, indexed live and answered by /who', async () => {
    const feed = site.feed('/rss.xml', 'rss', 'City Herald');
    follow([feed.url]);
    expect(await feeds!.poller).toBeInstanceOf(FeedPoller);
    expect(ask(opened.kb, '/who Clara Benz').answers).toEqual([]);

    const added = nextArticles();
    site.page('/news/school', 'A new school in the north', [
      'Mayor Clara Benz opened the new school in the northern district on Monday, two years after the city council approved its construction.',
      'The school will teach 600 pupils from September, the mayor said.',
    ]);
    feed.publish({
      id: 'urn:school',
      title: 'A new school in the north',
      link: '/news/school',
      date: '2024-03-04T09:00:00Z',
    });

    const id = path.join('feeds', '127.0.0.1', '2024-03-04-a-new-school-in-the-north');
    expect(await added).toEqual([id]);
    const [answer] = ask(opened.kb, '/who Clara Benz').answers;
    expect(answer?.person?.name).toBe('Clara Benz');
    expect(answer?.source).toMatchObject({
      id,
      title: 'A new school in the north',
      date: '2024-03-04',
      url: site.url('/news/school'),
    });
    expect(logs).toContain(`info: feeds: new article ${id}.md from City Herald`);
  });
});
