import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import { BotError, webhookCallback } from 'grammy';
import type { Logger } from '../../logger.js';

export interface WebhookOptions {
  /** The path of the webhook URL: other paths get 404. */
  path: string;
  /** Telegram sends it back in `X-Telegram-Bot-Api-Secret-Token`; a request without it gets 401. */
  secret: string;
  logger: Logger;
}

/**
 * The HTTP listener of webhook mode, for `http.createServer`. grammY's `webhookCallback` checks the secret
 * token and runs the update. A failed update is handed to `bot.catch` (grammY leaves webhook errors to the
 * caller) and still acknowledged, so Telegram does not resend an update that fails every time. An update
 * that takes longer than ten seconds is acknowledged and finished after, for the same reason.
 */
export function webhookListener(
  bot: Bot,
  { path, secret, logger }: WebhookOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = webhookCallback(bot, 'http', { secretToken: secret, onTimeout: 'return' });
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    handle(req, res).then(
      () => {
        if (res.statusCode === 401)
          logger.warn('telegram: refused a webhook request without the right secret');
      },
      async (error: unknown) => {
        if (error instanceof BotError) await bot.errorHandler(error);
        else logger.warn(`telegram: refused a webhook request: ${(error as Error).message}`);
        if (!res.headersSent) res.writeHead(error instanceof BotError ? 200 : 400);
        res.end();
      },
    );
  };
}
