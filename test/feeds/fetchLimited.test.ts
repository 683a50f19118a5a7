import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FetchLimits } from '../../src/feeds/fetchLimited.js';
import { DEFAULT_FETCH_LIMITS, FetchError, USER_AGENT, fetchLimited } from '../../src/feeds/fetchLimited.js';
import { NewsSite } from './newsSite.js';

const limits: FetchLimits = { timeoutMs: 2000, maxBytes: 1024 * 1024, maxRedirects: 3 };
let site: NewsSite;
beforeEach(async () => {
  site = await NewsSite.start();
});
afterEach(() => site.close());

async function failure(url: string, options: Partial<FetchLimits> = {}): Promise<FetchError> {
  const error = await fetchLimited(url, { limits: { ...limits, ...options } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('a request to a site', () => {
  it('has bounds by default: 10 s, 5 MB, 5 redirects', () => {
    expect(DEFAULT_FETCH_LIMITS).toEqual({ timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 });
  });

  it('names factdesk as its user agent and sends the headers asked for', async () => {
    site.route('/hello', (_request, response) => response.end('hello'));
    const fetched = await fetchLimited(site.url('/hello'), { limits, headers: { 'if-none-match': '"v1"' } });
    expect(Buffer.from(fetched.body).toString()).toBe('hello');
    expect(site.requests[0]!.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^factdesk\//);
    expect(site.requests[0]!.headers['if-none-match']).toBe('"v1"');
  });

  it('follows redirects, relative ones too, up to the limit, and says where it ended', async () => {
    site.status('/a', 301, { location: '/b' });
    site.status('/b', 302, { location: site.url('/c') });
    site.status('/c', 307, { location: 'd' });
    site.route('/d', (_request, response) => response.end('here'));
    const fetched = await fetchLimited(site.url('/a'), { limits });
    expect(fetched.url).toBe(site.url('/d'));
    expect(Buffer.from(fetched.body).toString()).toBe('here');

    expect((await failure(site.url('/a'), { maxRedirects: 2 })).message).toBe('more than 2 redirects');
  });

  it('refuses a redirect loop at the first repeat, not after the limit', async () => {
    site.status('/loop/a', 302, { location: '/loop/b' });
    site.status('/loop/b', 302, { location: '/loop/a' });
    const error = await failure(site.url('/loop/a'), { maxRedirects: 50 });
    expect(error.message).toBe(`redirect loop (back to ${site.url('/loop/a')})`);
    expect(error.transient).toBe(false);
    expect(site.requests.length).toBe(2);
  });

  it('never tells an address’s token in what it says went wrong', async () => {
    site.status('/lb', 302, { location: '/la?token=TOPSECRET' });
    site.status('/la?token=TOPSECRET', 302, { location: '/lb' });
    const error = await failure(site.url('/la?token=TOPSECRET'), { maxRedirects: 50 });
    expect(error.message).not.toContain('TOPSECRET');
    expect(error.message).toBe(`redirect loop (back to ${site.url('/la')}?token=…)`);
    expect(new FetchError(`its page ${site.url('/p?key=abc&x=1')} failed`, false).message).toBe(
      `its page ${site.url('/p')}?key=…&x=… failed`,
    );
  });

  it('gives a status other than 2xx with its headers and no body', async () => {
    site.status('/busy', 429, { 'retry-after': '120' });
    const fetched = await fetchLimited(site.url('/busy'), { limits });
    expect(fetched.status).toBe(429);
    expect(fetched.headers.get('retry-after')).toBe('120');
    expect(fetched.body.length).toBe(0);
  });

  it('cuts a body off past the size cap without reading the rest, and refuses one announced too long', async () => {
    const streamed = site.huge('/huge', 20 * 1024 * 1024);
    const error = await failure(site.url('/huge'));
    expect(error.message).toBe('larger than 1 MB');
    expect(error.transient).toBe(false);
    // What the server got out is the cap plus what socket buffers hold, far from the 20 MB.
    expect(streamed.sent()).toBeLessThan(12 * 1024 * 1024);

    const announced = site.huge('/announced', 20 * 1024 * 1024, true);
    expect((await failure(site.url('/announced'))).message).toBe('larger than 1 MB');
    expect(announced.sent()).toBeLessThan(12 * 1024 * 1024);
  });

  it('gives up on a slow server at the timeout, saying so', async () => {
    site.slow('/slow', 5000);
    const error = await failure(site.url('/slow'), { timeoutMs: 200 });
    expect(error.message).toBe('no answer within 0.2 s');
    expect(error.transient).toBe(true);
  });

  it('says when it cannot connect', async () => {
    const url = site.url('/gone');
    await site.close();
    const error = await failure(url);
    expect(error.message).toBe('cannot connect (ECONNREFUSED)');
    expect(error.transient).toBe(true);
    site = await NewsSite.start();
  });

  it('stops when its signal aborts', async () => {
    site.slow('/slow', 5000);
    const controller = new AbortController();
    const request = fetchLimited(site.url('/slow'), {
      limits: { ...limits, timeoutMs: 5000 },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(request).rejects.toThrow('stopped');
  });
});
