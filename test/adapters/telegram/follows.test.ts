import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { telegramDigestTransport } from '../../../src/adapters/telegram/digestTransport.js';
import type { CorpusWatcher } from '../../../src/core/load/watchCorpus.js';
import { watchCorpus } from '../../../src/core/load/watchCorpus.js';
import type { OpenedKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';
import type { RunningFeeds } from '../../../src/feeds/openFeeds.js';
import { startFeeds } from '../../../src/feeds/openFeeds.js';
import type { FollowAlerter } from '../../../src/follows/followAlerter.js';
import { FollowStore } from '../../../src/follows/followStore.js';
import type { Follows } from '../../../src/follows/openFollows.js';
import { openFollows } from '../../../src/follows/openFollows.js';
import { createLogger } from '../../../src/logger.js';
import { TempFolders } from '../../helpers/digestHarness.js';
import { factdeskStart } from '../../helpers/factdeskStart.js';
import { SEED_CORPUS } from '../../helpers/seedCorpus.js';
import { NewsSite } from '../../feeds/newsSite.js';
import type { ApiCall } from './fakeBotApi.js';
import { ANN, FakeBotApi, TOKEN, textMessage } from './fakeBotApi.js';
import type { RunningBot } from './harness.js';
import { startBot } from './harness.js';
import { parseTelegramHtml } from './telegramHtml.js';

const temp = new TempFolders();

/** One factdesk process: its knowledge base, live watcher, feeds, follows and bot, on a shared corpus and database. */
interface Process {
  opened: OpenedKnowledgeBase;
  watcher: CorpusWatcher;
  feeds: RunningFeeds;
  follows: Follows;
  alerter: FollowAlerter;
  bot: RunningBot;
}

let site: NewsSite | undefined;
let api: FakeBotApi | undefined;
let dir: string;
let corpus: string;
const processes: Process[] = [];
const logs: string[] = [];

afterEach(async () => {
  for (const process of processes.splice(0)) await stop(process);
  await api?.close();
  await site?.close();
  api = site = undefined;
  logs.length = 0;
  temp.cleanup();
});

async function setUp(): Promise<{ site: NewsSite; api: FakeBotApi }> {
  site = await NewsSite.start();
  api = await FakeBotApi.start();
  dir = temp.make();
  corpus = path.join(dir, 'corpus');
  await cp(SEED_CORPUS, corpus, { recursive: true });
  return { site, api };
}

/** Starts a process as main.ts does: the knowledge base, the live watcher, the follows, the feeds, the bot. */
async function start(options: { urls?: string[]; allowPrivate?: boolean } = {}): Promise<Process> {
  const databasePath = path.join(dir, 'data', 'factdesk.db');
  const logger = createLogger('debug', [TOKEN], (line) => logs.push(line));
  const opened = await openKnowledgeBase(corpus, { cacheDir: path.join(dir, 'cache') });
  const watcher = watchCorpus(opened.corpus, { debounceMs: 100 });
  const follows = openFollows({
    databasePath,
    kb: opened.kb,
    transports: [telegramDigestTransport({ token: TOKEN, apiRoot: api!.url })],
    logger,
  });
  opened.corpus.onArticlesAdded((ids) => follows.articlesAdded(ids));
  const feeds = startFeeds({
    databasePath,
    corpusDir: corpus,
    urls: options.urls ?? [],
    // Far below FEED_INTERVAL's 5 s least, to keep the test short.
    intervalMs: 100,
    allowPrivate: options.allowPrivate ?? true,
    logger,
  });
  const bot = await startBot({
    api: api!,
    kb: opened.kb,
    settings: { follows: follows.service, feeds: feeds.service },
  });
  const process = { opened, watcher, feeds, follows, alerter: (await follows.alerter)!, bot };
  processes.push(process);
  return process;
}

async function stop(process: Process): Promise<void> {
  await process.bot.stop();
  await process.feeds.stop();
  process.watcher.close();
  await process.follows.close();
}

/** Sends `text` to a chat and resolves with the bot's reply, as Telegram would show it. */
async function say(chatId: number, text: string, extra = {}): Promise<string> {
  const before = api!.sent('sendMessage', (p) => p.chat_id === chatId).length;
  api!.push(textMessage(chatId, text, extra));
  return shown(await api!.waitFor('sendMessage', (p) => p.chat_id === chatId, { count: before + 1 }));
}

function shown(call: ApiCall): string {
  const parsed = parseTelegramHtml(call.params.text as string);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.text;
}

/** The alerts a chat got: messages that answer no message and announce a new article. */
const alertsTo = (chatId: number): ApiCall[] =>
  api!.sent(
    'sendMessage',
    (p) =>
      p.chat_id === chatId && p.reply_parameters === undefined && String(p.text).startsWith('<b>New article'),
  );

/** Resolves with the ids of the next articles a sync of `process` adds, once their alerts are settled. */
function nextArticles(process: Process): Promise<string[]> {
  return new Promise((resolve) => {
    const stopListening = process.opened.corpus.onArticlesAdded((ids) => {
      stopListening();
      // The alerter's passes run in turn: this one ends after the pass for these articles.
      void process.alerter.pass().then(() => resolve(ids));
    });
  });
}

const SCHOOL = [
  'Mayor Clara Benz opened the new school in the northern district on Monday, two years after the city council approved its construction.',
  '“Every child in the north deserves a school close to home,” Benz said.',
];

describe('/follow in Telegram, end to end', () => {
  it('alerts a follower once when a feed item about it is published: /who answers from it, no alert at the next polls', async () => {
    const { site, api } = await setUp();
    const feed = site.feed('/rss.xml', 'rss', 'City Herald');
    const one = await start({ urls: [feed.url] });
    expect(await say(70, '/follow Clara Benz')).toMatch(
      /^Following “Clara Benz”: when a new article has facts about it/,
    );
    expect(await say(70, '/follow')).toContain('• Clara Benz');

    const added = nextArticles(one);
    site.page('/news/school', 'Benz & the <school>', SCHOOL);
    feed.publish({
      id: 'urn:school',
      title: 'Benz & the <school>',
      link: '/news/school',
      date: '2024-03-04T09:00:00Z',
    });
    const [id] = await added;
    expect(ask(one.opened.kb, '/who Clara Benz').answers[0]?.source.id).toBe(id);

    const [alert] = alertsTo(70);
    expect(alert?.params).toMatchObject({ parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    const text = shown(alert!);
    expect(text).toMatch(
      /^New article about “Clara Benz”: Benz & the <school>\n\nRead it: http:\/\/127\.0\.0\.1:\d+\/news\/school\n\n1\. /,
    );
    expect(text).toContain('Clara Benz');
    expect(text.match(/^\d\. /gm)?.length).toBe(text.match(/Source: /g)?.length);

    // The feed is polled every 100 ms: a few more polls bring nothing new, and no alert.
    const polls = site.count('/rss.xml');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(site.count('/rss.xml')).toBeGreaterThan(polls);
    await one.alerter.pass();
    expect(alertsTo(70)).toHaveLength(1);
    expect(api.sent('sendMessage', (p) => p.chat_id === 70)).toHaveLength(3);
  });

  it('sends no alert again after a restart, alerts for a file dropped into the corpus, and none for an article about nothing followed', async () => {
    const { site } = await setUp();
    const feed = site.feed('/feed.json', 'json', 'City Herald');
    const one = await start({ urls: [feed.url] });
    expect(await say(70, '/follow Clara Benz')).toContain('Following “Clara Benz”');
    const added = nextArticles(one);
    site.page('/news/school', 'A new school in the north', SCHOOL);
    feed.publish({
      id: 'school',
      title: 'A new school in the north',
      link: '/news/school',
      date: '2024-03-04T09:00:00Z',
    });
    await added;
    expect(alertsTo(70)).toHaveLength(1);
    await stop(processes.pop()!);

    const two = await start({ urls: [feed.url] });
    expect(two.opened.kb.stats.articles).toBe(3);
    const dropped = nextArticles(two);
    await writeFile(
      path.join(corpus, 'library.md'),
      '---\ntitle: The library reopens\ndate: 2024-03-08\nurl: https://news.example.org/library\n---\n\nThe city library reopened on Friday after a year of repairs, Mayor Clara Benz said.\n',
    );
    expect(await dropped).toEqual(['library']);
    const alerts = alertsTo(70).map(shown);
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toMatch(
      /^New article about “Clara Benz”: The library reopens\n\nRead it: https:\/\/news\.example\.org\/library/,
    );

    const unrelated = nextArticles(two);
    await writeFile(
      path.join(corpus, 'harbour.md'),
      '---\ntitle: The harbour\ndate: 2024-03-09\n---\n\nThe harbour authority said on Saturday that ferries would run every hour.\n',
    );
    expect(await unrelated).toEqual(['harbour']);
    expect(alertsTo(70)).toHaveLength(2);
  });

  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'alerts once when factdesk is stopped (%s) as soon as the feed’s article is written, and restarted',
    async (signal) => {
      const { site, api } = await setUp();
      const databasePath = path.join(dir, 'data', 'factdesk.db');
      const store = FollowStore.open(databasePath);
      store.addFollow({ platform: 'telegram', chatId: '70' }, 'Clara Benz', 20, Date.now());
      store.close();
      const feed = site.feed('/rss.xml', 'rss', 'City Herald');
      site.page('/news/school', 'A new school in the north', SCHOOL);
      feed.publish({
        id: 'school',
        title: 'A new school in the north',
        link: '/news/school',
        date: '2024-03-04T09:00:00Z',
      });
      const env = {
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: api.url,
        FEED_URLS: feed.url,
        FEED_INTERVAL: '5s',
        DATABASE_PATH: databasePath,
      };
      const first = factdeskStart(dir, env, corpus);
      await first.logged('feeds: new article');
      first.child.kill(signal);
      await first.exit;
      // Stopped in turn, the feeds, the watcher's last sync, then the follows: the alert went out then.
      if (signal === 'SIGTERM') expect(alertsTo(70)).toHaveLength(1);

      // Killed, its article is read as there at start-up, and yet alerted: it was recorded as added live.
      const second = factdeskStart(dir, env, corpus);
      await second.logged('is answering');
      second.child.kill('SIGTERM');
      expect(await second.exit).toBe(0);
      expect(second.stderr()).not.toContain('feeds: new article');
      expect(alertsTo(70)).toHaveLength(1);
    },
  );

  it('sends one alert when two processes share the database and the corpus', async () => {
    const { site } = await setUp();
    const feed = site.feed('/atom.xml', 'atom', 'City Herald');
    const one = await start({ urls: [feed.url] });
    const two = await start({ urls: [feed.url] });
    expect(await say(70, '/follow school')).toContain('Following “school”');
    const seen = [nextArticles(one), nextArticles(two)];
    site.page('/news/school', 'A new school in the north', SCHOOL);
    feed.publish({
      id: 'school',
      title: 'A new school in the north',
      link: '/news/school',
      date: '2024-03-04T09:00:00Z',
    });
    await Promise.all(seen);
    expect(alertsTo(70)).toHaveLength(1);
  });

  it('lets only a group’s administrators change its follows; /follow lists them for everyone; /unfollow stops them', async () => {
    const { api } = await setUp();
    await start();
    const group = -100700;
    expect(await say(group, '/follow Clara Benz')).toBe(
      'Only an administrator of this chat can change what it follows. /follow alone lists it, for everyone.',
    );
    api.members.set(`${group}:${ANN.id}`, 'administrator');
    expect(await say(group, '/follow Clara Benz')).toContain('Following “Clara Benz”');
    expect(await say(group, '/follow clara  benz')).toBe('This chat follows “clara benz” already.');
    api.members.set(`${group}:${ANN.id}`, 'member');
    expect(await say(group, '/follow')).toContain('• Clara Benz');
    expect(await say(group, '/unfollow all')).toContain('Only an administrator');
    api.members.set(`${group}:${ANN.id}`, 'creator');
    expect(await say(group, '/unfollow Clara Benz')).toBe('No more alerts about “Clara Benz”.');
    expect(await say(group, '/follow x')).toContain('2 to 100 characters');
  });

  it('stops the follows of a chat the bot was removed from, as its digest', async () => {
    const { api } = await setUp();
    const { follows } = await start();
    expect(await say(71, '/follow Clara Benz')).toContain('Following');
    api.push({
      my_chat_member: {
        chat: { id: 71, type: 'private', first_name: 'Ann' },
        from: ANN,
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: 'member', user: api.me },
        new_chat_member: { status: 'kicked', user: api.me, until_date: 0 },
      },
    } as Omit<Update, 'update_id'>);
    const deadline = Date.now() + 2000;
    const following = () =>
      follows.service.handleCommand({
        platform: 'telegram',
        chatId: '71',
        name: 'follow',
        args: '',
        isAdmin: false,
      });
    while (!following().startsWith('This chat follows nothing') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(following()).toMatch(/^This chat follows nothing yet\./);
  });
});

describe('/feeds in Telegram', () => {
  it('lets an administrator add a feed, polled at once, and remove it; lists the feeds with their state; keeps FEED_URLS', async () => {
    const { site, api } = await setUp();
    const env = site.feed('/env.xml', 'rss', 'Env Herald');
    const added = site.feed('/news.json', 'json', 'City Herald');
    site.page('/news/school', 'A new school in the north', SCHOOL);
    added.publish({
      id: 'school',
      title: 'A new school in the north',
      link: '/news/school',
      date: '2024-03-04T09:00:00Z',
    });
    await start({ urls: [env.url] });
    const group = -100800;

    expect(await say(group, `/feeds add ${added.url}`)).toBe(
      'Only an administrator of this chat can add or remove feeds. /feeds alone lists them, for everyone.',
    );
    api.members.set(`${group}:${ANN.id}`, 'administrator');
    expect(await say(group, `/feeds add ${added.url}`)).toBe(
      `Following City Herald (${added.url}): its first poll took 1 new article into the corpus; new ones come as they are published.`,
    );
    expect(await say(group, `/feeds add ${added.url}`)).toBe(
      `${added.url} is followed already. /feeds lists the feeds.`,
    );
    const list = await say(group, '/feeds');
    expect(list).toMatch(/^Feeds followed \(2\):/);
    expect(list).toMatch(
      new RegExp(
        `• Env Herald: ${env.url} \\(from FEED_URLS\\): last polled \\d+ s ago, working; 0 articles taken`,
      ),
    );
    expect(list).toMatch(
      new RegExp(
        `• City Herald: ${added.url} \\(added in a chat\\): last polled \\d+ s ago, working; 1 article taken`,
      ),
    );

    expect(await say(group, `/feeds remove ${env.url}`)).toBe(
      `${env.url} comes from FEED_URLS, the server's own setting: it cannot be removed from a chat.`,
    );
    expect(await say(group, `/feeds remove ${added.url}`)).toBe(
      `No longer following ${added.url}. Its articles stay in the corpus.`,
    );
    expect(await say(group, '/feeds')).toMatch(/^Feeds followed \(1\):/);
  });

  it('says how a new feed’s first poll failed, and shows no token of its address', async () => {
    const { site } = await setUp();
    site.status('/broken.xml?token=s3cret', 500);
    await start();
    const reply = await say(70, `/feeds add ${site.url('/broken.xml?token=s3cret')}`);
    expect(reply).toBe(
      `Following ${site.url('/broken.xml?token=…')}, but its first poll failed (HTTP 500); it is tried again later, less often while it fails. /feeds remove ${site.url('/broken.xml?token=…')} stops it.`,
    );
    expect(reply + logs.join('\n')).not.toContain('s3cret');
  });

  it('refuses a feed on a local address unless FEEDS_ALLOW_PRIVATE is set, and an address that is no feed URL', async () => {
    const { site } = await setUp();
    await start({ allowPrivate: false });
    expect(await say(70, `/feeds add ${site.url('/rss.xml')}`)).toBe(
      `${site.url('/rss.xml')} cannot be added: it points at a local or private address (127.0.0.1), which a feed added in a chat may not.`,
    );
    expect(await say(70, '/feeds add http://localhost:9/rss.xml')).toMatch(
      /^http:\/\/localhost:9\/rss\.xml cannot be added: it points at a local or private address \((127\.0\.0\.1|::1)\)/,
    );
    expect(await say(70, '/feeds add ftp://example.org/feed')).toBe(
      '“ftp://example.org/feed” is not a feed address I can take: give an http or https URL, without a user name or password.',
    );
    expect(await say(70, '/feeds')).toMatch(/^No feed is followed\./);
  });
});
