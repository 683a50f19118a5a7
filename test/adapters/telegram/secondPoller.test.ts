import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StopTelegram } from '../../../src/adapters/telegram/startTelegram.js';
import { startTelegram } from '../../../src/adapters/telegram/startTelegram.js';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { createLogger } from '../../../src/logger.js';
import { factdeskStart } from '../../helpers/factdeskStart.js';
import { FakeBotApi, TOKEN, textMessage } from './fakeBotApi.js';
import { FIXTURE_CORPUS } from './harness.js';

const SECOND_POLLER =
  'telegram: polling stopped: another instance is polling with this bot token (409 Conflict): run one instance per bot token, or use a webhook (TELEGRAM_WEBHOOK_URL)';
const YIELDING =
  'warning: telegram: another instance started polling with this bot token (409 Conflict); polling again, so that it stops';

let api: FakeBotApi;
let kb: KnowledgeBase;
const stops: StopTelegram[] = [];
beforeAll(async () => {
  kb = (await openKnowledgeBase(FIXTURE_CORPUS)).kb;
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  await api?.close();
});

interface Instance {
  logs: string[];
  /** Resolves with the error that stopped its polling for good. */
  fatal: Promise<Error>;
}

/** One instance of the bot, polling the fake Bot API, as `npm start` runs it. */
async function instance(): Promise<Instance> {
  const logs: string[] = [];
  let fail!: (error: Error) => void;
  const fatal = new Promise<Error>((resolve) => (fail = resolve));
  stops.push(
    await startTelegram({
      kb,
      token: TOKEN,
      apiRoot: api.url,
      logger: createLogger('info', [TOKEN], (line) => logs.push(line)),
      port: 0,
      onFatal: fail,
    }),
  );
  return { logs, fatal };
}

/** Sends a message to `chatId` and waits for the bot's reply there. */
async function ask(chatId: number, text: string) {
  api.push(textMessage(chatId, text));
  return api.waitFor('sendMessage', (p) => p.chat_id === chatId);
}

describe('two instances polling with one bot token (Telegram answers one of them 409 Conflict)', () => {
  it('stops the one started second, in one line, and the first goes on answering', async () => {
    api = await FakeBotApi.start();
    api.onePollAtATime = true;
    const first = await instance();
    await ask(80, '/help');

    const second = await instance();
    expect((await second.fatal).message).toBe(SECOND_POLLER);
    // The second's poll ended the first's, whose poll again ended the second's.
    expect(api.conflicts).toBe(2);
    expect(first.logs).toContain(YIELDING);
    expect(second.logs.filter((line) => /^(warning|error)/.test(line))).toEqual([]);

    // The second has stopped polling: the first answers.
    const reply = await ask(81, '/who Beketayev');
    expect(reply.params.text).toContain('Azamat Beketayev');
  });

  it('stops the one started second also before the first has had a message to answer', async () => {
    api = await FakeBotApi.start();
    api.onePollAtATime = true;
    const first = await instance();
    // Its first poll waits with nothing to answer, long enough for Telegram to have taken it.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(first.logs.some((line) => line.includes('is answering (long polling)'))).toBe(true);

    const second = await instance();
    expect((await second.fatal).message).toBe(SECOND_POLLER);
    expect(second.logs.some((line) => line.includes('is answering'))).toBe(false);
    expect(first.logs).toContain(YIELDING);
    const reply = await ask(82, '/who Beketayev');
    expect(reply.params.text).toContain('Azamat Beketayev');
  });

  it('says so when a webhook set for the token takes the updates', async () => {
    api = await FakeBotApi.start();
    const only = await instance();
    api.failNext('getUpdates', {
      error_code: 409,
      description:
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    });
    api.push(textMessage(83, '/help'));
    expect((await only.fatal).message).toBe(
      'telegram: polling stopped: a webhook was set for this bot token, so Telegram sends its updates there (409 Conflict): run one instance per bot token, with or without TELEGRAM_WEBHOOK_URL',
    );
  });
});

describe('factdesk start, twice with one TELEGRAM_BOT_TOKEN', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });
  const folder = async () => {
    folders.push(await mkdtemp(path.join(tmpdir(), 'factdesk-second-')));
    return folders.at(-1)!;
  };

  it(
    'the second exits with code 1 and one line saying why; the first goes on',
    { timeout: 40_000 },
    async () => {
      api = await FakeBotApi.start();
      api.onePollAtATime = true;
      const env = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: 'info' };
      const first = factdeskStart(await folder(), env);
      try {
        await first.logged('is answering (long polling)');
        await ask(84, '/help');

        const second = factdeskStart(await folder(), env);
        expect(await second.exit).toBe(1);
        const problems = second
          .stderr()
          .split('\n')
          .filter((line) => /^(warning|error)/.test(line));
        expect(problems).toEqual([`error: ${SECOND_POLLER}`]);
        expect(second.stderr()).not.toContain(TOKEN);

        const reply = await ask(85, '/who Vassilenko');
        expect(reply.params.text).toContain('Roman Vassilenko');
        expect(first.child.exitCode).toBeNull();
        expect(first.stderr()).toContain(YIELDING);
      } finally {
        first.child.kill('SIGTERM');
      }
      expect(await first.exit).toBe(0);
    },
  );
});
