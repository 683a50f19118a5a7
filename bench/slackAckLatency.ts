/**
 * How long Slack waits for its acknowledgement: the time from sending a signed `/who` request to the
 * Bolt app (HTTP mode, on 127.0.0.1) to receiving its `200` ack, over 200 requests one after another.
 * Slack gives up after 3 seconds. The answers themselves go to a fake Slack's response_url and are
 * counted, so every request is answered in full before the app stops.
 *
 *   npm run bench:slack
 */
import { seedKnowledgeBase } from '../test/helpers/seedCorpus.js';
import { startHttpApp } from '../test/adapters/slack/slackHarness.js';

const WARM_UP = 20;
const REQUESTS = 200;

const slack = await startHttpApp(await seedKnowledgeBase());
const times: number[] = [];
try {
  for (let i = 0; i < WARM_UP + REQUESTS; i++) {
    const started = performance.now();
    const { ack } = await slack.command('/who', 'Vassilenko');
    await ack.arrayBuffer();
    const elapsed = performance.now() - started;
    if (ack.status !== 200) throw new Error(`request ${i} was refused: HTTP ${ack.status}`);
    if (i >= WARM_UP) times.push(elapsed);
  }
  await slack.fake.waitFor('every answer', (c) => c.method === 'response_url', WARM_UP + REQUESTS);
} finally {
  await slack.stop();
}

times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const ms = (t: number) => `${t.toFixed(2)} ms`;
console.log(
  `Slack /who: signed request → ack, ${REQUESTS} requests after ${WARM_UP} to warm up (HTTP mode, 127.0.0.1)`,
);
console.log(
  `  median ${ms(at(0.5))}   p90 ${ms(at(0.9))}   min ${ms(times[0]!)}   max ${ms(times[times.length - 1]!)}`,
);
