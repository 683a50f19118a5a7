import type { Config } from './config.js';
import type { Health } from './health.js';
import { HEALTH_PATH } from './health.js';
import { WebServer } from './webServer.js';

/** The web servers of `factdesk start`. */
export interface HttpServers {
  /** The server on `PORT` when a platform takes requests over HTTP; Telegram's webhook and Slack mount there. */
  platforms?: WebServer;
  /** Stops taking requests on every server, and waits for those under way (a few seconds at most). */
  close(): Promise<void>;
}

/**
 * Opens the servers of `factdesk start`, each with `/healthz`: one on `PORT` when Telegram's webhook or Slack's
 * HTTP mode is configured (both share it), and one on `HEALTH_PORT` when it is set and is not that port (with
 * long polling and Socket Mode, the only one). Opened before the corpus is read, so that a health check is
 * told the process is loading rather than finding nothing listening.
 */
export async function openHttpServers(config: Config, health: Health, host?: string): Promise<HttpServers> {
  const overHttp =
    config.telegram?.webhook !== undefined || (config.slack !== undefined && !config.slack.appToken);
  const servers: WebServer[] = [];
  const close = async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
  try {
    const platforms = overHttp ? await WebServer.listen(config.port, host) : undefined;
    if (platforms) servers.push(platforms);
    if (config.healthPort !== undefined && !(platforms && config.healthPort === config.port)) {
      servers.push(await WebServer.listen(config.healthPort, host, { setting: 'HEALTH_PORT' }));
    }
    for (const server of servers) server.mount(HEALTH_PATH, health.listener, 'the health endpoint');
    return { ...(platforms ? { platforms } : {}), close };
  } catch (error) {
    await close();
    throw error;
  }
}
