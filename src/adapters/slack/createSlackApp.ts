import { App, HTTPReceiver } from '@slack/bolt';
import type { KnowledgeBase } from '../../core/mod.js';
import type { Logger } from '../../logger.js';
import type { HttpRoutes } from '../../webServer.js';
import type { FeedService } from '../../feeds/feedService.js';
import type { FollowService } from '../../follows/followService.js';
import { WebServer } from '../../webServer.js';
import { AnswerViews } from './answerViews.js';
import { answerEventsOnce } from './answerEventsOnce.js';
import type { SdkLogger } from './boltLogger.js';
import { boltLogger } from './boltLogger.js';
import { BoundedMap, errorText } from '../../core/mod.js';
import { chatAccessCheck } from './chatAccess.js';
import type { ReplyDeps, SlackDigests } from './composeReply.js';
import { listenButtons } from './listenButtons.js';
import { listenChatEvents } from './listenChatEvents.js';
import { listenCommands } from './listenCommands.js';
import { listenConversations } from './listenConversations.js';
import { RepliesUnderWay } from './repliesUnderWay.js';
import { requestsOnce } from './requestsOnce.js';

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
  /** `/factdesk digest …` and the channel events digests follow; without them, "not available yet". */
  digests?: SlackDigests;
  /** `/factdesk follow|unfollow …`; a channel that goes away follows nothing any more. */
  follows?: FollowService;
  /** `/factdesk feeds …`. */
  feeds?: FeedService;
}

/** Where HTTP mode takes requests: a port of its own, or a server shared with Telegram's webhook. */
export type SlackListen = { port: number; host?: string } | { routes: HttpRoutes };

/** Slack's requests in HTTP mode: commands, events and button clicks all come to this path (Bolt's default). */
export const EVENTS_PATH = '/slack/events';

export interface SlackApp {
  app: App;
  /**
   * Socket Mode connects; HTTP mode listens (on all interfaces unless `host`), or mounts itself on a shared
   * server, and gives the port.
   */
  start(listen?: SlackListen): Promise<{ port: number } | undefined>;
  /** Stops receiving, then waits a few seconds at most for replies already under way. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 5000;

/** The Bolt app: slash commands, mentions, thread follow-ups, direct messages and the answer buttons. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { kb, logger, identity, digests, follows, feeds } = options;
  const sdkLogger = options.sdkLogger ?? boltLogger(logger);
  // HTTP mode's receiver, made here so that its request listener can also serve on a shared server.
  const receiver = options.appToken
    ? undefined
    : new HTTPReceiver({
        signingSecret: options.signingSecret ?? '',
        endpoints: EVENTS_PATH,
        logger: sdkLogger,
      });
  const app = new App({
    token: options.botToken,
    botId: identity.botId,
    botUserId: identity.botUserId,
    ...(receiver ? { receiver } : { socketMode: true, appToken: options.appToken }),
    logger: sdkLogger,
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
  const deps: ReplyDeps = {
    kb,
    views,
    botUserId: identity.botUserId,
    ...(digests ? { digests: { service: digests, access: chatAccessCheck(app.client) } } : {}),
    settings: { follows, feeds, access: chatAccessCheck(app.client) },
  };
  listenCommands(app, deps);
  listenConversations(app, { ...deps, threads: new BoundedMap<string, true>(10_000) });
  listenButtons(app, views);
  const ended = [digests, follows].filter((service) => service !== undefined);
  if (ended.length > 0) listenChatEvents(app, ended, identity.botUserId, logger);

  // HTTP mode's server when it has one of its own; a shared one is closed by whoever opened it.
  let own: WebServer | undefined;
  return {
    app,
    async start(listen) {
      if (!receiver) {
        await app.start();
        return undefined;
      }
      if (!listen) throw new Error('HTTP mode needs a port, or a server to share');
      // Not Bolt's own server: this one gives slow clients a few seconds only, and the listener refuses replays.
      const routes =
        'routes' in listen ? listen.routes : (own = await WebServer.listen(listen.port, listen.host));
      routes.mount(
        EVENTS_PATH,
        requestsOnce(receiver, options.signingSecret ?? '', logger),
        "Slack's HTTP mode",
      );
      return { port: routes.port };
    },
    async stop() {
      if (receiver) await own?.close();
      else await app.stop();
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
    logger.debug(`slack: could not tell the user about the failure: ${errorText(error)}`);
  }
}
