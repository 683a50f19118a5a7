import { Api, GrammyError, HttpError } from 'grammy';
import type { DigestTransport, SendOutcome } from '../../digest/transport.js';
import { renderDigest } from './renderDigest.js';
import { errorText } from '../../core/mod.js';

export interface TelegramDigestOptions {
  token: string;
  /** Another Bot API server (tests, a local Bot API server). */
  apiRoot?: string;
}

/** A request that gets no answer in this time is given up (and counted as failed, never resent). */
const TIMEOUT_SECONDS = 30;

/** Network failures that happen before a request reaches Telegram: the message surely did not arrive. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** Refusals of a chat that no longer exists for the bot (a 403 always is one: blocked, kicked, deactivated). */
const CHAT_GONE = /chat not found|group chat was deactivated|chat was deleted/i;

/**
 * Sends daily digests to Telegram chats. Its own Bot API client, without the bot's auto-retry: the scheduler
 * decides about retries from the outcome, and a send waited out inside the client could arrive after the
 * scheduler had counted it as failed.
 */
export function telegramDigestTransport({ token, apiRoot }: TelegramDigestOptions): DigestTransport {
  const api = new Api(token, { timeoutSeconds: TIMEOUT_SECONDS, ...(apiRoot ? { apiRoot } : {}) });
  return {
    platform: 'telegram',
    async send(chatId, digest) {
      try {
        await api.sendMessage(Number(chatId), renderDigest(digest), {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
        });
        return { status: 'sent' };
      } catch (error) {
        return sendOutcome(error);
      }
    },
  };
}

/** What a failed sendMessage means for the digest. */
export function sendOutcome(error: unknown): SendOutcome {
  if (error instanceof GrammyError) {
    const reason = `${error.error_code} ${error.description}`;
    const { migrate_to_chat_id: movedTo, retry_after: retryAfter } = error.parameters;
    if (movedTo !== undefined) return { status: 'migrated', newChatId: String(movedTo) };
    if (error.error_code === 429) {
      return {
        status: 'retry',
        reason,
        ...(retryAfter !== undefined ? { retryAfterMs: retryAfter * 1000 } : {}),
      };
    }
    if (error.error_code >= 500) return { status: 'retry', reason };
    if (error.error_code === 403 || CHAT_GONE.test(error.description)) return { status: 'gone', reason };
    return { status: 'failed', reason };
  }
  if (error instanceof HttpError) {
    const code = (error.error as { code?: unknown } | undefined)?.code;
    const reason = error.error instanceof Error ? error.error.message : error.message;
    return typeof code === 'string' && NOT_CONNECTED.has(code)
      ? { status: 'retry', reason }
      : { status: 'failed', reason };
  }
  return { status: 'failed', reason: errorText(error) };
}
