import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/core/errors.js';
import { Health } from '../src/health.js';
import type { HttpServers } from '../src/httpServers.js';
import { openHttpServers } from '../src/httpServers.js';
import { WebServer } from '../src/webServer.js';
import { freePort } from './adapters/telegram/harness.js';

const TOKEN = '123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0';
const POLLING = { TELEGRAM_BOT_TOKEN: TOKEN };
const WEBHOOK = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram' };
const SOCKET_MODE = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
const SLACK_HTTP = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc' };

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const server of opened.splice(0)) await server.close();
});

async function open(env: Record<string, string>): Promise<HttpServers> {
  const servers = await openHttpServers(loadConfig(env), new Health(), '127.0.0.1');
  opened.push(servers);
  return servers;
}

/** The status of GET /healthz on `port`, or `refused` when nothing listens there. */
async function healthAt(port: number): Promise<number | 'refused'> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
  } catch {
    return 'refused';
  }
}

describe('the web servers of factdesk start', () => {
  it('with long polling or Socket Mode: /healthz on HEALTH_PORT only, nothing on PORT', async () => {
    for (const platform of [POLLING, SOCKET_MODE]) {
      const [port, healthPort] = [await freePort(), await freePort()];
      const servers = await open({ ...platform, PORT: String(port), HEALTH_PORT: String(healthPort) });
      expect(servers.platforms).toBeUndefined();
      expect(await healthAt(healthPort)).toBe(503);
      expect(await healthAt(port)).toBe('refused');
      await servers.close();
    }
  });

  it('with long polling or Socket Mode and no HEALTH_PORT: no server', async () => {
    const port = await freePort();
    const servers = await open({ ...POLLING, ...SOCKET_MODE, PORT: String(port) });
    expect(servers.platforms).toBeUndefined();
    expect(await healthAt(port)).toBe('refused');
  });

  it('with a webhook or Slack in HTTP mode: /healthz on PORT, where the platforms mount', async () => {
    for (const platform of [WEBHOOK, SLACK_HTTP, { ...WEBHOOK, ...SLACK_HTTP }]) {
      const port = await freePort();
      const servers = await open({ ...platform, PORT: String(port) });
      expect(servers.platforms?.port).toBe(port);
      expect(await healthAt(port)).toBe(503);
      servers.platforms!.mount('/telegram', (_req, res) => res.end('telegram'), 'TELEGRAM_WEBHOOK_URL');
      expect(await (await fetch(`http://127.0.0.1:${port}/telegram`)).text()).toBe('telegram');
      expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
      await servers.close();
    }
  });

  it('with HTTP platforms and HEALTH_PORT: /healthz on both ports, or on the one when they are the same', async () => {
    const [port, healthPort] = [await freePort(), await freePort()];
    await open({ ...WEBHOOK, PORT: String(port), HEALTH_PORT: String(healthPort) });
    expect(await healthAt(port)).toBe(503);
    expect(await healthAt(healthPort)).toBe(503);
    const samePort = await freePort();
    const one = await open({ ...SLACK_HTTP, PORT: String(samePort), HEALTH_PORT: String(samePort) });
    expect(one.platforms?.port).toBe(samePort);
    expect(await healthAt(samePort)).toBe(503);
  });

  it('refuses a webhook at /healthz, naming both', async () => {
    const port = await freePort();
    const servers = await open({ ...WEBHOOK, PORT: String(port) });
    expect(() =>
      servers.platforms!.mount('/healthz', (_req, res) => res.end(), 'TELEGRAM_WEBHOOK_URL'),
    ).toThrow(
      new ConfigError(
        `TELEGRAM_WEBHOOK_URL cannot answer at /healthz on PORT ${port}: the health endpoint does`,
      ),
    );
  });

  it('says which HEALTH_PORT cannot be used, and leaves no server open', async () => {
    const taken = await WebServer.listen(0, '127.0.0.1');
    opened.push(taken);
    const port = await freePort();
    await expect(open({ ...WEBHOOK, PORT: String(port), HEALTH_PORT: String(taken.port) })).rejects.toThrow(
      new ConfigError(`HEALTH_PORT ${taken.port} cannot be used (EADDRINUSE): choose another port`),
    );
    expect(await healthAt(port)).toBe('refused');
  });
});
