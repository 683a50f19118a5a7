import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App } from '@slack/bolt';
import type { KnowledgeBase } from '../../core/knowledgeBase.js';
import type { Logger } from '../../logger.js';
import { AnswerViews } from './answerViews.js';
import { answerEventsOnce } from './answerEventsOnce.js';
import type { SdkLogger } from './boltLogger.js';
import { boltLogger } from './boltLogger.js';
import { BoundedMap } from './boundedMap.js';
import type { SlackDigestHandler } from './composeReply.js';
import { listenButtons } from './listenButtons.js';
import { listenCommands } from './listenCommands.js';
import { listenConversations } from './listenConversations.js';
import { RepliesUnderWay } from './repliesUnderWay.js';

/** Who the bot token belongs to, from `auth.test`. */
export interface SlackIdentity {
  botUserId: string;
  botId: string;
}

export interface SlackAppOptions {
  kb: KnowledgeBase;
  botToken: string;
  identity: SlackIdentity;
  /** Socket Mode when set; otherwise HTTP mode, requests checked with `signingSecret`. */
  appToken?: string;
  signingSecret?: string;
  /** Another Web API server than Slack's (tests). */
  apiUrl?: string;
  logger: Logger;
  /** The same logger as Bolt sees it, when the caller needs to quieten it (see `SdkLogger.quiet`). */
  sdkLogger?: SdkLogger;
  /** `/factdesk digest …`; without it the app says digests are not available yet. */
  digest?: SlackDigestHandler;
}

export interface SlackApp {
  app: App;
  /** Socket Mode connects; HTTP mode listens (on all interfaces unless `host`) and gives its address. */
  start(listen?: { port: number; host?: string }): Promise<AddressInfo | undefined>;
  /** Stops receiving, then waits a few seconds at most for replies already under way. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 5000;

/** The Bolt app: slash commands, mentions, thread follow-ups, direct messages and the answer buttons. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { kb, logger, identity, digest } = options;
  const app = new App({
    token: options.botToken,
    botId: identity.botId,
    botUserId: identity.botUserId,
    ...(options.appToken
      ? { socketMode: true, appToken: options.appToken }
      : { signingSecret: options.signingSecret ?? '' }),
    logger: options.sdkLogger ?? boltLogger(logger),
    // Bolt's conversation store is not used: answers keep their own bounded state.
    convoStore: false,
    extendedErrorHandler: true,
    ...(options.apiUrl ? { clientOptions: { slackApiUrl: `${options.apiUrl}/` } } : {}),
  });

  app.error(async ({ error, body }: { error: Error; body?: object }) => {
    const request = body as Body | undefined;
    logger.error(`slack: ${describeRequest(request)} failed: ${error.message}`);
    await apologise(request, logger);
  });

  const underWay = new RepliesUnderWay();
  app.use(underWay.middleware);
  app.use(answerEventsOnce(logger));

  const views = new AnswerViews();
  const deps = { kb, views, botUserId: identity.botUserId, ...(digest ? { digest } : {}) };
  listenCommands(app, deps);
  listenConversations(app, { ...deps, threads: new BoundedMap<string, true>(10_000) });
  listenButtons(app, views);

  return {
    app,
    async start(listen) {
      if (options.appToken) {
        await app.start();
        return undefined;
      }
      const server = (await (listen ? app.start(listen) : app.start())) as Server;
      return server.address() as AddressInfo;
    },
    async stop() {
      await app.stop();
      await underWay.settle(STOP_GRACE_MS);
    },
  };
}

type Body = Record<string, unknown>;

function describeRequest(body: Body | undefined): string {
  if (!body) return 'a request';
  if (typeof body.command === 'string') return `command ${body.command}`;
  const event = body.event as { type?: unknown } | undefined;
  if (typeof event?.type === 'string') return `event ${event.type}`;
  const [action] = Array.isArray(body.actions) ? (body.actions as { action_id?: unknown }[]) : [];
  if (typeof action?.action_id === 'string') return `button ${action.action_id}`;
  return typeof body.type === 'string' ? body.type : 'a request';
}

/** Tells the user their command or button failed, when Slack gave a response_url to tell them with. */
async function apologise(body: Body | undefined, logger: Logger): Promise<void> {
  const url = typeof body?.response_url === 'string' ? body.response_url : undefined;
  if (!url) return;
  try {
    await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'Sorry, something went wrong while answering that. It has been logged; please try again.',
      }),
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    logger.debug(`slack: could not tell the user about the failure: ${(error as Error).message}`);
  }
}
