/**
 * A feed's address as given (in `FEED_URLS`, or by a chat later): an http(s) URL, without a user name or
 * password (it would be written in the log and the database). Returns it normalised (`new URL().href`), the
 * form feeds are stored and compared by, or `undefined` when it is not one.
 */
export function parseFeedUrl(text: string): string | undefined {
  const url = URL.canParse(text.trim()) ? new URL(text.trim()) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) return undefined;
  url.hash = '';
  return url.href;
}

/** The addresses of a list written with spaces, commas or line breaks between them. */
export function splitFeedUrls(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}
