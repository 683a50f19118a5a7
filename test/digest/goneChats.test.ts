import { describe, expect, it } from 'vitest';
import { DAY, adminCommand, digestTestbed } from '../helpers/digestHarness.js';

const bed = digestTestbed();
const telegram = (chatId: string) => ({ platform: 'telegram' as const, chatId });

describe('gone chats', () => {
  it('unsubscribes a chat the platform says is gone (403), and sends it nothing more', async () => {
    const { clock, transport, digests } = bed.start('2024-06-01T00:00:00Z');
    adminCommand(digests, '-5', 'on 08:00 UTC');
    adminCommand(digests, '6', 'on 08:00 UTC');
    transport.answer = (chatId) =>
      chatId === '-5'
        ? { status: 'gone', reason: 'Forbidden: bot was kicked from the group chat' }
        : { status: 'sent' };
    clock.set('2024-06-01T08:00:00Z');
    expect(await digests.scheduler.tick()).toMatchObject({ sent: 1, gone: 1 });
    expect(digests.store.subscription(telegram('-5'))).toMatchObject({
      active: false,
      stoppedReason: 'gone',
    });
    expect(digests.store.deliveries(telegram('-5'))).toEqual([]);
    clock.advance(DAY);
    await digests.scheduler.tick();
    expect(transport.attempts.filter((a) => a.chatId === '-5')).toHaveLength(1);
    expect(transport.sentTo('6')).toHaveLength(2);
  });

  it('unsubscribes a chat the adapter reports gone (the bot was removed)', async () => {
    const { clock, transport, digests } = bed.start('2024-06-01T00:00:00Z');
    adminCommand(digests, '-5', 'on 08:00 UTC');
    digests.service.chatGone(telegram('-5'));
    clock.set('2024-06-01T08:00:00Z');
    expect((await digests.scheduler.tick()).looked).toBe(0);
    expect(transport.attempts).toEqual([]);
  });

  it('moves the subscription of a group that became a supergroup, sends there once, and keeps what it has seen', async () => {
    const { clock, transport, digests } = bed.start('2024-06-01T00:00:00Z');
    adminCommand(digests, '-100', 'on 08:00 UTC');
    adminCommand(digests, '-100', 'topic violence');
    transport.answer = (chatId) =>
      chatId === '-100' ? { status: 'migrated', newChatId: '-1001234' } : { status: 'sent' };
    clock.set('2024-06-01T08:00:00Z');
    expect(await digests.scheduler.tick()).toMatchObject({ sent: 1, migrated: 1 });
    expect(transport.sent.map((s) => s.chatId)).toEqual(['-1001234']);
    expect(digests.store.subscription(telegram('-100'))).toBeUndefined();
    expect(digests.store.subscription(telegram('-1001234'))).toMatchObject({
      active: true,
      topic: 'violence',
      schedule: { time: '08:00', timeZone: 'UTC' },
    });
    expect(digests.store.deliveries(telegram('-1001234'))).toMatchObject([
      { localDate: '2024-06-01', status: 'sent' },
    ]);

    clock.advance(DAY);
    await digests.scheduler.tick();
    const [first, second] = transport.sentTo('-1001234').map((s) => s.digest.entries.map((e) => e.item.text));
    expect(second).toBeDefined();
    expect(second!.filter((text) => first!.includes(text))).toEqual([]);
  });

  it('does not send after a move when the new chat already had today’s digest', async () => {
    const { clock, transport, digests } = bed.start('2024-06-01T00:00:00Z');
    adminCommand(digests, '-1001234', 'on 07:00 UTC');
    clock.set('2024-06-01T07:00:00Z');
    await digests.scheduler.tick();
    adminCommand(digests, '-100', 'on 08:00 UTC');
    transport.answer = (chatId) =>
      chatId === '-100' ? { status: 'migrated', newChatId: '-1001234' } : { status: 'sent' };
    clock.set('2024-06-01T08:00:00Z');
    expect(await digests.scheduler.tick()).toMatchObject({ sent: 0, migrated: 1 });
    expect(transport.sentTo('-1001234')).toHaveLength(1);
    expect(digests.store.subscription(telegram('-1001234'))?.schedule.time).toBe('07:00');
  });

  it('follows a migration the adapter reports, keeping the new chat’s own settings if it has some', () => {
    const { digests } = bed.start('2024-06-01T00:00:00Z');
    adminCommand(digests, '-100', 'on 07:00 UTC');
    adminCommand(digests, '-1009', 'on 09:00 Asia/Almaty');
    digests.service.chatMigrated('telegram', '-100', '-1009');
    expect(digests.store.subscription(telegram('-100'))).toBeUndefined();
    expect(digests.store.subscription(telegram('-1009'))?.schedule).toEqual({
      time: '09:00',
      timeZone: 'Asia/Almaty',
    });
  });
});
