/**
 * Latency of a `/who` reply through Telegram long polling, against the tests' fake Bot API on 127.0.0.1:
 * from the moment the update is queued to the moment the bot's sendMessage arrives, one request at a time.
 * It measures the bot's own share (polling hand-off, grammY, the core's query, HTML rendering, HTTP on
 * loopback), not Telegram's network. Run: `npm run bench:telegram`.
 */
import { startTelegram } from '../src/adapters/telegram/startTelegram.js';
import { openKnowledgeBase } from '../src/core/load/openKnowledgeBase.js';
import { createLogger } from '../src/logger.js';
import { FakeBotApi, TOKEN, textMessage } from '../test/adapters/telegram/fakeBotApi.js';
import { SEED_CORPUS } from '../test/helpers/seedCorpus.js';

const REQUESTS = 200;
const WARM_UP = 20;

const api = await FakeBotApi.start();
const { kb } = await openKnowledgeBase(SEED_CORPUS);
const stop = await startTelegram({
  kb,
  token: TOKEN,
  apiRoot: api.url,
  logger: createLogger('warn'),
  port: 0,
});

const times: number[] = [];
for (let i = 0; i < WARM_UP + REQUESTS; i++) {
  const chatId = 1000 + i;
  const started = performance.now();
  api.push(textMessage(chatId, '/who Vassilenko'));
  const reply = await api.waitFor('sendMessage', (p) => p.chat_id === chatId);
  if (!String(reply.params.text).includes('Roman Vassilenko')) throw new Error('unexpected reply');
  if (i >= WARM_UP) times.push(reply.at - started);
}
await stop();
await api.close();

times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;
console.log(
  `telegram /who reply through the fake Bot API (long polling, seed corpus), ${REQUESTS} requests after ${WARM_UP} warm-up:`,
);
console.log(`  median ${ms(at(0.5))}   p90 ${ms(at(0.9))}   min ${ms(times[0]!)}   max ${ms(times.at(-1)!)}`);
