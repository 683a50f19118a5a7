/** Slack's limit on the text of a section block (and of a context element). */
export const SECTION_TEXT_LIMIT = 3000;
/** Slack's limit on the blocks of one message. */
export const MESSAGE_BLOCK_LIMIT = 50;

/**
 * Text Slack shows as written: `&`, `<` and `>` are control characters in mrkdwn (links, mentions,
 * `<!channel>`), so corpus and user text must carry them as entities. Runs of white space become one space
 * so a passage keeps to one line (a `>` quote covers only its first line).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `escapeMrkdwn(text)` cut with "…" so that it is at most `limit` characters: never inside an entity,
 * and at the end of a word when one ends near the cut.
 */
export function fitMrkdwn(text: string, limit: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= limit) return escaped;
  const plain = text.replace(/\s+/g, ' ');
  const cutAt = (keep: number) => {
    const space = plain.lastIndexOf(' ', keep);
    const end = space > keep - 30 && space > 0 ? space : keep;
    return `${escapeMrkdwn(plain.slice(0, end)).trimEnd()}…`;
  };
  let keep = Math.min(plain.length, limit - 1);
  let cut = cutAt(keep);
  while (cut.length > limit && keep > 0) {
    keep -= Math.max(1, Math.ceil((cut.length - limit) / 5));
    cut = cutAt(keep);
  }
  return cut;
}

/** A link `<url|label>` for an http(s) URL; anything else (or a malformed URL) is only the label. */
export function mrkdwnLink(url: string | undefined, label: string, limit = 500): string {
  const text = fitMrkdwn(label, limit);
  const parsed = url && URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return text;
  // `|` ends the URL part of a link and `>` ends the link: both are percent-encoded by URL#href except `|`.
  const href = parsed.href
    .replace(/\|/g, '%7C')
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E');
  return `<${href}|${text}>`;
}

/** A user mention `<@U…>`; anything that is not a user id renders as nothing rather than as markup. */
export function mentionUser(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : '';
}
