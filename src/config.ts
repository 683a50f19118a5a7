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

/** `parsed`, or a `ConfigError` saying what `name` expects when the value could not be read as that. */
function valid<T>(name: string, value: string, parsed: T | undefined, expected: string): T {
  if (parsed === undefined) throw new ConfigError(`${name} must be ${expected} (got "${value}")`);
  return parsed;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  return valid(name, value, found, `one of ${allowed.join(', ')}`);
}

function portNumber(name: string, value: string): number {
  const n = Number(value);
  const port = Number.isInteger(n) && n >= 1 && n <= 65535 ? n : undefined;
  return valid(name, value, port, 'a port number from 1 to 65535');
}

function time(name: string, value: string): string {
  return valid(name, value, parseTimeOfDay(value), 'a time of day as HH:MM, such as 08:30');
}

function timeZone(name: string, value: string): string {
  return valid(name, value, canonicalTimeZone(value), 'an IANA time zone such as Asia/Almaty or UTC');
}

function feedUrls(value: string): string[] {
  const urls = splitFeedUrls(value).map((text) =>
    valid(
      'FEED_URLS',
      text,
      parseFeedUrl(text),
      'http(s) URLs, without a user name or password, separated by spaces or commas',
    ),
  );
  return [...new Set(urls)];
}

function feedInterval(value: string): number {
  const ms = parseInterval(value);
  const inRange = ms !== undefined && ms >= MIN_INTERVAL_MS && ms <= MAX_INTERVAL_MS ? ms : undefined;
  return valid('FEED_INTERVAL', value, inRange, 'a duration from 5s to 7d, such as 30s, 15m or 1h');
}

function url(name: string, value: string, httpsOnly = false): string {
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  const { protocol } = valid(name, value, parsed, 'a URL such as https://example.org');
  const allowed = httpsOnly ? protocol === 'https:' : /^https?:$/.test(protocol);
  valid(name, value, allowed || undefined, `an ${httpsOnly ? 'https' : 'http(s)'} URL`);
  return value.replace(/\/+$/, '');
}
