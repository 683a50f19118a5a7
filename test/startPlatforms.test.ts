import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestStore } from '../src/digest/digestStore.js';
import { FakeBotApi, TOKEN, textMessage } from './adapters/telegram/fakeBotApi.js';
import { parseTelegramHtml } from './adapters/telegram/telegramHtml.js';
import { FakeSlack } from './adapters/slack/fakeSlack.js';
import { BOT_TOKEN, SIGNING_SECRET, blockText, freePort } from './adapters/slack/slackHarness.js';
import { commandBody, postSigned } from './adapters/slack/slackRequests.js';
import { DAY } from './helpers/digestHarness.js';
import { factdeskStart } from './helpers/factdeskStart.js';

const WEBHOOK_SECRET = 'shared-port-secret_0123456789';

let telegram: FakeBotApi;
let slack: FakeSlack;
let cwd: string;
beforeAll(async () => {
  telegram = await FakeBotApi.start();
  slack = await FakeSlack.start({ botToken: BOT_TOKEN });
  cwd = await mkdtemp(path.join(tmpdir(), 'factdesk-start-'));
});
afterAll(async () => {
  await telegram.close();
  await slack.close();
  await rm(cwd, { recursive: true, force: true });
});

describe('factdesk start with Telegram by webhook and Slack in HTTP mode', () => {
  it('answers both on one PORT, and delivers the digests owed today through each platform', async () => {
    const port = await freePort();
    const databasePath = path.join(cwd, 'digests.db');
    // Two chats subscribed two days ago for midnight UTC: today's digest is owed as soon as the process starts.
    const store = DigestStore.open(databasePath);
    const midnight = { time: '00:00', timeZone: 'UTC' };
    store.subscribe({ platform: 'telegram', chatId: '70' }, midnight, Date.now() - 2 * DAY);
    store.subscribe({ platform: 'slack', chatId: 'C0NEWSROOM' }, midnight, Date.now() - 2 * DAY);
    store.close();

    const run = factdeskStart(cwd, {
      LOG_LEVEL: 'info',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.url,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram',
      TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DATABASE_PATH: databasePath,
    });
    try {
      await run.logged('slack: answering as');
      expect(run.stderr()).toContain(
        `info: telegram: @factdesk_test_bot is answering (webhook https://bot.example.org/telegram, port ${port})`,
      );
      expect(run.stderr()).toContain(
        `info: slack: answering as @factdesk in Factdesk Test (HTTP mode, requests at port ${port} /slack/events)`,
      );

      const base = `http://127.0.0.1:${port}`;
      const update = await fetch(`${base}/telegram`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': WEBHOOK_SECRET },
        body: JSON.stringify({ update_id: 1, ...textMessage(70, '/digest status') }),
      });
      expect(update.status).toBe(200);
      const status = await telegram.waitFor('sendMessage', (p) => String(p.text).startsWith('Daily digest:'));
      expect(shown(status.params.text)).toMatch(/^Daily digest: on, every day at 00:00 \(UTC\)/);

      const responseUrl = slack.responseUrl();
      const ack = await postSigned(`${base}/slack/events`, {
        body: commandBody('/factdesk', 'digest status', responseUrl),
        contentType: 'application/x-www-form-urlencoded',
        secret: SIGNING_SECRET,
      });
      expect(ack.status).toBe(200);
      const [reply] = await slack.waitFor('the reply', (c) => c.path === new URL(responseUrl).pathname);
      expect(blockText(reply!.body)).toMatch(/^Daily digest: on, every day at 00:00 \(UTC\)/);
      expect((await fetch(`${base}/elsewhere`)).status).toBe(404);

      const tgDigest = await telegram.waitFor('sendMessage', (p) =>
        String(p.text).startsWith('<b>Daily digest'),
      );
      expect(tgDigest.params.chat_id).toBe(70);
      expect(shown(tgDigest.params.text)).toMatch(/^Daily digest · .+\n\n1\. /);
      const [slackDigest] = await slack.waitFor(
        'the digest',
        (c) => c.method === 'chat.postMessage' && c.body.channel === 'C0NEWSROOM',
      );
      expect(String(slackDigest!.body.text)).toMatch(/^Daily digest · /);
      expect(blockText(slackDigest!.body)).toContain('Source: ');
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toContain('info: digests: 2 sent');
    expect(run.stderr()).not.toContain(TOKEN);
    expect(run.stderr()).not.toContain(BOT_TOKEN);
    const after = DigestStore.open(databasePath);
    try {
      expect(after.lastSentAt({ platform: 'telegram', chatId: '70' })).toBeDefined();
      expect(after.lastSentAt({ platform: 'slack', chatId: 'C0NEWSROOM' })).toBeDefined();
    } finally {
      after.close();
    }
  });
});

function shown(html: unknown): string {
  const parsed = parseTelegramHtml(String(html));
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.text;
}
