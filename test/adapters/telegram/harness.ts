import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TelegramDigests } from '../../../src/adapters/telegram/digestChat.js';
import type { TelegramSettings } from '../../../src/adapters/telegram/settingsChat.js';
import type { StopTelegram } from '../../../src/adapters/telegram/startTelegram.js';
import { startTelegram } from '../../../src/adapters/telegram/startTelegram.js';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { createLogger } from '../../../src/logger.js';
import { FakeBotApi, TOKEN } from './fakeBotApi.js';

/** Two small articles: one whose title, address and sentences hold `<`, `&` and a tag; one with 12 ministers. */
export const FIXTURE_CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

export interface RunningBot {
  api: FakeBotApi;
  kb: KnowledgeBase;
  logs: string[];
  stop: StopTelegram;
}

/** The real bot, started as `npm start` starts it, against a fresh fake Bot API on 127.0.0.1. */
export async function startBot(
  options: {
    webhook?: { url: string; secret?: string };
    port?: number;
    digests?: TelegramDigests;
    /** `/follow` and `/feeds`. */
    settings?: TelegramSettings;
    /** A fake already started (its URL needed before the bot starts); a new one when absent. */
    api?: FakeBotApi;
    /** The fixture corpus when absent. */
    kb?: KnowledgeBase;
  } = {},
): Promise<RunningBot> {
  const api = options.api ?? (await FakeBotApi.start());
  const kb = options.kb ?? (await openKnowledgeBase(FIXTURE_CORPUS)).kb;
  const logs: string[] = [];
  const stop = await startTelegram({
    kb,
    token: TOKEN,
    apiRoot: api.url,
    logger: createLogger('debug', [TOKEN], (line) => logs.push(line)),
    port: options.port ?? 0,
    host: '127.0.0.1',
    ...(options.webhook ? { webhook: options.webhook } : {}),
    ...(options.digests ? { digests: options.digests } : {}),
    ...options.settings,
  });
  return { api, kb, logs, stop };
}

/** A port free on 127.0.0.1 a moment ago, for a webhook server the test then reaches. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
