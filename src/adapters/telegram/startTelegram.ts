import { randomBytes } from 'node:crypto';
import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import type { Bot, Transformer } from 'grammy';
import { GrammyError, HttpError } from 'grammy';
import type { Config } from '../../config.js';
import { ConfigError, errorText } from '../../core/mod.js';
import type { Logger } from '../../logger.js';
import { redact } from '../../logger.js';
import type { Platform } from '../../platform.js';
import type { HttpRoutes } from '../../webServer.js';
import { WebServer } from '../../webServer.js';
import { registerCommandsMenu } from './commandsMenu.js';
import type { TelegramBotOptions } from './createBot.js';
import { createBot } from './createBot.js';
import { telegramDigestTransport } from './digestTransport.js';
import { webhookListener } from './webhookListener.js';

export interface StartTelegramOptions extends TelegramBotOptions {
  /** Webhook mode instead of long polling. Without a secret, a random one is made at each start. */
  webhook?: { url: string; secret?: string };
  /** The webhook's port (`PORT`); 0 picks a free one. */
  port: number;
  /** The webhook's interface; every interface when absent. */
  host?: string;
  /** A server shared with Slack's HTTP mode: the webhook is mounted there instead of listening on `port`. */
  http?: HttpRoutes;
  /** Called when polling stops for good (token revoked, another instance polling); logged when absent. */
  onFatal?: (error: Error) => void;
}

/**
 * Stops the bot: no new updates, and those in hand answered first (up to a few seconds). Telegram counts an
 * update as delivered once the next getUpdates asks past it, which the runner does as soon as it has a batch.
 */
export type StopTelegram = () => Promise<void>;

/** `my_chat_member` tells when the bot is removed from a chat, so that its digest stops. */
const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'my_chat_member'] as const;
/** How long stopping waits for updates in hand (a reply may be waiting out a rate limit). */
const DRAIN_MS = 5000;

/**
 * Starts the Telegram bot: checks the token (one clear line if Telegram refuses it), registers the commands
 * menu, then takes updates by long polling (`@grammyjs/runner`, in order within a chat) or, with a webhook
 * URL, by webhook on `port`. Rate limits and outages are waited out (`@grammyjs/auto-retry`).
 */
export async function startTelegram(options: StartTelegramOptions): Promise<StopTelegram> {
  const { logger, webhook } = options;
  const bot = createBot(options);
  bot.botInfo = await getMe(bot, options.apiRoot);
  bot.api.config.use(logOutages(logger), autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  await registerCommandsMenu(bot.api).catch((error: unknown) =>
    logger.warn(`telegram: the commands menu was not registered: ${errorText(error)}`),
  );
  return webhook ? startWebhook(bot, { ...options, webhook }) : startPolling(bot, options);
}

/** getMe, once and without retries, so that a refused token or an unreachable server is told at once. */
async function getMe(bot: Bot, apiRoot: string | undefined) {
  const where = `the Telegram Bot API at ${apiRoot ?? 'https://api.telegram.org'}`;
  try {
    return await bot.api.getMe();
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
      throw new ConfigError(
        `TELEGRAM_BOT_TOKEN was refused by Telegram (${error.error_code} ${error.description}): copy it again from @BotFather`,
      );
    }
    if (error instanceof GrammyError) {
      throw new ConfigError(`${where} answered ${error.error_code} ${error.description}: try again later`);
    }
    if (error instanceof HttpError) {
      // The request's URL, which the cause quotes, holds the token.
      const cause = redact(errorText(error.error), [bot.token]);
      throw new ConfigError(
        `${where} could not be reached (${cause}): check the network${apiRoot ? ' and TELEGRAM_API_ROOT' : ''}`,
      );
    }
    throw error;
  }
}

/** The getUpdates refusals that stop the runner, each told in a line of its own (see `pollingFailure`). */
const ENDS_POLLING = [401, 409];
/**
 * How long a poll waits before Telegram can be taken to have accepted it: another instance's poll, started
 * before, would have ended it with 409 within a round trip.
 */
const ACCEPTED_MS = 2000;

/**
 * Logs the API failures that auto-retry waits out (rate limits, server errors, a lost connection), which no
 * handler sees; installed under auto-retry, it sees each attempt.
 */
function logOutages(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (
        !result.ok &&
        (result.error_code === 429 ||
          result.error_code >= 500 ||
          (method === 'getUpdates' && !ENDS_POLLING.includes(result.error_code)))
      ) {
        logger.warn(`telegram: ${method} failed (${result.error_code} ${result.description})`);
      }
      return result;
    } catch (error) {
      if (!signal?.aborted) logger.warn(`telegram: ${method} failed (${errorText(error)})`);
      throw error;
    }
  };
}

async function startPolling(bot: Bot, { logger, onFatal }: StartTelegramOptions): Promise<StopTelegram> {
  // A webhook left from an earlier run would make every getUpdates fail with 409.
  await bot.api.deleteWebhook();
  bot.api.config.use(
    outlastNewcomers(logger, () =>
      logger.info(`telegram: @${bot.botInfo.username} is answering (long polling)`),
    ),
  );
  const runner = run(bot, {
    runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, silent: true },
  });
  runner.task()?.catch((error: unknown) => {
    const fatal = new Error(`telegram: polling stopped: ${pollingFailure(error)}`);
    if (onFatal) onFatal(fatal);
    else logger.error(fatal.message);
  });
  return async () => {
    if (runner.isRunning()) await runner.stop();
    const deadline = Date.now() + DRAIN_MS;
    while (runner.size() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    logger.info('telegram: stopped');
  };
}

/**
 * Telegram keeps one long poll a bot token: a getUpdates while another waits ends the waiting one with 409
 * Conflict, so when a second instance starts polling, it is the first that is told. An instance whose poll
 * Telegram has taken (answered, or waiting `ACCEPTED_MS` without a conflict) polls again, once, which ends
 * the newcomer's poll in turn: the newcomer, whose poll was ended at once, stops and says why, and the
 * instance that was answering goes on. `onAccepted` is called once, when the first poll is taken.
 */
function outlastNewcomers(logger: Logger, onAccepted: () => void): Transformer {
  let accepted = false;
  const accept = () => {
    if (accepted) return;
    accepted = true;
    onAccepted();
  };
  return async (prev, method, payload, signal) => {
    if (method !== 'getUpdates') return prev(method, payload, signal);
    const waiting = setTimeout(accept, ACCEPTED_MS);
    try {
      const result = await prev(method, payload, signal);
      if (result.ok) accept();
      else if (accepted && isPollingConflict(result)) {
        logger.warn(
          'telegram: another instance started polling with this bot token (409 Conflict); polling again, so that it stops',
        );
        return await prev(method, payload, signal);
      }
      return result;
    } finally {
      clearTimeout(waiting);
    }
  };
}

/** A 409 for another getUpdates, rather than for a webhook set meanwhile. */
function isPollingConflict(error: { error_code: number; description: string }): boolean {
  return error.error_code === 409 && !/webhook/i.test(error.description);
}

function pollingFailure(error: unknown): string {
  if (error instanceof GrammyError && error.error_code === 401) {
    return 'TELEGRAM_BOT_TOKEN was refused by Telegram (401): was the token revoked?';
  }
  if (error instanceof GrammyError && isPollingConflict(error)) {
    return 'another instance is polling with this bot token (409 Conflict): run one instance per bot token, or use a webhook (TELEGRAM_WEBHOOK_URL)';
  }
  if (error instanceof GrammyError && error.error_code === 409) {
    return 'a webhook was set for this bot token, so Telegram sends its updates there (409 Conflict): run one instance per bot token, with or without TELEGRAM_WEBHOOK_URL';
  }
  return errorText(error);
}

async function startWebhook(
  bot: Bot,
  { logger, webhook, port, host, http }: StartTelegramOptions & { webhook: { url: string; secret?: string } },
): Promise<StopTelegram> {
  const secret = webhook.secret ?? randomBytes(32).toString('base64url');
  const path = new URL(webhook.url).pathname;
  // A server of its own unless one is shared; the shared one is closed by whoever opened it.
  const own = http ? undefined : await WebServer.listen(port, host);
  const routes = http ?? own!;
  routes.mount(path, webhookListener(bot, { path, secret, logger }), 'TELEGRAM_WEBHOOK_URL');
  try {
    await bot.api.setWebhook(webhook.url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES });
  } catch (error) {
    await own?.close();
    if (error instanceof GrammyError) {
      throw new ConfigError(`TELEGRAM_WEBHOOK_URL was refused by Telegram (${error.description})`);
    }
    throw error;
  }
  logger.info(
    `telegram: @${bot.botInfo.username} is answering (webhook ${webhook.url}, port ${routes.port})`,
  );
  return async () => {
    await own?.close();
    logger.info('telegram: stopped');
  };
}

/** Telegram as one of `factdesk start`'s platforms: its digests sent by a client of their own. */
export function telegramPlatform(
  telegram: NonNullable<Config['telegram']>,
  options: Pick<StartTelegramOptions, 'port' | 'logger' | 'onFatal'>,
): Platform {
  return {
    transport: telegramDigestTransport(telegram),
    start: (context) => startTelegram({ ...context, ...telegram, ...options }),
  };
}
