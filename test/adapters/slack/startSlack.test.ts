import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../../src/adapters/slack/startSlack.js';
import { ConfigError } from '../../../src/core/errors.js';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { createLogger } from '../../../src/logger.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';
import { FakeSlack } from './fakeSlack.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, blockText, freePort } from './slackHarness.js';
import { commandBody, postSigned } from './slackRequests.js';

let fake: FakeSlack;
let kb: KnowledgeBase;
beforeAll(async () => {
  fake = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  kb = await seedKnowledgeBase();
});
afterAll(() => fake.close());

function start(slack: Parameters<typeof startSlack>[0]['slack'], port = 1) {
  const logs: string[] = [];
  const started = startSlack({
    kb,
    slack,
    port,
    host: '127.0.0.1',
    logger: createLogger('info', [], (line) => logs.push(line)),
  });
  return { started, logs };
}

describe('startSlack', () => {
  it('runs HTTP mode on PORT at /slack/events and stops cleanly, closing the port', async () => {
    const port = await freePort();
    const { started, logs } = start(
      { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl },
      port,
    );
    const stop = await started;
    expect(logs).toEqual([
      `info: slack: answering as @factdesk in Factdesk Test (HTTP mode, requests at port ${port} /slack/events)`,
    ]);
    const url = `http://127.0.0.1:${port}/slack/events`;
    const responseUrl = fake.responseUrl();
    const body = commandBody('/quote', 'just society', responseUrl);
    const ack = await postSigned(url, {
      body,
      contentType: 'application/x-www-form-urlencoded',
      secret: SIGNING_SECRET,
    });
    expect(ack.status).toBe(200);
    const [answer] = await fake.waitFor('the answer', (c) => c.path === new URL(responseUrl).pathname);
    expect(blockText(answer!.body)).toContain('Kęstutis Jankauskas said');

    await stop();
    await expect(fetch(url, { method: 'POST', signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });

  it('turns a bot token Slack refuses into one line naming SLACK_BOT_TOKEN, and logs nothing else', async () => {
    const { started, logs } = start({
      botToken: 'xoxb-wrong-token',
      signingSecret: SIGNING_SECRET,
      apiUrl: fake.apiUrl,
    });
    const error = await started.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'SLACK_BOT_TOKEN was refused by Slack (invalid_auth): use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, after installing the app',
    );
    expect(logs).toEqual([]);
  });

  it('says at once when the Web API cannot be reached, naming SLACK_API_URL', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/api`;
    const { started, logs } = start({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: closed });
    await expect(started).rejects.toThrow(
      new RegExp(
        `^Slack's Web API at ${closed} could not be reached \\(.*ECONNREFUSED.*\\): check the network and SLACK_API_URL$`,
      ),
    );
    expect(logs).toEqual([]);
  });

  it('turns an app token Slack refuses (Socket Mode) into one line naming SLACK_APP_TOKEN', async () => {
    const { started, logs } = start({ botToken: BOT_TOKEN, appToken: 'xapp-1-wrong', apiUrl: fake.apiUrl });
    await expect(started).rejects.toThrow(
      'SLACK_APP_TOKEN was refused by Slack (invalid_auth): create an app-level token with the connections:write scope under Basic Information',
    );
    expect(logs).toEqual([]);
  });

  it('says which PORT cannot be used', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const { started } = start(
        { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl },
        port,
      );
      await expect(started).rejects.toThrow(`PORT ${port} cannot be used (EADDRINUSE): choose another port`);
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
  });
});
