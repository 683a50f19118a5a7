import type { FeedArticle } from './articleFile.js';
import { bodyText, mediaType } from './bodyText.js';
import { extractArticle } from './extractArticle.js';
import type { FetchLimits } from './fetchLimited.js';
import { FetchError, fetchLimited } from './fetchLimited.js';
import type { FeedItem } from './readFeed.js';

/** What an article's page may be: the HTML Readability reads. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';
/** A title made of the text's first words, for an item that has none, is cut here. */
const TITLE_LENGTH = 80;

/** An item's article, or why it has none (`transient` when trying again later may give one). */
export type ItemOutcome = { article: FeedArticle } | { failure: string; transient: boolean };

export interface ItemOptions {
  /** The feed's title, the articles' `source`. */
  source: string;
  /** `YYYY-MM-DD`: the date of an item that has none. */
  today: string;
  limits: FetchLimits;
  signal?: AbortSignal;
  /** See `FetchOptions.refuse`: for the items of a feed a chat added. */
  refuse?: (url: string) => Promise<string | undefined>;
}

/**
 * The article of a feed item: its page fetched and its text taken out by Readability; when the page cannot
 * be fetched, is not HTML or holds no article (or less text than the item itself), the item's own content
 * or summary. Throws only when `signal` aborts.
 */
export async function articleFromItem(item: FeedItem, options: ItemOptions): Promise<ItemOutcome> {
  const page = item.url ? await readPage(item.url, options) : { failure: 'it has no link', transient: false };
  const extracted = 'paragraphs' in page ? page : undefined;
  const fromPage = extracted !== undefined && length(extracted.paragraphs) >= length(item.paragraphs);
  const paragraphs = fromPage ? extracted.paragraphs : item.paragraphs;
  if (paragraphs.length === 0) {
    return 'failure' in page
      ? { failure: `${page.failure}, and the item has no text of its own`, transient: page.transient }
      : { failure: 'no text, in its page or in the item', transient: false };
  }
  const title = item.title ?? extracted?.title ?? firstWords(paragraphs[0]!);
  // The page's own heading says again what the front matter's title says.
  const body = paragraphs[0] === title && paragraphs.length > 1 ? paragraphs.slice(1) : paragraphs;
  const url = fromPage ? extracted.url : item.url;
  return {
    article: {
      title,
      date: item.date ?? options.today,
      ...(url ? { url } : {}),
      source: options.source,
      paragraphs: body,
    },
  };
}

type PageOutcome =
  { url: string; title?: string; paragraphs: string[] } | { failure: string; transient: boolean };

async function readPage(url: string, options: ItemOptions): Promise<PageOutcome> {
  let fetched;
  try {
    fetched = await fetchLimited(url, {
      limits: options.limits,
      headers: { accept: PAGE_ACCEPT },
      signal: options.signal,
      refuse: options.refuse,
    });
  } catch (error) {
    options.signal?.throwIfAborted();
    if (!(error instanceof FetchError)) throw error;
    return { failure: `its page: ${error.message}`, transient: error.transient };
  }
  if (fetched.status < 200 || fetched.status > 299) {
    const { status } = fetched;
    return {
      failure: `its page: HTTP ${status}`,
      transient: status >= 500 || status === 429 || status === 408,
    };
  }
  const type = mediaType(fetched.headers.get('content-type'));
  if (!HTML_TYPES.has(type))
    return { failure: `its page is not HTML (${type || 'no type'})`, transient: false };
  const article = extractArticle(bodyText(fetched.body, fetched.headers.get('content-type')));
  if (!article) return { failure: 'Readability found no article in its page', transient: false };
  return { url: fetched.url, ...article };
}

function length(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

function firstWords(text: string): string {
  if (text.length <= TITLE_LENGTH) return text;
  const cut = text.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_LENGTH / 2))}…`;
}
