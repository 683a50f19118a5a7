import { canonicalTimeZone, ConfigError, parseTimeOfDay } from './core/mod.js';
import { parseFeedUrl, splitFeedUrls } from './feeds/feedUrl.js';
import { MAX_INTERVAL_MS, MIN_INTERVAL_MS, parseInterval } from './feeds/interval.js';
import type { LogLevel } from './logger.js';
import { LOG_LEVELS } from './logger.js';

/** Everything factdesk reads from the environment (and `.env`), checked once at start-up. */
export interface Config {
  corpusDir: string;
  cacheDir: string;
  databasePath: string;
  logLevel: LogLevel;
  port: number;
  /** A port of its own for `GET /healthz` (with long polling or Socket Mode nothing else listens). */
  healthPort?: number;
  telegram?: {
    token: string;
    apiRoot?: string;
    webhook?: { url: string; secret?: string };
  };
  slack?: {
    botToken: string;
    /** Socket Mode when set, else HTTP mode with the signing secret. */
    appToken?: string;
    signingSecret?: string;
    apiUrl?: string;
  };
  digest: { defaultTime: string; defaultTimeZone: string };
  /**
   * `FEED_URLS` (normalised) and `FEED_INTERVAL`; `FEEDS_ALLOW_PRIVATE`: chats may add feeds on local and
   * private addresses (a test site, an intranet).
   */
  feeds: { urls: string[]; intervalMs: number; allowPrivate: boolean };
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const config: Config = {
    corpusDir: get('CORPUS_DIR') ?? './corpus',
    cacheDir: get('CACHE_DIR') ?? './data/cache',
    databasePath: get('DATABASE_PATH') ?? './data/factdesk.db',
    logLevel: oneOf('LOG_LEVEL', get('LOG_LEVEL') ?? 'info', LOG_LEVELS),
    port: portNumber('PORT', get('PORT') ?? '3000'),
    digest: {
      defaultTime: time('DIGEST_DEFAULT_TIME', get('DIGEST_DEFAULT_TIME') ?? '08:00'),
      defaultTimeZone: timeZone('DIGEST_DEFAULT_TZ', get('DIGEST_DEFAULT_TZ') ?? 'UTC'),
    },
    feeds: {
      urls: feedUrls(get('FEED_URLS') ?? ''),
      intervalMs: feedInterval(get('FEED_INTERVAL') ?? '15m'),
      allowPrivate: oneOf('FEEDS_ALLOW_PRIVATE', get('FEEDS_ALLOW_PRIVATE') ?? '0', ['0', '1']) === '1',
    },
  };

  const healthPort = get('HEALTH_PORT');
  if (healthPort) config.healthPort = portNumber('HEALTH_PORT', healthPort);

  const telegramToken = get('TELEGRAM_BOT_TOKEN');
  if (telegramToken) {
    if (!/^\d+:[A-Za-z0-9_-]{20,}$/.test(telegramToken)) {
      throw new ConfigError(
        'TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters: ask @BotFather)',
      );
    }
    const webhookUrl = get('TELEGRAM_WEBHOOK_URL');
    const secret = get('TELEGRAM_WEBHOOK_SECRET');
    if (secret && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw new ConfigError(
        'TELEGRAM_WEBHOOK_SECRET may hold only letters, digits, _ and - (1 to 256 of them)',
      );
    }
    const apiRoot = get('TELEGRAM_API_ROOT');
    config.telegram = {
      token: telegramToken,
      ...(apiRoot ? { apiRoot: url('TELEGRAM_API_ROOT', apiRoot) } : {}),
      ...(webhookUrl
        ? { webhook: { url: url('TELEGRAM_WEBHOOK_URL', webhookUrl, true), ...(secret ? { secret } : {}) } }
        : {}),
    };
  } else {
    for (const name of ['TELEGRAM_WEBHOOK_URL', 'TELEGRAM_WEBHOOK_SECRET']) {
      if (get(name)) throw new ConfigError(`${name} is set but TELEGRAM_BOT_TOKEN is not`);
    }
  }

  const botToken = get('SLACK_BOT_TOKEN');
  const appToken = get('SLACK_APP_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  if (botToken) {
    if (!botToken.startsWith('xoxb-'))
      throw new ConfigError('SLACK_BOT_TOKEN must be a bot token starting with xoxb-');
    if (appToken && !appToken.startsWith('xapp-')) {
      throw new ConfigError(
        'SLACK_APP_TOKEN must be an app-level token starting with xapp- (for Socket Mode)',
      );
    }
    if (!appToken && !signingSecret) {
      throw new ConfigError(
        'SLACK_BOT_TOKEN needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)',
      );
    }
    const apiUrl = get('SLACK_API_URL');
    config.slack = {
      botToken,
      ...(appToken ? { appToken } : {}),
      ...(signingSecret ? { signingSecret } : {}),
      ...(apiUrl ? { apiUrl: url('SLACK_API_URL', apiUrl) } : {}),
    };
  } else if (appToken || signingSecret) {
    throw new ConfigError(
      `${appToken ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'} is set but SLACK_BOT_TOKEN is not`,
    );
  }
  return config;
}

/** The secret values of a configuration, for the logger to redact. */
export function secretsOf(config: Config): string[] {
  return [
    config.telegram?.token,
    config.telegram?.webhook?.secret,
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
  ].filter((s): s is string => s !== undefined);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function portNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new ConfigError(`${name} must be a port number from 1 to 65535 (got "${value}")`);
  return n;
}

function time(name: string, value: string): string {
  const parsed = parseTimeOfDay(value);
  if (!parsed)
    throw new ConfigError(`${name} must be a time of day as HH:MM, such as 08:30 (got "${value}")`);
  return parsed;
}

function timeZone(name: string, value: string): string {
  const canonical = canonicalTimeZone(value);
  if (!canonical)
    throw new ConfigError(`${name} must be an IANA time zone such as Asia/Almaty or UTC (got "${value}")`);
  return canonical;
}

function feedUrls(value: string): string[] {
  const urls = splitFeedUrls(value).map((text) => {
    const parsed = parseFeedUrl(text);
    if (!parsed) {
      throw new ConfigError(
        `FEED_URLS must be http(s) URLs, without a user name or password, separated by spaces or commas (got "${text}")`,
      );
    }
    return parsed;
  });
  return [...new Set(urls)];
}

function feedInterval(value: string): number {
  const ms = parseInterval(value);
  if (ms === undefined || ms < MIN_INTERVAL_MS || ms > MAX_INTERVAL_MS) {
    throw new ConfigError(
      `FEED_INTERVAL must be a duration from 5s to 7d, such as 30s, 15m or 1h (got "${value}")`,
    );
  }
  return ms;
}

function url(name: string, value: string, httpsOnly = false): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL such as https://example.org (got "${value}")`);
  }
  if (httpsOnly ? parsed.protocol !== 'https:' : !/^https?:$/.test(parsed.protocol)) {
    throw new ConfigError(`${name} must be an ${httpsOnly ? 'https' : 'http(s)'} URL (got "${value}")`);
  }
  return value.replace(/\/+$/, '');
}
