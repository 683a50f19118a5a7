/** A `/feeds` command as typed, read but not yet applied; the address is checked by the feeds' service. */
export type FeedsCommand = { kind: 'list' } | { kind: 'add'; url: string } | { kind: 'remove'; url: string };

export type ParsedFeedsCommand = { command: FeedsCommand } | { error: string };

export const FEEDS_USAGE = [
  '/feeds — the news feeds followed, and how each is doing',
  '/feeds add https://news.example.org/rss.xml — follow a feed (RSS, Atom or JSON Feed); its new articles join the corpus',
  '/feeds remove https://news.example.org/rss.xml — stop following a feed added in a chat',
];

const ADD = new Set(['add', 'follow', 'subscribe']);
const REMOVE = new Set(['remove', 'delete', 'rm', 'unfollow', 'unsubscribe']);

/** Reads the words after `/feeds`. */
export function parseFeedsCommand(args: string): ParsedFeedsCommand {
  const [first, ...rest] = args.trim().split(/\s+/).filter(Boolean);
  if (first === undefined || /^(list|status)$/i.test(first)) {
    if (rest.length > 0) return { error: `/feeds ${first} takes nothing after it.` };
    return { command: { kind: 'list' } };
  }
  const word = first.toLowerCase();
  const kind = ADD.has(word) ? 'add' : REMOVE.has(word) ? 'remove' : undefined;
  if (kind === undefined) return { error: `There is no /feeds ${first}. Try:\n${FEEDS_USAGE.join('\n')}` };
  if (rest.length === 0) {
    return {
      error: `Type the feed's address after /feeds ${kind}, for example /feeds ${kind} https://news.example.org/rss.xml.`,
    };
  }
  if (rest.length > 1) return { error: `/feeds ${kind} takes one address (got ${rest.length}).` };
  // Telegram and Slack may wrap a link in angle brackets (Slack: <https://…|label>).
  const url = rest[0]!.replace(/^<([^|>]*)(\|[^>]*)?>$/, '$1');
  return { command: { kind, url } };
}
