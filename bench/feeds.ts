/**
 * Feeds, measured (not a test): how long an item takes from its appearance in a feed to an answer and to a
 * follower's alert, with FEED_INTERVAL=5s and the corpus watched as `factdesk start` watches it, alerts
 * sent as `factdesk start` sends them (through a transport that notes when); and the process's memory while
 * 50 feeds served on 127.0.0.1 (10 items each, every item's page fetched and read) are polled.
 * Usage: node --expose-gc --import tsx bench/feeds.ts [ITEMS]
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { watchCorpus } from '../src/core/load/watchCorpus.js';
import { openKnowledgeBase } from '../src/core/load/openKnowledgeBase.js';
import { ask } from '../src/core/ask/ask.js';
import { FeedPoller } from '../src/feeds/feedPoller.js';
import { FeedStore } from '../src/feeds/feedStore.js';
import { startFeeds } from '../src/feeds/openFeeds.js';
import { openFollows } from '../src/follows/openFollows.js';
import { createLogger } from '../src/logger.js';
import { NewsSite } from '../test/feeds/newsSite.js';
import { SEED_CORPUS } from '../test/helpers/seedCorpus.js';
import { memory, percentile } from './measure.js';

const ITEMS = Number(process.argv[2] ?? 7);
const INTERVAL_MS = 5000;
const FEEDS = 50;
const ITEMS_PER_FEED = 10;
const NAMES = [
  'Clara Benz',
  'Tomas Reyes',
  'Ines Marlow',
  'Oskar Lind',
  'Petra Novak',
  'Amir Haddad',
  'Lena Okafor',
  'Milo Grant',
  'Rosa Ilves',
  'Jonas Berg',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (ms: number) => Math.round(ms);
const mb = (n: number) => Math.round(n * 10) / 10;

function paragraphs(name: string, n: number): string[] {
  return [
    `Mayor ${name} opened the new school in the northern district on Monday, two years after the city council approved its construction.`,
    `The school will teach ${600 + n} pupils from September, the mayor said, and its library will be open to the district's residents in the evenings.`,
    `“We promised a school within walking distance of every family, and this is the third one,” ${name} told reporters at the opening ceremony.`,
  ];
}

/**
 * Publish → written into the corpus → answered by /who → alerted to a chat following the name, with
 * FEED_INTERVAL=5s, the live watcher and the follows' alerter.
 */
async function latency(dir: string): Promise<void> {
  const site = await NewsSite.start();
  const corpus = path.join(dir, 'latency-corpus');
  await cp(SEED_CORPUS, corpus, { recursive: true });
  const opened = await openKnowledgeBase(corpus, { cacheDir: path.join(dir, 'cache') });
  const watcher = watchCorpus(opened.corpus);
  const written = new Map<string, number>();
  const feed = site.feed('/rss.xml', 'rss', 'City Herald');
  const feeds = startFeeds({
    databasePath: path.join(dir, 'latency.db'),
    corpusDir: corpus,
    urls: [feed.url],
    intervalMs: INTERVAL_MS,
    logger: createLogger('info', [], (line) => {
      const match = / new article (\S+) /.exec(line);
      if (match) written.set(match[1]!, performance.now());
    }),
  });
  const alerted = new Map<string, number>();
  const follows = openFollows({
    databasePath: path.join(dir, 'latency.db'),
    kb: opened.kb,
    transports: [
      {
        platform: 'console',
        send: async (_chatId, alert) => {
          // The heading names each follow matched: New article about “A”, “B”: title.
          for (const [, name] of alert.heading.matchAll(/“([^”]*)”/g)) alerted.set(name!, performance.now());
          return { status: 'sent' };
        },
      },
    ],
  });
  const stopListening = opened.corpus.onArticlesAdded((ids) => follows.articlesAdded(ids));
  await follows.alerter;
  const toAnswer: number[] = [];
  const toFile: number[] = [];
  const toAlert: number[] = [];
  try {
    for (let i = 0; i < ITEMS; i++) {
      // Items appear at any moment of the interval, as news does.
      await sleep(Math.random() * INTERVAL_MS);
      const name = NAMES[i % NAMES.length]!.replace(/ /, ` ${String.fromCharCode(65 + i)}. `);
      const title = `School ${i} opens`;
      follows.service.handleCommand({
        platform: 'console',
        chatId: 'bench',
        name: 'follow',
        args: name,
        isAdmin: true,
      });
      site.page(`/news/${i}`, title, paragraphs(name, i));
      const published = performance.now();
      feed.publish({ id: `urn:${i}`, title, link: `/news/${i}`, date: '2024-03-04T09:00:00Z' });
      while (!ask(opened.kb, `/who ${name}`).answers.some((a) => a.person?.name === name)) {
        if (performance.now() - published > 60_000) throw new Error(`no answer about ${name}`);
        await sleep(5);
      }
      toAnswer.push(performance.now() - published);
      const file = path.join('feeds', '127.0.0.1', `2024-03-04-school-${i}-opens.md`);
      toFile.push(written.get(file)! - published);
      while (!alerted.has(name)) {
        if (performance.now() - published > 60_000) throw new Error(`no alert about ${name}`);
        await sleep(5);
      }
      toAlert.push(alerted.get(name)! - published);
    }
  } finally {
    stopListening();
    await follows.close();
    await feeds.stop();
    watcher.close();
    await site.close();
  }
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const answers = sorted(toAnswer);
  const files = sorted(toFile);
  const indexing = sorted(toAnswer.map((ms, i) => ms - toFile[i]!));
  console.log(`Item published → /who answers, FEED_INTERVAL=5s, ${ITEMS} items published at random moments:`);
  console.log(
    `  to the answer: median ${round(percentile(answers, 0.5))} ms, min ${round(answers[0]!)}, max ${round(answers.at(-1)!)}`,
  );
  const alerts = sorted(toAlert);
  const alertAfterAnswer = sorted(toAlert.map((ms, i) => ms - toAnswer[i]!));
  console.log(
    `  to the follower's alert: median ${round(percentile(alerts, 0.5))} ms, min ${round(alerts[0]!)}, max ${round(alerts.at(-1)!)}; alert minus answer: median ${round(percentile(alertAfterAnswer, 0.5))} ms, max ${round(alertAfterAnswer.at(-1)!)}`,
  );
  console.log(
    `  of which to the file written (the poll): median ${round(percentile(files, 0.5))} ms; file → answer (watcher and index): median ${round(percentile(indexing, 0.5))} ms, max ${round(indexing.at(-1)!)}`,
  );
}

/** Memory of the process while 50 feeds are polled: the first round takes 500 articles, the next get 304s. */
async function fiftyFeeds(dir: string): Promise<void> {
  const site = await NewsSite.start();
  const urls: string[] = [];
  for (let f = 0; f < FEEDS; f++) {
    const feed = site.feed(
      `/site${f}/feed.xml`,
      f % 3 === 0 ? 'rss' : f % 3 === 1 ? 'atom' : 'json',
      `Site ${f}`,
    );
    for (let i = 0; i < ITEMS_PER_FEED; i++) {
      const at = `/site${f}/news/${i}`;
      site.page(at, `Story ${f}-${i}`, paragraphs(NAMES[i % NAMES.length]!, f * 100 + i));
      feed.publish({ id: `urn:${f}:${i}`, title: `Story ${f}-${i}`, link: at, date: '2024-03-04T09:00:00Z' });
    }
    urls.push(feed.url);
  }
  let now = Date.now();
  const store = FeedStore.open(path.join(dir, 'memory.db'));
  const poller = new FeedPoller({
    store,
    corpusDir: path.join(dir, 'memory-corpus'),
    urls,
    intervalMs: INTERVAL_MS,
    clock: () => now,
  });
  const before = memory();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = performance.now();
  await poller.runDue();
  const firstRound = performance.now() - started;
  const afterFirst = memory();
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    now += INTERVAL_MS * 2;
    const at = performance.now();
    await poller.runDue();
    rounds.push(performance.now() - at);
  }
  clearInterval(sampler);
  const steady = memory();
  await poller.stop();
  store.close();
  await site.close();
  const fetched = site.requests.filter((r) => r.path.includes('/news/')).length;
  console.log(`${FEEDS} feeds × ${ITEMS_PER_FEED} items on 127.0.0.1 (the site in the same process):`);
  console.log(
    `  before polling: RSS ${mb(before.rssMB)} MB, heap ${mb(before.heapMB)} MB; after the first round (${fetched} pages fetched and read, in ${round(firstRound)} ms): RSS ${mb(afterFirst.rssMB)} MB, heap ${mb(afterFirst.heapMB)} MB`,
  );
  console.log(
    `  after 5 more rounds (conditional GETs, 304): RSS ${mb(steady.rssMB)} MB, heap ${mb(steady.heapMB)} MB; peak RSS ${mb(peakRss / 2 ** 20)} MB; a round of 50 304s: median ${round(
      percentile(
        [...rounds].sort((a, b) => a - b),
        0.5,
      ),
    )} ms`,
  );
}

const dir = await mkdtemp(path.join(tmpdir(), 'factdesk-feeds-bench-'));
try {
  // Memory first, while the process holds nothing else.
  await fiftyFeeds(dir);
  await latency(dir);
} finally {
  await rm(dir, { recursive: true, force: true });
}
