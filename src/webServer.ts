import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from './config.js';

/**
 * A web server several listeners share, each at its own path. Telegram's webhook and Slack's HTTP mode
 * both listen on `PORT`: when both are configured, each mounts its listener here instead of opening a
 * server of its own (which would fail with EADDRINUSE).
 */
export interface HttpRoutes {
  /** The port the server listens on. */
  readonly port: number;
  /** Sends requests for exactly `path` to `listener`; `owner` names it, for the error when two want one path. */
  mount(path: string, listener: RequestListener, owner: string): void;
}

/** How long closing waits for requests under way (an update being answered) before cutting them off. */
const DRAIN_MS = 5000;

/** An `http` server that routes each request by its path to the listener mounted there; other paths get 404. */
export class WebServer implements HttpRoutes {
  private readonly routes = new Map<string, { listener: RequestListener; owner: string }>();

  private constructor(private readonly server: Server) {
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const route = this.routes.get(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (route) route.listener(req, res);
      else res.writeHead(404).end();
    });
  }

  /** Listens on `port` (0: a free one) on `host` (every interface when absent). */
  static async listen(port: number, host?: string): Promise<WebServer> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE' || error.code === 'EACCES'
            ? new ConfigError(`PORT ${port} cannot be used (${error.code}): choose another port`)
            : error,
        ),
      );
      server.listen(port, host, resolve);
    });
    return new WebServer(server);
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  mount(path: string, listener: RequestListener, owner: string): void {
    const taken = this.routes.get(path);
    if (taken) {
      throw new ConfigError(`${owner} cannot answer at ${path} on PORT ${this.port}: ${taken.owner} does`);
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
