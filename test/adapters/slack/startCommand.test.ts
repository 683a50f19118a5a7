import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factdeskStart as startFactdesk } from '../../helpers/factdeskStart.js';
import { FakeSlack } from './fakeSlack.js';
import { BOT_TOKEN, SIGNING_SECRET, blockText, freePort } from './slackHarness.js';
import { commandBody, postSigned } from './slackRequests.js';

let fake: FakeSlack;
let cwd: string;
beforeAll(async () => {
  fake = await FakeSlack.start({ botToken: BOT_TOKEN });
  cwd = await mkdtemp(path.join(tmpdir(), 'factdesk-slack-'));
});
afterAll(async () => {
  await fake.close();
  await rm(cwd, { recursive: true, force: true });
});

const factdeskStart = (env: Record<string, string>) => startFactdesk(cwd, env);

describe('factdesk start with Slack configured', () => {
  it('answers signed requests in HTTP mode on PORT, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const run = factdeskStart({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
    });
    await run.logged('slack: answering as');
    expect(run.stderr()).toContain(
      `info: slack: answering as @factdesk in Factdesk Test (HTTP mode, requests at port ${port} /slack/events)`,
    );

    const responseUrl = fake.responseUrl();
    const ack = await postSigned(`http://127.0.0.1:${port}/slack/events`, {
      body: commandBody('/who', 'Vassilenko', responseUrl),
      contentType: 'application/x-www-form-urlencoded',
      secret: SIGNING_SECRET,
    });
    expect(ack.status).toBe(200);
    const [answer] = await fake.waitFor('the answer', (c) => c.path === new URL(responseUrl).pathname);
    expect(blockText(answer!.body)).toContain(
      'Roman Vassilenko is Deputy Foreign Minister (as of 5 April 2024).',
    );

    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toContain('info: SIGTERM: stopping');
    expect(run.stderr()).not.toContain(BOT_TOKEN);
  });

  it('stops at start-up with one line when Slack refuses the bot token', async () => {
    const run = factdeskStart({
      SLACK_BOT_TOKEN: 'xoxb-0000-refused-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toBe(
      'factdesk: SLACK_BOT_TOKEN was refused by Slack (invalid_auth): use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, after installing the app\n',
    );
  });
});
