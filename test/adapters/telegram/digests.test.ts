import type { Update, User } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { telegramDigestTransport } from '../../../src/adapters/telegram/digestTransport.js';
import type { Digests } from '../../../src/digest/openDigests.js';
import { DAY, TestClock, digestTestbed } from '../../helpers/digestHarness.js';
import type { ApiCall } from './fakeBotApi.js';
import { ANN, FakeBotApi, TOKEN, chatOf, textMessage } from './fakeBotApi.js';
import type { RunningBot } from './harness.js';
import { startBot } from './harness.js';
import { parseTelegramHtml } from './telegramHtml.js';

const bed = digestTestbed();

interface Running {
  api: FakeBotApi;
  bot: RunningBot;
  digests: Digests;
  clock: TestClock;
  /** The waits between retries the scheduler asked for (it does not wait in tests). */
  waits: number[];
}

const running: Running[] = [];
afterEach(async () => {
  for (const { bot, api } of running.splice(0)) {
    await bot.stop();
    await api.close();
  }
});

/** The bot by long polling and the digests on a fresh database, both talking to one fake Bot API. */
async function setUp(iso = '2024-06-01T07:00:00Z'): Promise<Running> {
  const api = await FakeBotApi.start();
  const clock = new TestClock(Date.parse(iso));
  const waits: number[] = [];
  const digests = bed.open({
    file: bed.databaseFile(),
    clock,
    waits,
    transports: [telegramDigestTransport({ token: TOKEN, apiRoot: api.url })],
  });
  const bot = await startBot({ api, kb: bed.kb, digests: digests.service });
  const run = { api, bot, digests, clock, waits };
  running.push(run);
  return run;
}

/** Sends `text` to a chat and resolves with the bot's reply, as Telegram would show it. */
async function say(api: FakeBotApi, chatId: number, text: string, extra = {}): Promise<string> {
  const before = api.sent('sendMessage', (p) => p.chat_id === chatId).length;
  api.push(textMessage(chatId, text, extra));
  const reply = await api.waitFor('sendMessage', (p) => p.chat_id === chatId, { count: before + 1 });
  return shown(reply);
}

function shown(call: ApiCall): string {
  const parsed = parseTelegramHtml(call.params.text as string);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.text;
}

/** The digests Telegram accepted for a chat (command replies answer a message; a digest does not). */
const digestsTo = (api: FakeBotApi, chatId: number): ApiCall[] =>
  api.sent('sendMessage', (p) => p.chat_id === chatId && p.reply_parameters === undefined && isDigest(p));
const isDigest = (p: Record<string, unknown>) => String(p.text).startsWith('<b>Daily digest');

const telegram = (chatId: number) => ({ platform: 'telegram' as const, chatId: String(chatId) });

/** Handled in order within a chat: once the bot answers this, it has handled every earlier update of the chat. */
async function barrier(api: FakeBotApi, chatId: number): Promise<void> {
  await say(api, chatId, '/help');
}

describe('daily digests in Telegram', () => {
  it('subscribes a private chat with /digest on, and delivers its digest at that time once that day', async () => {
    const { api, digests, clock } = await setUp();
    expect(await say(api, 70, '/digest on 08:00 UTC')).toContain(
      'Daily digest on: every day at 08:00 (UTC); the next comes today at 08:00.',
    );
    expect((await digests.scheduler.tick()).sent).toBe(0);

    clock.set('2024-06-01T08:00:30Z');
    expect(await digests.scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
    const [digest] = digestsTo(api, 70);
    expect(digest?.params).toMatchObject({ parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    const text = shown(digest!);
    expect(text).toMatch(/^Daily digest · 1 June 2024\n\n1\. /);
    expect(text).toContain('Source: ');
    // Each fact cites its article: as many sources as numbered facts.
    expect(text.match(/^\d\. /gm)?.length).toBe(text.match(/Source: /g)?.length);

    clock.set('2024-06-01T20:00:00Z');
    await digests.scheduler.tick();
    expect(digestsTo(api, 70)).toHaveLength(1);
    clock.advance(DAY);
    await digests.scheduler.tick();
    expect(digestsTo(api, 70)).toHaveLength(2);
  });

  it('lets only a group’s administrators change its digest, asking Telegram only then; anonymous admins count', async () => {
    const { api, digests } = await setUp();
    const group = -100500;
    const memberCalls = () => api.sent('getChatMember').length;
    expect(await say(api, group, '/digest on 08:00 UTC')).toContain(
      'Only an administrator of this chat can change its digest',
    );
    expect(api.sent('getChatMember')[0]?.params).toEqual({ chat_id: group, user_id: ANN.id });
    expect(digests.store.subscription(telegram(group))).toBeUndefined();

    expect(await say(api, group, '/digest status')).toMatch(/^Daily digest: off\./);
    expect(memberCalls()).toBe(1);

    api.members.set(`${group}:${ANN.id}`, 'administrator');
    expect(await say(api, group, '/digest on 08:00 UTC')).toContain('Daily digest on');
    expect(digests.store.subscription(telegram(group))?.active).toBe(true);

    // An admin posting as the group: Telegram shows @GroupAnonymousBot as the sender.
    const anonymous: User = {
      id: 1087968824,
      is_bot: true,
      first_name: 'Group',
      username: 'GroupAnonymousBot',
    };
    const other = -100600;
    expect(await say(api, other, '/digest off', { from: anonymous, sender_chat: chatOf(other) })).toBe(
      'The daily digest is already off.',
    );
    expect(memberCalls()).toBe(2);
  });

  it('shows /digest now as a preview in the chat, which does not replace the day’s digest', async () => {
    const { api } = await setUp();
    const reply = await say(api, 71, '/digest now');
    expect(reply).toMatch(
      /^A preview of the digest\. .*\/digest on sends one every day\.\n\nDigest preview · 1 June 2024/,
    );
    expect(reply).toContain('Source: ');
  });

  it('unsubscribes a chat whose user blocked the bot (403) at its next digest, and sends nothing more', async () => {
    const { api, digests, clock } = await setUp();
    await say(api, 72, '/digest on 08:00 UTC');
    api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    clock.set('2024-06-01T08:01:00Z');
    expect(await digests.scheduler.tick()).toMatchObject({ gone: 1, sent: 0 });
    expect(digests.store.subscription(telegram(72))).toMatchObject({ active: false, stoppedReason: 'gone' });
    clock.advance(DAY);
    expect((await digests.scheduler.tick()).looked).toBe(0);
    expect(api.calls.filter((c) => c.method === 'sendMessage' && isDigest(c.params))).toHaveLength(1);
  });

  it('follows a group that became a supergroup: the digest goes to the new id, and the subscription moves', async () => {
    const { api, digests, clock } = await setUp();
    const group = -500;
    const supergroup = -1001234500;
    api.members.set(`${group}:${ANN.id}`, 'creator');
    await say(api, group, '/digest on 08:00 UTC');
    await say(api, group, '/digest topic violence');
    api.failNext('sendMessage', {
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: supergroup },
    });
    clock.set('2024-06-01T08:01:00Z');
    expect(await digests.scheduler.tick()).toMatchObject({ migrated: 1, sent: 1 });
    expect(digestsTo(api, supergroup)).toHaveLength(1);
    expect(digests.store.subscription(telegram(group))).toBeUndefined();
    expect(digests.store.subscription(telegram(supergroup))).toMatchObject({
      active: true,
      topic: 'violence',
    });
  });

  it('moves the subscription when Telegram reports the migration as a service message', async () => {
    const { api, digests } = await setUp();
    const group = -600;
    api.members.set(`${group}:${ANN.id}`, 'administrator');
    await say(api, group, '/digest on 09:00 Asia/Almaty');
    api.push(serviceMessage(group, { migrate_to_chat_id: -1001234600 }));
    await barrier(api, group);
    expect(digests.store.subscription(telegram(group))).toBeUndefined();
    expect(digests.store.subscription(telegram(-1001234600))).toMatchObject({
      active: true,
      schedule: { time: '09:00', timeZone: 'Asia/Almaty' },
    });
  });

  it('turns the digest off when the bot is removed from a group', async () => {
    const { api, digests } = await setUp();
    const group = -700;
    api.members.set(`${group}:${ANN.id}`, 'administrator');
    await say(api, group, '/digest on');
    api.push(removed(api, group));
    await barrier(api, group);
    expect(digests.store.subscription(telegram(group))).toMatchObject({
      active: false,
      stoppedReason: 'gone',
    });
  });

  it('waits out a 429 as Telegram asks, then sends the digest once', async () => {
    const { api, digests, clock, waits } = await setUp();
    await say(api, 73, '/digest on 08:00 UTC');
    api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 3',
      parameters: { retry_after: 3 },
    });
    clock.set('2024-06-01T08:01:00Z');
    expect(await digests.scheduler.tick()).toMatchObject({ sent: 1, released: 0 });
    expect(waits).toEqual([3000]);
    const attempts = api.calls.filter((c) => c.method === 'sendMessage' && isDigest(c.params));
    expect(attempts.map((c) => c.ok)).toEqual([false, true]);
  });
});

let serviceIds = 50_000;

function serviceMessage(chatId: number, fields: Record<string, unknown>): Omit<Update, 'update_id'> {
  return {
    message: {
      message_id: serviceIds++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'group', title: 'Newsroom' },
      from: ANN,
      ...fields,
    },
  } as Omit<Update, 'update_id'>;
}

function removed(api: FakeBotApi, chatId: number): Omit<Update, 'update_id'> {
  const date = Math.floor(Date.now() / 1000);
  return {
    my_chat_member: {
      chat: { id: chatId, type: 'group', title: 'Newsroom' },
      from: ANN,
      date,
      old_chat_member: { status: 'member', user: api.me },
      new_chat_member: { status: 'kicked', user: api.me, until_date: 0 },
    },
  } as Omit<Update, 'update_id'>;
}
