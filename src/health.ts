import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KnowledgeBase } from './core/mod.js';
import type { PendingDigests } from './digest/openDigests.js';

/** Where a process supervisor, a container runtime or a load balancer asks whether factdesk is up. */
export const HEALTH_PATH = '/healthz';

/** What `GET /healthz` answers once the knowledge base is loaded: counts only, nothing secret. */
export interface HealthReport {
  status: 'ok';
  articles: number;
  people: number;
  events: number;
  quotes: number;
  /** Whether the digest database is open (false while another process holds it locked, or when it cannot be). */
  digests: boolean;
}

/**
 * The health endpoint of `factdesk start`: 503 `{"status":"loading"}` until the knowledge base is loaded (the
 * first read of a large corpus takes minutes), then 200 with the corpus's counts, which follow the live corpus.
 * HEAD answers the same without the body.
 */
export class Health {
  private report: (() => HealthReport) | undefined;

  /** From now on, 200 with `kb`'s counts and whether `digests` opened. */
  ready(kb: KnowledgeBase, digests: PendingDigests): void {
    let digestsOpen = false;
    void digests.opened.then((opened) => (digestsOpen = opened !== undefined));
    this.report = () => {
      const { articles, people, events, quotes } = kb.stats;
      return { status: 'ok', articles, people, events, quotes, digests: digestsOpen };
    };
  }

  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const body = JSON.stringify(this.report?.() ?? { status: 'loading' });
    res.writeHead(this.report ? 200 : 503, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      // A cached "loading" would hide that it has loaded, and a cached 200 a process that has stopped.
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
