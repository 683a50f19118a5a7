import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledgeBase.js';
import { FeedStore } from '../../src/feeds/feedStore.js';
import { FollowAlerter } from '../../src/follows/followAlerter.js';
import { FollowStore } from '../../src/follows/followStore.js';
import { createLogger } from '../../src/logger.js';
import { FakeTransport, MINUTE, TempFolders, TestClock } from '../helpers/digestHarness.js';

const temp = new TempFolders();
const stores: FollowStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  temp.cleanup();
});

const CHAT = { platform: 'telegram' as const, chatId: '70' };
const kb = KnowledgeBase.build([
  {
    id: 'school',
    file: 'school.md',
    title: 'A new school in the north',
    date: '2024-03-04',
    url: 'https://news.example.org/school',
    text: 'Mayor Clara Benz opened the new school in the northern district on Monday.',
  },
]);

/** A store on a fresh database file whose chat 70 follows Clara Benz, and a clock. */
function setUp(): { file: string; store: FollowStore; clock: TestClock } {
  const file = path.join(temp.make(), 'factdesk.db');
  const store = open(file);
  const clock = new TestClock(Date.parse('2024-03-04T10:00:00Z'));
  store.addFollow(CHAT, 'Clara Benz', 20, clock.now);
  return { file, store, clock };
}

function open(file: string): FollowStore {
  const store = FollowStore.open(file);
  stores.push(store);
  return store;
}

/** An alerter ("process") on its own connection to the database, sending through `transport` without waiting. */
function alerter(
  file: string,
  clock: TestClock,
  transport: FakeTransport,
  logs: string[] = [],
): FollowAlerter {
  return new FollowAlerter({
    store: open(file),
    kb,
    transports: [transport],
    clock: clock.read,
    owner: `process-${stores.length}`,
    retry: { delaysMs: [], sleep: async () => undefined },
    logger: createLogger('debug', [], (line) => logs.push(line)),
  });
}

describe('a follow’s alert', () => {
  it('is sent once however many processes see the article, and never again for it', async () => {
    const { file, store, clock } = setUp();
    const transport = new FakeTransport('telegram', clock);
    const [one, two] = [alerter(file, clock, transport), alerter(file, clock, transport)];
    const reports = await Promise.all([one.articlesAdded(['school']), two.articlesAdded(['school'])]);
    expect(reports.map((r) => r.sent).sort()).toEqual([0, 1]);
    expect(transport.sentTo('70')).toHaveLength(1);
    expect(transport.sent[0]?.digest.heading).toBe(
      'New article about “Clara Benz”: A new school in the north',
    );
    expect(store.alertStatus(CHAT, 'school')).toBe('sent');
    // The same article added again (its file removed, then copied back) brings nothing.
    expect(await one.articlesAdded(['school'])).toMatchObject({ sent: 0 });
    expect(transport.sent).toHaveLength(1);
  });

  it('is not sent again when its process died while sending it, even once its lease has run out', async () => {
    const { file, store, clock } = setUp();
    expect(
      store.claimAlert(CHAT, 'school', ['clara benz'], 'dead', clock.now, clock.now + 10 * MINUTE).kind,
    ).toBe('claimed');
    store.startSending(CHAT, 'school', 'dead', clock.now);
    const transport = new FakeTransport('telegram', clock);
    const logs: string[] = [];
    const other = alerter(file, clock, transport, logs);
    expect(await other.articlesAdded(['school'])).toMatchObject({ sent: 0, skipped: 1 });
    clock.advance(11 * MINUTE);
    expect(await other.pass()).toMatchObject({ sent: 0, interrupted: 1 });
    expect(transport.attempts).toEqual([]);
    expect(store.alertStatus(CHAT, 'school')).toBe('failed');
    expect(logs).toContain(
      'warning: follows: alert of school to telegram chat 70: dead stopped while sending it; not sent again in case it arrived',
    );
  });

  it('is sent by another process when its owner died before it began sending, once the lease has run out', async () => {
    const { file, store, clock } = setUp();
    store.claimAlert(CHAT, 'school', ['clara benz'], 'dead', clock.now, clock.now + 10 * MINUTE);
    const transport = new FakeTransport('telegram', clock);
    const other = alerter(file, clock, transport);
    await other.articlesAdded(['school']);
    expect(transport.attempts).toEqual([]);
    clock.advance(11 * MINUTE);
    expect(await other.pass()).toMatchObject({ sent: 1 });
    expect(transport.sentTo('70')).toHaveLength(1);
  });

  it('is tried again at a later pass when the platform did not take it, and sent once', async () => {
    const { file, clock } = setUp();
    const transport = new FakeTransport('telegram', clock);
    transport.answer = (_chat, attempt) =>
      attempt === 0 ? { status: 'retry', reason: '502 Bad Gateway' } : { status: 'sent' };
    const one = alerter(file, clock, transport);
    expect(await one.articlesAdded(['school'])).toMatchObject({ sent: 0, released: 1 });
    clock.advance(MINUTE / 2);
    expect(await one.pass()).toMatchObject({ sent: 1 });
    expect(await one.pass()).toMatchObject({ sent: 0 });
    expect(transport.sentTo('70')).toHaveLength(1);
  });

  it('stops the follows of a chat the platform says is gone', async () => {
    const { file, store, clock } = setUp();
    const transport = new FakeTransport('telegram', clock);
    transport.answer = () => ({ status: 'gone', reason: '403 Forbidden: bot was kicked' });
    expect(await alerter(file, clock, transport).articlesAdded(['school'])).toMatchObject({ gone: 1 });
    expect(store.follows(CHAT)).toEqual([]);
  });

  it('goes only to the platforms this process serves', async () => {
    const { file, clock } = setUp();
    const slack = new FakeTransport('slack', clock);
    expect(await alerter(file, clock, slack).articlesAdded(['school'])).toMatchObject({ sent: 0 });
    expect(slack.attempts).toEqual([]);
  });

  it('is not sent to a chat that unfollowed after the pass read the chats’ follows', async () => {
    const { file, clock } = setUp();
    const transport = new FakeTransport('telegram', clock);
    const one = alerter(file, clock, transport);
    const store = stores.at(-1)!;
    const followingChats = store.followingChats.bind(store);
    vi.spyOn(store, 'followingChats').mockImplementation((platforms) => {
      const chats = followingChats(platforms);
      store.removeFollow(CHAT, 'clara  BENZ');
      return chats;
    });
    expect(await one.articlesAdded(['school'])).toMatchObject({ sent: 0 });
    expect(transport.attempts).toEqual([]);
    expect(store.alertStatus(CHAT, 'school')).toBeUndefined();
  });
});

describe('alerts owed when a process stops', () => {
  it('are sent by the next start: an alert the platform had not taken yet', async () => {
    const { file, clock } = setUp();
    const transport = new FakeTransport('telegram', clock);
    transport.answer = (_chat, attempt) =>
      attempt === 0 ? { status: 'retry', reason: '502 Bad Gateway' } : { status: 'sent' };
    const before = alerter(file, clock, transport);
    expect(await before.articlesAdded(['school'])).toMatchObject({ released: 1 });
    await before.stop();

    const restarted = alerter(file, clock, transport);
    restarted.start();
    await restarted.stop();
    expect(transport.sentTo('70')).toHaveLength(1);
    // Sent, it is owed no more: neither this process nor a later one sends it again.
    expect(await restarted.pass()).toMatchObject({ sent: 0, skipped: 0 });
    expect(await alerter(file, clock, transport).pass()).toMatchObject({ sent: 0, skipped: 0 });
    expect(transport.sentTo('70')).toHaveLength(1);
  });

  it('are sent by the next start once the lease of a claim the killed process left has run out', async () => {
    const { file, clock } = setUp();
    const transport = new FakeTransport('telegram', clock);
    const killed = alerter(file, clock, transport);
    // Killed after claiming the alert, before it began sending it.
    vi.spyOn(stores.at(-1)!, 'startSending').mockImplementation(() => {
      throw new Error('killed');
    });
    await killed.articlesAdded(['school']);
    expect(transport.attempts).toEqual([]);

    const restarted = alerter(file, clock, transport);
    expect(await restarted.pass()).toMatchObject({ sent: 0, skipped: 1 });
    clock.advance(11 * MINUTE);
    expect(await restarted.pass()).toMatchObject({ sent: 1 });
    expect(transport.sentTo('70')).toHaveLength(1);
  });

  it('are given up, said in the log, for an article added more than a day ago', async () => {
    const { file, clock } = setUp();
    const transport = new FakeTransport('telegram', clock);
    transport.answer = () => ({ status: 'retry', reason: '502 Bad Gateway' });
    const logs: string[] = [];
    const one = alerter(file, clock, transport, logs);
    await one.articlesAdded(['school']);
    clock.advance(24 * 60 * MINUTE + 1);
    transport.answer = () => ({ status: 'sent' });
    expect(await one.pass()).toMatchObject({ sent: 0 });
    expect(transport.sentTo('70')).toEqual([]);
    expect(logs).toContain(
      'warning: follows: alerts of 1 article added more than 1d ago given up unsent: school',
    );
  });

  it('are sent by the next start for a feed’s article whose file the killed process named, before the sync read it', async () => {
    const { file, clock } = setUp();
    const feeds = FeedStore.open(file);
    const feed = 'https://news.example.org/rss';
    feeds.claimItem(feed, { key: 'urn:school' }, clock.now, 0);
    expect(feeds.reserveFile(feed, 'urn:school', 'school.md', clock.now, () => false)).toBe('school.md');
    feeds.close();
    // Killed then: the next start reads school.md as there at start-up.
    const transport = new FakeTransport('telegram', clock);
    const restarted = alerter(file, clock, transport);
    restarted.start();
    await restarted.stop();
    expect(transport.sentTo('70')).toHaveLength(1);
  });

  it('are none for the articles there when a process first starts', async () => {
    const { file, clock } = setUp();
    const transport = new FakeTransport('telegram', clock);
    const first = alerter(file, clock, transport);
    first.start();
    await first.stop();
    expect(await first.pass()).toMatchObject({ sent: 0 });
    expect(transport.attempts).toEqual([]);
  });
});
