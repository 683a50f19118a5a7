import { describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../src/config.js';

const TOKEN = '123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      corpusDir: './corpus',
      cacheDir: './data/cache',
      databasePath: './data/factdesk.db',
      logLevel: 'info',
      port: 3000,
      digest: { defaultTime: '08:00', defaultTimeZone: 'UTC' },
      feeds: { urls: [], intervalMs: 900_000, allowPrivate: false },
    });
  });

  it('reads FEED_URLS separated by spaces or commas, normalised and once each, FEED_INTERVAL and FEEDS_ALLOW_PRIVATE', () => {
    expect(
      loadConfig({
        FEED_URLS:
          'https://news.example.org/rss, http://127.0.0.1:8080/atom.xml\nhttps://NEWS.example.org/rss#top',
        FEED_INTERVAL: '30s',
      }).feeds,
    ).toEqual({
      urls: ['https://news.example.org/rss', 'http://127.0.0.1:8080/atom.xml'],
      intervalMs: 30_000,
      allowPrivate: false,
    });
    expect(loadConfig({ FEEDS_ALLOW_PRIVATE: '1' }).feeds.allowPrivate).toBe(true);
    expect(() => loadConfig({ FEEDS_ALLOW_PRIVATE: 'yes' })).toThrow(
      'FEEDS_ALLOW_PRIVATE must be one of 0, 1 (got "yes")',
    );
    expect(loadConfig({ FEED_INTERVAL: '1h30m' }).feeds.intervalMs).toBe(5_400_000);
    expect(loadConfig({ FEED_INTERVAL: '5s' }).feeds.intervalMs).toBe(5_000);
  });

  it('stops at a wrong feed URL or interval with one line naming the variable', () => {
    for (const url of [
      'news.example.org/rss',
      'ftp://news.example.org/rss',
      'https://user:pw@news.example.org/rss',
    ]) {
      expect(() => loadConfig({ FEED_URLS: `https://ok.example.org/rss ${url}` })).toThrow(
        `FEED_URLS must be http(s) URLs, without a user name or password, separated by spaces or commas (got "${url}")`,
      );
    }
    for (const interval of ['4s', '15', 'often', '8d']) {
      expect(() => loadConfig({ FEED_INTERVAL: interval })).toThrow(
        `FEED_INTERVAL must be a duration from 5s to 7d, such as 30s, 15m or 1h (got "${interval}")`,
      );
    }
  });

  it('reads HEALTH_PORT, the port of /healthz with long polling or Socket Mode', () => {
    expect(loadConfig({ HEALTH_PORT: '8080' }).healthPort).toBe(8080);
    expect(loadConfig({ HEALTH_PORT: ' ' })).not.toHaveProperty('healthPort');
  });

  it('reads Telegram in polling and in webhook mode, and Slack in both modes', () => {
    expect(
      loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:9000/' }).telegram,
    ).toEqual({
      token: TOKEN,
      apiRoot: 'http://127.0.0.1:9000',
    });
    expect(
      loadConfig({
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook',
        TELEGRAM_WEBHOOK_SECRET: 's3cret',
      }).telegram?.webhook,
    ).toEqual({ url: 'https://bot.example.org/hook', secret: 's3cret' });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack).toEqual({
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc' }).slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 'abc',
    });
  });

  it('stops at a wrong value with one line naming the variable and what it expects', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of debug, info, warn, error/],
      [{ PORT: '70000' }, /^PORT must be a port number/],
      [{ HEALTH_PORT: 'http' }, /^HEALTH_PORT must be a port number from 1 to 65535 \(got "http"\)$/],
      [{ HEALTH_PORT: '0' }, /^HEALTH_PORT must be a port number/],
      [{ DIGEST_DEFAULT_TIME: '8.30' }, /^DIGEST_DEFAULT_TIME must be a time of day as HH:MM/],
      [{ DIGEST_DEFAULT_TZ: 'Mars/Olympus' }, /^DIGEST_DEFAULT_TZ must be an IANA time zone/],
      [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, /^TELEGRAM_BOT_TOKEN does not look like a bot token/],
      [
        { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'http://insecure.example.org' },
        /^TELEGRAM_WEBHOOK_URL must be an https URL/,
      ],
      [
        { TELEGRAM_WEBHOOK_URL: 'https://x.org' },
        /^TELEGRAM_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is not/,
      ],
      [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /^SLACK_BOT_TOKEN needs SLACK_APP_TOKEN/],
      [{ SLACK_BOT_TOKEN: 'token' }, /^SLACK_BOT_TOKEN must be a bot token starting with xoxb-/],
      [{ SLACK_SIGNING_SECRET: 'abc' }, /^SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not/],
    ];
    for (const [env, message] of cases) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(message);
      try {
        loadConfig(env);
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
        expect((error as Error).message).not.toContain(TOKEN);
      }
    }
  });

  it('lists the secrets for the logger to redact', () => {
    expect(
      secretsOf(
        loadConfig({
          TELEGRAM_BOT_TOKEN: TOKEN,
          SLACK_BOT_TOKEN: 'xoxb-1',
          SLACK_SIGNING_SECRET: 'abcdefgh',
        }),
      ),
    ).toEqual([TOKEN, 'xoxb-1', 'abcdefgh']);
  });
});
