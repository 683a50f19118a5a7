import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FakeSlack } from './adapters/slack/fakeSlack.js';
import { BOT_TOKEN, SIGNING_SECRET } from './adapters/slack/slackHarness.js';
import { postSigned } from './adapters/slack/slackRequests.js';
import { FakeBotApi, TOKEN, textMessage } from './adapters/telegram/fakeBotApi.js';
import { freePort } from './adapters/telegram/harness.js';
import type { RunningFactdesk } from './helpers/factdeskStart.js';
import { factdeskStart } from './helpers/factdeskStart.js';
import { NEWS_ARTICLES } from './helpers/newsArticles.js';

// The 60 news articles, read for the first time (an empty cache in a fresh folder): loading takes long
// enough, a second or more, for /healthz to be seen saying so.
const folders: string[] = [];
const fresh = async () => {
  folders.push(await mkdtemp(path.join(tmpdir(), 'factdesk-health-')));
  return folders.at(-1)!;
};
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});
const closeLater: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closeLater.splice(0)) await close();
});

interface Seen {
  status: number;
  body: unknown;
}

/**
 * Asks `GET /healthz` on `port` every 20 ms from the process's start until it answers 200 (15 s at most);
 * resolves with each answer that differed from the one before, in order.
 */
async function watchHealth(port: number, run: RunningFactdesk): Promise<Seen[]> {
  const seen: Seen[] = [];
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && run.child.exitCode === null) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      const answer = { status: response.status, body: await response.json() };
      if (JSON.stringify(answer) !== JSON.stringify(seen.at(-1))) seen.push(answer);
      if (response.status === 200) return seen;
    } catch {
      // Not listening yet.
    }
    await delay(20);
  }
  throw new Error(`/healthz never answered 200; seen ${JSON.stringify(seen)}; stderr:\n${run.stderr()}`);
}

const LOADING = { status: 503, body: { status: 'loading' } };
const LOADED = {
  status: 200,
  body: {
    status: 'ok',
    articles: expect.any(Number) as number,
    people: expect.any(Number) as number,
    events: expect.any(Number) as number,
    quotes: expect.any(Number) as number,
    digests: true,
  },
};

describe('factdesk start and /healthz', () => {
  it('with long polling, answers on HEALTH_PORT: 503 while the corpus loads, then 200 with its counts', async () => {
    const api = await FakeBotApi.start();
    closeLater.push(() => api.close());
    const healthPort = await freePort();
    const run = factdeskStart(
      await fresh(),
      { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, HEALTH_PORT: String(healthPort) },
      NEWS_ARTICLES,
    );
    try {
      const seen = await watchHealth(healthPort, run);
      expect(seen).toEqual([LOADING, LOADED]);
      expect((seen[1]!.body as { articles: number }).articles).toBeGreaterThanOrEqual(60);
      api.push(textMessage(95, '/help'));
      await api.waitFor('sendMessage', (p) => p.chat_id === 95, { timeoutMs: 10_000 });
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exit).toBe(0);
    expect(run.stderr()).not.toContain(TOKEN);
  });

  it('with Slack in HTTP mode, answers on PORT beside /slack/events, loading first', async () => {
    const slack = await FakeSlack.start({ botToken: BOT_TOKEN });
    closeLater.push(() => slack.close());
    const port = await freePort();
    const run = factdeskStart(
      await fresh(),
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
      },
      NEWS_ARTICLES,
    );
    try {
      expect(await watchHealth(port, run)).toEqual([LOADING, LOADED]);
      await run.logged('slack: answering as');
      const verified = await postSigned(`http://127.0.0.1:${port}/slack/events`, {
        body: JSON.stringify({ type: 'url_verification', challenge: 'health-check-challenge' }),
        contentType: 'application/json',
        secret: SIGNING_SECRET,
      });
      expect(await verified.json()).toEqual({ challenge: 'health-check-challenge' });
      expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exit).toBe(0);
  });
});
