import { webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import { asError, ConfigError } from '../../core/mod.js';
import type { Platform, Stop } from '../../platform.js';
import type { HttpRoutes } from '../../webServer.js';
import type { SdkLogger } from './boltLogger.js';
import { boltLogger } from './boltLogger.js';
import type { SlackAppOptions, SlackIdentity } from './createSlackApp.js';
import { EVENTS_PATH, createSlackApp } from './createSlackApp.js';
import { slackDigestTransport } from './digestTransport.js';

export interface StartSlackOptions extends Pick<
  SlackAppOptions,
  'kb' | 'logger' | 'digests' | 'follows' | 'feeds'
> {
  slack: NonNullable<Config['slack']>;
  /** HTTP mode's port (Socket Mode needs none). */
  port: number;
  /** HTTP mode's interface; all of them when absent. */
  host?: string;
  /** A server shared with Telegram's webhook: HTTP mode is mounted there instead of listening on `port`. */
  http?: HttpRoutes;
}

const SLACK_API = 'https://slack.com/api';
const SLOW_START_MS = 15_000;

/**
 * Checks the bot token (auth.test), then runs the app in Socket Mode (with an app token) or HTTP mode
 * (with a signing secret, at /slack/events). A setting Slack refuses becomes one `ConfigError` line.
 * Resolves to the function that stops the app.
 */
export async function startSlack(options: StartSlackOptions): Promise<Stop> {
  const { slack, logger } = options;
  const sdkLogger = boltLogger(logger);
  sdkLogger.quiet = true;
  const identity = await identify(slack, sdkLogger);
  const slackApp = createSlackApp({ ...options, ...slack, identity, sdkLogger });
  // Socket Mode keeps reconnecting while Slack's WebSocket cannot be reached: say so after a while.
  const slow = setTimeout(() => {
    sdkLogger.quiet = false;
    logger.warn(`slack: not connected after ${SLOW_START_MS / 1000} s; still trying`);
  }, SLOW_START_MS);
  let where: string;
  try {
    const address = await slackApp.start(
      slack.appToken
        ? undefined
        : options.http
          ? { routes: options.http }
          : { port: options.port, host: options.host },
    );
    where = address ? `HTTP mode, requests at port ${address.port} ${EVENTS_PATH}` : 'Socket Mode';
  } catch (error) {
    throw startError(error, slack, 'start');
  } finally {
    clearTimeout(slow);
    sdkLogger.quiet = false;
  }
  logger.info(`slack: answering as @${identity.name} in ${identity.team} (${where})`);
  return () => slackApp.stop();
}

/** auth.test once, without retries: a wrong token or URL should stop start-up now, not in 30 minutes. */
async function identify(
  slack: StartSlackOptions['slack'],
  logger: SdkLogger,
): Promise<SlackIdentity & { name: string; team: string }> {
  const client = new webApi.WebClient(slack.botToken, {
    logger,
    retryConfig: { retries: 0 },
    timeout: 10_000,
    ...(slack.apiUrl ? { slackApiUrl: `${slack.apiUrl}/` } : {}),
  });
  let result: webApi.AuthTestResponse;
  try {
    result = await client.auth.test();
  } catch (error) {
    throw startError(error, slack, 'auth.test');
  }
  if (!result.user_id || !result.bot_id) {
    throw new ConfigError('SLACK_BOT_TOKEN is not a bot token: use the Bot User OAuth Token (xoxb-…)');
  }
  return {
    botUserId: result.user_id,
    botId: result.bot_id,
    name: result.user ?? result.user_id,
    team: result.team ?? result.team_id ?? 'the workspace',
  };
}

const REFUSED_HOW = {
  SLACK_BOT_TOKEN: 'use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, after installing the app',
  SLACK_APP_TOKEN: 'create an app-level token with the connections:write scope under Basic Information',
};

/** A start-up failure as one line naming the setting to fix; anything unforeseen is passed on as it is. */
function startError(error: unknown, slack: StartSlackOptions['slack'], phase: 'auth.test' | 'start'): Error {
  const e = error as { code?: string; data?: { error?: string }; message?: string };
  if (e.code === webApi.ErrorCode.PlatformError) {
    // auth.test checks the bot token; starting Socket Mode (apps.connections.open) is the app token's call.
    const setting = phase === 'start' && slack.appToken ? 'SLACK_APP_TOKEN' : 'SLACK_BOT_TOKEN';
    return new ConfigError(
      `${setting} was refused by Slack (${e.data?.error ?? 'refused'}): ${REFUSED_HOW[setting]}`,
    );
  }
  if (e.code === webApi.ErrorCode.RequestError || e.code === webApi.ErrorCode.HTTPError) {
    return new ConfigError(
      `Slack's Web API at ${slack.apiUrl ?? SLACK_API} could not be reached (${deepestCause(error)}): check the network${slack.apiUrl ? ' and SLACK_API_URL' : ''}`,
    );
  }
  return asError(error);
}

/** The innermost reason of a request error ("connect ECONNREFUSED 127.0.0.1:9"), not "fetch failed". */
function deepestCause(error: unknown): string {
  let current = error as { original?: unknown; cause?: unknown; message?: string } | undefined;
  let message = current?.message ?? String(error);
  while (current && (current.original ?? current.cause)) {
    current = (current.original ?? current.cause) as typeof current;
    if (current?.message) message = current.message;
  }
  return message;
}

/** Slack as one of `factdesk start`'s platforms: its digests posted by a client of their own. */
export function slackPlatform(
  slack: NonNullable<Config['slack']>,
  options: Pick<StartSlackOptions, 'port' | 'logger'>,
): Platform {
  return {
    transport: slackDigestTransport({ ...slack, logger: options.logger }),
    start: (context) => startSlack({ ...context, slack, ...options }),
  };
}
