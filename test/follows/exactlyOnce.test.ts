import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledgeBase.js';
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
    expect(store.claimAlert(CHAT, 'school', 'dead', clock.now, clock.now + 10 * MINUTE).kind).toBe('claimed');
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
    store.claimAlert(CHAT, 'school', 'dead', clock.now, clock.now + 10 * MINUTE);
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
});
