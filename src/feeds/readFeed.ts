import { createHash } from 'node:crypto';
import type { AnyFeed, AtomFeed } from 'feedsmith';
import { parseFeed } from 'feedsmith';
import { errorText, FeedFormatError } from '../core/errors.js';
import { htmlParagraphs, textParagraphs } from './htmlText.js';
import { itemDay } from './itemDate.js';

/** A feed's item, the same for RSS, Atom, RDF and JSON Feed. */
export interface FeedItem {
  /** What tells the item from the others of its feed for good: its guid or id, else its link. */
  key: string;
  /** Its page, an absolute http(s) URL. */
  url?: string;
  title?: string;
  /** Its published date (else its updated one), as a day: `YYYY-MM-DD`. */
  date?: string;
  /** Its own text (its content, else its summary), as paragraphs; [] when it has none. */
  paragraphs: string[];
}

export interface FeedDocument {
  title?: string;
  /** In the feed's order (most feeds put the newest first). */
  items: FeedItem[];
}

interface RawItem {
  id?: string | undefined;
  link?: string | undefined;
  title?: string | undefined;
  dates: (string | undefined)[];
  html?: string | undefined;
  text?: string | undefined;
}

/** Reads a feed's text with feedsmith, whichever of RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed it is. */
export function readFeed(text: string, feedUrl: string): FeedDocument {
  let parsed: AnyFeed;
  try {
    parsed = parseFeed<string>(text);
  } catch (error) {
    throw new FeedFormatError(`not a feed (${errorText(error)})`);
  }
  let title: string | undefined;
  let raw: RawItem[];
  switch (parsed.format) {
    case 'rss':
      title = parsed.feed.title;
      raw = (parsed.feed.items ?? []).map((item) => ({
        id: item.guid?.value,
        link: item.link,
        title: item.title,
        dates: [item.pubDate, ...(item.dc?.dates ?? [])],
        html: item.content?.encoded ?? item.description,
      }));
      break;
    case 'rdf':
      title = parsed.feed.title;
      raw = (parsed.feed.items ?? []).map((item) => ({
        id: item.rdf?.about,
        link: item.link,
        title: item.title,
        dates: item.dc?.dates ?? [],
        html: item.content?.encoded ?? item.description,
      }));
      break;
    case 'atom':
      title = parsed.feed.title?.value;
      raw = (parsed.feed.entries ?? []).map((entry) => ({
        id: entry.id,
        link: entryLink(entry.links),
        title: entry.title?.value,
        dates: [entry.published, entry.updated],
        ...atomText(entry.content ?? entry.summary),
      }));
      break;
    case 'json':
      title = parsed.feed.title;
      raw = (parsed.feed.items ?? []).map((item) => ({
        id: item.id,
        link: item.url ?? item.external_url,
        title: item.title,
        dates: [item.date_published, item.date_modified],
        html: item.content_html,
        text: item.content_text ?? item.summary,
      }));
      break;
  }
  const items = raw.map((item) => feedItem(item, feedUrl));
  const name = oneLine(title);
  return name ? { title: name, items } : { items };
}

function feedItem(raw: RawItem, feedUrl: string): FeedItem {
  const url = absoluteUrl(raw.link, feedUrl);
  const paragraphs = raw.html ? htmlParagraphs(raw.html) : raw.text ? textParagraphs(raw.text) : [];
  const title = oneLine(raw.title);
  const date = raw.dates.map(itemDay).find((day) => day !== undefined);
  const key =
    raw.id?.trim() ||
    url ||
    // Neither a guid nor a link: what it says is all that tells it apart.
    `sha256:${createHash('sha256')
      .update(`${title ?? ''}\n${paragraphs.join('\n')}`)
      .digest('hex')}`;
  return {
    key,
    paragraphs,
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
  };
}

/** An Atom entry's page: its `alternate` link (the default relation), HTML first. */
function entryLink(links: AtomFeed.Link<string>[] | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => (link.rel ?? 'alternate') === 'alternate');
  return (alternates.find((link) => /html/.test(link.type ?? 'text/html')) ?? alternates[0])?.href;
}

/** Atom's content or summary: text, or HTML (escaped `html` or inline `xhtml`). */
function atomText(content: { value?: string; type?: string } | undefined): Pick<RawItem, 'html' | 'text'> {
  if (!content?.value) return {};
  return content.type === 'html' || content.type === 'xhtml'
    ? { html: content.value }
    : { text: content.value };
}

function absoluteUrl(link: string | undefined, base: string): string | undefined {
  if (!link?.trim() || !URL.canParse(link.trim(), base)) return undefined;
  const url = new URL(link.trim(), base);
  return /^https?:$/.test(url.protocol) ? url.href : undefined;
}

function oneLine(text: string | undefined): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  return line || undefined;
}
