import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCall } from './fakeBotApi.js';
import { textMessage } from './fakeBotApi.js';
import type { RunningBot } from './harness.js';
import { freePort, startBot } from './harness.js';

const SECRET = 'webhook-secret_0123456789';
const WEBHOOK_URL = 'https://bot.example.org/telegram/hook';

let bot: RunningBot;
let endpoint: string;
beforeAll(async () => {
  const port = await freePort();
  endpoint = `http://127.0.0.1:${port}/telegram/hook`;
  bot = await startBot({ webhook: { url: WEBHOOK_URL, secret: SECRET }, port });
});
afterAll(async () => {
  await bot?.stop();
  await bot?.api.close();
});

let updateIds = 1;

/** Posts an update as Telegram does: JSON, with a secret token header (none for `null`). */
function post(update: object, secret: string | null = SECRET, url = endpoint): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(secret === null ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret }),
    },
    body: JSON.stringify({ update_id: updateIds++, ...update }),
  });
}

const repliesTo = (chatId: number): ApiCall[] => bot.api.sent('sendMessage', (p) => p.chat_id === chatId);

const TEN_MB = 10 * 1024 * 1024;

/**
 * Starts posting a 10 MB body with the right secret, on a raw connection: sends its first 5 MB (each 64 KB
 * framed by `frame`), then waits until the server closes the connection; resolves with what it answered.
 */
function postHalf(headers: Record<string, string>, frame: (bytes: Buffer) => Buffer): Promise<string> {
  const { port } = new URL(endpoint);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => resolve(received));
    const head = Object.entries({ Host: 'x', 'X-Telegram-Bot-Api-Secret-Token': SECRET, ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`POST /telegram/hook HTTP/1.1\r\n${head}\r\n`);
    const bytes = Buffer.alloc(64 * 1024, 'x');
    for (let sent = 0; sent < TEN_MB / 2; sent += bytes.length) socket.write(frame(bytes));
  });
}

describe('the Telegram bot by webhook', () => {
  it('sets the webhook with its secret, for the updates it handles, and does not poll', () => {
    expect(bot.api.sent('setWebhook')[0]?.params).toEqual({
      url: WEBHOOK_URL,
      secret_token: SECRET,
      allowed_updates: ['message', 'callback_query', 'inline_query', 'my_chat_member'],
    });
    expect(bot.api.sent('deleteWebhook')).toEqual([]);
  });

  it('answers an update posted with the right secret before acknowledging it', async () => {
    const response = await post(textMessage(40, '/who Beketayev'));
    expect(response.status).toBe(200);
    expect(repliesTo(40)[0]?.params.text).toContain('Azamat Beketayev');
  });

  it('refuses a request with a wrong or missing secret, and answers nothing', async () => {
    expect((await post(textMessage(41, '/who Beketayev'), 'guessed-secret')).status).toBe(401);
    expect((await post(textMessage(41, '/who Beketayev'), null)).status).toBe(401);
    expect(repliesTo(41)).toEqual([]);
    expect(bot.logs).toContain('warning: telegram: refused a webhook request without the right secret');
  });

  it('answers 404 off the webhook path, 405 to other methods and 400 to a body that is not an update', async () => {
    expect((await post(textMessage(42, '/help'), SECRET, endpoint.replace('/hook', '/other'))).status).toBe(
      404,
    );
    expect((await fetch(endpoint)).status).toBe(405);
    const broken = await fetch(endpoint, {
      method: 'POST',
      headers: { 'X-Telegram-Bot-Api-Secret-Token': SECRET },
      body: '{"update_id": ',
    });
    expect(broken.status).toBe(400);
    expect(repliesTo(42)).toEqual([]);
  });

  it('acknowledges a failing update after apologising, so Telegram does not resend it, and goes on', async () => {
    bot.api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: not enough rights' });
    expect((await post(textMessage(43, '/who Beketayev'))).status).toBe(200);
    expect(repliesTo(43)[0]?.params.text).toMatch(/^Sorry, something went wrong/);
    expect((await post(textMessage(43, '/when fines'))).status).toBe(200);
    expect(repliesTo(43)[1]?.params.text).toContain('1 May 2024');
  });

  it('answers an update sent again (the same update_id) once, and acknowledges every copy', async () => {
    const send = (update: object) =>
      fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
        body: JSON.stringify(update),
      });
    const update = { update_id: 900_001, ...textMessage(46, '/who Beketayev') };
    expect((await send(update)).status).toBe(200);
    expect((await send(update)).status).toBe(200);
    const twice = { update_id: 900_002, ...textMessage(46, '/when fines') };
    expect((await Promise.all([send(twice), send(twice)])).map((r) => r.status)).toEqual([200, 200]);
    const replies = repliesTo(46).map((c) => String(c.params.text));
    expect(replies).toHaveLength(2);
    expect(replies[0]).toContain('Azamat Beketayev');
    expect(replies[1]).toContain('1 May 2024');
    expect(bot.logs).toContain('debug: telegram: update 900001 delivered again: already answered');
  });

  it('refuses a 10 MB body with the right secret as too large (413) without reading it whole', async () => {
    // Declared: refused on its Content-Length. Sent in chunks: refused once 4 MB are read. Either way the
    // client sends only half of it and waits: a server reading the whole body would never answer.
    const declared = await postHalf({ 'Content-Length': String(TEN_MB) }, (bytes) => bytes);
    const chunked = await postHalf({ 'Transfer-Encoding': 'chunked' }, (bytes) =>
      Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]),
    );
    expect(declared).toMatch(/^HTTP\/1\.1 413 /);
    expect(chunked).toMatch(/^HTTP\/1\.1 413 /);
    expect(bot.logs).toContain(
      'warning: telegram: refused a webhook request: its body is over 4194304 bytes',
    );
  });

  it('answers /digest with the core’s word when no digest handler is given', async () => {
    await post(textMessage(44, '/digest on'));
    expect(repliesTo(44)[0]?.params.text).toBe(
      'Digests are set up in a chat (Telegram, Slack or the console chat).',
    );
  });
});

describe('a webhook without a configured secret', () => {
  it('is still protected by a random secret set at start', async () => {
    const port = await freePort();
    const other = await startBot({ webhook: { url: 'https://bot.example.org/' }, port });
    try {
      const secret = other.api.sent('setWebhook')[0]?.params.secret_token as string;
      expect(secret).toMatch(/^[\w-]{40,}$/);
      const url = `http://127.0.0.1:${port}/`;
      expect((await post(textMessage(45, '/help'), null, url)).status).toBe(401);
      expect((await post(textMessage(45, '/help'), SECRET, url)).status).toBe(401);
      expect((await post(textMessage(45, '/help'), secret, url)).status).toBe(200);
      expect(other.api.sent('sendMessage')).toHaveLength(1);
    } finally {
      await other.stop();
      await other.api.close();
    }
  });
});
