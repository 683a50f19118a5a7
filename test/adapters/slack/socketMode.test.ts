import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../../src/adapters/slack/startSlack.js';
import { createLogger } from '../../../src/logger.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';
import { FakeSlack } from './fakeSlack.js';
import { APP_TOKEN, BOT_TOKEN, blockText } from './slackHarness.js';

let fake: FakeSlack;
let stop: () => Promise<void>;
const logs: string[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  stop = await startSlack({
    kb: await seedKnowledgeBase(),
    slack: { botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl },
    port: 1,
    logger: createLogger('info', [BOT_TOKEN, APP_TOKEN], (line) => logs.push(line)),
  });
});
afterAll(async () => {
  await stop?.();
  await fake?.close();
});

describe('Socket Mode (a local WebSocket server speaking the envelope protocol)', () => {
  it('connects with the app token through apps.connections.open and says so in one line', () => {
    expect(fake.find((c) => c.method === 'apps.connections.open').map((c) => c.token)).toEqual([APP_TOKEN]);
    expect(logs).toEqual(['info: slack: answering as @factdesk in Factdesk Test (Socket Mode)']);
  });

  it('acknowledges a slash command envelope by its envelope_id, then answers through the response_url', async () => {
    const responseUrl = fake.responseUrl();
    await fake.sendEnvelope({
      envelope_id: 'a1b2c3-command',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'unused',
        team_id: 'T0FACTDESK',
        channel_id: 'C0NEWSROOM',
        user_id: 'U0ALICE',
        command: '/who',
        text: 'Vassilenko',
        api_app_id: 'A0FACTDESK',
        response_url: responseUrl,
        trigger_id: '1.2.3',
      },
    });
    expect(await fake.waitForAck('a1b2c3-command')).toEqual({ envelope_id: 'a1b2c3-command', payload: {} });
    const [answer] = await fake.waitFor('the answer', (c) => c.path === new URL(responseUrl).pathname);
    expect(answer!.body.response_type).toBe('ephemeral');
    expect(blockText(answer!.body)).toContain(
      '*1.* Roman Vassilenko is Deputy Foreign Minister (as of 5 April 2024).',
    );
  });

  it('answers a mention once even when the envelope is delivered again (retry_attempt)', async () => {
    const eventPayload = {
      team_id: 'T0FACTDESK',
      api_app_id: 'A0FACTDESK',
      type: 'event_callback',
      event_id: 'Ev0SOCKET',
      event_time: 1700003000,
      authorizations: [{ team_id: 'T0FACTDESK', user_id: 'U0FACTBOT', is_bot: true }],
      event: {
        type: 'app_mention',
        user: 'U0ALICE',
        text: '<@U0FACTBOT> /quote just society',
        ts: '1700003000.000100',
        event_ts: '1700003000.000100',
        channel: 'C0NEWSROOM',
      },
    };
    await fake.sendEnvelope({
      envelope_id: 'ev-1',
      type: 'events_api',
      retry_attempt: 0,
      payload: eventPayload,
    });
    await fake.waitForAck('ev-1');
    const inThread = (c: { method: string; body: Record<string, unknown> }) =>
      c.method === 'chat.postMessage' && c.body.thread_ts === '1700003000.000100';
    const [post] = await fake.waitFor('the answer in the thread', inThread);
    expect(blockText(post!.body)).toContain('Kęstutis Jankauskas said');

    await fake.sendEnvelope({
      envelope_id: 'ev-2',
      type: 'events_api',
      retry_attempt: 1,
      retry_reason: 'timeout',
      payload: eventPayload,
    });
    await fake.waitForAck('ev-2');
    // A later command's answer arrives after anything the retry would have posted.
    const responseUrl = fake.responseUrl();
    await fake.sendEnvelope({
      envelope_id: 'after-retry',
      type: 'slash_commands',
      payload: {
        team_id: 'T0FACTDESK',
        channel_id: 'C0NEWSROOM',
        user_id: 'U0ALICE',
        command: '/who',
        text: 'Koshanov',
        response_url: responseUrl,
      },
    });
    await fake.waitFor('the later answer', (c) => c.path === new URL(responseUrl).pathname);
    expect(fake.find(inThread)).toHaveLength(1);
  });
});
