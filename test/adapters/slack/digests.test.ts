import { afterEach, describe, expect, it } from 'vitest';
import { slackDigestTransport } from '../../../src/adapters/slack/digestTransport.js';
import type { Digests } from '../../../src/digest/openDigests.js';
import { createLogger } from '../../../src/logger.js';
import { DAY, TestClock, digestTestbed } from '../../helpers/digestHarness.js';
import type { SlackCall } from './fakeSlack.js';
import { FakeSlack } from './fakeSlack.js';
import type { HttpHarness } from './slackHarness.js';
import { BOT_TOKEN, blockText, startHttpApp } from './slackHarness.js';

const bed = digestTestbed();

interface Running {
  slack: HttpHarness;
  fake: FakeSlack;
  digests: Digests;
  clock: TestClock;
  waits: number[];
}

const running: Running[] = [];
afterEach(async () => {
  for (const { slack } of running.splice(0)) await slack.stop();
});

const CHANNEL = 'C0NEWSROOM';

/** The Bolt app in HTTP mode and the digests on a fresh database, both talking to one fake Slack. */
async function setUp(iso = '2024-06-01T07:00:00Z'): Promise<Running> {
  const fake = await FakeSlack.start({ botToken: BOT_TOKEN });
  const clock = new TestClock(Date.parse(iso));
  const waits: number[] = [];
  const logger = createLogger('error', [BOT_TOKEN], () => {});
  const digests = bed.open({
    file: bed.databaseFile(),
    clock,
    waits,
    transports: [slackDigestTransport({ botToken: BOT_TOKEN, apiUrl: fake.apiUrl, logger })],
  });
  const slack = await startHttpApp(bed.kb, { digests: digests.service, fake });
  // Alice created the channel; the app is in it.
  fake.channels.set(CHANNEL, { creator: 'U0ALICE', is_member: true });
  const run = { slack, fake, digests, clock, waits };
  running.push(run);
  return run;
}

/** `/factdesk digest …` from a user in a conversation; resolves with the (private) reply's text. */
async function digest(
  { slack, fake }: Running,
  args: string,
  fields: Record<string, string> = {},
): Promise<string> {
  const { ack, responseUrl } = await slack.command('/factdesk', `digest ${args}`, fields);
  expect(ack.status).toBe(200);
  const [reply] = await fake.waitFor('the reply', (c) => c.path === new URL(responseUrl).pathname);
  expect(reply!.body.response_type).toBe('ephemeral');
  return blockText(reply!.body);
}

const posts = (fake: FakeSlack, channel = CHANNEL): SlackCall[] =>
  fake.find((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
const slack = (chatId: string) => ({ platform: 'slack' as const, chatId });

/** Bolt acknowledges an event before its listener has run: wait (briefly) for what the listener does. */
async function eventually(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('not within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('daily digests in Slack', () => {
  it('subscribes a channel with /factdesk digest on, and posts its digest there at that time once that day', async () => {
    const run = await setUp();
    const { fake, digests, clock } = run;
    const reply = await digest(run, 'on 08:00 UTC');
    expect(reply).toMatch(/^Daily digest on: every day at 08:00 \(UTC\); the next comes today at 08:00\.\n/);
    // Commands in the reply are spelt as typed in Slack.
    expect(reply).toContain('/factdesk digest topic WORDS narrows it');
    expect((await digests.scheduler.tick()).sent).toBe(0);

    clock.set('2024-06-01T08:00:30Z');
    expect(await digests.scheduler.tick()).toMatchObject({ sent: 1, failed: 0 });
    const [post] = posts(fake);
    expect(post).toMatchObject({ token: BOT_TOKEN, body: { unfurl_links: 'false', unfurl_media: 'false' } });
    expect(post!.body.text).toBe('Daily digest · 1 June 2024');
    const text = blockText(post!.body);
    expect(text).toMatch(/^\*Daily digest · 1 June 2024\*\n\*1\.\* /);
    // Each fact quotes its sentence and cites its article.
    expect(text.match(/^\*\d\.\*/gm)?.length).toBe(text.match(/^Source: /gm)?.length);
    expect(text).toContain('\n>');

    clock.set('2024-06-01T20:00:00Z');
    await digests.scheduler.tick();
    expect(posts(fake)).toHaveLength(1);
    clock.advance(DAY);
    await digests.scheduler.tick();
    expect(posts(fake)).toHaveLength(2);
  });

  it('lets only the channel’s creator and workspace admins change its digest, asking Slack only then', async () => {
    const run = await setUp();
    const { fake, digests } = run;
    const asks = () => fake.find((c) => c.method === 'conversations.info' || c.method === 'users.info');
    const bob = { user_id: 'U0BOB', user_name: 'bob' };
    expect(await digest(run, 'on 08:00 UTC', bob)).toContain(
      'Only an administrator of this chat can change its digest',
    );
    expect(asks().map((c) => [c.method, c.body.channel ?? c.body.user])).toEqual([
      ['conversations.info', CHANNEL],
      ['users.info', 'U0BOB'],
    ]);
    expect(digests.store.subscription(slack(CHANNEL))).toBeUndefined();

    expect(await digest(run, 'status', bob)).toMatch(
      /^Daily digest: off\. \/factdesk digest on 08:00 UTC starts it/,
    );
    expect(await digest(run, 'now', bob)).toContain('Digest preview · 1 June 2024');
    expect(asks()).toHaveLength(2);

    fake.admins.add('U0BOB');
    expect(await digest(run, 'on 08:00 UTC', bob)).toMatch(/^Daily digest on/);
    expect(await digest(run, 'topic violence')).toMatch(/^Topic: “violence”/);
    expect(digests.store.subscription(slack(CHANNEL))).toMatchObject({ active: true, topic: 'violence' });
  });

  it('lists /factdesk digest in the help as available', async () => {
    const run = await setUp();
    const { responseUrl } = await run.slack.command('/factdesk', 'help');
    const [help] = await run.fake.waitFor('the help', (c) => c.path === new URL(responseUrl).pathname);
    expect(blockText(help!.body)).toContain(
      '`/factdesk digest` — a daily digest of facts in this chat, e.g. `/factdesk digest on 08:30 Asia/Almaty`',
    );
  });

  it('lets a user set up a digest in the app’s direct messages', async () => {
    const run = await setUp();
    run.fake.channels.set('D0ALICE', { is_im: true });
    expect(
      await digest(run, 'on 07:30 Europe/Berlin', { channel_id: 'D0ALICE', channel_name: 'directmessage' }),
    ).toMatch(/^Daily digest on: every day at 07:30 \(Europe\/Berlin\)/);
    expect(run.digests.store.subscription(slack('D0ALICE'))?.active).toBe(true);
  });

  it('changes nothing where the app cannot post, and says how to invite it', async () => {
    const run = await setUp();
    run.fake.channels.set('C0OUTSIDE', { creator: 'U0ALICE', is_member: false });
    for (const channel of ['C0OUTSIDE', 'D0ALICEBOB']) {
      expect(await digest(run, 'on', { channel_id: channel })).toContain(
        'invite me first (/invite @factdesk)',
      );
      expect(run.digests.store.subscription(slack(channel))).toBeUndefined();
    }
  });

  it('unsubscribes a channel Slack says is gone when its digest is posted, and posts nothing more', async () => {
    const run = await setUp();
    const { fake, digests, clock } = run;
    await digest(run, 'on 08:00 UTC');
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    clock.set('2024-06-01T08:01:00Z');
    expect(await digests.scheduler.tick()).toMatchObject({ gone: 1, sent: 0 });
    expect(digests.store.subscription(slack(CHANNEL))).toMatchObject({
      active: false,
      stoppedReason: 'gone',
    });
    clock.advance(DAY);
    expect((await digests.scheduler.tick()).looked).toBe(0);
    expect(posts(fake)).toHaveLength(1);
  });

  it('waits out a 429 as Slack asks (Retry-After), then posts the digest once', async () => {
    const run = await setUp();
    const { fake, digests, clock, waits } = run;
    await digest(run, 'on 08:00 UTC');
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 3 });
    clock.set('2024-06-01T08:01:00Z');
    expect(await digests.scheduler.tick()).toMatchObject({ sent: 1, released: 0 });
    expect(waits).toEqual([3000]);
    expect(posts(fake)).toHaveLength(2);
  });

  it('turns the digest off when the channel is archived or the app is removed from it, not when someone else leaves', async () => {
    const run = await setUp();
    const { slack: app, fake, digests } = run;
    fake.channels.set('C0SECOND', { creator: 'U0ALICE', is_member: true });
    await digest(run, 'on');
    await digest(run, 'on', { channel_id: 'C0SECOND' });

    const left = (user: string, id: string) =>
      app.event(
        { type: 'member_left_channel', user, channel: 'C0SECOND', channel_type: 'C', team: 'T0FACTDESK' },
        id,
      );
    expect((await left('U0BOB', 'Ev1')).status).toBe(200);
    expect((await left('U0FACTBOT', 'Ev2')).status).toBe(200);
    await eventually(() => digests.store.subscription(slack('C0SECOND'))?.active === false);

    expect(
      (await app.event({ type: 'channel_archive', channel: CHANNEL, user: 'U0ALICE' }, 'Ev3')).status,
    ).toBe(200);
    await eventually(() => digests.store.subscription(slack(CHANNEL))?.active === false);
    expect(digests.store.subscription(slack(CHANNEL))?.stoppedReason).toBe('gone');
  });
});
