import { webApi } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import type { DigestTransport, SendOutcome } from '../../digest/transport.js';
import { boltLogger } from './boltLogger.js';
import { renderDigest } from './renderDigest.js';

export interface SlackDigestOptions {
  botToken: string;
  /** Another Web API server than Slack's (tests). */
  apiUrl?: string;
  logger: Logger;
}

/** A request that gets no answer in this time is given up (and counted as failed, never resent). */
const TIMEOUT_MS = 30_000;

/**
 * chat.postMessage errors that mean the channel is no longer there for the app: deleted or archived, the app
 * removed from it, or the workspace's token revoked (the app was uninstalled).
 */
const CHANNEL_GONE = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'account_inactive',
  'token_revoked',
]);

/** Network failures that happen before a request reaches Slack: the message surely did not arrive. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/**
 * Posts daily digests to Slack channels. Its own Web API client, without the retries of Bolt's (up to ten
 * over half an hour, waiting out rate limits): the scheduler decides about retries from the outcome, and a
 * post retried inside the client could arrive after the scheduler had counted it as failed.
 */
export function slackDigestTransport({ botToken, apiUrl, logger }: SlackDigestOptions): DigestTransport {
  const client = new webApi.WebClient(botToken, {
    logger: boltLogger(logger),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: TIMEOUT_MS,
    ...(apiUrl ? { slackApiUrl: `${apiUrl}/` } : {}),
  });
  return {
    platform: 'slack',
    async send(channel, digest) {
      try {
        await client.chat.postMessage({
          channel,
          ...renderDigest(digest),
          // A cited article's link would otherwise unfold into a preview under every fact.
          unfurl_links: false,
          unfurl_media: false,
        });
        return { status: 'sent' };
      } catch (error) {
        return sendOutcome(error);
      }
    },
  };
}

/** What a failed chat.postMessage means for the digest. */
export function sendOutcome(error: unknown): SendOutcome {
  const e = error as {
    code?: string;
    data?: { error?: string };
    retryAfter?: number;
    statusCode?: number;
    message?: string;
  };
  const reason = e.data?.error ?? e.message ?? String(error);
  switch (e.code) {
    case webApi.ErrorCode.RateLimitedError:
      return {
        status: 'retry',
        reason: 'ratelimited',
        ...(e.retryAfter ? { retryAfterMs: e.retryAfter * 1000 } : {}),
      };
    case webApi.ErrorCode.PlatformError:
      if (CHANNEL_GONE.has(reason)) return { status: 'gone', reason };
      return reason === 'ratelimited' ? { status: 'retry', reason } : { status: 'failed', reason };
    case webApi.ErrorCode.HTTPError:
      return (e.statusCode ?? 0) >= 500 ? { status: 'retry', reason } : { status: 'failed', reason };
    case webApi.ErrorCode.RequestError: {
      const code = networkCode(error);
      return code && NOT_CONNECTED.has(code)
        ? { status: 'retry', reason: code }
        : { status: 'failed', reason };
    }
    default:
      return { status: 'failed', reason };
  }
}

/** The system error code under a request error (fetch wraps it: `original.cause.code`). */
function networkCode(error: unknown): string | undefined {
  let current = error as { code?: unknown; original?: unknown; cause?: unknown } | undefined;
  while (current) {
    if (typeof current.code === 'string' && !current.code.startsWith('slack_')) return current.code;
    current = (current.original ?? current.cause) as typeof current;
  }
  return undefined;
}
