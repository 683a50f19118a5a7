import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An item of one of the site's feeds. */
export interface SiteItem {
  id: string;
  title: string;
  /** The item's link: a path on the site, or an absolute URL. */
  link?: string;
  /** ISO 8601; written as RFC 822 in RSS. */
  date?: string;
  /** The item's own content, as HTML. */
  html?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

/** A feed the site serves, with its items (the newest first): publishing one changes its body and ETag. */
export class SiteFeed {
  readonly items: SiteItem[] = [];
  private version = 0;

  constructor(
    readonly site: NewsSite,
    readonly path: string,
    readonly format: FeedFormat,
    readonly title: string,
  ) {}

  get url(): string {
    return this.site.url(this.path);
  }

  publish(...items: SiteItem[]): void {
    this.items.unshift(...items.reverse());
    this.version++;
  }

  /** When the feed last changed: one day of 2024 per version, as an HTTP date. */
  get lastModified(): string {
    return new Date(Date.UTC(2024, 0, 1 + this.version)).toUTCString();
  }

  body(): string {
    const link = (item: SiteItem) => (item.link ? new URL(item.link, this.site.url('/')).href : undefined);
    if (this.format === 'json') {
      return JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: this.title,
        home_page_url: this.site.url('/'),
        items: this.items.map((item) => ({
          id: item.id,
          title: item.title,
          ...(link(item) ? { url: link(item) } : {}),
          ...(item.date ? { date_published: item.date } : {}),
          ...(item.html ? { content_html: item.html } : {}),
        })),
      });
    }
    if (this.format === 'atom') {
      const entries = this.items.map(
        (item) => `<entry><id>${xml(item.id)}</id><title>${xml(item.title)}</title>
  ${link(item) ? `<link rel="alternate" type="text/html" href="${xml(link(item)!)}"/>` : ''}
  <updated>${item.date ?? '2024-01-01T00:00:00Z'}</updated>${item.date ? `<published>${item.date}</published>` : ''}
  ${item.html ? `<content type="html">${xml(item.html)}</content>` : ''}</entry>`,
      );
      return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${xml(this.title)}</title><id>${xml(this.url)}</id>
<updated>2024-03-05T10:00:00Z</updated>
${entries.join('\n')}
</feed>`;
    }
    const items = this.items.map(
      (item) => `<item><title>${xml(item.title)}</title><guid isPermaLink="false">${xml(item.id)}</guid>
  ${link(item) ? `<link>${xml(link(item)!)}</link>` : ''}
  ${item.date ? `<pubDate>${new Date(item.date).toUTCString()}</pubDate>` : ''}
  ${item.html ? `<description>${xml(item.html)}</description>` : ''}</item>`,
    );
    return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${xml(this.title)}</title><link>${this.site.url('/')}</link>
<description>News</description>
${items.join('\n')}
</channel></rss>`;
  }
}

/** A request the site received. */
export interface SiteRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A small news site on 127.0.0.1 for tests: feeds in RSS 2.0, Atom and JSON Feed (with `ETag` and
 * `Last-Modified`, answering a conditional GET with 304), article pages with navigation, a byline and a
 * footer around the article, and whatever faults a test routes to a path. Every request is recorded.
 */
export class NewsSite {
  readonly requests: SiteRequest[] = [];
  private readonly routes = new Map<string, Handler>();
  private base = '';

  private constructor(private readonly server: Server) {}

  static async start(): Promise<NewsSite> {
    const server = createServer();
    const site = new NewsSite(server);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const path = request.url ?? '/';
      site.requests.push({ path, headers: request.headers });
      const handler = site.routes.get(path);
      if (handler) handler(request, response);
      else response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return site;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  /** How many requests asked for `path`. */
  count(path: string): number {
    return this.requests.filter((request) => request.path === path).length;
  }

  route(path: string, handler: Handler): void {
    this.routes.set(path, handler);
  }

  feed(path: string, format: FeedFormat, title: string): SiteFeed {
    const feed = new SiteFeed(this, path, format, title);
    const types = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };
    this.route(path, (request, response) => {
      const body = feed.body();
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      const lastModified = feed.lastModified;
      if (
        request.headers['if-none-match'] === etag ||
        request.headers['if-modified-since'] === lastModified
      ) {
        response.writeHead(304, { etag, 'last-modified': lastModified }).end();
        return;
      }
      response
        .writeHead(200, {
          'content-type': `${types[format]}; charset=utf-8`,
          etag,
          'last-modified': lastModified,
        })
        .end(body);
    });
    return feed;
  }

  /** An article's page as a news site writes one: the article between navigation, a byline and a footer. */
  page(path: string, title: string, paragraphs: readonly string[]): void {
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${xml(title)} | Steppe Herald</title></head>
<body>
<header><a href="/">Steppe Herald</a>
  <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe today</a></li></ul></nav>
</header>
<main><article>
  <h1>${xml(title)}</h1>
  <p class="byline">By <a href="/staff/dana">Dana Reporter</a>, Staff Writer</p>
  ${paragraphs.map((paragraph) => `<p>${xml(paragraph)}</p>`).join('\n  ')}
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/x">Weather turns cold in the capital</a></li></ul></aside>
</main>
<footer><p>© 2024 Steppe Herald. All rights reserved.</p><nav><a href="/privacy">Privacy policy</a> · <a href="/contact">Contact us</a></nav></footer>
</body></html>`;
    this.route(path, (_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
    );
  }

  /** Answers `path` with `status` (and `headers`). */
  status(path: string, status: number, headers: Record<string, string> = {}): void {
    this.route(path, (_request, response) => response.writeHead(status, headers).end(`status ${status}`));
  }

  /**
   * Streams `bytes` of feed-looking text to `path`, a chunk at a time as the client reads it (no
   * Content-Length unless `announce`); `sent()` tells how much went out before the client hung up.
   */
  huge(path: string, bytes: number, announce = false): { sent: () => number } {
    let sent = 0;
    this.route(path, (_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/rss+xml',
        ...(announce ? { 'content-length': String(bytes) } : {}),
      });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let closed = false;
      response.on('close', () => (closed = true));
      const write = () => {
        while (sent < bytes && !closed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      response.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
      write();
    });
    return { sent: () => sent };
  }

  /** Answers `path` as before, but `ms` later; `most()` tells how many of its requests were open at once. */
  delay(path: string, ms: number): { most: () => number } {
    const serve = this.routes.get(path);
    let open = 0;
    let most = 0;
    this.route(path, (request, response) => {
      most = Math.max(most, ++open);
      response.on('close', () => open--);
      const timer = setTimeout(() => (serve ? serve(request, response) : response.end()), ms);
      response.on('close', () => clearTimeout(timer));
    });
    return { most: () => most };
  }

  /** Sends nothing to `path` for `ms` (a slow server). */
  slow(path: string, ms: number): void {
    this.route(path, (_request, response) => {
      const timer = setTimeout(() => response.end(), ms);
      response.on('close', () => clearTimeout(timer));
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
