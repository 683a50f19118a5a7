import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';
import type { SlackCall } from './fakeSlack.js';
import type { HttpHarness } from './slackHarness.js';
import { BOT_TOKEN, blockText, startHttpApp } from './slackHarness.js';

let slack: HttpHarness;
beforeAll(async () => {
  slack = await startHttpApp(await seedKnowledgeBase());
});
afterAll(() => slack.stop());

let nextTs = 1_700_001_000;
const ts = () => `${(nextTs += 1)}.000100`;
const posts = (match: (body: Record<string, unknown>) => boolean) => (c: SlackCall) =>
  c.method === 'chat.postMessage' && match(c.body);

function mention(text: string, fields: Record<string, unknown> = {}) {
  return {
    type: 'app_mention',
    user: 'U0ALICE',
    text: `<@U0FACTBOT> ${text}`,
    ts: ts(),
    channel: 'C0NEWSROOM',
    ...fields,
  };
}

function message(text: string, fields: Record<string, unknown> = {}) {
  return {
    type: 'message',
    channel_type: 'channel',
    user: 'U0ALICE',
    text,
    ts: ts(),
    channel: 'C0NEWSROOM',
    ...fields,
  };
}

/**
 * Sends an event that must not be answered, then one that must, and waits for the second answer:
 * Slack's requests are handled in order of arrival, so by then a wrong answer to the first has been posted.
 */
async function expectNoAnswer(event: Record<string, unknown>, eventId: string): Promise<void> {
  const before = slack.fake.calls.length;
  expect((await slack.event(event, eventId)).status).toBe(200);
  const sentinel = mention('who is Vassilenko?', { channel: 'C0SENTINEL' });
  await slack.event(sentinel, `${eventId}-sentinel`);
  await slack.fake.waitFor(
    'answer to the sentinel',
    posts((b) => b.thread_ts === sentinel.ts),
  );
  const since = slack.fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage');
  expect(since.map((c) => c.body.channel)).toEqual(['C0SENTINEL']);
}

describe('mentions, threads and direct messages (HTTP mode, signed events)', () => {
  let threadTs: string;

  it('answers @factdesk in the thread of the message, as the bot, without link previews', async () => {
    const event = mention('Who is the EU Ambassador to Kazakhstan?');
    threadTs = event.ts;
    expect((await slack.event(event, 'Ev0MENTION')).status).toBe(200);
    const [post] = await slack.fake.waitFor(
      'answer in the thread',
      posts((b) => b.thread_ts === threadTs),
    );
    expect(post!.token).toBe(BOT_TOKEN);
    expect(post!.body).toMatchObject({ channel: 'C0NEWSROOM', unfurl_links: 'false', unfurl_media: 'false' });
    const text = blockText(post!.body);
    expect(text).toContain('*1.* Kęstutis Jankauskas is EU Ambassador to Kazakhstan (as of 5 April 2024).');
    expect(text).toContain('Source: 000_c1d4a831d9bceeab · 5 April 2024');
    // Visible to the channel already: no Share button, no private header.
    expect(text).not.toContain('Share in channel');
    expect(text).not.toContain('answer ·');
  });

  it('answers a follow-up in that thread without a mention', async () => {
    const followUp = message('And who is the vice speaker of the Mazhilis?', { thread_ts: threadTs });
    await slack.event(followUp, 'Ev0FOLLOWUP');
    const answers = await slack.fake.waitFor(
      'the follow-up answer',
      posts((b) => b.thread_ts === threadTs),
      2,
    );
    expect(blockText(answers[1]!.body)).toContain('Daniya Yespayeva is vice speaker of the Mazhilis.');
  });

  it('leaves alone messages in threads it has not answered in, and channel messages without a mention', async () => {
    await expectNoAnswer(message('who is Vassilenko?', { thread_ts: '1600000000.000100' }), 'Ev0OTHERTHREAD');
    await expectNoAnswer(message('who is Vassilenko?'), 'Ev0PLAIN');
  });

  it('answers a follow-up that mentions the app once (app_mention answers it, not the message copy)', async () => {
    const copy = message('<@U0FACTBOT> who is Vassilenko?', { thread_ts: threadTs });
    await expectNoAnswer(copy, 'Ev0MESSAGECOPY');
  });

  it('ignores other bots, its own messages, edits and joins, even in a thread it answered in', async () => {
    const inThread = { thread_ts: threadTs };
    await expectNoAnswer(
      message('who is Vassilenko?', { ...inThread, bot_id: 'B0OTHER', subtype: 'bot_message' }),
      'Ev0BOT',
    );
    await expectNoAnswer(
      message('who is Vassilenko?', { ...inThread, bot_id: 'B0OTHER', user: 'U0OTHERBOT' }),
      'Ev0BOTUSER',
    );
    await expectNoAnswer(
      message('who is Vassilenko?', { ...inThread, bot_id: 'B0FACTBOT', user: 'U0FACTBOT' }),
      'Ev0SELF',
    );
    await expectNoAnswer(
      message('who is Vassilenko?', { ...inThread, subtype: 'message_changed' }),
      'Ev0EDIT',
    );
    await expectNoAnswer(mention('who is Vassilenko?', { bot_id: 'B0OTHER' }), 'Ev0BOTMENTION');
  });

  it('answers a direct message in the conversation, not in a thread', async () => {
    const dm = message('What did Koshanov say about domestic violence?', {
      channel: 'D0ALICE',
      channel_type: 'im',
    });
    await slack.event(dm, 'Ev0DM');
    const [post] = await slack.fake.waitFor(
      'the DM answer',
      posts((b) => b.channel === 'D0ALICE'),
    );
    expect(post!.body.thread_ts).toBeUndefined();
    expect(blockText(post!.body)).toContain('Yerlan Koshanov said');
  });

  it('answers an event Slack delivers again (X-Slack-Retry-Num) only once', async () => {
    const event = mention('/when Istanbul Convention');
    await slack.event(event, 'Ev0RETRIED');
    await slack.fake.waitFor(
      'the first answer',
      posts((b) => b.thread_ts === event.ts),
    );
    // Slack signs each delivery when it sends it: the retry has a signature of its own.
    const retry = await slack.event(event, 'Ev0RETRIED', {
      headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' },
      timestamp: Math.floor(Date.now() / 1000) + 1,
    });
    expect(retry.status).toBe(200);
    await expectNoAnswer(message('unrelated', { channel: 'C0ELSEWHERE' }), 'Ev0AFTERRETRY');
    expect(slack.fake.find(posts((b) => b.thread_ts === event.ts))).toHaveLength(1);
    expect(slack.logs).toContain(
      'debug: slack: event Ev0RETRIED delivered again (retry 1): already answered',
    );
  });

  it('shows help for a bare mention and says when the corpus has nothing', async () => {
    const bare = mention('');
    await slack.event(bare, 'Ev0BARE');
    const [help] = await slack.fake.waitFor(
      'help',
      posts((b) => b.thread_ts === bare.ts),
    );
    expect(blockText(help!.body)).toContain('I know *2 articles*');
    const nothing = mention('who is the king of Atlantis?');
    await slack.event(nothing, 'Ev0NOTHING');
    const [reply] = await slack.fake.waitFor(
      'no answer',
      posts((b) => b.thread_ts === nothing.ts),
    );
    expect(blockText(reply!.body)).toContain('Nothing in the corpus answers “king of Atlantis”.');
  });
});
