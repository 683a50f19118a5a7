import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

/** A request the app made to Slack: a Web API method, or a post to a response_url. */
export interface SlackCall {
  /** `chat.postMessage`, `auth.test`…, or `response_url`. */
  method: string;
  /** The response_url's path, for `response_url` posts. */
  path: string;
  /** The bearer token the request carried. */
  token?: string;
  /** The arguments: form fields (JSON ones parsed) or the JSON body. */
  body: Record<string, unknown>;
}

export interface FakeSlackOptions {
  botToken: string;
  /** Accepted by `apps.connections.open` (Socket Mode). */
  appToken?: string;
}

const WAIT_MS = 5000;

/** What conversations.info says of a conversation. */
export interface FakeChannel {
  creator?: string;
  is_member?: boolean;
  is_im?: boolean;
}

/** A refusal to inject: a Web API error (`ok: false`), or an HTTP 429 with its Retry-After seconds. */
export type FakeFailure = { error: string } | { status: 429; retryAfter: number };

/**
 * Slack as the app sees it, on 127.0.0.1: the Web API at `/api/<method>` (auth.test checks the token,
 * chat.* are recorded and succeed unless a failure is injected, conversations.info and users.info answer
 * from `channels` and `admins`), response URLs at `/respond/<n>`, and the Socket Mode WebSocket at
 * `/socket` (the URL apps.connections.open hands out), which greets with `hello` and records acks.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  /** Conversations conversations.info knows; any other is `channel_not_found`. */
  readonly channels = new Map<string, FakeChannel>();
  /** Users users.info calls workspace admins. */
  readonly admins = new Set<string>();
  #failures = new Map<string, FakeFailure[]>();
  /** Messages the Socket Mode client sent (acknowledgements). */
  readonly socketMessages: Record<string, unknown>[] = [];
  #failResponses = 0;
  #responseUrls = 0;
  #ts = 1_700_000_000;
  #waiters: (() => void)[] = [];
  #socket: WebSocket | undefined;
  #socketOpened: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    private readonly sockets: WebSocketServer,
    private readonly options: FakeSlackOptions,
  ) {}

  static async start(options: FakeSlackOptions): Promise<FakeSlack> {
    const server = createServer();
    const sockets = new WebSocketServer({ server, path: '/socket' });
    const fake = new FakeSlack(server, sockets, options);
    server.on('request', (req, res) => void fake.handle(req, res));
    sockets.on('connection', (socket) => fake.connected(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** What SLACK_API_URL is set to. */
  get apiUrl(): string {
    return `${this.url}/api`;
  }

  /** A fresh response_url, as Slack sends with each command and button click. */
  responseUrl(): string {
    this.#responseUrls += 1;
    return `${this.url}/respond/${this.#responseUrls}`;
  }

  /** The next `n` posts to a response_url fail with HTTP 500. */
  failResponses(n: number): void {
    this.#failResponses = n;
  }

  /** The next call of `method` fails as `failure` says. */
  failNext(method: string, failure: FakeFailure): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), failure]);
  }

  /** Calls so far that match. */
  find(match: (call: SlackCall) => boolean): SlackCall[] {
    return this.calls.filter(match);
  }

  /** The first `count` calls that match, waiting for them for a few seconds at most. */
  waitFor(what: string, match: (call: SlackCall) => boolean, count = 1): Promise<SlackCall[]> {
    return this.until(what, () => {
      const found = this.find(match);
      return found.length >= count ? found : undefined;
    });
  }

  /** Sends a Socket Mode envelope to the connected app. */
  async sendEnvelope(envelope: Record<string, unknown>): Promise<void> {
    const socket =
      this.#socket ??
      (await new Promise<WebSocket>((resolve) => this.#socketOpened.push(() => resolve(this.#socket!))));
    socket.send(JSON.stringify(envelope));
  }

  /** The acknowledgement of an envelope, waiting for it for a few seconds at most. */
  waitForAck(envelopeId: string): Promise<Record<string, unknown>> {
    return this.until(`acknowledgement of envelope ${envelopeId}`, () =>
      this.socketMessages.find((m) => m.envelope_id === envelopeId),
    );
  }

  async close(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with what `check` finds, rechecking whenever something arrives; fails after WAIT_MS. */
  private async until<T>(what: string, check: () => T | undefined): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const found = check();
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        const seen = this.calls.map((c) => `${c.method} ${c.path}`).join(', ') || 'none';
        throw new Error(`no ${what} within ${WAIT_MS} ms (calls: ${seen})`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private record(call: SlackCall): void {
    this.calls.push(call);
    this.wake();
  }

  private wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  private connected(socket: WebSocket): void {
    this.#socket = socket;
    socket.on('message', (data) => {
      this.socketMessages.push(JSON.parse(String(data)) as Record<string, unknown>);
      this.wake();
    });
    socket.send(
      JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FACTDESK' } }),
    );
    for (const opened of this.#socketOpened.splice(0)) opened();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };

    if (url.pathname.startsWith('/respond/')) {
      this.record({
        method: 'response_url',
        path: url.pathname,
        body: JSON.parse(raw) as Record<string, unknown>,
      });
      if (this.#failResponses > 0) {
        this.#failResponses -= 1;
        res.writeHead(500).end('internal error');
      } else res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      return;
    }

    const method = url.pathname.replace(/^\/api\//, '');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    this.record({ method, path: url.pathname, body, ...(token ? { token } : {}) });
    const failure = this.#failures.get(method)?.shift();
    if (failure && 'status' in failure) {
      res.writeHead(failure.status, { 'Retry-After': String(failure.retryAfter) }).end();
      return;
    }
    if (failure) return json(200, { ok: false, error: failure.error });
    switch (method) {
      case 'auth.test':
        return token === this.options.botToken
          ? json(200, {
              ok: true,
              url: 'https://factdesk-test.slack.com/',
              team: 'Factdesk Test',
              user: 'factdesk',
              team_id: 'T0FACTDESK',
              user_id: 'U0FACTBOT',
              bot_id: 'B0FACTBOT',
            })
          : json(200, { ok: false, error: 'invalid_auth' });
      case 'apps.connections.open':
        return token === this.options.appToken
          ? json(200, { ok: true, url: `${this.url.replace(/^http/, 'ws')}/socket` })
          : json(200, { ok: false, error: 'invalid_auth' });
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update':
        this.#ts += 1;
        return json(200, {
          ok: true,
          channel: body.channel,
          ts: `${this.#ts}.000100`,
          message: { text: body.text },
        });
      case 'conversations.info': {
        const channel = this.channels.get(String(body.channel));
        return channel
          ? json(200, { ok: true, channel: { id: body.channel, ...channel } })
          : json(200, { ok: false, error: 'channel_not_found' });
      }
      case 'users.info': {
        const id = String(body.user);
        return json(200, { ok: true, user: { id, is_admin: this.admins.has(id), is_owner: false } });
      }
      default:
        return json(200, { ok: false, error: 'unknown_method' });
    }
  }
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
  }
  return body;
}
