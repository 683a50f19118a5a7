/**
 * A feed's address as shown in chats and logs: without a user name or password, and with the values of its
 * query left out (`?token=…`), since a feed's address may carry an access token.
 */
export function shownUrl(text: string): string {
  if (!URL.canParse(text)) return text.replace(/[?#].*$/, '');
  const url = new URL(text);
  url.username = '';
  url.password = '';
  url.hash = '';
  if (!url.search) return url.href;
  const names = [...url.searchParams.keys()].map((name) => `${encodeURIComponent(name)}=…`);
  return `${url.origin}${url.pathname}?${[...new Set(names)].join('&')}`;
}

/** `text` with every http(s) address in it as `shownUrl` shows it. */
export function withShownUrls(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s"'<>)]+/gi, (url) => shownUrl(url));
}
