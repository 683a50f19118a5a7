import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import type { SlackDigests } from '../../../src/adapters/slack/composeReply.js';
import type { SlackApp } from '../../../src/adapters/slack/createSlackApp.js';
import { createSlackApp } from '../../../src/adapters/slack/createSlackApp.js';
import type { FeedService } from '../../../src/feeds/feedService.js';
import type { FollowService } from '../../../src/follows/followService.js';
import { createLogger } from '../../../src/logger.js';
import { FakeSlack } from './fakeSlack.js';
import { buttonClickBody, commandBody, eventBody, postSigned } from './slackRequests.js';

export const SIGNING_SECRET = 'test-signing-secret-5f2c1a';
export const BOT_TOKEN = 'xoxb-1111-2222-factdesktest';
export const APP_TOKEN = 'xapp-1-A0FACTDESK-3333-factdesktest';
/** What the fake's auth.test says the bot token belongs to. */
export const IDENTITY = { botUserId: 'U0FACTBOT', botId: 'B0FACTBOT' };

/** The real Bolt app in HTTP mode on 127.0.0.1, talking to a fake Slack, and signed requests to it. */
export interface HttpHarness {
  fake: FakeSlack;
  /** The app's /slack/events URL. */
  eventsUrl: string;
  logs: string[];
  /** A slash command; resolves to the ack and the response_url the answer will be posted to. */
  command(
    command: string,
    text: string,
    /** Other form fields (`user_id`, `channel_id`…) than the harness's. */
    fields?: Record<string, string>,
  ): Promise<{ ack: Response; responseUrl: string }>;
  /** An Events API delivery; `delivery` gives it headers of its own, or a time other than now to sign it with. */
  event(
    event: Record<string, unknown>,
    eventId: string,
    delivery?: { headers?: Record<string, string>; timestamp?: number },
  ): Promise<Response>;
  click(click: {
    actionId: string;
    value: string;
    ephemeral: boolean;
    threadTs?: string;
    user?: string;
  }): Promise<{
    ack: Response;
    responseUrl: string;
  }>;
  stop(): Promise<void>;
}

export async function startHttpApp(
  kb: KnowledgeBase,
  options: {
    digests?: SlackDigests;
    follows?: FollowService;
    feeds?: FeedService;
    /** A fake already started (its URL needed before the app starts); a new one when absent. */
    fake?: FakeSlack;
  } = {},
): Promise<HttpHarness> {
  const { digests, follows, feeds } = options;
  const fake = options.fake ?? (await FakeSlack.start({ botToken: BOT_TOKEN }));
  const logs: string[] = [];
  const slack: SlackApp = createSlackApp({
    kb,
    botToken: BOT_TOKEN,
    identity: IDENTITY,
    signingSecret: SIGNING_SECRET,
    apiUrl: fake.apiUrl,
    logger: createLogger('debug', [BOT_TOKEN, SIGNING_SECRET], (line) => logs.push(line)),
    ...(digests ? { digests } : {}),
    ...(follows ? { follows } : {}),
    ...(feeds ? { feeds } : {}),
  });
  const address = await slack.start({ port: 0, host: '127.0.0.1' });
  const eventsUrl = `http://127.0.0.1:${address!.port}/slack/events`;
  const form = 'application/x-www-form-urlencoded' as const;
  return {
    fake,
    eventsUrl,
    logs,
    async command(command, text, fields) {
      const responseUrl = fake.responseUrl();
      const body = commandBody(command, text, responseUrl, fields);
      return {
        ack: await postSigned(eventsUrl, { body, contentType: form, secret: SIGNING_SECRET }),
        responseUrl,
      };
    },
    event(event, eventId, delivery = {}) {
      const body = eventBody(event, eventId);
      return postSigned(eventsUrl, {
        body,
        contentType: 'application/json',
        secret: SIGNING_SECRET,
        ...delivery,
      });
    },
    async click(click) {
      const responseUrl = fake.responseUrl();
      const body = buttonClickBody({ ...click, responseUrl });
      return {
        ack: await postSigned(eventsUrl, { body, contentType: form, secret: SIGNING_SECRET }),
        responseUrl,
      };
    },
    async stop() {
      await slack.stop();
      await fake.close();
    },
  };
}

/** Every text of a message's blocks (sections, context elements, buttons), one a line. */
export function blockText(message: Record<string, unknown>): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const { text } = node as { text?: unknown };
      if (typeof text === 'string') texts.push(text);
      else walk(text);
      for (const key of ['elements', 'fields']) walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(message.blocks);
  return texts.join('\n');
}

/** The `value` of the button with `actionId` in a message. */
export function buttonValue(message: Record<string, unknown>, actionId: string): string | undefined {
  const blocks = (message.blocks ?? []) as {
    type: string;
    elements?: { action_id?: string; value?: string }[];
  }[];
  for (const block of blocks) {
    const button =
      block.type === 'actions' ? block.elements?.find((e) => e.action_id === actionId) : undefined;
    if (button) return button.value;
  }
  return undefined;
}

/** A loopback port nothing listens on (taken, then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
