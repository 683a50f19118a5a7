/** The media type of a `Content-Type` header, lower-cased, without its parameters (`text/html`). */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * A response body as text, in the character set its `Content-Type` names, else the one its XML declaration
 * or HTML `<meta>` names, else UTF-8 (a UTF-8 or UTF-16 byte order mark decides over all of them). Bytes that
 * are not of that set become U+FFFD rather than an error: one bad byte does not lose an article.
 */
export function bodyText(body: Uint8Array, contentType: string | null): string {
  const label = byteOrderMark(body) ?? declaredCharset(contentType) ?? sniffedCharset(body) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body); // a character set Node does not know
  }
}

function byteOrderMark(body: Uint8Array): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function declaredCharset(contentType: string | null): string | undefined {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

/** The encoding an XML declaration or an HTML `<meta>` in the first kilobyte names. */
function sniffedCharset(body: Uint8Array): string | undefined {
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1');
  return (
    /^<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
  );
}
