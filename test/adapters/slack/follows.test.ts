import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { slackDigestTransport } from '../../../src/adapters/slack/digestTransport.js';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { FollowAlerter } from '../../../src/follows/followAlerter.js';
import { FollowCommands } from '../../../src/follows/followService.js';
import { FollowStore } from '../../../src/follows/followStore.js';
import { createLogger } from '../../../src/logger.js';
import { TempFolders } from '../../helpers/digestHarness.js';
import { FakeSlack } from './fakeSlack.js';
import type { HttpHarness } from './slackHarness.js';
import { BOT_TOKEN, blockText, startHttpApp } from './slackHarness.js';

const temp = new TempFolders();
const CHANNEL = 'C0NEWSROOM';
const chat = { platform: 'slack' as const, chatId: CHANNEL };

const kb = KnowledgeBase.build([
  {
    id: 'feeds/news.example.org/2024-03-04-school',
    file: 'feeds/news.example.org/2024-03-04-school.md',
    title: 'Benz & the <school>',
    date: '2024-03-04',
    url: 'https://news.example.org/school?id=1&ref=<feed>',
    text: 'Mayor Clara Benz opened the new school in the northern district on Monday. The school <b>will</b> teach 600 pupils & more.',
  },
]);

interface Running {
  app: HttpHarness;
  fake: FakeSlack;
  store: FollowStore;
  alerter: FollowAlerter;
}
const running: Running[] = [];
afterEach(async () => {
  for (const { app, store } of running.splice(0)) {
    await app.stop();
    store.close();
  }
  temp.cleanup();
});

/** The Bolt app in HTTP mode with follows on a fresh database, alerts posted to the same fake Slack. */
async function setUp(): Promise<Running> {
  const fake = await FakeSlack.start({ botToken: BOT_TOKEN });
  const store = FollowStore.open(path.join(temp.make(), 'factdesk.db'));
  const logger = createLogger('error', [BOT_TOKEN], () => {});
  const alerter = new FollowAlerter({
    store,
    kb,
    transports: [slackDigestTransport({ botToken: BOT_TOKEN, apiUrl: fake.apiUrl, logger })],
    retry: { delaysMs: [], sleep: async () => undefined },
  });
  const app = await startHttpApp(kb, { follows: new FollowCommands(store), fake });
  // Alice created the channel; the app is in it.
  fake.channels.set(CHANNEL, { creator: 'U0ALICE', is_member: true });
  const run = { app, fake, store, alerter };
  running.push(run);
  return run;
}

/** `/factdesk …` from a user in a conversation; resolves with the (private) reply's text. */
async function factdesk(
  { app, fake }: Running,
  text: string,
  fields: Record<string, string> = {},
): Promise<string> {
  const { ack, responseUrl } = await app.command('/factdesk', text, fields);
  expect(ack.status).toBe(200);
  const [reply] = await fake.waitFor('the reply', (c) => c.path === new URL(responseUrl).pathname);
  expect(reply!.body.response_type).toBe('ephemeral');
  return blockText(reply!.body);
}

describe('/factdesk follow in Slack', () => {
  it('follows for the channel’s creator, lists for everyone, and posts the alert in mrkdwn, escaped, once', async () => {
    const run = await setUp();
    const { fake, alerter } = run;
    const bob = { user_id: 'U0BOB', user_name: 'bob' };
    expect(await factdesk(run, 'follow Clara Benz', bob)).toBe(
      'Only an administrator of this chat can change what it follows. /factdesk follow alone lists it, for everyone.',
    );
    expect(await factdesk(run, 'follow Clara Benz')).toMatch(
      /^Following “Clara Benz”: .* \/factdesk unfollow Clara Benz stops it\.$/,
    );
    expect(await factdesk(run, 'follow', bob)).toContain('• Clara Benz');

    expect(await alerter.articlesAdded(['feeds/news.example.org/2024-03-04-school'])).toMatchObject({
      sent: 1,
    });
    await alerter.articlesAdded(['feeds/news.example.org/2024-03-04-school']);
    const posts = fake.find((c) => c.method === 'chat.postMessage' && c.body.channel === CHANNEL);
    expect(posts).toHaveLength(1);
    const text = blockText(posts[0]!.body);
    expect(text).toMatch(/^\*New article about “Clara Benz”: Benz &amp; the &lt;school&gt;\*\nRead it: /);
    expect(text).not.toMatch(/<(?!https:)/);
    expect(posts[0]!.body).toMatchObject({ unfurl_links: 'false' });
  });

  it('refuses a follow where the app cannot post, and stops the follows of an archived channel', async () => {
    const run = await setUp();
    const { app, store } = run;
    run.fake.channels.set('C0OUTSIDE', { creator: 'U0ALICE', is_member: false });
    expect(await factdesk(run, 'follow Clara Benz', { channel_id: 'C0OUTSIDE' })).toMatch(
      /^I cannot post in this conversation, so its alerts could not arrive\./,
    );
    expect(await factdesk(run, 'follow Clara Benz')).toContain('Following');
    expect(
      (await app.event({ type: 'channel_archive', channel: CHANNEL, user: 'U0ALICE' }, 'Ev1')).status,
    ).toBe(200);
    const deadline = Date.now() + 2000;
    while (store.follows(chat).length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(store.follows(chat)).toEqual([]);
  });
});
