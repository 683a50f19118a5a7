import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/core/errors.js';
import type { HttpTimeouts } from '../src/webServer.js';
import { WebServer, readBody } from '../src/webServer.js';

const opened: WebServer[] = [];
afterEach(async () => {
  for (const server of opened.splice(0)) await server.close();
});

async function listen(port = 0, timeouts?: HttpTimeouts): Promise<WebServer> {
  const server = await WebServer.listen(port, '127.0.0.1', timeouts ? { timeouts } : {});
  opened.push(server);
  return server;
}

/** A server that reads each body (up to 1 KB) and answers how many bytes it read. */
async function reader(timeouts?: HttpTimeouts): Promise<WebServer> {
  const server = await listen(0, timeouts);
  server.mount(
    '/read',
    (req, res) =>
      void readBody(req, res, 1024).then(
        (body) => res.end(String(body.length)),
        () => {},
      ),
    'test',
  );
  return server;
}

/** A server with `timeouts` that reads each request's body whole, then answers. */
async function patient(timeouts: HttpTimeouts): Promise<WebServer> {
  const server = await listen(0, timeouts);
  server.mount('/read', (req, res) => req.resume().on('end', () => res.end('read')), 'test');
  return server;
}

/**
 * A raw connection that writes `head`, then `drip` every 20 ms until the server closes it; resolves with what
 * the server sent back.
 */
function trickle(port: number, head: string, drip: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const dripping = setInterval(() => socket.write(drip), 20);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(dripping);
      resolve(received);
    });
    socket.write(head);
  });
}

// Short timeouts, so that the tests need not wait out the real ones (a few seconds).
const SHORT: HttpTimeouts = { headersMs: 200, requestMs: 200, keepAliveMs: 200 };

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

  it('answers a request target it cannot read with 404, and goes on serving', async () => {
    const server = await listen();
    server.mount('/healthz', (_req, res) => res.end('ok'), 'HEALTH_PORT');
    const raw = (target: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(server.port, '127.0.0.1');
        let received = '';
        socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
        socket.on('error', () => {});
        socket.on('close', () => resolve(received));
        socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      });
    expect(await raw('//[')).toMatch(/^HTTP\/1\.1 404/);
    expect(await raw('/healthz?probe=1')).toMatch(/^HTTP\/1\.1 200[\s\S]*ok$/);
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

  it('cuts off a client that trickles its body, with 408', { timeout: 10_000 }, async () => {
    const server = await patient(SHORT);
    const head = 'POST /read HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n';
    expect(await trickle(server.port, head, 'x')).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('cuts off a client that trickles its headers', { timeout: 10_000 }, async () => {
    const server = await patient(SHORT);
    expect(await trickle(server.port, 'POST /read HTTP/1.1\r\n', 'X-Slow: y\r\n')).toMatch(
      /^HTTP\/1\.1 408 /,
    );
  });

  it('closes a kept-alive connection left idle', { timeout: 10_000 }, async () => {
    const server = await patient(SHORT);
    const head = 'POST /read HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi';
    const received = await new Promise<string>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write(head));
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
      socket.on('close', () => resolve(data));
    });
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nread$/);
  });
});

describe('readBody', () => {
  const post = (port: number, body: RequestInit['body']) =>
    fetch(`http://127.0.0.1:${port}/read`, { method: 'POST', body, duplex: 'half' } as RequestInit);

  it('reads a body up to its limit', async () => {
    const server = await reader();
    const response = await post(server.port, 'x'.repeat(1024));
    expect(await response.text()).toBe('1024');
  });

  it('refuses a body declared over its limit with 413, without reading it', { timeout: 10_000 }, async () => {
    const server = await reader();
    // Only the first bytes of the declared body are sent: a server waiting for the rest would never answer.
    const head = 'POST /read HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n';
    const received = await new Promise<string>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write(head + 'x'.repeat(100)));
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
      socket.on('error', () => {});
      socket.on('close', () => resolve(data));
    });
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received).toMatch(/\r\nConnection: close\r\n/i);
  });

  it('refuses a body found over its limit with 413', async () => {
    const server = await reader();
    // Sent in chunks, without a length, so that only reading finds it too long.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(512)));
        controller.close();
      },
    });
    expect((await post(server.port, chunks)).status).toBe(413);
  });
});
