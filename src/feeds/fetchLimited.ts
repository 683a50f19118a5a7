import { shownUrl, withShownUrls } from './shownUrl.js';
/** Bounds on every request factdesk makes to a site: a feed or an article's page. */
export interface FetchLimits {
  /** For the whole request, redirects and body included. */
  timeoutMs: number;
  /** The most of a body that is read; a longer one is cut off there and refused. */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

/** Says who is asking, so that a site's owner can tell factdesk's polls from others. */
export const USER_AGENT = 'factdesk/0.1 (news feed reader)';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A response: the body is read for a 2xx status only (for the others, the status and headers are what counts). */
export interface Fetched {
  /** Where the response came from, after redirects. */
  url: string;
  status: number;
  headers: Headers;
  body: Uint8Array;
}

/** A request that got no usable response; `transient` when trying again later may well work. */
export class FetchError extends Error {
  override name = 'FetchError';

  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    // Told in logs, stored, and shown by /feeds in chats: an address in it never shows its token.
    super(withShownUrls(message));
  }
}

export interface FetchOptions {
  limits: FetchLimits;
  headers?: Record<string, string>;
  /** Aborts the request (the process is stopping). */
  signal?: AbortSignal;
  /**
   * Says why an address may not be fetched (see `refusedFeedAddress`), asked of the address and of every
   * redirect's target before it is requested; `undefined` lets it through.
   */
  refuse?: (url: string) => Promise<string | undefined>;
}

/**
 * A GET within `limits`: redirects followed one by one (each counted, a loop refused), the body read as a
 * stream and cut off past `maxBytes` (a body announced longer is not read at all), everything within
 * `timeoutMs`. Throws `FetchError` when there is no response to use.
 */
export async function fetchLimited(url: string, options: FetchOptions): Promise<Fetched> {
  const { limits } = options;
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers = { 'user-agent': USER_AGENT, ...options.headers };
  const visited = new Set<string>();
  let at = url;
  for (let redirects = 0; ; redirects++) {
    visited.add(at);
    const refused = await options.refuse?.(at);
    if (refused !== undefined) throw new FetchError(`refused ${shownUrl(at)}: ${refused}`, false);
    let response: Response;
    try {
      response = await fetch(at, { headers, redirect: 'manual', signal });
    } catch (error) {
      throw fetchFailure(error, limits);
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      at = redirectTarget(response, at, visited, redirects, limits);
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      return { url: at, status: response.status, headers: response.headers, body: new Uint8Array() };
    }
    try {
      const body = await readCapped(response, limits.maxBytes);
      return { url: at, status: response.status, headers: response.headers, body };
    } catch (error) {
      throw fetchFailure(error, limits);
    }
  }
}

function redirectTarget(
  response: Response,
  from: string,
  visited: Set<string>,
  redirects: number,
  limits: FetchLimits,
): string {
  const location = response.headers.get('location');
  if (!location) throw new FetchError(`HTTP ${response.status} redirect without a Location`, false);
  if (!URL.canParse(location, from)) {
    throw new FetchError(`HTTP ${response.status} redirect to a bad address`, false);
  }
  const target = new URL(location, from);
  if (!/^https?:$/.test(target.protocol)) {
    throw new FetchError(`HTTP ${response.status} redirect to a ${target.protocol} address`, false);
  }
  if (visited.has(target.href))
    throw new FetchError(`redirect loop (back to ${shownUrl(target.href)})`, false);
  if (redirects >= limits.maxRedirects)
    throw new FetchError(`more than ${limits.maxRedirects} redirects`, false);
  return target.href;
}

/** The body, or `TooLarge` as soon as it passes `maxBytes` (the rest is never read). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const announced = Number(response.headers.get('content-length'));
  if (announced > maxBytes) {
    await response.body?.cancel();
    throw new TooLarge(maxBytes);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

class TooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super('too large');
  }
}

/** The error of a request that failed, in words, and whether it is worth trying again. */
function fetchFailure(error: unknown, limits: FetchLimits): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof TooLarge) return new FetchError(`larger than ${megabytes(error.maxBytes)}`, false);
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError') return new FetchError(`no answer within ${limits.timeoutMs / 1000} s`, true);
  if (name === 'AbortError') return new FetchError('stopped', false);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const reason = typeof cause?.code === 'string' ? cause.code : String(cause?.message ?? error);
  return new FetchError(`cannot connect (${reason})`, true);
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
