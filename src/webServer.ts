import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from './core/mod.js';

/**
 * A web server several listeners share, each at its own path. Telegram's webhook and Slack's HTTP mode
 * both listen on `PORT`: when both are configured, each mounts its listener here instead of opening a
 * server of its own (which would fail with EADDRINUSE).
 */
export interface HttpRoutes {
  readonly port: number;
  /** Sends requests for exactly `path` to `listener`; `owner` names it, for the error when two want one path. */
  mount(path: string, listener: RequestListener, owner: string): void;
}

/** How long closing waits for requests under way (an update being answered) before cutting them off. */
const DRAIN_MS = 5000;

/**
 * How long a client may take to send a request's headers, and the whole request, and how long a connection is
 * kept open between requests. Slack and Telegram send small requests at once: a few seconds is plenty, and a
 * client trickling its request cannot hold a connection for long (Node's defaults are 60 and 300 s).
 */
export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

const TIMEOUTS: HttpTimeouts = { headersMs: 5000, requestMs: 10_000, keepAliveMs: 5000 };

export interface ListenOptions {
  /** Short ones in tests; a few seconds when absent. */
  timeouts?: HttpTimeouts;
  /** The variable that set the port, named in errors: `PORT` when absent. */
  setting?: string;
}

/** The most a request's body may hold, as in Bolt: Slack's and Telegram's requests are far smaller. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** An `http` server that routes each request by its path to the listener mounted there; other paths get 404. */
export class WebServer implements HttpRoutes {
  private readonly routes = new Map<string, { listener: RequestListener; owner: string }>();

  private constructor(
    private readonly server: Server,
    private readonly setting: string,
  ) {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      // The path as sent, without its query: a request target `new URL` cannot parse ("//[") is a 404, not a crash.
      const route = this.routes.get((req.url ?? '/').split(/[?#]/, 1)[0]!);
      if (route) route.listener(req, res);
      else res.writeHead(404).end();
    });
  }

  /** Listens on `port` (0: a free one) on `host` (every interface when absent). */
  static async listen(
    port: number,
    host?: string,
    { timeouts = TIMEOUTS, setting = 'PORT' }: ListenOptions = {},
  ): Promise<WebServer> {
    const server = createServer({
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node looks for requests past their time at this interval (30 s by default).
      connectionsCheckingInterval: Math.min(1000, timeouts.headersMs / 2),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE' || error.code === 'EACCES'
            ? new ConfigError(`${setting} ${port} cannot be used (${error.code}): choose another port`)
            : error,
        ),
      );
      server.listen(port, host, resolve);
    });
    return new WebServer(server, setting);
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  mount(path: string, listener: RequestListener, owner: string): void {
    const taken = this.routes.get(path);
    if (taken) {
      throw new ConfigError(
        `${owner} cannot answer at ${path} on ${this.setting} ${this.port}: ${taken.owner} does`,
      );
    }
    this.routes.set(path, { listener, owner });
  }

  /** Stops taking requests and waits for those under way, up to a few seconds. */
  close(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
      setTimeout(() => this.server.closeAllConnections(), DRAIN_MS).unref();
    });
  }
}

/**
 * A request's body, read up to `limit` bytes. A body declared or found to be larger is answered 413 and its
 * connection closed, the rest unread; that, and a request cut short, reject with the reason.
 */
export function readBody(req: IncomingMessage, res: ServerResponse, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const refuse = () => {
      // Connection: close makes Node close the connection once the answer is out, rather than read the rest.
      res.writeHead(413, { Connection: 'close' }).end();
      reject(new Error(`its body is over ${limit} bytes`));
    };
    if (Number(req.headers['content-length']) > limit) {
      refuse();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData).pause();
      refuse();
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    req.once('close', () => reject(new Error('it was cut short')));
  });
}
