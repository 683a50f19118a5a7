import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPost {
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  secret: string;
  /** Seconds since the epoch; now when absent. */
  timestamp?: number;
  /** Sent as they are, after the signature headers (a test may override them). */
  headers?: Record<string, string>;
}

/** POSTs a request signed as Slack signs it. */
export function postSigned(
  url: string,
  { body, contentType, secret, timestamp, headers }: SignedPost,
): Promise<Response> {
  const ts = timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    body,
    headers: {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(ts),
      'X-Slack-Signature': slackSignature(secret, ts, body),
      ...headers,
    },
    signal: AbortSignal.timeout(5000),
  });
}

/** A slash command's form body, as Slack posts it. */
export function commandBody(
  command: string,
  text: string,
  responseUrl: string,
  fields: Record<string, string> = {},
): string {
  return new URLSearchParams({
    token: 'verification-token-unused',
    team_id: 'T0FACTDESK',
    team_domain: 'factdesk-test',
    channel_id: 'C0NEWSROOM',
    channel_name: 'newsroom',
    user_id: 'U0ALICE',
    user_name: 'alice',
    command,
    text,
    api_app_id: 'A0FACTDESK',
    response_url: responseUrl,
    trigger_id: '1.2.3',
    ...fields,
  }).toString();
}

/** An Events API envelope around `event`. */
export function eventBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: 'verification-token-unused',
    team_id: 'T0FACTDESK',
    api_app_id: 'A0FACTDESK',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0FACTDESK', user_id: 'U0FACTBOT', is_bot: true }],
  });
}

/** A click on a button of a message, as the form body Slack posts to the interactivity URL. */
export function buttonClickBody(click: {
  actionId: string;
  value: string;
  responseUrl: string;
  user?: string;
  ephemeral: boolean;
  threadTs?: string;
}): string {
  const messageTs = '1700000100.000200';
  const payload = {
    type: 'block_actions',
    team: { id: 'T0FACTDESK', domain: 'factdesk-test' },
    user: { id: click.user ?? 'U0ALICE', username: 'alice', team_id: 'T0FACTDESK' },
    api_app_id: 'A0FACTDESK',
    token: 'verification-token-unused',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: 'C0NEWSROOM',
      is_ephemeral: click.ephemeral,
    },
    trigger_id: '1.2.3',
    channel: { id: 'C0NEWSROOM', name: 'newsroom' },
    ...(click.ephemeral
      ? {}
      : {
          message: {
            type: 'message',
            ts: messageTs,
            text: 'an answer',
            ...(click.threadTs ? { thread_ts: click.threadTs } : {}),
          },
        }),
    response_url: click.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: click.actionId,
        block_id: 'b1',
        value: click.value,
        text: { type: 'plain_text', text: 'x' },
        action_ts: '1700000101.1',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
