import { describe, expect, it } from 'vitest';
import type { Digests } from '../../src/digest/openDigests.js';
import {
  DAY,
  FakeTransport,
  MINUTE,
  TestClock,
  adminCommand,
  digestTestbed,
} from '../helpers/digestHarness.js';

const bed = digestTestbed();

function digestsOn(
  file: string,
  clock: TestClock,
  transport: FakeTransport,
  extra: { owner?: string; waits?: number[] } = {},
): Digests {
  return bed.open({ file, clock, transports: [transport], ...extra });
}

const subscribe = (digests: Digests, chatId: string, args = 'on 08:30 Asia/Almaty') =>
  adminCommand(digests, chatId, args);

describe('exactly one digest per chat per local day', () => {
  it('sends at the time, not before and not again that day, and again the next day — across a restart', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2024-06-01T02:00:00Z')); // 07:00 in Almaty
    const transport = new FakeTransport('telegram', clock);
    const first = digestsOn(file, clock, transport);
    subscribe(first, '42');

    clock.set('2024-06-01T03:29:00Z');
    expect((await first.scheduler.tick()).sent).toBe(0);
    clock.set('2024-06-01T03:30:00Z');
    expect((await first.scheduler.tick()).sent).toBe(1);
    clock.advance(MINUTE);
    expect((await first.scheduler.tick()).sent).toBe(0);
    await first.close();

    // A restart the same day: the delivery row says today's digest went out.
    clock.set('2024-06-01T09:00:00Z');
    const second = digestsOn(file, clock, transport);
    second.scheduler.start();
    await second.scheduler.tick();
    expect(transport.sent).toHaveLength(1);

    clock.set('2024-06-02T03:30:00Z');
    expect((await second.scheduler.tick()).sent).toBe(1);
    expect(transport.sent.map((s) => s.digest.localDate)).toEqual(['2024-06-01', '2024-06-02']);
    expect(second.store.deliveries({ platform: 'telegram', chatId: '42' }).map((d) => d.status)).toEqual([
      'sent',
      'sent',
    ]);
  });

  it('records in the claim which facts go out, and those are the facts sent', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2024-06-01T00:00:00Z'));
    const transport = new FakeTransport('telegram', clock);
    const digests = digestsOn(file, clock, transport);
    subscribe(digests, '42');
    clock.set('2024-06-01T04:00:00Z');
    await digests.scheduler.tick();
    const [delivery] = digests.store.deliveries({ platform: 'telegram', chatId: '42' });
    const sentTexts = transport.sent[0]!.digest.entries.map((e) => e.item.text);
    expect(delivery!.factIds.map((id) => bed.kb.fact(id)!.text)).toEqual(sentTexts);
    expect(sentTexts.length).toBeGreaterThanOrEqual(3);
  });

  it('two stores (two processes’ worth) on one file send each chat’s digest once between them', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2024-06-01T00:00:00Z'));
    // Slow sends, so that both ticks are under way at the same time.
    const slow = () =>
      new Promise<{ status: 'sent' }>((resolve) => setTimeout(() => resolve({ status: 'sent' }), 5));
    const a = new FakeTransport('telegram', clock);
    const b = new FakeTransport('telegram', clock);
    a.answer = slow;
    b.answer = slow;
    const one = digestsOn(file, clock, a, { owner: 'one' });
    const two = digestsOn(file, clock, b, { owner: 'two' });
    const chats = Array.from({ length: 30 }, (_, i) => String(1000 + i));
    for (const chat of chats) subscribe(chats.indexOf(chat) % 2 ? one : two, chat, 'on 08:00 UTC');

    clock.set('2024-06-01T08:00:00Z');
    const [r1, r2] = await Promise.all([one.scheduler.tick(), two.scheduler.tick()]);
    expect(r1.sent + r2.sent).toBe(30);
    expect(r1.sent).toBeGreaterThan(0);
    expect(r2.sent).toBeGreaterThan(0);
    const sentTo = [...a.sent, ...b.sent].map((s) => s.chatId).sort();
    expect(sentTo).toEqual(chats);
    clock.advance(MINUTE);
    const again = await Promise.all([one.scheduler.tick(), two.scheduler.tick()]);
    expect(again[0].sent + again[1].sent).toBe(0);
  });

  it('leaves a chat alone while another process is sending its digest', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2024-06-01T00:00:00Z'));
    const a = new FakeTransport('telegram', clock);
    const b = new FakeTransport('telegram', clock);
    let finish!: () => void;
    a.answer = () => new Promise((resolve) => (finish = () => resolve({ status: 'sent' })));
    const one = digestsOn(file, clock, a, { owner: 'one' });
    const two = digestsOn(file, clock, b, { owner: 'two' });
    subscribe(one, '7', 'on 08:00 UTC');
    clock.set('2024-06-01T08:00:00Z');
    const sending = one.scheduler.tick();
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(MINUTE);
    expect(await two.scheduler.tick()).toMatchObject({ sent: 0, skipped: 1 });
    finish();
    expect((await sending).sent).toBe(1);
    expect(a.sent).toHaveLength(1);
    expect(b.attempts).toHaveLength(0);
  });

  it('takes over, once its lease has run out, a claim whose owner died before it began sending', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2024-06-01T00:00:00Z'));
    const transport = new FakeTransport('telegram', clock);
    const digests = digestsOn(file, clock, transport, { owner: 'survivor' });
    subscribe(digests, '42', 'on 08:00 UTC');
    clock.set('2024-06-01T08:00:00Z');
    // What a process leaves when it dies between committing its claim and beginning to send.
    digests.store.immediate(() =>
      digests.store.insertDelivery({
        platform: 'telegram',
        chatId: '42',
        localDate: '2024-06-01',
        owner: 'crashed',
        now: clock.now,
        leaseUntil: clock.now + 10 * MINUTE,
        cycle: 1,
        cycleRestarted: false,
        factIds: [],
      }),
    );
    expect(await digests.scheduler.tick()).toMatchObject({ sent: 0, skipped: 1 });
    clock.advance(11 * MINUTE);
    expect((await digests.scheduler.tick()).sent).toBe(1);
    expect(transport.sent).toHaveLength(1);
    expect(digests.store.delivery({ platform: 'telegram', chatId: '42' }, '2024-06-01')).toMatchObject({
      status: 'sent',
      owner: 'survivor',
      attempts: 2,
    });
  });

  it('retries a failed send with backoff, and sends once', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2024-06-01T00:00:00Z'));
    const transport = new FakeTransport('telegram', clock);
    transport.answer = (_chat, attempt) =>
      attempt < 2 ? { status: 'retry', reason: 'HTTP 502' } : { status: 'sent' };
    const waits: number[] = [];
    const digests = digestsOn(file, clock, transport, { waits });
    subscribe(digests, '42', 'on 08:00 UTC');
    clock.set('2024-06-01T08:00:00Z');
    expect((await digests.scheduler.tick()).sent).toBe(1);
    expect(waits).toEqual([1_000, 4_000]);
    expect(transport.attempts.map((a) => a.outcome)).toEqual(['retry', 'retry', 'sent']);
    expect(transport.sent).toHaveLength(1);
  });

  it('gives a digest that still fails back for the next tick, which sends it once', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2024-06-01T00:00:00Z'));
    const transport = new FakeTransport('telegram', clock);
    let down = true;
    transport.answer = () => (down ? { status: 'retry', reason: 'ECONNREFUSED' } : { status: 'sent' });
    const digests = digestsOn(file, clock, transport);
    subscribe(digests, '42', 'on 08:00 UTC');
    clock.set('2024-06-01T08:00:00Z');
    expect(await digests.scheduler.tick()).toMatchObject({ sent: 0, released: 1 });
    expect(transport.attempts).toHaveLength(3);
    expect(digests.store.deliveries({ platform: 'telegram', chatId: '42' })).toEqual([]);
    down = false;
    clock.advance(MINUTE);
    expect((await digests.scheduler.tick()).sent).toBe(1);
    clock.advance(MINUTE);
    expect((await digests.scheduler.tick()).sent).toBe(0);
    expect(transport.sent).toHaveLength(1);
  });

  it('waits as long as the platform asks (a 429) before the next try', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2024-06-01T00:00:00Z'));
    const transport = new FakeTransport('telegram', clock);
    transport.answer = (_chat, attempt) =>
      attempt === 0 ? { status: 'retry', reason: '429', retryAfterMs: 5 * MINUTE } : { status: 'sent' };
    const digests = digestsOn(file, clock, transport);
    subscribe(digests, '42', 'on 08:00 UTC');
    clock.set('2024-06-01T08:00:00Z');
    expect((await digests.scheduler.tick()).released).toBe(1);
    clock.advance(MINUTE);
    expect((await digests.scheduler.tick()).looked).toBe(0);
    clock.advance(5 * MINUTE);
    expect((await digests.scheduler.tick()).sent).toBe(1);
  });

  it('does not try again that day a digest the platform refused, or one whose send threw', async () => {
    const file = bed.databaseFile();
    const clock = new TestClock(Date.parse('2024-06-01T00:00:00Z'));
    const transport = new FakeTransport('telegram', clock);
    transport.answer = (chatId) => {
      if (chatId === 'threw') throw new Error('socket hang up');
      return { status: 'failed', reason: 'Bad Request: message is too long' };
    };
    const digests = digestsOn(file, clock, transport);
    subscribe(digests, 'refused', 'on 08:00 UTC');
    subscribe(digests, 'threw', 'on 08:00 UTC');
    clock.set('2024-06-01T08:00:00Z');
    expect((await digests.scheduler.tick()).failed).toBe(2);
    clock.advance(MINUTE);
    expect((await digests.scheduler.tick()).looked).toBe(0);
    expect(transport.attempts).toHaveLength(1); // the throwing send is not counted by the fake
    transport.answer = () => ({ status: 'sent' });
    clock.advance(DAY);
    expect((await digests.scheduler.tick()).sent).toBe(2);
  });
});
