import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTelegram } from '../../../src/adapters/telegram/startTelegram.js';
import { ConfigError } from '../../../src/core/errors.js';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { createLogger } from '../../../src/logger.js';
import { FakeBotApi, TOKEN, textMessage } from './fakeBotApi.js';
import { freePort, startBot } from './harness.js';

const quiet = createLogger('error', [], () => {});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const closeLater: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closeLater.splice(0).reverse()) await close();
});

describe('starting and stopping the Telegram bot', () => {
  it('finishes the answers in hand before it stops, and a restart answers none of them again', async () => {
    const first = await startBot();
    closeLater.push(() => first.api.close());
    first.api.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    first.api.push(textMessage(50, '/who Beketayev'));
    await waitUntil(() => first.api.calls.some((c) => c.method === 'sendMessage' && !c.ok));
    await first.stop();
    expect(first.api.sent('sendMessage', (p) => p.chat_id === 50)).toHaveLength(1);

    const again = await startTelegram({
      kb: first.kb,
      token: TOKEN,
      apiRoot: first.api.url,
      logger: quiet,
      port: 0,
    });
    closeLater.push(again);
    first.api.push(textMessage(51, '/help'));
    await first.api.waitFor('sendMessage', (p) => p.chat_id === 51);
    expect(first.api.sent('sendMessage', (p) => p.chat_id === 50)).toHaveLength(1);
  });

  it('says in one line that Telegram refused the token', async () => {
    const api = await FakeBotApi.start();
    closeLater.push(() => api.close());
    const start = startTelegram({
      kb: new KnowledgeBase(),
      token: '987654321:AAThisTokenIsNotKnownToTheFakeApi000',
      apiRoot: api.url,
      logger: quiet,
      port: 0,
    });
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow(
      /^TELEGRAM_BOT_TOKEN was refused by Telegram \(401 Unauthorized\): copy it again from @BotFather$/,
    );
  });

  it('says in one line that the Bot API cannot be reached', async () => {
    const apiRoot = `http://127.0.0.1:${await freePort()}`;
    await expect(
      startTelegram({ kb: new KnowledgeBase(), token: TOKEN, apiRoot, logger: quiet, port: 0 }),
    ).rejects.toThrow(
      /^the Telegram Bot API at http:\/\/127\.0\.0\.1:\d+ could not be reached \(.*TELEGRAM_API_ROOT$/,
    );
  });

  it('says which port cannot be used for the webhook', async () => {
    const api = await FakeBotApi.start();
    closeLater.push(() => api.close());
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    closeLater.push(() => new Promise((resolve) => taken.close(resolve)));
    const port = (taken.address() as { port: number }).port;
    await expect(
      startTelegram({
        kb: new KnowledgeBase(),
        token: TOKEN,
        apiRoot: api.url,
        logger: quiet,
        port,
        host: '127.0.0.1',
        webhook: { url: 'https://bot.example.org/hook' },
      }),
    ).rejects.toThrow(`PORT ${port} cannot be used (EADDRINUSE): choose another port`);
  });

  it('reports when polling stops for good, as when another program takes the updates', async () => {
    const api = await FakeBotApi.start();
    closeLater.push(() => api.close());
    const fatal = new Promise<Error>((resolve) =>
      startTelegram({
        kb: new KnowledgeBase(),
        token: TOKEN,
        apiRoot: api.url,
        logger: quiet,
        port: 0,
        onFatal: resolve,
      }).then((stop) => closeLater.push(stop)),
    );
    api.failNext('getUpdates', {
      error_code: 409,
      description: 'Conflict: terminated by other getUpdates request',
    });
    api.push(textMessage(52, '/help'));
    expect((await fatal).message).toMatch(/another instance is polling with this bot token \(409 Conflict\)/);
  });
});
