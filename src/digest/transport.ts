import type { OutgoingMessage } from '../core/digest/types.js';

/** The chat platforms a digest goes to; each has its own transport, implemented in its adapter. */
export type DigestPlatform = 'telegram' | 'slack' | 'console';

/** A chat of a platform: Telegram's numeric chat id or Slack's channel id, as a string. */
export interface ChatKey {
  platform: DigestPlatform;
  chatId: string;
}

/**
 * What became of one send. Report `retry` only when the platform did not take the message (a network
 * error before the request was answered, a 429 or a 5xx): a retried digest that had in fact arrived
 * would arrive twice.
 */
export type SendOutcome =
  | { status: 'sent' }
  /** The bot was removed or the chat deleted (Telegram 403, Slack `channel_not_found`…): unsubscribe. */
  | { status: 'gone'; reason: string }
  /** The chat lives on under a new id (a Telegram group upgraded to a supergroup): move, send there. */
  | { status: 'migrated'; newChatId: string }
  /** Worth trying again; `retryAfterMs` when the platform said how long to wait. */
  | { status: 'retry'; reason: string; retryAfterMs?: number }
  /** The platform refused this message and would refuse it again: no more tries today. */
  | { status: 'failed'; reason: string };

/** Sends digests and alerts to the chats of one platform. Each adapter implements it; rendering is the adapter's. */
export interface DigestTransport {
  readonly platform: DigestPlatform;
  send(chatId: string, message: OutgoingMessage): Promise<SendOutcome>;
}
