import { FEEDS_USAGE, parseFeedsCommand } from '../core/feeds/parseFeedsCommand.js';
import type { ChatKey } from '../digest/transport.js';
import type { LookupAll } from './feedAddress.js';
import { refusedFeedAddress } from './feedAddress.js';
import type { FeedPoller } from './feedPoller.js';
import type { FeedState, FeedStore } from './feedStore.js';
import { parseFeedUrl } from './feedUrl.js';
import { shownUrl } from './shownUrl.js';
import { counted } from '../core/text/counted.js';

/** How much of a feed's title `/feeds` shows. */
const TITLE_SHOWN = 100;
/** Feeds chats may add in all: each is polled every `FEED_INTERVAL` and writes into the corpus. */
export const MAX_CHAT_FEEDS = 50;
/** How long `/feeds add` waits for the new feed's first poll before answering that it is under way. */
const FIRST_POLL_WAIT_MS = 15_000;

/** A `/feeds …` command from a chat, as an adapter hands it over. */
export interface FeedCommandRequest extends ChatKey {
  /** The words after `/feeds`. */
  args: string;
  /** May this user add and remove feeds here? As for digests: the user in a private chat, else its admins. */
  isAdmin: boolean;
}

/** The reply to every `/feeds` while the database cannot be opened. */
export const FEEDS_UNAVAILABLE =
  'Feeds are unavailable right now: their database cannot be opened. /who, /when, /quote and /search work as usual.';

/** What the adapters use of the feeds: the `/feeds` commands. */
export interface FeedService {
  handleCommand(request: FeedCommandRequest): Promise<string>;
  /** Whether the command adds or removes a feed, so that only an administrator may run it. */
  needsAdmin(args: string): boolean;
}

export interface FeedCommandsOptions {
  store: FeedStore;
  poller: FeedPoller;
  /** `FEED_URLS` (normalised): the operator's, listed but never removed from a chat. */
  envUrls: readonly string[];
  /** `FEEDS_ALLOW_PRIVATE`: chats may add feeds on local and private addresses. */
  allowPrivate: boolean;
  maxChatFeeds?: number;
  firstPollWaitMs?: number;
  lookup?: LookupAll;
  clock?: () => number;
}

/** Handles `/feeds` in every platform's chats. Never throws on what a user typed. */
export class FeedCommands implements FeedService {
  private readonly envUrls: ReadonlySet<string>;
  private readonly clock: () => number;

  constructor(private readonly options: FeedCommandsOptions) {
    this.envUrls = new Set(options.envUrls);
    this.clock = options.clock ?? Date.now;
  }

  async handleCommand(request: FeedCommandRequest): Promise<string> {
    const parsed = parseFeedsCommand(request.args);
    if ('error' in parsed) return parsed.error;
    const { command } = parsed;
    if (command.kind === 'list') return this.list();
    if (!request.isAdmin) {
      return 'Only an administrator of this chat can add or remove feeds. /feeds alone lists them, for everyone.';
    }
    const url = parseFeedUrl(command.url);
    if (url === undefined) {
      return `“${shownUrl(command.url)}” is not a feed address I can take: give an http or https URL, without a user name or password.`;
    }
    const shown = shownUrl(url);
    return command.kind === 'add'
      ? this.add(url, shown, `${request.platform}:${request.chatId}`)
      : this.remove(url, shown);
  }

  needsAdmin(args: string): boolean {
    const parsed = parseFeedsCommand(args);
    return 'command' in parsed && parsed.command.kind !== 'list';
  }

  private async add(url: string, shown: string, addedBy: string): Promise<string> {
    const { store, poller } = this.options;
    if (this.followed().some((feed) => feed.url === url))
      return `${shown} is followed already. /feeds lists the feeds.`;
    const max = this.options.maxChatFeeds ?? MAX_CHAT_FEEDS;
    if (store.chatFeedCount() >= max) {
      return `Chats have added ${max} feeds, the most they may: /feeds remove one first.`;
    }
    if (!this.options.allowPrivate) {
      const refused = await refusedFeedAddress(url, this.options.lookup);
      if (refused) return `${shown} cannot be added: ${refused}.`;
    }
    store.addChatFeed(url, addedBy, this.clock());
    const first = poller.pollNow(url).then(() => true);
    const waited = await Promise.race([
      first,
      new Promise<false>((resolve) =>
        setTimeout(() => resolve(false), this.options.firstPollWaitMs ?? FIRST_POLL_WAIT_MS).unref(),
      ),
    ]);
    if (!waited) {
      return `Following ${shown}. Its first poll is under way: /feeds tells how it went.`;
    }
    const feed = store.feed(url);
    if (feed?.failure) {
      return `Following ${shown}, but its first poll failed (${feed.failure}); it is tried again later, less often while it fails. /feeds remove ${shown} stops it.`;
    }
    const taken = store.writtenCounts().get(url) ?? 0;
    const name = feed?.title ? `${feed.title} (${shown})` : shown;
    return `Following ${name}: its first poll took ${counted(taken, 'new article')} into the corpus; new ones come as they are published.`;
  }

  private remove(asked: string, shown: string): string {
    // "/feeds remove" with the address as /feeds shows it (its token left out) means the one feed shown so.
    const alike = this.followed().filter((feed) => shownUrl(feed.url) === shown);
    const url = alike.some((feed) => feed.url === asked) || alike.length !== 1 ? asked : alike[0]!.url;
    if (this.envUrls.has(url)) {
      return `${shown} comes from FEED_URLS, the server's own setting: it cannot be removed from a chat.`;
    }
    return this.options.store.removeChatFeed(url)
      ? `No longer following ${shown}. Its articles stay in the corpus.`
      : `${shown} is not among the feeds followed. /feeds lists them.`;
  }

  private list(): string {
    const feeds = this.followed();
    if (feeds.length === 0) return ['No feed is followed.', ...FEEDS_USAGE].join('\n');
    const taken = this.options.store.writtenCounts();
    const now = this.clock();
    return [
      `Feeds followed (${feeds.length}):`,
      ...feeds.map((feed) => {
        const origin = feed.origin === 'env' ? 'from FEED_URLS' : 'added in a chat';
        const polled = feed.polledAt === null ? 'not polled yet' : `last polled ${ago(now - feed.polledAt)}`;
        const state = feed.failure ? `failing (${feed.failure})` : feed.polledAt === null ? '' : 'working';
        // A feed's title is the feed's to choose, of any length: a line of the list is not a page.
        const title = feed.title
          ? `${feed.title.length > TITLE_SHOWN ? `${feed.title.slice(0, TITLE_SHOWN)}…` : feed.title}: `
          : '';
        return `• ${title}${shownUrl(feed.url)} (${origin}): ${[polled, state].filter(Boolean).join(', ')}; ${counted(taken.get(feed.url) ?? 0, 'article')} taken`;
      }),
    ].join('\n');
  }

  /** The feeds polled: those of `FEED_URLS` and those chats added, as the poller takes them. */
  private followed(): FeedState[] {
    return this.options.store.feeds().filter((feed) => feed.origin === 'chat' || this.envUrls.has(feed.url));
  }
}

function ago(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} min ago`;
  return `${Math.round(minutes / 60)} h ago`;
}
