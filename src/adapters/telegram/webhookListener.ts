import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { Bot } from 'grammy';
import { BotError } from 'grammy';
import type { Update } from 'grammy/types';
import { BoundedMap, errorText } from '../../core/mod.js';
import type { Logger } from '../../logger.js';
import { readBody } from '../../webServer.js';

export interface WebhookOptions {
  /** The path of the webhook URL: other paths get 404. */
  path: string;
  /** Telegram sends it back in `X-Telegram-Bot-Api-Secret-Token`; a request without it gets 401. */
  secret: string;
  logger: Logger;
}

/** An update that takes longer is acknowledged, and finished after: Telegram would otherwise send it again. */
const ACK_WITHIN_MS = 10_000;
/** How many of the latest update ids are remembered, so that an update sent again is not answered again. */
const RECENT_UPDATES = 10_000;

/**
 * The HTTP listener of webhook mode. A request without the secret is refused before its body is read; a body
 * over the size limit is refused unread (413). A failed update is handed to `bot.catch` (grammY leaves webhook
 * errors to the caller) and still acknowledged, so Telegram does not resend an update that fails every time;
 * an update delivered again (the same `update_id`) is acknowledged and not answered twice.
 */
export function webhookListener(
  bot: Bot,
  { path, secret, logger }: WebhookOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const expected = Buffer.from(secret);
  const answered = new BoundedMap<number, true>(RECENT_UPDATES);

  async function listen(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    const given = Buffer.from(String(req.headers['x-telegram-bot-api-secret-token'] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      logger.warn('telegram: refused a webhook request without the right secret');
      res.writeHead(401).end();
      return;
    }
    let update: Update;
    try {
      update = parseUpdate(await readBody(req, res));
    } catch (error) {
      logger.warn(`telegram: refused a webhook request: ${errorText(error)}`);
      if (!res.headersSent) res.writeHead(400).end();
      return;
    }
    if (answered.has(update.update_id)) {
      logger.debug(`telegram: update ${update.update_id} delivered again: already answered`);
      res.end();
      return;
    }
    answered.set(update.update_id, true);
    const handled = bot.handleUpdate(update).catch(async (error: unknown) => {
      if (error instanceof BotError) await bot.errorHandler(error);
      else logger.error(`telegram: update ${update.update_id} failed: ${errorText(error)}`);
    });
    await Promise.race([handled, delay(ACK_WITHIN_MS, undefined, { ref: false })]);
    res.end();
  }

  return (req, res) => void listen(req, res);
}

function parseUpdate(body: Buffer): Update {
  let update: unknown;
  try {
    update = JSON.parse(body.toString('utf8'));
  } catch {
    throw new Error('its body is not JSON');
  }
  if (!Number.isSafeInteger((update as Partial<Update> | null)?.update_id)) {
    throw new Error('its body is not an update');
  }
  return update as Update;
}
