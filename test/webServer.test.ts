import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config.js';
import { WebServer } from '../src/webServer.js';

const opened: WebServer[] = [];
afterEach(async () => {
  for (const server of opened.splice(0)) await server.close();
});

async function listen(port = 0): Promise<WebServer> {
  const server = await WebServer.listen(port, '127.0.0.1');
  opened.push(server);
  return server;
}

describe('WebServer', () => {
  it('sends each request to the listener mounted at its path, whatever the query, and 404 elsewhere', async () => {
    const server = await listen();
    server.mount('/telegram', (_req, res) => res.end('telegram'), 'TELEGRAM_WEBHOOK_URL');
    server.mount('/slack/events', (_req, res) => res.end('slack'), "Slack's HTTP mode");
    const get = (path: string) => fetch(`http://127.0.0.1:${server.port}${path}`, { method: 'POST' });
    expect(await (await get('/telegram?x=1')).text()).toBe('telegram');
    expect(await (await get('/slack/events')).text()).toBe('slack');
    expect((await get('/slack')).status).toBe(404);
    expect((await get('/telegram/more')).status).toBe(404);
  });

  it('refuses a second listener at a path in use, naming both', async () => {
    const server = await listen();
    server.mount('/slack/events', (_req, res) => res.end(), "Slack's HTTP mode");
    expect(() => server.mount('/slack/events', (_req, res) => res.end(), 'TELEGRAM_WEBHOOK_URL')).toThrow(
      new ConfigError(
        `TELEGRAM_WEBHOOK_URL cannot answer at /slack/events on PORT ${server.port}: Slack's HTTP mode does`,
      ),
    );
  });

  it('says which PORT cannot be used', async () => {
    const taken = await listen();
    await expect(WebServer.listen(taken.port, '127.0.0.1')).rejects.toThrow(
      `PORT ${taken.port} cannot be used (EADDRINUSE): choose another port`,
    );
  });
});
